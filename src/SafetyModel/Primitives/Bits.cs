namespace SafetyModel.Primitives;

/// <summary>Bit operations the netstandard2.0 build lacks.</summary>
internal static class Bits
{
    /// <summary>The number of trailing zero bits of a value: 64 for zero, as <c>BitOperations.TrailingZeroCount</c> gives.</summary>
    public static int TrailingZeros(ulong value)
    {
#if NET
        return System.Numerics.BitOperations.TrailingZeroCount(value);
#else
        if (value == 0)
        {
            return 64;
        }

        var count = 0;
        if ((value & 0xFFFFFFFF) == 0)
        {
            count += 32;
            value >>= 32;
        }

        if ((value & 0xFFFF) == 0)
        {
            count += 16;
            value >>= 16;
        }

        if ((value & 0xFF) == 0)
        {
            count += 8;
            value >>= 8;
        }

        if ((value & 0xF) == 0)
        {
            count += 4;
            value >>= 4;
        }

        if ((value & 0x3) == 0)
        {
            count += 2;
            value >>= 2;
        }

        return count + (int)(~value & 1);
#endif
    }
}
