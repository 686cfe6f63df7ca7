using System;
using SafetyModel.Primitives;

namespace SafetyModel.Aggregation;

/// <summary>
/// One figure a <see cref="RateDenominator"/> divides by: the value for a division (at the table's division level) in a
/// period, for example 从业人员 12,000 in 乌兰陶勒盖镇 in 2022.
/// </summary>
public readonly struct DenominatorFigure : IEquatable<DenominatorFigure>
{
    /// <summary>Initializes a figure.</summary>
    /// <param name="division">
    /// The division it belongs to, at the level the table groups by; <see langword="null"/> for the whole area a table
    /// covers (used for its total row, and for every row of a table not grouped by division).
    /// </param>
    /// <param name="period">The period it belongs to; <see langword="null"/> for every period of the division.</param>
    /// <param name="value">The value, zero or more (a zero gives <see cref="RateStatus.ZeroDenominator"/>).</param>
    public DenominatorFigure(DivisionCode? division, ReportingPeriod? period, decimal value)
    {
        Division = division;
        Period = period;
        Value = value;
    }

    /// <summary>Gets the division, or <see langword="null"/> for the whole area the table covers.</summary>
    public DivisionCode? Division { get; }

    /// <summary>Gets the period, or <see langword="null"/> for every period.</summary>
    public ReportingPeriod? Period { get; }

    /// <summary>Gets the value.</summary>
    public decimal Value { get; }

    /// <inheritdoc />
    public bool Equals(DenominatorFigure other) => Division == other.Division && Equals(Period, other.Period) && Value == other.Value;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DenominatorFigure other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Division, Period, Value);

    /// <summary>Compares two figures for equality.</summary>
    /// <param name="left">The first figure.</param>
    /// <param name="right">The second figure.</param>
    /// <returns>Whether they have the same division, period and value.</returns>
    public static bool operator ==(DenominatorFigure left, DenominatorFigure right) => left.Equals(right);

    /// <summary>Compares two figures for inequality.</summary>
    /// <param name="left">The first figure.</param>
    /// <param name="right">The second figure.</param>
    /// <returns>Whether they differ in division, period or value.</returns>
    public static bool operator !=(DenominatorFigure left, DenominatorFigure right) => !left.Equals(right);

    /// <summary>Returns <c>150626101000 2022: 12000</c>.</summary>
    /// <returns>A readable description.</returns>
    public override string ToString() => $"{Division?.Code ?? "*"} {Period?.Code ?? "*"}: {Value}";
}
