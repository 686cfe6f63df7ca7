using System.Text;
using SafetyModel.Diagnostics;
using SafetyModel.Serialization;
using SafetyModel.Work;

namespace SafetyModel.Tests.Serialization;

/// <summary>
/// Where an error is said to be when the input starts with a UTF-8 byte-order mark (its three bytes count in the first
/// line's positions, not in later lines'), and what an input in UTF-16 is told.
/// </summary>
public class ErrorPlaceTests
{
    private static readonly byte[] Bom = { 0xEF, 0xBB, 0xBF };

    private static JsonContractException Error(byte[] input)
    {
        var act = () => SafetyJson.Deserialize<Inspection>(input.AsSpan());
        return act.Should().Throw<JsonContractException>().Which;
    }

    private static byte[] Utf8(string text, bool bom) => (bom ? Bom : Array.Empty<byte>()).Concat(Encoding.UTF8.GetBytes(text)).ToArray();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_bad_byte_on_the_first_line_is_placed_counting_the_mark(bool bom)
    {
        const string head = """{"type":"inspection","id":"I-""";
        var input = Utf8(head, bom).Append((byte)0xFF).Concat(Encoding.UTF8.GetBytes("\"}")).ToArray();
        var at = Encoding.UTF8.GetByteCount(head) + (bom ? 3 : 0);

        var error = Error(input);

        error.Code.Should().Be(JsonContractCodes.InvalidEncoding);
        error.Arguments["detail"].Should().Be($"invalid UTF-8 at byte {at}");
        error.LineNumber.Should().Be(0);
        error.BytePositionInLine.Should().Be(at);
    }

    [Fact]
    public void A_bad_byte_on_a_later_line_is_placed_in_that_line_alone()
    {
        const string head = "{\"type\":\"inspection\",\n\"id\":\"I-";
        var input = Utf8(head, bom: true).Append((byte)0xFF).Concat(Encoding.UTF8.GetBytes("\"}")).ToArray();

        var error = Error(input);

        error.Arguments["detail"].Should().Be($"invalid UTF-8 at byte {3 + Encoding.UTF8.GetByteCount(head)}");
        error.LineNumber.Should().Be(1);
        error.BytePositionInLine.Should().Be(Encoding.UTF8.GetByteCount("\"id\":\"I-"));
    }

    [Theory]
    [InlineData(false, 0)]
    [InlineData(true, 0)]
    [InlineData(true, 1)]
    public void A_bad_value_is_placed_counting_the_mark_only_on_the_first_line(bool bom, int line)
    {
        var text = line == 0
            ? """{"type":"inspection","id":"I-1","start":"2022-02-30"}"""
            : "{\"type\":\"inspection\",\"id\":\"I-1\",\n\"start\":\"2022-02-30\"}";

        var error = Error(Utf8(text, bom));

        error.Code.Should().Be(JsonContractCodes.InvalidValue);
        error.Pointer.ToString().Should().Be("/start");
        error.LineNumber.Should().Be(line);
        var lineText = text.Split('\n')[line];
        error.BytePositionInLine.Should().Be(lineText.IndexOf("\"2022-02-30\"", StringComparison.Ordinal) + (bom && line == 0 ? 3 : 0));
    }

    [Theory]
    [InlineData(false, 0)]
    [InlineData(true, 0)]
    [InlineData(true, 1)]
    public void Malformed_json_is_placed_counting_the_mark_only_on_the_first_line(bool bom, int line)
    {
        var text = line == 0 ? """{"type":"inspection","id":"I-1",}""" : "{\"type\":\"inspection\",\n\"id\":\"I-1\",}";

        var error = Error(Utf8(text, bom));

        error.Code.Should().Be(JsonContractCodes.MalformedJson);
        error.LineNumber.Should().Be(line);
        var lineText = text.Split('\n')[line];
        error.BytePositionInLine.Should().Be(lineText.IndexOf('}', StringComparison.Ordinal) + (bom && line == 0 ? 3 : 0));
        ((string)error.Arguments["detail"]!).Should().NotContain("LineNumber", "the reader's own place is replaced by ours");
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE })]
    [InlineData(new byte[] { 0xFE, 0xFF })]
    public void Input_with_a_UTF_16_mark_is_told_that_JSON_is_exchanged_as_UTF_8(byte[] mark)
    {
        var text = mark[0] == 0xFF ? Encoding.Unicode.GetBytes("""{"type":"inspection"}""") : Encoding.BigEndianUnicode.GetBytes("""{"type":"inspection"}""");

        var error = Error(mark.Concat(text).ToArray());

        error.Code.Should().Be(JsonContractCodes.InvalidEncoding);
        ((string)error.Arguments["detail"]!).Should().Contain("UTF-16 or UTF-32 byte-order mark");
        error.LineNumber.Should().Be(0);
        error.BytePositionInLine.Should().Be(0);
    }

    [Fact]
    public void The_boundaries_of_each_length_are_valid_where_the_byte_by_byte_check_reads_them()
    {
        // .NET 8's validator answers for valid input at once; a bad byte after the boundaries makes the package's own
        // check (the one netstandard2.0 always uses) read every one of them.
        var text = "\u0080\u07FF\u0800\uD7FF\uE000\uFFFF" + char.ConvertFromUtf32(0x10000) + char.ConvertFromUtf32(0x10FFFF);
        var valid = Encoding.UTF8.GetBytes(text);

        JsonReading.FirstInvalidUtf8(valid.Append((byte)0xFF).ToArray()).Should().Be(valid.Length);
        foreach (var bad in new[] { new byte[] { 0xED, 0xBF, 0xBF }, new byte[] { 0xF4, 0x90, 0x80, 0x80 }, new byte[] { 0xE0, 0x9F, 0xBF } })
        {
            JsonReading.FirstInvalidUtf8(valid.Concat(bad).ToArray()).Should().Be(valid.Length, "U+DFFF, U+110000 and an overlong U+07FF are no UTF-8");
        }
    }
}
