using System.Text;
using CsCheck;
using SafetyModel.Diagnostics;
using SafetyModel.Serialization;

namespace SafetyModel.Tests.Serialization;

/// <summary>
/// Input that is not UTF-8 (RFC 3629) is refused with the place of its first bad byte — after any mix of one- to
/// four-byte characters (·, 嘎, 𠀀) — and text that is UTF-8 is never refused.
/// </summary>
public class Utf8ValidationTests
{
    /// <summary>Sequences that are invalid at their first byte, whatever follows them.</summary>
    private static readonly (string Name, byte[] Bytes)[] Bad =
    {
        ("a byte that is never UTF-8", new byte[] { 0xFF }),
        ("a continuation byte alone", new byte[] { 0x80 }),
        ("an overlong two-byte form (C0)", new byte[] { 0xC0, 0xAF }),
        ("an overlong two-byte form (C1)", new byte[] { 0xC1, 0xBF }),
        ("an overlong three-byte form", new byte[] { 0xE0, 0x80, 0xAF }),
        ("an overlong four-byte form", new byte[] { 0xF0, 0x80, 0x80, 0xAF }),
        ("a UTF-16 surrogate encoded", new byte[] { 0xED, 0xA0, 0x80 }),
        ("a code point past U+10FFFF", new byte[] { 0xF4, 0x90, 0x80, 0x80 }),
        ("a lead byte past F4", new byte[] { 0xF5, 0x80, 0x80, 0x80 }),
        ("a two-byte form cut short", new byte[] { 0xC2, 0x41 }),
        ("a three-byte form cut short", new byte[] { 0xE5, 0x98, 0x41 }),
        ("a four-byte form cut short", new byte[] { 0xF0, 0xA0, 0x80, 0x41 }),
    };

    public static TheoryData<string, byte[]> InvalidAtTheirStart
    {
        get
        {
            var data = new TheoryData<string, byte[]>();
            foreach (var (name, bytes) in Bad)
            {
                data.Add(name, bytes);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(InvalidAtTheirStart))]
    public void The_first_bad_byte_is_found_after_characters_of_every_length(string name, byte[] bad)
    {
        var before = Encoding.UTF8.GetBytes("{\"id\":\"a·嘎𠀀");
        var input = before.Concat(bad).Concat(Encoding.UTF8.GetBytes("\"}")).ToArray();

        JsonReading.FirstInvalidUtf8(input).Should().Be(before.Length, name);
        JsonReading.FirstInvalidUtf8(before).Should().Be(-1, name);
    }

    [Theory]
    [MemberData(nameof(InvalidAtTheirStart))]
    public void Reading_names_the_line_and_the_byte_in_it(string name, byte[] bad)
    {
        var firstLine = Encoding.UTF8.GetBytes("{\"type\":\"inspection\",\n  \"id\":\"·嘎𠀀");
        var input = firstLine.Concat(bad).Concat(Encoding.UTF8.GetBytes("\"}")).ToArray();

        var act = () => SafetyJson.Deserialize<SafetyModel.Work.Inspection>(input.AsSpan());

        var error = act.Should().Throw<JsonContractException>().Which;
        error.Code.Should().Be(JsonContractCodes.InvalidEncoding, name);
        error.LineNumber.Should().Be(1, name);
        error.BytePositionInLine.Should().Be(Encoding.UTF8.GetByteCount("  \"id\":\"·嘎𠀀"), name);
    }

    [Fact]
    public void A_sequence_cut_off_by_the_end_of_the_input_is_invalid()
    {
        foreach (var cut in new[] { new byte[] { 0xC2 }, new byte[] { 0xE5, 0x98 }, new byte[] { 0xF0, 0xA0, 0x80 } })
        {
            var input = Encoding.UTF8.GetBytes("嘎").Concat(cut).ToArray();

            JsonReading.FirstInvalidUtf8(input).Should().Be(3);
        }
    }

    [Fact]
    public void The_boundaries_of_each_length_are_valid()
    {
        // U+0080, U+07FF, U+0800, U+D7FF, U+E000, U+FFFF, U+10000, U+10FFFF: the smallest and largest of each form.
        var text = "\u0080\u07FF\u0800\uD7FF\uE000\uFFFF" + char.ConvertFromUtf32(0x10000) + char.ConvertFromUtf32(0x10FFFF);

        JsonReading.FirstInvalidUtf8(Encoding.UTF8.GetBytes(text)).Should().Be(-1);
    }

    [Fact]
    public void Any_text_is_valid_and_any_bad_sequence_inserted_into_it_is_found_where_it_was_put()
    {
        var bad = Bad.Select(b => b.Bytes).ToArray();
        Gen.Select(Gen.String, Gen.Int[0, bad.Length - 1], Gen.String).Sample((before, which, after) =>
        {
            var head = Encoding.UTF8.GetBytes(before);
            var tail = Encoding.UTF8.GetBytes("A" + after);

            JsonReading.FirstInvalidUtf8(head.Concat(tail).ToArray()).Should().Be(-1);
            JsonReading.FirstInvalidUtf8(head.Concat(bad[which]).Concat(tail).ToArray()).Should().Be(head.Length);
        }, iter: Iterations.Of(5_000));
    }

    [Fact]
    public void The_byte_at_a_time_check_agrees_with_a_strict_decoder_on_any_bytes()
    {
        // The scanner of JsonLines.Aggregate checks its strings with the byte-at-a-time form: on any bytes (mostly
        // above 0x7F) it must find text valid exactly when a strict decoder does, and stop at the first bad byte.
        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
        Gen.OneOf(Gen.Byte[0x80, 0xFF], Gen.Byte, Gen.Const((byte)0xE5), Gen.Const((byte)0x98)).Array[0, 12].Sample(bytes =>
        {
            var first = JsonReading.FirstInvalidUtf8Scalar(bytes);
            if (first < 0)
            {
                FluentActions.Invoking(() => strict.GetString(bytes)).Should().NotThrow();
            }
            else
            {
                FluentActions.Invoking(() => strict.GetString(bytes)).Should().Throw<DecoderFallbackException>();
                JsonReading.FirstInvalidUtf8Scalar(bytes.AsSpan(0, first)).Should().Be(-1, "the bytes before the first bad one are valid");
            }
        }, iter: Iterations.Of(20_000));
    }
}
