using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using System.Threading.Tasks;
using NodaTime;
using SafetyModel.Diagnostics;
using SafetyModel.Primitives;
using SafetyModel.Serialization;
using SafetyModel.Work;

namespace SafetyModel.Tests.Serialization;

/// <summary>
/// Every way into the contract — strings, UTF-8 spans, streams, JSON Lines, <see cref="JsonSerializer"/> with
/// configured options — gives the same bytes and the same values, checks its arguments, and keeps its limits.
/// </summary>
public class EntryPointTests
{
    private static readonly DivisionCode Town = DivisionCode.Parse("150626103");

    /// <summary>About 150 bytes a record: 1,000 of them are more than two of the 64 KiB chunks streams are read and written in.</summary>
    private static List<IRecord> Records(int count) => Enumerable.Range(0, count).Select(i => (IRecord)new Inspection
    {
        Id = "I-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Division = Town,
        Start = new LocalDate(2022, 1, 1).PlusDays(i % 365),
        Types = new[] { InspectionType.Construction },
        Inspected = new[] { "嘎查企业" + (i % 7).ToString(System.Globalization.CultureInfo.InvariantCulture) },
        HazardsFound = i % 5,
    }).ToList();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Writing_to_a_stream_gives_the_same_bytes_as_the_other_writers(bool indented)
    {
        var set = new RecordSet { Records = Records(1000) };
        using var stream = new MemoryStream();

        SafetyJson.Serialize(stream, set, indented);

        var bytes = SafetyJson.SerializeToUtf8Bytes(set, indented);
        stream.ToArray().Should().Equal(bytes);
        Encoding.UTF8.GetString(bytes).Should().Be(SafetyJson.Serialize(set, indented));
        bytes.Length.Should().BeGreaterThan(128 * 1024, "the case spans several buffers");
        if (!indented)
        {
            using var compact = new MemoryStream();
            SafetyJson.Serialize(compact, set);
            compact.ToArray().Should().Equal(bytes);
        }
    }

    [Fact]
    public void Reading_a_stream_in_small_pieces_gives_what_reading_the_bytes_gives()
    {
        var set = new RecordSet { Records = Records(1000) };
        var bytes = SafetyJson.SerializeToUtf8Bytes(set);

        var fromStream = SafetyJson.Deserialize<RecordSet>(new TrickleStream(bytes, 7));
        var fromStreamWithOptions = SafetyJson.Deserialize<RecordSet>(new MemoryStream(bytes), SafetyJsonReadOptions.StrictDefault);
        var fromText = SafetyJson.Deserialize<RecordSet>(Encoding.UTF8.GetString(bytes), SafetyJsonReadOptions.StrictDefault);

        fromStream.Records.Should().Equal(set.Records);
        fromStreamWithOptions.Records.Should().Equal(set.Records);
        fromText.Records.Should().Equal(set.Records);
    }

    [Fact]
    public void A_stream_larger_than_the_limit_is_refused_without_reading_it_all()
    {
        var bytes = SafetyJson.SerializeToUtf8Bytes(new RecordSet { Records = Records(3000) });
        var stream = new TrickleStream(bytes, 64 * 1024);
        var options = new SafetyJsonReadOptions { MaxDocumentBytes = 100_000 };

        var act = () => SafetyJson.Deserialize<RecordSet>(stream, options);

        var error = act.Should().Throw<JsonContractException>().Which;
        error.Code.Should().Be(JsonContractCodes.TooLarge);
        error.Arguments["limit"].Should().Be(100_000L);
        stream.BytesRead.Should().BeLessThan(bytes.Length, "reading stops at the first chunk past the limit");
        stream.BytesRead.Should().BeLessThanOrEqualTo(100_000 + (64 * 1024));
    }

    [Fact]
    public void A_stream_exactly_at_the_limit_is_read()
    {
        var bytes = SafetyJson.SerializeToUtf8Bytes(Records(1)[0]);
        var options = new SafetyJsonReadOptions { MaxDocumentBytes = bytes.Length };

        SafetyJson.Deserialize<IRecord>(new MemoryStream(bytes), options).Should().Be(Records(1)[0]);
        var act = () => SafetyJson.Deserialize<IRecord>(new MemoryStream(bytes), new SafetyJsonReadOptions { MaxDocumentBytes = bytes.Length - 1 });
        act.Should().Throw<JsonContractException>().Which.Code.Should().Be(JsonContractCodes.TooLarge);
    }

