using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using NodaTime.Text;
using SafetyModel.Aggregation;
using SafetyModel.Primitives;
using SafetyModel.Records;
using SafetyModel.Serialization;

namespace SafetyModel.Cli.Output;

/// <summary>A statistics table as aligned text and as the CLI's JSON (docs/cli.md).</summary>
internal static class StatisticsView
{
    public static string MeasureName(Measure measure, Language language) =>
        language == Language.Chinese ? measure.ChineseName : measure.Code;

    public static string DivisionName(DivisionCode? division, DivisionRegistry? registry) =>
        division is not { } code || code == default ? "-" : registry is not null && registry.TryGetName(code, out var name) ? name! : code.Code;

    public static string PeriodName(ReportingPeriod? period, Language language) =>
        period is null ? "-" : language == Language.Chinese ? period.ChineseName : period.Code;

    public static string Value(Quantity value, Language language) =>
        value.IsExact ? value.Stated.ToString(CultureInfo.InvariantCulture) : language == Language.Chinese ? value.ToChineseString() : value.ToEnglishString();

    /// <summary>
    /// What a table is grouped by and counts, by published codes or Chinese names:
    /// <c>township × quarter: records, hazards-found</c>, <c>乡镇 × 季度：记录数、发现隐患数</c>.
    /// </summary>
    public static string Title(AggregationQuery query, Language language)
    {
        var chinese = language == Language.Chinese;
        var keys = new List<string>();
        if (query.DivisionLevel is { } level)
        {
            keys.Add(chinese ? Aggregation.QuerySpec.ChineseName(level) : EnumCodes.Of(level));
        }

        if (query.Periods.Count > 0)
        {
            keys.Add(string.Join(chinese ? "、" : ", ", query.Periods.OrderBy(p => p.Start).Select(p => PeriodName(p, language))));
        }
        else if (query.Granularity is { } granularity)
        {
            keys.Add(chinese ? Aggregation.QuerySpec.ChineseName(granularity) : EnumCodes.Of(granularity));
        }

        if (query.Dimension != AggregationDimension.None)
        {
            keys.Add(chinese ? query.Dimension.ChineseName : query.Dimension.Code);
        }

        var counted = query.Measures.Select(m => MeasureName(m, language))
            .Concat(query.Rates.Select(r => chinese ? r.ChineseName : r.Code));
        var grouping = keys.Count > 0 ? string.Join(" × ", keys) : language.Pick("total", "合计");
        return chinese ? $"{grouping}：{string.Join("、", counted)}" : $"{grouping}: {string.Join(", ", counted)}";
    }

    public static void WriteTable(TextWriter output, StatisticsTable table, DivisionRegistry? registry, Language language)
    {
        var query = table.Query;
        var columns = new List<string>();
        var byDivision = query.DivisionLevel is not null;
        var byPeriod = query.Granularity is not null;
        var byDimension = query.Dimension != AggregationDimension.None;
        if (byDivision)
        {
            columns.Add(language.Pick("division", "行政区划"));
        }

        if (byPeriod)
        {
            columns.Add(language.Pick("period", "期间"));
        }

        if (byDimension)
        {
            columns.Add(language == Language.Chinese ? query.Dimension.ChineseName : query.Dimension.Code);
        }

        if (columns.Count == 0)
        {
            columns.Add(string.Empty);
        }

        var keyColumns = columns.Count;
        columns.AddRange(query.Measures.Select(m => MeasureName(m, language)));
        columns.AddRange(query.Rates.Select(r => language == Language.Chinese ? r.ChineseName : r.Code));
        var unsummed = table.Rows.Any(r => r.UnsummedFigures > 0);
        if (unsummed)
        {
            columns.Add(language.Pick("not summed", "未合计"));
        }

        var text = new TextTable(columns.ToArray()).Numeric(Enumerable.Range(keyColumns, columns.Count - keyColumns).ToArray());
        var subtotal = language.Pick("subtotal", "小计");
        DivisionCode? previous = null;
        foreach (var row in table.Rows)
        {
            if (row.Kind == StatisticsRowKind.Total || (byDivision && row.Division != previous && text.RowCount > 0))
            {
                text.Rule();
            }

            previous = row.Division;
            var cells = new List<string>();
            var total = row.Kind == StatisticsRowKind.Total;
            if (byDivision)
            {
                cells.Add(total ? language.Pick("total", "合计") : DivisionName(row.Division, registry));
            }

            if (byPeriod)
            {
                cells.Add(total && !byDivision ? language.Pick("total", "合计") : row.Kind switch
                {
                    StatisticsRowKind.DivisionSubtotal => subtotal,
                    StatisticsRowKind.Total => string.Empty,
                    _ => PeriodName(row.Period, language),
                });
            }

            if (byDimension)
            {
                cells.Add(row.Kind switch
                {
                    StatisticsRowKind.Detail => row.Dimension is null ? language.Pick("(not stated)", "（未注明）") : language == Language.Chinese ? row.DimensionName ?? row.Dimension : row.Dimension,
                    StatisticsRowKind.PeriodSubtotal => byPeriod ? subtotal : string.Empty,
                    StatisticsRowKind.Total when !byDivision && !byPeriod => language.Pick("total", "合计"),
                    _ => string.Empty,
                });
            }

            if (!byDivision && !byPeriod && !byDimension)
            {
                cells.Add(language.Pick("total", "合计"));
            }

            cells.AddRange(row.Values.Select(v => Value(v, language)));
            cells.AddRange(row.Rates.Select(r => r.ToString()));
            if (unsummed)
            {
                cells.Add(row.UnsummedFigures.ToString(CultureInfo.InvariantCulture));
            }

            text.Add(cells.ToArray());
        }

        text.Write(output, "  ");
    }

    /// <summary>The table as the package writes it (<see cref="StatisticsTableJson"/>), under <paramref name="name"/>.</summary>
    public static void WriteJson(JsonOutput json, string name, StatisticsTable table, DivisionRegistry? registry)
    {
        json.Writer.WritePropertyName(name);
        StatisticsTableJson.Write(json.Writer, table, registry);
    }
}
