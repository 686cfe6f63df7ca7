using System;
using System.Collections.Generic;
using NodaTime;
using SafetyModel.Primitives;

namespace SafetyModel.Aggregation;

/// <summary>
/// How <see cref="Aggregator"/> rolls records up: the division level to group by (records are grouped under their
/// ancestor at that level, by truncating codes), the period granularity, one further dimension and the measures.
/// </summary>
/// <remarks>Built with an object initializer; <see cref="Measures"/> is copied when set.</remarks>
public sealed class AggregationQuery
{
    private readonly Measure[] _measures = { Measure.Records };

    /// <summary>
    /// Gets the level to group divisions at (乡级 → a town's villages roll up into it), or <see langword="null"/> for
    /// every division in one group. A record whose division is coarser than the level stays in its own group; a record
    /// without a division is grouped under the default code.
    /// </summary>
    public DivisionLevel? DivisionLevel { get; init; }

    /// <summary>
    /// Gets the period length to group by — month, quarter, half-year or year, by the record's reference date — or
    /// <see langword="null"/> for all dates in one group. A record without a date is grouped under no period.
    /// </summary>
    public PeriodGranularity? Granularity { get; init; }

    /// <summary>Gets the further breakdown of each division and period.</summary>
    public AggregationDimension Dimension { get; init; }

    /// <summary>Gets the measures, in the order of the table's value columns; at least one, each once.</summary>
    public IReadOnlyList<Measure> Measures { get => _measures; init => _measures = Sequences.Copy(value, nameof(Measures)); }

    /// <summary>Gets the day <see cref="Measure.HazardsOverdue"/> is judged on; required by that measure.</summary>
    public LocalDate? AsOf { get; init; }

    /// <summary>Returns <c>town × quarter × inspection-type: records, hazards-found</c>.</summary>
    /// <returns>A readable description.</returns>
    public override string ToString() =>
        $"{DivisionLevel?.ToString() ?? "all divisions"} × {Granularity?.ToString() ?? "all dates"} × {Dimension}: {string.Join(", ", _measures)}";

    internal void Check()
    {
        if (_measures.Length == 0)
        {
            throw new ArgumentException("An aggregation needs at least one measure.", nameof(Measures));
        }

        var seen = new HashSet<Measure>();
        foreach (var measure in _measures)
        {
            if (measure is < Measure.Records or > Measure.PeopleReached)
            {
                throw new ArgumentException($"{(int)measure} is not a defined measure.", nameof(Measures));
            }

            if (!seen.Add(measure))
            {
                throw new ArgumentException($"The measure {measure} is asked for twice.", nameof(Measures));
            }
        }

        if (Granularity is PeriodGranularity.Custom or < PeriodGranularity.Month or > PeriodGranularity.Custom)
        {
            throw new ArgumentException("Group by month, quarter, half-year or year; a custom period is not a calendar grouping.", nameof(Granularity));
        }

        if (DivisionLevel is { } level && level is < Primitives.DivisionLevel.Province or > Primitives.DivisionLevel.Village)
        {
            throw new ArgumentException($"{(int)level} is not a defined division level.", nameof(DivisionLevel));
        }

        if (Dimension is < AggregationDimension.None or > AggregationDimension.RecordType)
        {
            throw new ArgumentException($"{(int)Dimension} is not a defined dimension.", nameof(Dimension));
        }

        if (AsOf is null && seen.Contains(Measure.HazardsOverdue))
        {
            throw new ArgumentException("Overdue hazards are judged on a day: set AsOf.", nameof(AsOf));
        }
    }
}
