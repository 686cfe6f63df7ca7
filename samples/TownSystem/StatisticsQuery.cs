using SafetyModel.Aggregation;
using SafetyModel.Primitives;
using SafetyModel.Records;

namespace TownSystem;

/// <summary>The statistics endpoint's <c>by</c> and <c>measure</c> parameters read into an aggregation query.</summary>
public static class StatisticsQuery
{
    private static readonly Dictionary<string, DivisionLevel> Levels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["province"] = DivisionLevel.Province, ["prefecture"] = DivisionLevel.Prefecture, ["county"] = DivisionLevel.County,
        ["township"] = DivisionLevel.Township, ["village"] = DivisionLevel.Village,
    };

    private static readonly Dictionary<string, PeriodGranularity> Periods = new(StringComparer.OrdinalIgnoreCase)
    {
        ["month"] = PeriodGranularity.Month, ["quarter"] = PeriodGranularity.Quarter, ["half-year"] = PeriodGranularity.HalfYear, ["year"] = PeriodGranularity.Year,
    };

    /// <summary>The measures when none is named: inspections and the hazards they found.</summary>
    public const string DefaultMeasures = "inspections,inspection-hazards-found";

    /// <summary>Reads the parameters, or returns <see langword="null"/> when one names nothing known or names a kind twice.</summary>
    /// <param name="by">A comma-separated division level, period and dimension (<c>township,quarter,inspection-type</c>).</param>
    /// <param name="measures">Comma-separated measure codes, or <see langword="null"/> for <see cref="DefaultMeasures"/>.</param>
    /// <param name="catalogue">The record catalogue.</param>
    /// <returns>The query, or <see langword="null"/>.</returns>
    public static AggregationQuery? Parse(string? by, string? measures, RecordCatalogue catalogue)
    {
        DivisionLevel? level = null;
        PeriodGranularity? period = null;
        AggregationDimension? dimension = null;
        foreach (var name in Split(by))
        {
            if (Levels.TryGetValue(name, out var l) && level is null)
            {
                level = l;
            }
            else if (Periods.TryGetValue(name, out var p) && period is null)
            {
                period = p;
            }
            else if (catalogue.FindDimension(name) is { } d && dimension is null)
            {
                dimension = d;
            }
            else
            {
                return null;
            }
        }

        var chosen = new List<Measure>();
        foreach (var name in Split(measures ?? DefaultMeasures))
        {
            if (catalogue.FindMeasure(name) is not { } m || chosen.Contains(m))
            {
                return null;
            }

            chosen.Add(m);
        }

        return chosen.Count == 0 ? null : new AggregationQuery
        {
            Catalogue = catalogue,
            DivisionLevel = level,
            Granularity = period,
            Dimension = dimension ?? AggregationDimension.None,
            Measures = chosen,
        };
    }

    private static string[] Split(string? text) =>
        (text ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
