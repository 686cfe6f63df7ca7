using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using SafetyModel.Diagnostics;
using SafetyModel.Text;

using SafetyModel.Primitives;

namespace SafetyModel.Serialization;

/// <summary>
/// Reads one JSON text with a codec and turns every failure into a located <see cref="JsonContractException"/>: the
/// pointer, the line and the position, whichever part of the stack saw the fault.
/// </summary>
internal static class JsonReading
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static byte[] ToUtf8(string json)
    {
        try
        {
            return StrictUtf8.GetBytes(json);
        }
        catch (EncoderFallbackException e)
        {
            throw Encoding("the text holds a lone surrogate at character " + e.Index, "文本在第 " + e.Index + " 个字符处有孤立的代理项", e)
                .Located(null, null);
        }
    }

    /// <summary>The refusal of a JSON Lines line longer than <see cref="SafetyJsonReadOptions.MaxRecordBytes"/>, at its line.</summary>
    public static JsonContractException LineTooLong(SafetyJsonReadOptions options, long lineNumber) =>
        new JsonContractException(JsonContractCodes.TooLarge, DiagnosticArguments.Create(("limit", options.MaxRecordBytes))).Located(lineNumber, 0);

    /// <summary>
    /// Reads a value; <paramref name="lineNumber"/> is the first line's number (a JSON Lines record's line). A UTF-8
    /// byte-order mark is skipped only at the very start of the input: in a document, or on the first line of JSON Lines.
    /// </summary>
    public static T Read<T>(ReadOnlySpan<byte> utf8, IJsonCodec<T> codec, SafetyJsonReadOptions options, long lineNumber = 0, bool valuesChecked = false)
    {
        if (utf8.Length > options.MaxDocumentBytes)
        {
            throw new JsonContractException(JsonContractCodes.TooLarge, DiagnosticArguments.Create(("limit", options.MaxDocumentBytes))).Located(lineNumber, 0);
        }

        var skip = 0;
        if (lineNumber == 0 && utf8.Length >= 3 && utf8[0] == 0xEF && utf8[1] == 0xBB && utf8[2] == 0xBF)
        {
            skip = 3; // a UTF-8 byte-order mark: allowed at the start (RFC 8259 §8.1 lets parsers ignore it)
        }
        else if (utf8.Length >= 2 && ((utf8[0] == 0xFE && utf8[1] == 0xFF) || (utf8[0] == 0xFF && utf8[1] == 0xFE)))
        {
            throw Encoding("the input starts with a UTF-16 or UTF-32 byte-order mark; JSON is exchanged as UTF-8", "输入以 UTF-16 或 UTF-32 字节顺序标记开头；JSON 应以 UTF-8 交换", null)
                .Located(lineNumber, 0);
        }

        var text = utf8.Slice(skip);
        var invalid = FirstInvalidUtf8(text);
        if (invalid >= 0)
        {
            var (line, column) = Position(text, invalid);
            throw Encoding("invalid UTF-8 at byte " + (invalid + skip), "第 " + (invalid + skip) + " 字节不是有效的 UTF-8", null)
                .Located(lineNumber + line, column + (line == 0 ? skip : 0));
        }

        if (!valuesChecked && utf8.Length > options.MaxValueBytes)
        {
            // Only an input longer than the limit can hold a value longer than it.
            new ValueLengthGuard(options, lineNumber).Check(utf8, final: true);
        }

        var reader = new Utf8JsonReader(text, new JsonReaderOptions { MaxDepth = options.MaxDepth, CommentHandling = JsonCommentHandling.Disallow });
        try
        {
            JsonContract.Next(ref reader);
            var value = codec.Read(ref reader);

            // Past the value: the reader (one JSON value, RFC 8259) allows only whitespace there and throws a
            // JsonException, caught below as malformed JSON, on anything else.
            _ = reader.Read();
            return value;
        }
        catch (JsonContractException e)
        {
            if (e.Offset is { } offset)
            {
                var (line, column) = Position(text, (int)Math.Min(offset, text.Length));
                throw e.Located(lineNumber + line, column + (line == 0 ? skip : 0));
            }

            throw e.Located(lineNumber, null);
        }
        catch (JsonException e)
        {
            throw Syntax(text, options, e, lineNumber, skip);
        }
    }

    /// <summary>Where the first byte that is not UTF-8 stands, or -1.</summary>
    internal static int FirstInvalidUtf8(ReadOnlySpan<byte> s)
    {
#if NET8_0_OR_GREATER
        if (System.Text.Unicode.Utf8.IsValid(s))
        {
            return -1;
        }
#endif
        return FirstInvalidUtf8Scalar(s);
    }

    /// <summary>
    /// <see cref="FirstInvalidUtf8"/> a byte at a time (RFC 3629: no overlong form, no surrogate, nothing past
    /// U+10FFFF): for short strings, such as a line scanner's, where a call into the vectorized check costs more.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(Jit.Optimized)]
    internal static int FirstInvalidUtf8Scalar(ReadOnlySpan<byte> s)
    {
        // The well-formed sequences of RFC 3629 (Unicode Table 3-7).
        var i = 0;
        while (i < s.Length)
        {
            var b = s[i];
            if (b < 0x80)
            {
                WorkMeter.Step();
                i++;
                continue;
            }

            if (b is < 0xC2 or > 0xF4)
            {
                return i;
            }

            var length = b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
            WorkMeter.Step(length);
            if (length == 2)
            {
                if (i + 1 >= s.Length || (s[i + 1] & 0xC0) != 0x80)
                {
                    return i;
                }

                i += 2;
                continue;
            }

            if (i + length > s.Length)
            {
                return i;
            }

            // The second byte's range narrows after E0 (no overlong form), ED (no surrogate), F0 (no overlong form)
            // and F4 (nothing past U+10FFFF).
            var second = s[i + 1];
            if ((second & 0xC0) != 0x80 || (s[i + 2] & 0xC0) != 0x80 ||
                (b == 0xE0 && second < 0xA0) || (b == 0xED && second > 0x9F) || (b == 0xF0 && second < 0x90) || (b == 0xF4 && second > 0x8F) ||
                (length == 4 && (s[i + 3] & 0xC0) != 0x80))
            {
                return i;
            }

            i += length;
        }

        return -1;
    }

    private static JsonContractException Encoding(string english, string chinese, Exception? inner) =>
        new(JsonContractCodes.InvalidEncoding, DiagnosticArguments.Create(("detail", english)), new LocalizedText(english, chinese), inner);

    private static (long Line, long Column) Position(ReadOnlySpan<byte> text, int offset)
    {
        long line = 0;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            WorkMeter.Step();
            if (text[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, offset - lineStart);
    }

    /// <summary>A fault the reader found (the JSON grammar, the depth limit): rescans to learn the pointer and the depth.</summary>
    private static JsonContractException Syntax(ReadOnlySpan<byte> text, SafetyJsonReadOptions options, JsonException error, long lineNumber, int skip)
    {
        var frames = new List<(bool IsArray, int Count, string? Member)>();
        var depthExceeded = false;
        var reader = new Utf8JsonReader(text, new JsonReaderOptions { MaxDepth = options.MaxDepth, CommentHandling = JsonCommentHandling.Disallow });
        try
        {
            while (reader.Read())
            {
                WorkMeter.Step();
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        Count(frames);
                        frames.Add((reader.TokenType == JsonTokenType.StartArray, 0, null));
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        frames.RemoveAt(frames.Count - 1);
                        break;
                    case JsonTokenType.PropertyName:
                        frames[frames.Count - 1] = (false, 0, SafeName(ref reader));
                        break;
                    default:
                        Count(frames);
                        break;
                }
            }
        }
        catch (JsonException)
        {
            depthExceeded = reader.CurrentDepth >= options.MaxDepth - 1;
        }

        var pointer = JsonPointer.Root;
        for (var i = 0; i < frames.Count; i++)
        {
            WorkMeter.Step();
            var frame = frames[i];
            var last = i == frames.Count - 1;
            if (frame.IsArray)
            {
                pointer = pointer.Append(last ? frame.Count : Math.Max(0, frame.Count - 1));
            }
            else if (frame.Member is { } member)
            {
                pointer = pointer.Append(member);
            }
        }

        var detail = error.Message;
        var cut = detail.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut > 0)
        {
            detail = detail.Substring(0, cut).TrimEnd();
        }

        var exception = depthExceeded
            ? new JsonContractException(JsonContractCodes.TooDeep, DiagnosticArguments.Create(("limit", options.MaxDepth)), null, error)
            : new JsonContractException(JsonContractCodes.MalformedJson, DiagnosticArguments.Create(("detail", detail)), new LocalizedText(detail, detail), error);
        var located = exception.At(pointer);
        var line = error.LineNumber ?? 0;
        var position = error.BytePositionInLine ?? 0;
        return located.Located(lineNumber + line, position + (line == 0 ? skip : 0));

        static void Count(List<(bool IsArray, int Count, string? Member)> frames)
        {
            if (frames.Count > 0 && frames[frames.Count - 1].IsArray)
            {
                var top = frames[frames.Count - 1];
                frames[frames.Count - 1] = (true, top.Count + 1, null);
            }
        }
    }

    private static string SafeName(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString() ?? string.Empty;
        }
        catch (InvalidOperationException)
        {
            return "?";
        }
    }
}
