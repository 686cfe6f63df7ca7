using System;
using System.Runtime.CompilerServices;

namespace SafetyModel.Serialization;

/// <summary>
/// A forward-only scanner over one JSON Lines line of valid UTF-8, for <see cref="LineProjector"/>: it walks the
/// members of one object and reads or skips their values, checking them against the JSON grammar (RFC 8259). It never
/// says why: every method returns <see langword="false"/> at anything it is not sure of — malformed JSON, and also
/// what is valid but not plain (an escape in a string, a negative or fractional figure, nesting past the limit) — and
/// the line is then read whole by the record reader, which gives the error or the record. So a line it accepts is one
/// <c>Utf8JsonReader</c> accepts (tests compare the two on random and mutated lines).
/// </summary>
internal ref struct LineScanner
{
    private readonly ReadOnlySpan<byte> _line;
    private readonly int _maxDepth;
    private int _at;

    public LineScanner(ReadOnlySpan<byte> line, int maxDepth)
    {
        _line = line;
        _maxDepth = maxDepth;
        _at = 0;
    }

    /// <summary>Gets where the scanner stands in the line.</summary>
    public readonly int Position => _at;

    /// <summary>Gets where the last string read starts (its opening quote), for the contract's own reading of it.</summary>
    public int TokenStart { get; private set; }

    /// <summary>Gets the last string read with its quotes.</summary>
    public ReadOnlySpan<byte> Token(ReadOnlySpan<byte> content) => _line.Slice(TokenStart, content.Length + 2);

    /// <summary>Reads <c>{</c> at the start of the line.</summary>
    public bool TryStartObject()
    {
        SkipWhitespace();
        if (_at < _line.Length && _line[_at] == (byte)'{')
        {
            _at++;
            return true;
        }

        return false;
    }

    /// <summary>
    /// Reads the next member's name and its colon: true with the name, or true with <paramref name="end"/> set at the
    /// object's <c>}</c> (then nothing may follow on the line but whitespace); false when unsure.
    /// </summary>
    public bool TryNextMember(bool first, out ReadOnlySpan<byte> name, out bool end) => TryMember(first, out name, out end, topLevel: true);

    /// <summary>Reads a string value without escapes; false for anything else.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryString(out ReadOnlySpan<byte> content)
    {
        content = default;
        if (_at >= _line.Length || _line[_at] != (byte)'"')
        {
            return false;
        }

        TokenStart = _at;
        var rest = _line.Slice(_at + 1);
        var close = StringEnd(rest);
        if (close < 0 || rest[close] != (byte)'"')
        {
            return false; // unterminated, an escape or a control character: read whole
        }

        content = rest.Slice(0, close);
        _at += close + 2;
        return true;
    }

    /// <summary>Whether the value is the literal <c>null</c> (read when it is).</summary>
    public bool TryNull()
    {
        if (_line.Slice(_at).StartsWith("null"u8) && !IsLetter(_at + 4))
        {
            _at += 4;
            return true;
        }

        return false;
    }

    /// <summary>Reads a non-negative integer of at most nine digits without fraction or exponent (what a count is); false for anything else.</summary>
    public bool TryCount(out int value)
    {
        value = 0;
        var start = _at;
        while (_at < _line.Length && (uint)(_line[_at] - '0') <= 9)
        {
            value = (value * 10) + (_line[_at] - '0');
            _at++;
        }

        var digits = _at - start;
        return digits is > 0 and <= 9 && (digits == 1 || _line[start] != (byte)'0') &&
            (_at == _line.Length || _line[_at] is not ((byte)'.' or (byte)'e' or (byte)'E'));
    }

    /// <summary>Starts an array: true at its <c>[</c>.</summary>
    public bool TryStartArray()
    {
        if (_at < _line.Length && _line[_at] == (byte)'[')
        {
            _at++;
            SkipWhitespace();
            return true;
        }

        return false;
    }

    /// <summary>Moves to the array's next item: true with <paramref name="end"/> at its <c>]</c>, true before an item, false when unsure.</summary>
    public bool TryNextItem(bool first, out bool end)
    {
        SkipWhitespace();
        end = false;
        if (_at >= _line.Length)
        {
            return false;
        }

        if (_line[_at] == (byte)']')
        {
            _at++;
            end = true;
            return true;
        }

        if (!first)
        {
            if (_line[_at] != (byte)',')
            {
                return false;
            }

            _at++;
            SkipWhitespace();
        }

        return true;
    }

    /// <summary>Skips one value of any kind, checking it against the grammar; false when malformed or unsure.</summary>
    public bool TrySkipValue(int depth)
    {
        if (_at >= _line.Length)
        {
            return false;
        }

        switch (_line[_at])
        {
            case (byte)'"':
                return TryString(out _);
            case (byte)'{':
                if (depth >= _maxDepth)
                {
                    return false;
                }

                _at++;
                for (var first = true; ; first = false)
                {
                    if (!TryMember(first, out _, out var end, topLevel: false))
                    {
                        return false;
                    }

                    if (end)
                    {
                        return true;
                    }

                    if (!TrySkipValue(depth + 1))
                    {
                        return false;
                    }
                }

            case (byte)'[':
                if (depth >= _maxDepth)
                {
                    return false;
                }

                _at++;
                for (var first = true; ; first = false)
                {
                    if (!TryNextItem(first, out var end))
                    {
                        return false;
                    }

                    if (end)
                    {
                        return true;
                    }

                    if (!TrySkipValue(depth + 1))
                    {
                        return false;
                    }
                }

            case (byte)'t':
                return TryLiteral("true"u8);
            case (byte)'f':
                return TryLiteral("false"u8);
            case (byte)'n':
                return TryLiteral("null"u8);
            default:
                return TryNumber();
        }
    }

    /// <summary>A member's name and colon, or the object's end (on the top level, the end of the line too).</summary>
    private bool TryMember(bool first, out ReadOnlySpan<byte> name, out bool end, bool topLevel)
    {
        name = default;
        end = false;
        SkipWhitespace();
        if (_at >= _line.Length)
        {
            return false;
        }

        if (_line[_at] == (byte)'}')
        {
            _at++;
            end = true;
            if (!topLevel)
            {
                return true;
            }

            SkipWhitespace();
            return _at == _line.Length;
        }

        if (!first)
        {
            if (_line[_at] != (byte)',')
            {
                return false;
            }

            _at++;
            SkipWhitespace();
        }

        if (!TryString(out name))
        {
            return false;
        }

        SkipWhitespace();
        if (_at >= _line.Length || _line[_at] != (byte)':')
        {
            return false;
        }

        _at++;
        SkipWhitespace();
        return true;
    }

    private bool TryLiteral(ReadOnlySpan<byte> literal)
    {
        if (_line.Slice(_at).StartsWith(literal) && !IsLetter(_at + literal.Length))
        {
            _at += literal.Length;
            return true;
        }

        return false;
    }

    /// <summary>A number by the grammar: <c>-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?</c>.</summary>
    private bool TryNumber()
    {
        if (_at < _line.Length && _line[_at] == (byte)'-')
        {
            _at++;
        }

        if (_at >= _line.Length || !IsDigit(_line[_at]))
        {
            return false;
        }

        if (_line[_at] == (byte)'0')
        {
            _at++;
        }
        else
        {
            SkipDigits();
        }

        if (_at < _line.Length && _line[_at] == (byte)'.')
        {
            _at++;
            if (_at >= _line.Length || !IsDigit(_line[_at]))
            {
                return false;
            }

            SkipDigits();
        }

        if (_at < _line.Length && _line[_at] is (byte)'e' or (byte)'E')
        {
            _at++;
            if (_at < _line.Length && _line[_at] is (byte)'+' or (byte)'-')
            {
                _at++;
            }

            if (_at >= _line.Length || !IsDigit(_line[_at]))
            {
                return false;
            }

            SkipDigits();
        }

        // A number ends at a delimiter: whitespace, a comma or a closing bracket (checked by the caller), not a letter.
        return _at == _line.Length || _line[_at] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)',' or (byte)'}' or (byte)']';
    }

    private void SkipDigits()
    {
        while (_at < _line.Length && IsDigit(_line[_at]))
        {
            _at++;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void SkipWhitespace()
    {
        while (_at < _line.Length && _line[_at] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            _at++;
        }
    }

    private bool IsLetter(int at) => at < _line.Length && (uint)((_line[at] | 0x20) - 'a') <= 'z' - 'a';

    private static bool IsDigit(byte b) => (uint)(b - '0') <= 9;

#if NET8_0_OR_GREATER
    private static readonly System.Buffers.SearchValues<byte> StringStops = System.Buffers.SearchValues.Create(
        new byte[] { (byte)'"', (byte)'\\', 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31 });
#endif

    /// <summary>
    /// Where a string's content ends: the first quote, backslash or control character (U+0000 to U+001F, which JSON does
    /// not allow unescaped), or −1.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int StringEnd(ReadOnlySpan<byte> text)
    {
#if NET8_0_OR_GREATER
        return text.IndexOfAny(StringStops);
#else
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is (byte)'"' or (byte)'\\' or < 0x20)
            {
                return i;
            }
        }

        return -1;
#endif
    }
}