    public static TheoryData<string, Action> NullArguments => new()
    {
        { "options", () => SafetyJson.Configure(null!) },
        { "value", () => SafetyJson.Serialize<IRecord>(null!) },
        { "value", () => SafetyJson.SerializeToUtf8Bytes<IRecord>(null!) },
        { "utf8Json", () => SafetyJson.Serialize<IRecord>((Stream)null!, Records(1)[0]) },
        { "value", () => SafetyJson.Serialize<IRecord>(new MemoryStream(), null!) },
        { "json", () => SafetyJson.Deserialize<IRecord>((string)null!) },
        { "json", () => SafetyJson.Deserialize<IRecord>((string)null!, SafetyJsonReadOptions.Default) },
        { "utf8Json", () => SafetyJson.Deserialize<IRecord>((Stream)null!) },
        { "utf8Json", () => SafetyJson.Deserialize<IRecord>((Stream)null!, SafetyJsonReadOptions.Default) },
        { "utf8Json", () => JsonLines.ReadRecords(null!) },
        { "utf8Json", () => JsonLines.ReadAll(null!) },
        { "utf8Json", () => JsonLines.ReadRecordsAsync(null!) },
        { "utf8Json", () => JsonLines.ReadAllAsync(null!) },
        { "utf8Json", () => JsonLines.WriteRecords(null!, Records(1)) },
        { "records", () => JsonLines.WriteRecords(new MemoryStream(), null!) },
    };

    [Theory]
    [MemberData(nameof(NullArguments))]
    public void A_null_argument_is_named_at_the_call(string parameter, Action call)
    {
        call.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be(parameter);
    }

    [Fact]
    public async Task Asynchronous_writing_checks_its_arguments_before_it_starts()
    {
        var noStream = () => JsonLines.WriteRecordsAsync(null!, Records(1).ToAsyncEnumerable());
        var noRecords = () => JsonLines.WriteRecordsAsync(new MemoryStream(), null!);

        (await noStream.Should().ThrowAsync<ArgumentNullException>()).Which.ParamName.Should().Be("utf8Json");
        (await noRecords.Should().ThrowAsync<ArgumentNullException>()).Which.ParamName.Should().Be("records");
    }

    [Fact]
    public async Task A_null_record_in_a_stream_being_written_is_named_by_its_place()
    {
        var records = Records(3).Append(null!).ToList();

        var sync = () => JsonLines.WriteRecords(new MemoryStream(), records);
        var async = () => JsonLines.WriteRecordsAsync(new MemoryStream(), records.ToAsyncEnumerable(), TestContext.Current.CancellationToken);

        sync.Should().Throw<ArgumentNullException>().WithMessage("Record 3 is null.*");
        (await async.Should().ThrowAsync<ArgumentNullException>()).WithMessage("Record 3 is null.*");
    }

    [Fact]
    public async Task Writing_JSON_Lines_gives_one_line_a_record_in_order_across_buffers_sync_and_async_alike()
    {
        var records = Records(2000);
        using var sync = new MemoryStream();
        using var async = new MemoryStream();

        var written = JsonLines.WriteRecords(sync, records);
        var writtenAsync = await JsonLines.WriteRecordsAsync(async, records.ToAsyncEnumerable(), TestContext.Current.CancellationToken);

        written.Should().Be(2000);
        writtenAsync.Should().Be(2000);
        sync.Length.Should().BeGreaterThan(3 * 64 * 1024, "the records pass the 64 KiB flush point several times");
        sync.ToArray().Should().Equal(async.ToArray());
        var lines = Encoding.UTF8.GetString(sync.ToArray()).Split('\n');
        lines.Should().HaveCount(2001, "every line ends with a line feed");
        lines[^1].Should().BeEmpty();
        lines.Take(2000).Should().Equal(records.Select(r => SafetyJson.Serialize(r)));
    }

    [Fact]
    public void A_line_longer_than_the_reading_buffer_is_read_whole()
    {
        var units = Enumerable.Range(0, 20_000).Select(i => "嘎查企业" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var big = new Inspection { Id = "I-big", Start = new LocalDate(2022, 5, 1), Inspected = units };
        var small = Records(1)[0];
        using var stream = new MemoryStream();
        JsonLines.WriteRecords(stream, new IRecord[] { small, big, small });
        stream.Length.Should().BeGreaterThan(256 * 1024, "the long line needs the buffer to grow more than once");
        stream.Position = 0;

        var read = JsonLines.ReadAll(new TrickleStream(stream.ToArray(), 5000)).ToList();

        read.Select(r => r.LineNumber).Should().Equal(0, 1, 2);
        read.Select(r => r.Record).Should().Equal(small, big, small);
    }

    [Fact]
    public void Options_configured_for_JsonSerializer_read_and_write_the_contract()
    {
        var preserving = SafetyJson.Configure(new JsonSerializerOptions { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) });
        var strict = SafetyJson.Configure(new JsonSerializerOptions(), strict: true);
        var record = Records(1)[0];
        var withUnknown = SafetyJson.Serialize(record).Replace("\"id\":", "\"colour\":\"red\",\"id\":", StringComparison.Ordinal);

        JsonSerializer.Serialize(record, preserving).Should().Be(SafetyJson.Serialize(record));
        var escaped = JsonSerializer.Serialize(record, strict);
        escaped.Should().Contain("\\u560E", "the user's default encoder escapes 嘎").And.NotContain("嘎");
        JsonSerializer.Deserialize<IRecord>(escaped, strict).Should().Be(record, "escapes are the same JSON strings");
        JsonSerializer.Deserialize<IRecord>(withUnknown, preserving).Should().Be(record);
        SafetyJson.GetUnknownMembers(JsonSerializer.Deserialize<IRecord>(withUnknown, preserving)!).Select(m => m.Key).Should().Equal("colour");
        var act = () => JsonSerializer.Deserialize<IRecord>(withUnknown, strict);
        act.Should().Throw<JsonContractException>().Which.Code.Should().Be(JsonContractCodes.UnknownMember);
    }

