using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using SafetyModel.Aggregation;
using SafetyModel.Cli.Output;
using SafetyModel.Primitives;
using SafetyModel.Records;

namespace SafetyModel.Cli.Aggregation;

/// <summary>
/// Reads <c>--by</c> and <c>--measure</c> into an <see cref="AggregationQuery"/>. <c>--by</c> takes up to three
/// comma-separated names in any order: a division level, a period length and a dimension, in English or Chinese
/// (<c>town,quarter,inspection-type</c> or <c>乡镇,季度,检查类型</c>). <c>--measure</c> takes measure codes
/// (<c>records,inspection-hazards-found</c>).
/// </summary>
internal static class QuerySpec
{
    public static readonly IReadOnlyDictionary<string, DivisionLevel> Levels = new Dictionary<string, DivisionLevel>(StringComparer.OrdinalIgnoreCase)
    {
        ["province"] = DivisionLevel.Province, ["省"] = DivisionLevel.Province, ["省级"] = DivisionLevel.Province,
        ["prefecture"] = DivisionLevel.Prefecture, ["city"] = DivisionLevel.Prefecture, ["市"] = DivisionLevel.Prefecture, ["盟"] = DivisionLevel.Prefecture, ["地级"] = DivisionLevel.Prefecture,
        ["county"] = DivisionLevel.County, ["banner"] = DivisionLevel.County, ["县"] = DivisionLevel.County, ["旗"] = DivisionLevel.County, ["县级"] = DivisionLevel.County,
        ["township"] = DivisionLevel.Township, ["town"] = DivisionLevel.Township, ["乡镇"] = DivisionLevel.Township, ["镇"] = DivisionLevel.Township, ["苏木"] = DivisionLevel.Township, ["乡级"] = DivisionLevel.Township,
        ["village"] = DivisionLevel.Village, ["村"] = DivisionLevel.Village, ["嘎查"] = DivisionLevel.Village, ["村级"] = DivisionLevel.Village,
    };

    public static readonly IReadOnlyDictionary<string, PeriodGranularity> Periods = new Dictionary<string, PeriodGranularity>(StringComparer.OrdinalIgnoreCase)
    {
        ["month"] = PeriodGranularity.Month, ["月"] = PeriodGranularity.Month, ["月度"] = PeriodGranularity.Month,
        ["quarter"] = PeriodGranularity.Quarter, ["季度"] = PeriodGranularity.Quarter, ["季"] = PeriodGranularity.Quarter,
        ["half-year"] = PeriodGranularity.HalfYear, ["half"] = PeriodGranularity.HalfYear, ["半年"] = PeriodGranularity.HalfYear,
        ["year"] = PeriodGranularity.Year, ["年"] = PeriodGranularity.Year, ["年度"] = PeriodGranularity.Year,
    };

    /// <summary>The dimensions <c>--by</c> knows: each dimension's code and Chinese name (from the catalogue), and a few short aliases.</summary>
    public static readonly IReadOnlyDictionary<string, AggregationDimension> Dimensions = DimensionNames();

    /// <summary>The rates <c>--rate</c> knows, by English code and Chinese name.</summary>
    public static readonly IReadOnlyDictionary<string, Rate> Rates = new Dictionary<string, Rate>(StringComparer.OrdinalIgnoreCase)
    {
        [Rate.Rectification.Code] = Rate.Rectification, ["整改率"] = Rate.Rectification, [Rate.Rectification.ChineseName] = Rate.Rectification,
    };

