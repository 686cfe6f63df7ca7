using System;
using System.Collections.Generic;
using SafetyModel.Primitives;
using SafetyModel.Records;

namespace SafetyModel.Aggregation;

/// <summary>
/// One row of a <see cref="StatisticsTable"/>: a division, a period and a value of the dimension (or a subtotal or the
/// total over them), with one value per measure of the query.
/// </summary>
public sealed class StatisticsRow
{
    private readonly Quantity[] _values;
    private readonly IReadOnlyList<Measure> _measures;
    private readonly RateValue[] _rates;

    internal StatisticsRow(
        StatisticsRowKind kind, DivisionCode? division, ReportingPeriod? period, string? dimension, string? dimensionName, Quantity[] values,
        IReadOnlyList<Measure> measures, int unsummed, RateValue[] rates)
    {
        _rates = rates;
        Kind = kind;
        Division = division;
        Period = period;
        Dimension = dimension;
        DimensionName = dimensionName;
        _values = values;
        _measures = measures;
        UnsummedFigures = unsummed;
    }

    /// <summary>Gets what the row holds: a detail, a subtotal or the total.</summary>
    public StatisticsRowKind Kind { get; }

    /// <summary>
    /// Gets the division (at the query's level), or <see langword="null"/> in the total row and when the query does not
    /// group by division. The default code stands for records that name no division.
    /// </summary>
    public DivisionCode? Division { get; }

    /// <summary>
    /// Gets the period, or <see langword="null"/> in subtotal and total rows, when the query does not group by period,
    /// and in a detail row for records without a date.
    /// </summary>
    public ReportingPeriod? Period { get; }

    /// <summary>
    /// Gets the dimension's code (<c>flood-season</c>, <c>major</c>, a campaign id), <see cref="string.Empty"/> for
    /// records that state none, or <see langword="null"/> in subtotal and total rows and when the query has no dimension.
    /// </summary>
    public string? Dimension { get; }

    /// <summary>Gets the dimension value's Chinese name where the library knows it (<c>汛期</c>), else the code.</summary>
    public string? DimensionName { get; }

    /// <summary>Gets the values, in the order of the query's measures.</summary>
    public IReadOnlyList<Quantity> Values => _values;

    /// <summary>
    /// Gets how many figures of <see cref="Measure.PeopleTrained"/> or <see cref="Measure.PeopleReached"/> could not be
    /// summed because their unit counts no people (<c>户</c>); they are left out of the sum, not lost from the records.
    /// </summary>
    public int UnsummedFigures { get; }

    /// <summary>Gets the value of a measure.</summary>
    /// <param name="measure">The measure.</param>
    /// <returns>The value: exact for counts, approximate where approximate figures were summed.</returns>
    /// <exception cref="ArgumentException">The table was not built with that measure.</exception>
    public Quantity this[Measure measure]
    {
        get
        {
            for (var i = 0; i < _measures.Count; i++)
            {
                if (_measures[i] == measure)
                {
                    return _values[i];
                }
            }

            throw new ArgumentException($"The table has no measure {measure}.", nameof(measure));
        }
    }

    /// <summary>
    /// Gets the row's rates, in the order of <see cref="AggregationQuery.Rates"/>: each divides this row's own sums, so a
    /// subtotal's rate is the rate of its sums.
    /// </summary>
    public IReadOnlyList<RateValue> Rates => _rates;

    /// <summary>Gets the row's value of a rate of the query.</summary>
    /// <param name="rate">One of <see cref="AggregationQuery.Rates"/>, or a rate with the same code.</param>
    /// <returns>The rate's value for this row.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rate"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The table has no rate with that code.</exception>
    public RateValue this[Rate rate]
    {
        get
        {
            if (rate is null)
            {
                throw new ArgumentNullException(nameof(rate));
            }

            foreach (var value in _rates)
            {
                if (value.Rate.Code == rate.Code)
                {
                    return value;
                }
            }

            throw new ArgumentException($"The table has no rate '{rate.Code}'.", nameof(rate));
        }
    }

    /// <summary>Returns <c>150626103 2022-Q1 flood-season: 3, 5</c>.</summary>
    /// <returns>A readable row.</returns>
    public override string ToString() =>
        $"{Kind} {Division?.ShortCode ?? "*"} {Period?.Code ?? "*"} {Dimension ?? "*"}: {string.Join(", ", (IEnumerable<Quantity>)_values)}";
}
