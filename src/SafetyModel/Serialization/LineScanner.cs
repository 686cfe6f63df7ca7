using System;
using System.Runtime.CompilerServices;
using SafetyModel.Primitives;
#if NET8_0_OR_GREATER
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
#endif

namespace SafetyModel.Serialization;

/// <summary>
/// A forward-only scanner over one JSON Lines line, for <see cref="LineProjector"/>: it walks the
/// members of one object and reads or skips their values, checking them against the JSON grammar (RFC 8259). It never
/// says why: every method returns <see langword="false"/> at anything it is not sure of — malformed JSON, and also
/// what is valid but not plain (an escape in a string, a negative or fractional figure, nesting past the limit) — and
/// the line is then read whole by the record reader, which gives the error or the record. So a line it accepts is one
/// <c>Utf8JsonReader</c> accepts (tests compare the two on random and mutated lines).
/// A file job reads every line in one call, so the larger methods are compiled fully optimized from the first line
/// (<see cref="Jit.Optimized"/>) and the small ones inlined into them: none waits in a lower tier for a warm-up.
/// </summary>
internal ref struct LineScanner
{
    private readonly ReadOnlySpan<byte> _line;
    private readonly int _maxDepth;
    private readonly Utf8Memo? _memo;
    private int _at;

    public LineScanner(ReadOnlySpan<byte> line, int maxDepth, Utf8Memo? memo = null)
    {
        _line = line;
        _maxDepth = maxDepth;
        _memo = memo;
        _at = 0;
    }

    /// <summary>Gets where the scanner stands in the line.</summary>
    public readonly int Position => _at;

    /// <summary>Gets where the last string read starts (its opening quote), for the contract's own reading of it.</summary>
    public int TokenStart { get; private set; }

    /// <summary>Gets the last string read with its quotes.</summary>
    public ReadOnlySpan<byte> Token(ReadOnlySpan<byte> content) => _line.Slice(TokenStart, content.Length + 2);

    /// <summary>Reads <c>{</c> at the start of the line.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
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
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryNextMember(bool first, out ReadOnlySpan<byte> name, out bool end) => TryMember(first, out name, out end, topLevel: true);

    /// <summary>
    /// Reads a string value without escapes; false for anything else, and for a string that is not valid UTF-8 (the
    /// scanner takes bytes above 0x7F only inside strings, so a line it accepts is valid UTF-8 throughout).
    /// </summary>
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
        var close = StringEnd(rest, out var nonAscii);
        if (close < 0 || rest[close] != (byte)'"')
        {
            return false; // unterminated, an escape or a control character: read whole
        }

        content = rest.Slice(0, close);
        if (nonAscii && !(_memo is not null && _memo.Knows(content)))
        {
            if (!IsUtf8(content))
            {
                return false; // the record reader says where
            }

            _memo?.Remember(content);
        }

        _at += close + 2;
        return true;
    }

    /// <summary>
    /// Reads the next member when its name is <paramref name="token"/> (the name in quotes and its colon, as a writer
    /// puts them: <c>"division":</c>) — the member a line of the same writer has at this place; false, standing where
    /// it stood, when the line has another member there (then <see cref="TryNextMember"/> reads it).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryNextMemberNamed(ReadOnlySpan<byte> token)
    {
        var start = _at;
        SkipWhitespace();
        if (_at < _line.Length && _line[_at] == (byte)',')
        {
            _at++;
            SkipWhitespace();
            if (_line.Length - _at >= token.Length && ShortBytes.Equal(_line.Slice(_at, token.Length), token))
            {
                _at += token.Length;
                SkipWhitespace();
                return true;
            }
        }

        _at = start;
        return false;
    }

    /// <summary>Whether the value is the literal <c>null</c> (read when it is).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
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
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
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
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
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
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
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
    [MethodImpl(Jit.Optimized)]
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
    [MethodImpl(Jit.Optimized)]
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

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
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
    [MethodImpl(Jit.Optimized)]
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

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
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

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsLetter(int at) => at < _line.Length && (uint)((_line[at] | 0x20) - 'a') <= 'z' - 'a';

    private static bool IsDigit(byte b) => (uint)(b - '0') <= 9;

    /// <summary>
    /// Where a string's content ends: the first quote, backslash or control character (U+0000 to U+001F, which JSON does
    /// not allow unescaped), or −1; <paramref name="nonAscii"/> when a byte above 0x7F may be among those before it.
    /// Sixteen bytes a step where the CPU has vectors (<c>SearchValues</c> would find the stop alike, but its generic
    /// searcher starts in the lowest tier on every run).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int StringEnd(ReadOnlySpan<byte> text, out bool nonAscii)
    {
        var i = 0;
#if NET8_0_OR_GREATER
        if (Vector128.IsHardwareAccelerated && text.Length >= Vector128<byte>.Count)
        {
            ref var start = ref MemoryMarshal.GetReference(text);
            var quote = Vector128.Create((byte)'"');
            var backslash = Vector128.Create((byte)'\\');
            var control = Vector128.Create((byte)0x1F);
            var seen = Vector128<byte>.Zero;
            for (; i <= text.Length - Vector128<byte>.Count; i += Vector128<byte>.Count)
            {
                var block = Vector128.LoadUnsafe(ref start, (nuint)i);
                seen |= block;
                var stops = Vector128.Equals(block, quote) | Vector128.Equals(block, backslash) | Vector128.Equals(Vector128.Min(block, control), block);
                if (stops != Vector128<byte>.Zero)
                {
                    // The block's bytes past the stop count too: at worst a valid string is checked once more.
                    nonAscii = seen.ExtractMostSignificantBits() != 0;
                    return i + BitOperations.TrailingZeroCount(stops.ExtractMostSignificantBits());
                }
            }

            nonAscii = seen.ExtractMostSignificantBits() != 0;
        }
        else
        {
            nonAscii = false;
        }
#else
        nonAscii = false;
#endif
        for (; i < text.Length; i++)
        {
            var b = text[i];
            if (b is (byte)'"' or (byte)'\\' or < 0x20)
            {
                return i;
            }

            nonAscii |= b > 0x7F;
        }

        return -1;
    }

    /// <summary>Whether a string's content is valid UTF-8 (RFC 3629), a byte at a time: strings on a line are short.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsUtf8(ReadOnlySpan<byte> content) => JsonReading.FirstInvalidUtf8Scalar(content) < 0;
}
