using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using NodaTime.Text;
using SafetyModel.Aggregation;
using SafetyModel.Primitives;

namespace SafetyModel.Cli.Output;

/// <summary>A statistics table as aligned text and as the CLI's JSON (docs/cli.md).</summary>
internal static class StatisticsView
{
    private static readonly Dictionary<Measure, string> ChineseMeasures = new()
    {
        [Measure.Records] = "记录数",
        [Measure.InspectionHazardsFound] = "检查发现隐患",
        [Measure.HazardsFound] = "隐患数",
        [Measure.HazardsRectified] = "已整改隐患",
        [Measure.HazardsOverdue] = "逾期未整改隐患",
        [Measure.Accidents] = "事故起数",
        [Measure.Deaths] = "死亡人数",
        [Measure.SeriousInjuries] = "重伤人数",
        [Measure.MinorInjuries] = "轻伤人数",
        [Measure.Missing] = "失踪人数",
        [Measure.DirectLoss] = "直接经济损失",
        [Measure.PeopleTrained] = "培训人次",
        [Measure.PeopleReached] = "宣传覆盖人次",
    };

    public static string MeasureName(Measure measure, Language language) =>
        language == Language.Chinese && ChineseMeasures.TryGetValue(measure, out var name) ? name : Codes.Of(measure);

    public static string DivisionName(DivisionCode? division, DivisionRegistry? registry) =>
        division is not { } code || code == default ? "-" : registry is not null && registry.TryGetName(code, out var name) ? name! : code.Code;

    public static string PeriodName(ReportingPeriod? period, Language language) =>
        period is null ? "-" : language == Language.Chinese ? period.ChineseName : period.Code;

    public static string Value(Quantity value, Language language) =>
        value.IsExact ? value.Stated.ToString(CultureInfo.InvariantCulture) : language == Language.Chinese ? value.ToChineseString() : value.ToEnglishString();

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
            columns.Add(language == Language.Chinese ? DimensionChinese(query.Dimension) : Codes.Of(query.Dimension));
        }

        if (columns.Count == 0)
        {
            columns.Add(string.Empty);
        }

        var keyColumns = columns.Count;
        columns.AddRange(query.Measures.Select(m => MeasureName(m, language)));
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
            if (unsummed)
            {
                cells.Add(row.UnsummedFigures.ToString(CultureInfo.InvariantCulture));
            }

            text.Add(cells.ToArray());
        }

        text.Write(output, "  ");
    }

    public static void WriteJson(JsonOutput json, string name, StatisticsTable table, DivisionRegistry? registry)
    {
        var writer = json.Writer;
        var query = table.Query;
        writer.WriteStartObject(name);
        writer.WriteStartObject("query");
        WriteCodeOrNull(writer, "divisionLevel", query.DivisionLevel is { } level ? Codes.Of(level) : null);
        WriteCodeOrNull(writer, "granularity", query.Granularity is { } granularity ? Codes.Of(granularity) : null);
        WriteCodeOrNull(writer, "dimension", query.Dimension == AggregationDimension.None ? null : Codes.Of(query.Dimension));
        writer.WriteStartArray("measures");
        foreach (var measure in query.Measures)
        {
            writer.WriteStringValue(Codes.Of(measure));
        }

        writer.WriteEndArray();
        WriteCodeOrNull(writer, "asOf", query.AsOf is { } asOf ? LocalDatePattern.Iso.Format(asOf) : null);
        writer.WriteEndObject();
        writer.WriteStartArray("rows");
        foreach (var row in table.Rows)
        {
            writer.WriteStartObject();
            writer.WriteString("kind", Codes.Of(row.Kind));
            WriteCodeOrNull(writer, "division", row.Division is { } d && d != default ? d.Code : null);
            WriteCodeOrNull(writer, "divisionName", row.Division is { } n && n != default && registry is not null && registry.TryGetName(n, out var divisionName) ? divisionName : null);
            WriteCodeOrNull(writer, "period", row.Period?.Code);
            WriteCodeOrNull(writer, "periodName", row.Period?.ChineseName);
            WriteCodeOrNull(writer, "dimension", row.Dimension);
            WriteCodeOrNull(writer, "dimensionName", row.DimensionName);
            writer.WriteStartObject("values");
            for (var i = 0; i < query.Measures.Count; i++)
            {
                json.WriteContract(Codes.Of(query.Measures[i]), row.Values[i]);
            }

            writer.WriteEndObject();
            writer.WriteNumber("unsummedFigures", row.UnsummedFigures);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteCodeOrNull(System.Text.Json.Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }

    private static string DimensionChinese(AggregationDimension dimension) => dimension switch
    {
        AggregationDimension.InspectionType => "检查类型",
        AggregationDimension.Sector => "行业领域",
        AggregationDimension.HazardLevel => "隐患等级",
        AggregationDimension.AccidentGrade => "事故等级",
        AggregationDimension.AccidentCategory => "事故类别",
        AggregationDimension.Campaign => "专项行动",
        AggregationDimension.RecordType => "记录类型",
        _ => string.Empty,
    };
}
