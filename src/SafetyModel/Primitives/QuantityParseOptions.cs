using System;

namespace SafetyModel.Primitives;

/// <summary>
/// The conventions <see cref="Quantity.ParseDetailed(string, QuantityParseOptions)"/> reads approximate figures
/// with: the ones the standards leave to the reader. Immutable; <see cref="Default"/> is what parsing uses when none
/// is given.
/// </summary>
public sealed class QuantityParseOptions
{
    /// <summary>Creates options.</summary>
    /// <param name="thresholds">Whether 以上 and 以下 include their number.</param>
    /// <param name="aboutTolerance">
    /// The relative width read into 约 / 左右 / 上下 (each side) and 近 (below): 0.1 reads <c>约500</c> as 450 ≤ n ≤ 550 and
    /// <c>近500</c> as 450 ≤ n &lt; 500. From 0 to 1.
    /// </param>
    /// <exception cref="ArgumentOutOfRangeException">The tolerance is outside 0–1 or the convention is not defined.</exception>
    public QuantityParseOptions(ThresholdConvention thresholds = ThresholdConvention.Inclusive, decimal aboutTolerance = 0.1m)
    {
        if (thresholds is not (ThresholdConvention.Inclusive or ThresholdConvention.StateCouncilOrder493 or ThresholdConvention.Exclusive))
        {
            throw new ArgumentOutOfRangeException(nameof(thresholds), thresholds, "Unknown threshold convention.");
        }

        if (aboutTolerance < 0 || aboutTolerance > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(aboutTolerance), aboutTolerance, "The tolerance is a fraction from 0 to 1.");
        }

        Thresholds = thresholds;
        AboutTolerance = aboutTolerance;
    }

    /// <summary>Gets the default options: 以上/以下 inclusive, ±10% for 约.</summary>
    public static QuantityParseOptions Default { get; } = new();

    /// <summary>Gets whether 以上 and 以下 include their number.</summary>
    public ThresholdConvention Thresholds { get; }

    /// <summary>Gets the relative tolerance read into 约 / 左右 / 上下 and 近.</summary>
    public decimal AboutTolerance { get; }
}
