using System;
using System.Runtime.CompilerServices;

namespace SafetyModel.Serialization;

/// <summary>
/// A few strings a line scanner found to be valid UTF-8 lately, so that text a file repeats line after line (the same
/// inspecting body, the same township) is compared with what was checked rather than checked again: eight slots, each
/// taking the last string of its length class, up to 128 bytes. One per thread; not shared.
/// </summary>
internal sealed class Utf8Memo
{
    private const int MaxLength = 128;
    private readonly byte[][] _slots = new byte[8][];
    private readonly int[] _lengths = new int[8];

    /// <summary>Whether the bytes are a string remembered as valid.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Knows(ReadOnlySpan<byte> text)
    {
        var slot = text.Length & 7;
        return _lengths[slot] == text.Length && _slots[slot] is { } known && ShortBytes.Equal(text, known.AsSpan(0, text.Length));
    }

    /// <summary>Remembers a string just found valid (a longer one is not kept).</summary>
    public void Remember(ReadOnlySpan<byte> text)
    {
        if (text.Length > MaxLength)
        {
            return;
        }

        var slot = text.Length & 7;
        var bytes = _slots[slot] ??= new byte[MaxLength];
        text.CopyTo(bytes);
        _lengths[slot] = text.Length;
    }
}
