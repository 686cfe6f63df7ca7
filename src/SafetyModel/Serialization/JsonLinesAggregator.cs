using System;
using System.Buffers;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using SafetyModel.Aggregation;
using SafetyModel.Diagnostics;
using SafetyModel.Primitives;
using SafetyModel.Records;
using SafetyModel.Validation;
#if NET8_0_OR_GREATER
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
#endif

namespace SafetyModel.Serialization;

/// <summary>
/// The engine of <see cref="JsonLines.Aggregate(Stream, AggregationQuery, SafetyJsonReadOptions?, ParallelOptions?)"/>:
/// the stream is read in chunks of whole lines; each chunk is read on a thread of its own (a
/// <see cref="LineProjector"/> for the lines it can project, the record reader for the rest), and the chunks' groups and
/// records enter one accumulation in the order of the file, so the table, the first error and the unknown members
/// listed do not depend on the threads.
/// </summary>
internal static class JsonLinesAggregator
{
    /// <summary>How many bytes a chunk holds (whole lines; more when one line is longer).</summary>
    internal const int ChunkBytes = 1 << 20;

    /// <summary>The UTF-8 byte-order mark a stream may start with, which only the record reader skips.</summary>
    private static ReadOnlySpan<byte> ByteOrderMark => new byte[] { 0xEF, 0xBB, 0xBF };

    /// <summary>How many unknown members are kept with their lines; the rest are counted.</summary>
    internal const int KeptUnknownMembers = 100;

    public static JsonLinesAggregation Run(Stream stream, AggregationQuery query, SafetyJsonReadOptions options, ParallelOptions? parallel, int chunkBytes = ChunkBytes)
    {
        var accumulation = Aggregator.Start(query);
        if (!ReferenceEquals(options.Catalogue, query.Catalogue) && !ReferenceEquals(options.Catalogue, RecordCatalogue.Default))
        {
            throw new ArgumentException("The reading options name another catalogue than the query's; the records are read with the query's catalogue (AggregationQuery.Catalogue).", nameof(options));
        }

        options = ReferenceEquals(options.Catalogue, query.Catalogue) ? options : With(options, query.Catalogue);
        var projection = new LineProjection(query, JsonContract.For(options.Strict, query.Catalogue));
        var codec = SafetyJson.CodecFor<IRecord>(options.Strict, query.Catalogue);
        var threads = parallel is null ? 1 : parallel.MaxDegreeOfParallelism is > 0 and var max ? max : Environment.ProcessorCount;
        var projectors = new ConcurrentBag<LineProjector>();

        // The chunks are read by as many threads as asked at most (the pool would add threads to a job that keeps its
        // threads busy, and more readers than cores only take turns).
        var readers = threads > 1 ? new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, threads).ConcurrentScheduler : null;
        var state = new Consumer(accumulation, query, codec, options);
        var pending = new Queue<Task<Chunk>>();
        var buffer = ArrayPool<byte>.Shared.Rent(chunkBytes);
        var filled = 0;
        var eof = false;
        var first = true;
        try
        {
            while (true)
            {
                parallel?.CancellationToken.ThrowIfCancellationRequested();
                while (!eof && filled < buffer.Length)
                {
                    var read = stream.Read(buffer, filled, buffer.Length - filled);
                    eof = read == 0;
                    filled += read;
                }

                if (filled == 0)
                {
                    break;
                }

                var cut = eof ? filled : Array.LastIndexOf(buffer, (byte)'\n', filled - 1, filled) + 1;
                if (cut == 0)
                {
                    // No line ends in a full buffer: grow it up to the longest line allowed, then refuse the line.
                    var limit = (long)options.MaxRecordBytes + 2;
                    if (buffer.Length >= limit)
                    {
                        Drain(pending, state);
                        throw JsonReading.LineTooLong(options, state.Lines);
                    }

                    var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(limit, (long)buffer.Length * 2));
                    Buffer.BlockCopy(buffer, 0, larger, 0, filled);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                    continue;
                }

                var chunk = buffer;
                buffer = ArrayPool<byte>.Shared.Rent(Math.Max(chunkBytes, filled - cut));
                Buffer.BlockCopy(chunk, cut, buffer, 0, filled - cut);
                filled -= cut;
                var isFirst = first;
                first = false;
                if (threads <= 1)
                {
                    state.Take(Read(chunk, cut, isFirst, projection, codec, options, projectors));
                }
                else
                {
                    // Two chunks a thread in flight: a thread that ends its chunk finds the next one read already, even
                    // while the oldest chunk (taken first, in file order) is still being read.
                    pending.Enqueue(Task.Factory.StartNew(() => Read(chunk, cut, isFirst, projection, codec, options, projectors), CancellationToken.None, TaskCreationOptions.DenyChildAttach, readers!));
                    while (pending.Count > 2 * threads)
                    {
                        state.Take(pending.Dequeue().GetAwaiter().GetResult());
                    }
                }

                if (eof && filled == 0)
                {
                    break;
                }
            }