    public static AggregationQuery Parse(string? by, string? measures, LocalDate? asOf, string? periods, string? rates)
    {
        DivisionLevel? level = null;
        PeriodGranularity? period = null;
        var dimension = AggregationDimension.None;
        foreach (var name in Split(by))
        {
            if (Levels.TryGetValue(name, out var l))
            {
                level = level is null ? l : throw Twice("division level", name);
            }
            else if (Periods.TryGetValue(name, out var p))
            {
                period = period is null ? p : throw Twice("period length", name);
            }
            else if (Dimensions.TryGetValue(name, out var d))
            {
                dimension = dimension == AggregationDimension.None ? d : throw Twice("dimension", name);
            }
            else
            {
                throw new CliException(
                    $"--by: “{name}” is not a division level ({string.Join("|", Enum.GetValues<DivisionLevel>().Select(EnumCodes.Of))}), " +
                    $"a period (month|quarter|half-year|year) or a dimension ({string.Join("|", RecordCatalogue.Default.Dimensions.Skip(1).Select(x => x.Code))}).");
            }
        }

        var chosen = new List<Measure>();
        foreach (var name in Split(measures))
        {
            var match = RecordCatalogue.Default.FindMeasure(name)
                ?? throw new CliException($"--measure: “{name}” is not a measure; the measures are {string.Join(", ", RecordCatalogue.Default.Measures)}.");
            if (chosen.Contains(match))
            {
                throw new CliException($"--measure: “{name}” is named twice.");
            }

            chosen.Add(match);
        }

        var custom = new List<ReportingPeriod>();
        foreach (var text in Split(periods))
        {
            var parsed = ReportingPeriod.ParseDetailed(text);
            if (!parsed.Success)
            {
                throw new CliException($"--periods: “{text}” is not a period ({parsed.Error!.Code}: {parsed.Error.Message.English}). Give codes such as 2022-06-01/2022-09-30, 2022-05 or 2022-Q3, or Chinese such as 2022年上半年.");
            }

            custom.Add(parsed.Value);
        }

        if (custom.Count > 0 && period is not null)
        {
            throw new CliException("--periods and a period length in --by both say how to group dates; give one of them.");
        }

        var chosenRates = new List<Rate>();
        foreach (var name in Split(rates))
        {
            var rate = Rates.TryGetValue(name, out var r) ? r : throw new CliException($"--rate: “{name}” is not a rate; the rates are {string.Join(", ", Rates.Values.Distinct().Select(x => x.Code))}.");
            if (chosenRates.Contains(rate))
            {
                throw new CliException($"--rate: “{name}” is named twice.");
            }

            chosenRates.Add(rate);
            foreach (var needed in rate.DenominatorMeasure is { } d ? new[] { rate.Numerator, d } : new[] { rate.Numerator })
            {
                if (!chosen.Contains(needed))
                {
                    chosen.Add(needed); // a rate shows the figures it divides
                }
            }
        }

        if (chosen.Contains(Measure.HazardsOverdue) && asOf is null)
        {
            throw new CliException("--measure hazards-overdue needs --as-of yyyy-MM-dd: a hazard is overdue only on a given day.");
        }

        return new AggregationQuery
        {
            DivisionLevel = level,
            Granularity = custom.Count > 0 ? PeriodGranularity.Custom : period,
            Periods = custom,
            Rates = chosenRates,
            Dimension = dimension,
            Measures = chosen.Count > 0 ? chosen : new[] { Measure.Records },
            AsOf = asOf,
        };
    }

    /// <summary>
    /// The query of a statistics form (<c>--preset hazard-quarterly</c>): the form fixes the rows and columns, so
    /// <c>--by</c>, <c>--measure</c>, <c>--rate</c> and <c>--periods</c> are refused beside it; <c>--as-of</c> is kept.
    /// </summary>
    public static AggregationQuery FromPreset(string name, string? by, string? measures, string? periods, string? rates, LocalDate? asOf)
    {
        var given = new[] { ("--by", by), ("--measure", measures), ("--periods", periods), ("--rate", rates) }.Where(o => o.Item2 is not null).Select(o => o.Item1).ToArray();
        if (given.Length > 0)
        {
            throw new CliException($"--preset {name} fixes the form's rows and columns: leave out {string.Join(", ", given)}, or leave out --preset and give them yourself.");
        }

        if (!AggregationPresets.TryFind(name, out var preset))
        {
            throw new CliException($"--preset: “{name}” is not a statistics form; the forms are {string.Join(", ", AggregationPresets.All.Select(p => $"{p.Code} ({p.ChineseTitle})"))}.");
        }

        var query = preset!.Query;
        return new AggregationQuery
        {
            DivisionLevel = query.DivisionLevel,
            Granularity = query.Granularity,
            Periods = query.Periods,
            Dimension = query.Dimension,
            Measures = query.Measures,
            Rates = query.Rates,
            AsOf = asOf ?? query.AsOf,
            Catalogue = query.Catalogue,
            Units = query.Units,
            CategoryMapping = query.CategoryMapping,
        };
    }

    public static string ChineseName(DivisionLevel level) => ChineseNames.Of(level);

    public static string ChineseName(PeriodGranularity granularity) => ChineseNames.Of(granularity);

    private static readonly char[] Separators = { ',', '，', '、' };

    private static string[] Split(string? list) =>
        (list ?? string.Empty).Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static CliException Twice(string what, string name) => new($"--by: “{name}” is a second {what}; give at most one of each.");

    private static Dictionary<string, AggregationDimension> DimensionNames()
    {
        var names = new Dictionary<string, AggregationDimension>(StringComparer.OrdinalIgnoreCase);
        foreach (var dimension in RecordCatalogue.Default.Dimensions.Skip(1))
        {
            names[dimension.Code] = dimension;
            names[dimension.ChineseName] = dimension;
        }

        names["type"] = AggregationDimension.InspectionType;
        names["行业"] = AggregationDimension.Sector;
        return names;
    }
}
