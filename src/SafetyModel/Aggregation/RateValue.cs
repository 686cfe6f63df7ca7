using System;
using System.Globalization;
using SafetyModel.Primitives;

namespace SafetyModel.Aggregation;

/// <summary>
/// A <see cref="Rate"/> worked out for one <see cref="StatisticsRow"/>: the figures divided, and the rate itself or the
/// range it lies in. Immutable.
/// </summary>
public sealed class RateValue : IEquatable<RateValue>
{
    private RateValue(Rate rate, Quantity numerator, Quantity? denominator, RateStatus status, decimal? lower, decimal? upper)
    {
        Rate = rate;
        Numerator = numerator;
        Denominator = denominator;
        Status = status;
        Lower = lower;
        Upper = upper;
    }

    /// <summary>Gets the rate's definition.</summary>
    public Rate Rate { get; }

    /// <summary>Gets the row's figure divided.</summary>
    public Quantity Numerator { get; }

    /// <summary>Gets the figure divided by, or <see langword="null"/> when none is known (<see cref="RateStatus.NoDenominator"/>).</summary>
    public Quantity? Denominator { get; }

    /// <summary>Gets how far the rate could be worked out.</summary>
    public RateStatus Status { get; }

    /// <summary>Gets the rate when <see cref="Status"/> is <see cref="RateStatus.Exact"/>, unrounded; otherwise <see langword="null"/>.</summary>
    public decimal? Value => Status == RateStatus.Exact ? Lower : null;

    /// <summary>
    /// Gets the least the rate can be (the value itself when exact), or <see langword="null"/> when there is no rate.
    /// Bounds are closed: a figure of 300余 contributes 300.
    /// </summary>
    public decimal? Lower { get; }

    /// <summary>
    /// Gets the most the rate can be (the value itself when exact), or <see langword="null"/> when there is no rate or it
    /// has no upper bound (a numerator such as 300余人 has none).
    /// </summary>
    public decimal? Upper { get; }

    /// <summary>Returns <c>66.67</c>, <c>30–40</c>, <c>≥30</c> or <c>—</c> (no value), rounded to two decimals.</summary>
    /// <returns>A readable description.</returns>
    public override string ToString() => Format(2);

    /// <summary>The rate as CSV and tables write it: the value rounded half away from zero, a range, or empty.</summary>
    /// <param name="decimals">The number of decimals, 0 to 28.</param>
    /// <returns><c>66.67</c>, <c>30..40</c>, <c>30..</c>, or an empty string when there is no rate.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0 to 28.</exception>
    public string ToInvariantString(int decimals = 4)
    {
        if (decimals is < 0 or > 28)
        {
            throw new ArgumentOutOfRangeException(nameof(decimals), decimals, "Give 0 to 28 decimals.");
        }

        return Status switch
        {
            RateStatus.Exact => Round(Lower!.Value, decimals),
            RateStatus.Approximate => Round(Lower!.Value, decimals) + ".." + (Upper is { } upper ? Round(upper, decimals) : string.Empty),
            _ => string.Empty,
        };
    }

    /// <inheritdoc />
    public bool Equals(RateValue? other) =>
        other is not null && ReferenceEquals(Rate, other.Rate) && Numerator.Equals(other.Numerator) && Equals(Denominator, other.Denominator) &&
        Status == other.Status && Lower == other.Lower && Upper == other.Upper;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RateValue);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Rate.Code, Numerator, Denominator, Status, Lower, Upper);

    /// <summary>Divides <paramref name="numerator"/> by <paramref name="denominator"/> as the rate says.</summary>
    internal static RateValue Of(Rate rate, Quantity numerator, Quantity? denominator)
    {
        if (denominator is null)
        {
            return new RateValue(rate, numerator, null, RateStatus.NoDenominator, null, null);
        }

        var denominatorLower = denominator.Lower.Value;
        var denominatorUpper = denominator.Upper?.Value;
        if (denominatorUpper == 0m)
        {
            return new RateValue(rate, numerator, denominator, RateStatus.ZeroDenominator, null, null);
        }

        if (numerator.IsExact && denominator.IsExact)
        {
            var value = Ratio(numerator.Stated, denominator.Stated, rate.Scale);
            return new RateValue(rate, numerator, denominator, RateStatus.Exact, value, value);
        }

        // The least: the smallest numerator over the largest denominator; the most: the largest over the smallest.
        var lower = denominatorUpper is { } du ? Ratio(Math.Max(numerator.Lower.Value, 0m), du, rate.Scale) : 0m;
        var upper = numerator.Upper is { } nu && denominatorLower > 0m ? Ratio(nu.Value, denominatorLower, rate.Scale) : (decimal?)null;
        return new RateValue(rate, numerator, denominator, RateStatus.Approximate, lower, upper);
    }

    private static decimal Ratio(decimal numerator, decimal denominator, decimal scale)
    {
        try
        {
            return numerator * scale / denominator;
        }
        catch (OverflowException)
        {
            // A huge numerator times the scale: dividing first keeps the value representable unless the rate itself is not.
            try
            {
                return numerator / denominator * scale;
            }
            catch (OverflowException)
            {
                throw new OverflowException($"{numerator} ÷ {denominator} × {scale} is beyond the range of decimal (±7.9 × 10^28); check the denominator figures and the scale.");
            }
        }
    }

    private static string Round(decimal value, int decimals) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("0." + new string('#', decimals), CultureInfo.InvariantCulture); // no trailing zeros

    private string Format(int decimals) => Status switch
    {
        RateStatus.Exact => Round(Lower!.Value, decimals),
        RateStatus.Approximate when Upper is { } upper => Round(Lower!.Value, decimals) + "–" + Round(upper, decimals),
        RateStatus.Approximate => "≥" + Round(Lower!.Value, decimals),
        _ => "—",
    };
}
