using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace SafetyModel.Serialization;

/// <summary>
/// Equality of short byte strings (member names, types, codes) for the line projection, eight bytes a step and inlined
/// into its callers: <c>SequenceEqual</c> gives the same answer, but called several times a line it spends a fresh
/// process's first seconds in its instrumented tier.
/// </summary>
internal static class ShortBytes
{
    /// <summary>Whether the two byte strings are the same.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Equal(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        var length = a.Length;
        if (length >= sizeof(ulong))
        {
            // Eight bytes a step, the last step overlapping the one before: no loop over single bytes.
            for (var i = 0; i < length - sizeof(ulong); i += sizeof(ulong))
            {
                if (MemoryMarshal.Read<ulong>(a.Slice(i)) != MemoryMarshal.Read<ulong>(b.Slice(i)))
                {
                    return false;
                }
            }

            return MemoryMarshal.Read<ulong>(a.Slice(length - sizeof(ulong))) == MemoryMarshal.Read<ulong>(b.Slice(length - sizeof(ulong)));
        }

        if (length >= sizeof(uint))
        {
            return MemoryMarshal.Read<uint>(a) == MemoryMarshal.Read<uint>(b) &&
                MemoryMarshal.Read<uint>(a.Slice(length - sizeof(uint))) == MemoryMarshal.Read<uint>(b.Slice(length - sizeof(uint)));
        }

        for (var i = 0; i < length; i++)
        {
            if (a[i] != b[i])
            {
                return false;
            }
        }

        return true;
    }
}