    /// <summary>A user's own type holding contract values, as a user would serialise it with the contract's options.</summary>
    public sealed record TownRow(DivisionCode Division, DivisionCode Village, ReportingPeriod Period, Quantity Leaflets, LocalDate Day);

    [Fact]
    public void Contract_values_inside_a_users_own_types_are_written_and_read_as_the_contract_writes_them()
    {
        var row = new TownRow(Town, default, ReportingPeriod.ForHalfYear(2022, 1), Quantity.Parse("500余份"), new LocalDate(2022, 7, 7));

        var options = SafetyJson.Configure(new JsonSerializerOptions { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) });
        var json = JsonSerializer.Serialize(row, options);

        json.Should().Be(
            "{\"Division\":\"150626103000\",\"Village\":null,\"Period\":\"2022-H1\",\"Leaflets\":" + SafetyJson.Serialize(row.Leaflets) + ",\"Day\":\"2022-07-07\"}");
        JsonSerializer.Deserialize<TownRow>(json, options).Should().Be(row);
        var act = () => JsonSerializer.Deserialize<TownRow>(json.Replace("150626103000", "15062610300x", StringComparison.Ordinal), options);
        act.Should().Throw<JsonContractException>().Which.Code.Should().Be(JsonContractCodes.InvalidValue);
    }

    [Fact]
    public void Options_in_use_cannot_be_configured_again()
    {
        var options = new JsonSerializerOptions();
        JsonSerializer.Serialize(1, options);

        var act = () => SafetyJson.Configure(options);
        var frozen = () => SafetyJson.Configure(SafetyJson.Options);

        act.Should().Throw<InvalidOperationException>();
        frozen.Should().Throw<InvalidOperationException>();
    }

    [Theory]
    [InlineData(0, "0000-03-01")]
    [InlineData(-44, "-0044-03-15")]
    [InlineData(1, "0001-01-01")]
    [InlineData(9999, "9999-12-31")]
    public void Dates_of_any_year_NodaTime_holds_are_written_in_ISO_form_and_read_back(int year, string text)
    {
        var parsed = NodaTime.Text.LocalDatePattern.Iso.Parse(text).Value;
        var meeting = new Meeting { Id = "M-1", Date = parsed };

        var json = SafetyJson.Serialize<IRecord>(meeting);

        parsed.Year.Should().Be(year);
        json.Should().Contain("\"date\":\"" + text + "\"");
        SafetyJson.Deserialize<IRecord>(json).Should().Be(meeting);
    }

    [Fact]
    public void A_null_list_reads_as_an_empty_one()
    {
        var inspection = SafetyJson.Deserialize<Inspection>("""{"type":"inspection","id":"I-1","start":"2022-05-01","types":null,"inspected":null}""");

        inspection.Types.Should().BeEmpty();
        inspection.Inspected.Should().BeEmpty();
    }

    /// <summary>A record type of a user's own, which the contract does not know.</summary>
    private sealed class Patrol : IRecord
    {
        public string Id => "P-1";

        public DivisionCode Division => Town;

        public LocalDate? ReferenceDate => null;
    }

    [Fact]
    public void A_record_type_the_contract_does_not_know_is_refused_by_name()
    {
        var act = () => SafetyJson.Serialize<IRecord>(new Patrol());

        var error = act.Should().Throw<JsonContractException>().Which;
        error.Code.Should().Be(JsonContractCodes.UnknownRecordType);
        error.Arguments["recordType"].Should().Be("Patrol");
        ((string)error.Arguments["expected"]!).Should().Contain("inspection");
    }

    [Fact]
    public void A_type_outside_the_contract_cannot_be_written()
    {
        var act = () => SafetyJson.Serialize(new Uri("https://example.org/"));

        act.Should().Throw<NotSupportedException>().WithMessage("System.Uri*");
    }

    /// <summary>A read-only stream that hands out at most <c>piece</c> bytes a read and counts what it gave.</summary>
    private sealed class TrickleStream(byte[] bytes, int piece) : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(Math.Min(count, piece), bytes.Length - BytesRead);
            Array.Copy(bytes, BytesRead, buffer, offset, n);
            BytesRead += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
