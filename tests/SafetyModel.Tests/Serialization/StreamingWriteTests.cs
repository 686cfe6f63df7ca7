using System;
using System.IO;
using System.Linq;
using FluentAssertions;
using NodaTime;
using SafetyModel.Primitives;
using SafetyModel.Serialization;
using SafetyModel.Work;
using Xunit;

namespace SafetyModel.Tests.Serialization;

/// <summary>Writing to a stream streams: a long list reaches the stream in pieces as it is written, not as one document at the end.</summary>
public sealed class StreamingWriteTests
{
    [Fact]
    public void A_long_record_set_reaches_the_stream_in_pieces_of_about_64_KiB_and_reads_back_equal()
    {
        var town = DivisionCode.Parse("150626103");
        var set = new RecordSet
        {
            Records = Enumerable.Range(0, 40_000).Select(i => (IRecord)new Meeting { Id = $"M-{i}", Division = town, Date = new LocalDate(2022, 5, 1) }).ToArray(),
        };
        var stream = new WatchingStream();

        SafetyJson.Serialize(stream, set);

        stream.Length.Should().BeGreaterThan(2_500_000);
        stream.Writes.Should().BeGreaterThan(30, "the writer is flushed as the list grows");
        stream.LargestWrite.Should().BeLessThan(256 * 1024, "no piece holds much more than the 64 KiB a list may pend");
        SafetyJson.Deserialize<RecordSet>(stream.ToArray()).Should().Be(set);
    }

    private sealed class WatchingStream : MemoryStream
    {
        public int Writes { get; private set; }

        public int LargestWrite { get; private set; }

        public override void Write(byte[] buffer, int offset, int count)
        {
            Writes++;
            LargestWrite = Math.Max(LargestWrite, count);
            base.Write(buffer, offset, count);
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            Writes++;
            LargestWrite = Math.Max(LargestWrite, buffer.Length);
            base.Write(buffer);
        }
    }
}
