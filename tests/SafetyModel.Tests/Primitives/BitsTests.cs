using CsCheck;
using SafetyModel.Primitives;

namespace SafetyModel.Tests.Primitives;

/// <summary>
/// The batch scan maps a record's spent value mask (0) to a spare slot through TrailingZeros(0) = 64, so the
/// netstandard2.0 build's own count must agree with BitOperations on every value, zero included.
/// </summary>
public sealed class BitsTests
{
    [Theory]
    [InlineData(0UL, 64)]
    [InlineData(1UL, 0)]
    [InlineData(0x8000_0000_0000_0000UL, 63)]
    [InlineData(0x0000_0001_0000_0000UL, 32)]
    [InlineData(0xFFFF_FFFF_FFFF_FFFFUL, 0)]
    public void Trailing_zeros_are_counted_and_zero_has_64(ulong value, int expected) =>
        Bits.TrailingZeros(value).Should().Be(expected);

    [Fact]
    public void Trailing_zeros_agree_with_a_bit_by_bit_count()
    {
        Gen.ULong.Sample(value =>
        {
            var naive = 0;
            while (naive < 64 && (value & (1UL << naive)) == 0)
            {
                naive++;
            }

            Bits.TrailingZeros(value).Should().Be(naive);
        }, iter: Iterations.Of(2_000));
    }
}
