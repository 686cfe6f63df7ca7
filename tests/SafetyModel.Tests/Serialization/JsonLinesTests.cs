using System.Threading.Tasks;
using System.Text;
using SafetyModel.Diagnostics;
using SafetyModel.Primitives;
using SafetyModel.Serialization;
using SafetyModel.Work;

namespace SafetyModel.Tests.Serialization;

/// <summary>JSON Lines: line numbers, blank lines, CRLF and BOM, going on past bad lines, the record size limit, async.</summary>
public class JsonLinesTests
{
    private const string Meeting = """{"type":"meeting","id":"M-1","date":"2022-05-01"}""";

    private static MemoryStream Stream(string text, bool bom = false) =>
        new((bom ? new byte[] { 0xEF, 0xBB, 0xBF } : Array.Empty<byte>()).Concat(Encoding.UTF8.GetBytes(text)).ToArray());

    [Fact]
    public void ReadAll_goes_on_past_bad_lines_and_numbers_them()
    {
        var text = Meeting + "\r\n\r\n" + Meeting.Replace("2022-05-01", "2022-02-30") + "\n  \n" + Meeting.Replace("M-1", "M-2");

        var lines = JsonLines.ReadAll(Stream(text, bom: true)).ToList();

        lines.Select(l => l.LineNumber).Should().Equal(0, 2, 4);
        lines[0].Record!.Id.Should().Be("M-1");
        lines[1].Success.Should().BeFalse();
        lines[1].Error!.Code.Should().Be(JsonContractCodes.InvalidValue);
        lines[1].Error!.LineNumber.Should().Be(2);
        lines[1].Error!.Pointer.ToString().Should().Be("/date");
        lines[2].Record!.Id.Should().Be("M-2");
    }

    [Fact]
    public void A_byte_order_mark_is_skipped_before_the_first_line_only()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(Meeting + "\n"))
            .Concat(new byte[] { 0xEF, 0xBB, 0xBF }).Concat(Encoding.UTF8.GetBytes(Meeting.Replace("M-1", "M-2") + "\n" + Meeting.Replace("M-1", "M-3") + ",")).ToArray();

        var lines = JsonLines.ReadAll(new MemoryStream(bytes)).ToList();

        lines.Should().HaveCount(3);
        lines[0].Record!.Id.Should().Be("M-1");
        lines[1].Error!.Code.Should().Be(JsonContractCodes.MalformedJson, "a mark inside the stream is no JSON");
        lines[1].Error!.BytePositionInLine.Should().Be(0);
        lines[2].Error!.Code.Should().Be(JsonContractCodes.MalformedJson);
        lines[2].Error!.BytePositionInLine.Should().Be(Meeting.Length, "a line without a mark counts from its first byte");
    }

    [Fact]
    public void The_first_lines_positions_count_its_byte_order_mark()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(Meeting.Replace("2022-05-01", "2022-02-30"))).ToArray();

        var line = JsonLines.ReadAll(new MemoryStream(bytes)).Single();

        line.Error!.BytePositionInLine.Should().Be(3 + Meeting.IndexOf("\"2022-05-01\"", StringComparison.Ordinal), "positions are bytes of the input, as for a document");
    }

    [Fact]
    public void ReadRecords_stops_with_the_error_of_the_first_bad_line()
    {
        var act = () => JsonLines.ReadRecords(Stream(Meeting + "\n{\"type\":\"meeting\"")).ToList();

        act.Should().Throw<JsonContractException>().Which.LineNumber.Should().Be(1);
    }

    [Fact]
    public void A_line_longer_than_the_limit_is_reported_once_and_skipped()
    {
        var longLine = "{\"type\":\"meeting\",\"id\":\"M-9\",\"date\":\"2022-05-01\",\"topics\":[\"" + new string('x', 5000) + "\"]}";
        var options = new SafetyJsonReadOptions { MaxRecordBytes = 1024 };

        var lines = JsonLines.ReadAll(Stream(Meeting + "\n" + longLine + "\n" + Meeting), options).ToList();

        lines.Should().HaveCount(3);
        lines[1].Error!.Code.Should().Be(JsonContractCodes.TooLarge);
        lines[1].LineNumber.Should().Be(1);
        lines[2].Success.Should().BeTrue();
        lines[2].LineNumber.Should().Be(2);
    }

    [Fact]
    public async Task Async_reading_and_writing_round_trip()
    {
        var records = Enumerable.Range(0, 5000).Select(i => (IRecord)new Meeting { Id = "M-" + i, Date = new NodaTime.LocalDate(2022, 5, 1).PlusDays(i % 300) }).ToList();
        using var stream = new MemoryStream();

        var written = await JsonLines.WriteRecordsAsync(stream, records.ToAsyncEnumerable(), TestContext.Current.CancellationToken);
        stream.Position = 0;
        var read = new List<IRecord>();
        await foreach (var record in JsonLines.ReadRecordsAsync(stream, cancellationToken: TestContext.Current.CancellationToken))
        {
            read.Add(record);
        }

        written.Should().Be(5000);
        read.Should().Equal(records);
    }
}
