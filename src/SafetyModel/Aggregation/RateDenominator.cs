using System;
using System.Collections.Generic;
using SafetyModel.Primitives;

namespace SafetyModel.Aggregation;

/// <summary>
/// Figures a user supplies for a <see cref="Rate"/> to divide by — 从业人员 for 工矿商贸十万人死亡率, 地区生产总值 (亿元) for
/// 亿元GDP死亡率 — by division and period. Immutable.
/// </summary>
/// <remarks>
/// <para>A row finds its figure in this order: the figure for its division and period; the figure for its division
/// with no period (a figure that holds for every period); for a row with no division (the total, or any row of a table
/// not grouped by division), the figure with neither, and otherwise the sum of the figures of every division in the
/// table, found the same way, when each of them has one.</para>
/// <para>A division's subtotal over all periods takes only a figure given without a period: figures such as head
/// counts are stocks that do not add up over periods, so they are never summed or averaged across them. When no
/// figure is found the rate is <see cref="RateStatus.NoDenominator"/>; nothing is guessed.</para>
/// </remarks>
public sealed class RateDenominator
{
    private readonly DenominatorFigure[] _figures;
    private readonly Dictionary<(DivisionCode?, ReportingPeriod?), decimal> _byKey = new();

    private RateDenominator(string name, QuantityUnit unit, DenominatorFigure[] figures)
    {
        Name = name;
        Unit = unit;
        _figures = figures;
        foreach (var figure in figures)
        {
            var key = (figure.Division, figure.Period);
            if (_byKey.ContainsKey(key))
            {
                throw new ArgumentException($"Two figures are given for {figure.Division?.Code ?? "the whole area"} in {figure.Period?.Code ?? "every period"}; give one.", nameof(figures));
            }

            if (figure.Value < 0)
            {
                throw new ArgumentException($"The figure for {figure.Division?.Code ?? "the whole area"} in {figure.Period?.Code ?? "every period"} is {figure.Value}; a rate cannot divide by a negative number.", nameof(figures));
            }

            _byKey.Add(key, figure.Value);
        }
    }

    /// <summary>Gets what the figures count, for example 从业人员.</summary>
    public string Name { get; }

    /// <summary>Gets the figures' unit, for example 人.</summary>
    public QuantityUnit Unit { get; }

    /// <summary>Gets the figures, in the order given.</summary>
    public IReadOnlyList<DenominatorFigure> Figures => _figures;

    /// <summary>Creates a denominator from its figures.</summary>
    /// <param name="name">What the figures count, for example 从业人员; not empty.</param>
    /// <param name="unit">The figures' unit.</param>
    /// <param name="figures">The figures; at most one per division and period, none negative.</param>
    /// <returns>The denominator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="figures"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="name"/> is empty, or two figures share a division and period, or a figure is negative.
    /// </exception>
    public static RateDenominator Create(string name, QuantityUnit unit, IEnumerable<DenominatorFigure> figures)
    {
        if (name is null)
        {
            throw new ArgumentNullException(nameof(name));
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("A denominator needs a name saying what it counts, such as 从业人员.", nameof(name));
        }

        return new RateDenominator(name, unit, Sequences.Copy(figures, nameof(figures)));
    }

    /// <summary>Returns <c>从业人员 (人): 6 figures</c>.</summary>
    /// <returns>A readable description.</returns>
    public override string ToString() => $"{Name} ({Unit}): {_figures.Length} figures";

    /// <summary>The figure for a row, found as the remarks say; <see langword="null"/> when there is none.</summary>
    internal decimal? Find(DivisionCode? division, ReportingPeriod? period, IReadOnlyCollection<DivisionCode> divisions)
    {
        if (division is not null)
        {
            return Own(division, period);
        }

        if (Own(null, period) is { } whole)
        {
            return whole;
        }

        if (divisions.Count == 0)
        {
            return null;
        }

        var sum = 0m;
        foreach (var each in divisions)
        {
            if (Own(each, period) is not { } value)
            {
                return null;
            }

            sum += value;
        }

        return sum;
    }

    private decimal? Own(DivisionCode? division, ReportingPeriod? period)
    {
        if (period is not null && _byKey.TryGetValue((division, period), out var exact))
        {
            return exact;
        }

        return _byKey.TryGetValue((division, null), out var always) ? always : null;
    }
}