            Drain(pending, state);

            // The projected lines' sums, kept by each thread's projector over all its chunks: sums do not depend on order.
            foreach (var projector in projectors)
            {
                foreach (var (division, month, value, counts) in projector.TakeGroups())
                {
                    accumulation.AddGroup(division, month, value?.Code, value?.Name, counts);
                }
            }

            return new JsonLinesAggregation(accumulation.Build(), state.Records, state.UnknownCount, state.Unknown);
        }
        catch (OverflowException e)
        {
            throw Aggregator.TooLarge(e, "utf8Json");
        }
        finally
        {
            // Never leave a chunk being read after returning (its buffer goes back to the pool when it ends).
            foreach (var task in pending)
            {
                try
                {
                    task.GetAwaiter().GetResult();
                }
                catch (Exception)
                {
                    // Only the first failure in file order is reported; it was reported, or another error came first.
                }
            }

            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static void Drain(Queue<Task<Chunk>> pending, Consumer state)
    {
        while (pending.Count > 0)
        {
            state.Take(pending.Dequeue().GetAwaiter().GetResult());
        }
    }

    private static SafetyJsonReadOptions With(SafetyJsonReadOptions options, RecordCatalogue catalogue) => new()
    {
        Strict = options.Strict,
        Catalogue = catalogue,
        MaxDepth = options.MaxDepth,
        MaxDocumentBytes = options.MaxDocumentBytes,
        MaxRecordBytes = options.MaxRecordBytes,
        MaxValueBytes = options.MaxValueBytes,
    };

    /// <summary>Reads the lines of one chunk: projected into groups, or read whole as records; stops at the first unreadable line.</summary>
    [System.Runtime.CompilerServices.MethodImpl(Jit.Optimized)]
    private static Chunk Read(byte[] bytes, int length, bool first, LineProjection projection, IJsonCodec<IRecord> codec, SafetyJsonReadOptions options, ConcurrentBag<LineProjector> projectors)
    {
        var projector = projectors.TryTake(out var kept) ? kept : new LineProjector(projection, options);
        var chunk = new Chunk();
        try
        {
            var position = 0;
            var line = 0L;
            while (position < length)
            {
                var newline = LineEnd(new ReadOnlySpan<byte>(bytes, position, length - position));
                var end = newline < 0 ? length : position + newline;
                var text = new ReadOnlySpan<byte>(bytes, position, end - position);
                position = end + 1;
                var number = line++;
                if (text.Length > 0 && text[text.Length - 1] == (byte)'\r')
                {
                    text = text.Slice(0, text.Length - 1);
                }

                if (IsBlank(text))
                {
                    continue;
                }

                if (text.Length > options.MaxRecordBytes)
                {
                    chunk.Entries.Add(new Entry(number, chunk.Records, null, text.Slice(0, 0).ToArray(), tooLong: true));
                    return chunk;
                }

                if (!(first && number == 0 && text.StartsWith(ByteOrderMark)) && projector.TryAdd(text))
                {
                    var unknown = projector.UnknownMembers;
                    for (var u = 0; u < unknown.Count; u++)
                    {
                        var member = unknown[u];
                        chunk.AddUnknown(number, ValidationIssue.Create(
                            JsonContractCodes.UnknownMemberKept, ValidationSeverity.Warning, JsonPointer.Root.Append(member), DiagnosticArguments.Create(("member", member))));
                    }

                    chunk.Records++;
                    continue;
                }

                try
                {
                    // The first line of the stream may start with a byte-order mark, which only the record reader skips.
                    var record = JsonReading.Read(text, codec, options, first ? number : number + 1);
                    foreach (var issue in SafetyJson.FindUnknownMembers(record, options.Strict))
                    {
                        chunk.AddUnknown(number, issue);
                    }

                    chunk.Entries.Add(new Entry(number, chunk.Records++, record, null, tooLong: false));
                }
                catch (JsonContractException)
                {
                    // Read again with its line number in the file once the lines before the chunk are counted.
                    chunk.Entries.Add(new Entry(number, chunk.Records, null, text.ToArray(), tooLong: false));
                    return chunk;
                }
            }

            chunk.Lines = line;
            return chunk;
        }
        finally
        {
            projectors.Add(projector);
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    /// <summary>
    /// Where the first line ends (its <c>\n</c>), or −1: sixteen bytes a step, compiled with the loop that calls it
    /// (the library's own <c>IndexOf</c> would do the same after a warm-up in its instrumented tier).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int LineEnd(ReadOnlySpan<byte> text)
    {
        var i = 0;
#if NET8_0_OR_GREATER
        if (Vector128.IsHardwareAccelerated)
        {
            ref var start = ref MemoryMarshal.GetReference(text);
            var newline = Vector128.Create((byte)'\n');
            for (; i <= text.Length - 16; i += 16)
            {
                var found = Vector128.Equals(Vector128.LoadUnsafe(ref start, (nuint)i), newline);
                if (found != Vector128<byte>.Zero)
                {
                    return i + BitOperations.TrailingZeroCount(found.ExtractMostSignificantBits());
                }
            }
        }
#endif
        for (; i < text.Length; i++)
        {
            if (text[i] == (byte)'\n')
            {
                return i;
            }
        }

        return -1;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsBlank(ReadOnlySpan<byte> text)
    {
        foreach (var b in text)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>What one chunk gave: its groups, the records read whole (or the line that could not be), its unknown members.</summary>
    private sealed class Chunk
    {
        public long Lines { get; set; }

        public long Records { get; set; }

        public List<Entry> Entries { get; } = new();

        public List<(long Line, ValidationIssue Issue)> Unknown { get; } = new();

        public long UnknownCount { get; private set; }

        public void AddUnknown(long line, ValidationIssue issue)
        {
            if (UnknownCount++ < KeptUnknownMembers)
            {
                Unknown.Add((line, issue));
            }
        }
    }

    /// <summary>A line read whole: its record, or its bytes when it could not be read (the record is then null).</summary>
    private sealed class Entry
    {
        public Entry(long line, long record, IRecord? value, byte[]? failed, bool tooLong) =>
            (Line, RecordIndex, Record, Failed, TooLong) = (line, record, value, failed, tooLong);

        public long Line { get; }

        public long RecordIndex { get; }

        public IRecord? Record { get; }

        public byte[]? Failed { get; }

        public bool TooLong { get; }
    }

    /// <summary>Takes the chunks in the order of the file into the accumulation.</summary>
    private sealed class Consumer
    {
        private readonly Accumulation _accumulation;
        private readonly bool _calendar;
        private readonly IJsonCodec<IRecord> _codec;
        private readonly SafetyJsonReadOptions _options;

        public Consumer(Accumulation accumulation, AggregationQuery query, IJsonCodec<IRecord> codec, SafetyJsonReadOptions options)
        {
            _accumulation = accumulation;
            _calendar = Aggregator.GroupsByCalendar(query);
            _codec = codec;
            _options = options;
        }

        public long Lines { get; private set; }

        public long Records { get; private set; }

        public long UnknownCount { get; private set; }

        public List<JsonLineIssue> Unknown { get; } = new();

        public void Take(Chunk chunk)
        {
            foreach (var (line, issue) in chunk.Unknown)
            {
                if (Unknown.Count < KeptUnknownMembers)
                {
                    Unknown.Add(new JsonLineIssue(Lines + line, issue));
                }
            }

            UnknownCount += chunk.UnknownCount;
            foreach (var entry in chunk.Entries)
            {
                var line = Lines + entry.Line;
                if (entry.TooLong)
                {
                    throw JsonReading.LineTooLong(_options, line);
                }

                if (entry.Record is not { } record)
                {
                    throw Reread(entry.Failed!, line);
                }

                var index = Records + entry.RecordIndex;
                try
                {
                    _accumulation.Add(Aggregator.Checked(record, index, "utf8Json", _calendar, _accumulation.Plan), index, "utf8Json");
                }
                catch (ArgumentException e)
                {
                    throw new ArgumentException($"Line {line + 1}: {e.Message}", e);
                }
            }

            Lines += chunk.Lines;
            Records += chunk.Records;
        }

        /// <summary>The error of a line that could not be read, located in the file.</summary>
        private JsonContractException Reread(byte[] text, long line)
        {
            try
            {
                JsonReading.Read(text, _codec, _options, line);
            }
            catch (JsonContractException e)
            {
                return e;
            }

            throw new InvalidOperationException("A line that could not be read was read the second time.");
        }
    }
}
