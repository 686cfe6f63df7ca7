using System;
using System.IO;
using System.Text;
using System.Text.Json;
using NodaTime.Text;
using SafetyModel.Aggregation;
using SafetyModel.Primitives;
using SafetyModel.Records;

namespace SafetyModel.Serialization;

/// <summary>
/// Writes a <see cref="StatisticsTable"/> as JSON: the query, then one object per row with its keys, its measures as
/// contract quantities (approximate sums keep their bounds) and its rates. The shape is in docs/json-format.md
/// ("Statistics tables") and is what <c>safetymodel aggregate --format json</c> writes under <c>table</c>.
/// </summary>
/// <remarks>
/// A table is a result, not a record: it is written, not read back. Members are only ever added within a
/// <c>version</c>; codes (<c>kind</c>, measures, rates, levels, granularities, dimensions) are kebab-case and stable.
/// </remarks>
public static class StatisticsTableJson
{
    /// <summary>The version of the table shape written in <c>version</c>; it changes only when a member changes meaning.</summary>
    public const int Version = 1;

    /// <summary>Writes the table as one JSON object.</summary>
    /// <param name="writer">Where to write; the object is written as a value, so start a property first to nest it.</param>
    /// <param name="table">The table.</param>
    /// <param name="registry">Names divisions in <c>divisionName</c> (otherwise <see langword="null"/>), or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="table"/> is <see langword="null"/>.</exception>
    public static void Write(Utf8JsonWriter writer, StatisticsTable table, DivisionRegistry? registry = null)
    {
        if (writer is null)
        {
            throw new ArgumentNullException(nameof(writer));
        }

        if (table is null)
        {
            throw new ArgumentNullException(nameof(table));
        }

        var query = table.Query;
        var quantities = JsonContract.Preserving.Quantity;
        writer.WriteStartObject();
        writer.WriteNumber("version", Version);
        writer.WriteStartObject("query");
        StringOrNull(writer, "divisionLevel", query.DivisionLevel is { } level ? EnumCodes.Of(level) : null);
        StringOrNull(writer, "granularity", query.Granularity is { } granularity ? EnumCodes.Of(granularity) : null);
        writer.WriteStartArray("periods");
        foreach (var period in query.SortedPeriods())
        {
            writer.WriteStringValue(period.Code);
        }

        writer.WriteEndArray();
        StringOrNull(writer, "dimension", query.Dimension == AggregationDimension.None ? null : query.Dimension.Code);
        writer.WriteStartArray("measures");
        foreach (var measure in query.Measures)
        {
            writer.WriteStringValue(measure.Code);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("rates");
        foreach (var rate in query.Rates)
        {
            writer.WriteStartObject();
            writer.WriteString("code", rate.Code);
            writer.WriteString("chineseName", rate.ChineseName);
            writer.WriteString("numerator", rate.Numerator.Code);
            StringOrNull(writer, "denominatorMeasure", rate.DenominatorMeasure is { } m ? m.Code : null);
            StringOrNull(writer, "denominatorName", rate.Denominator?.Name);
            writer.WriteNumber("scale", rate.Scale);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        StringOrNull(writer, "asOf", query.AsOf is { } asOf ? LocalDatePattern.Iso.Format(asOf) : null);
        writer.WriteEndObject();
        writer.WriteNumber("recordsOutsidePeriods", table.RecordsOutsidePeriods);
        writer.WriteStartArray("rows");
        foreach (var row in table.Rows)
        {
            writer.WriteStartObject();
            writer.WriteString("kind", StatisticsTable.KindCode(row.Kind));
            var division = row.Division is { } d && d != default ? d : (DivisionCode?)null;
            StringOrNull(writer, "division", division?.Code);
            StringOrNull(writer, "divisionName", division is { } named && registry is not null && registry.TryGetName(named, out var name) ? name : null);
            StringOrNull(writer, "period", row.Period?.Code);
            StringOrNull(writer, "periodName", row.Period?.ChineseName);
            StringOrNull(writer, "dimension", row.Dimension);
            StringOrNull(writer, "dimensionName", row.DimensionName);
            writer.WriteStartObject("values");
            for (var i = 0; i < query.Measures.Count; i++)
            {
                writer.WritePropertyName(query.Measures[i].Code);
                quantities.Write(writer, row.Values[i]);
            }

            writer.WriteEndObject();
            writer.WriteStartObject("rates");
            foreach (var rate in row.Rates)
            {
                writer.WriteStartObject(rate.Rate.Code);
                writer.WriteString("status", EnumCodes.Of(rate.Status));
                NumberOrNull(writer, "value", rate.Value);
                NumberOrNull(writer, "lower", rate.Lower);
                NumberOrNull(writer, "upper", rate.Upper);
                writer.WritePropertyName("numerator");
                quantities.Write(writer, rate.Numerator);
                writer.WritePropertyName("denominator");
                if (rate.Denominator is { } denominator)
                {
                    quantities.Write(writer, denominator);
                }
                else
                {
                    writer.WriteNullValue();
                }

                writer.WriteEndObject();
            }

            writer.WriteEndObject();
            writer.WriteNumber("unsummedFigures", row.UnsummedFigures);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Returns the table as a JSON string (Chinese written as itself, not escaped).</summary>
    /// <param name="table">The table.</param>
    /// <param name="indented">Whether to indent.</param>
    /// <param name="registry">Names divisions in <c>divisionName</c>, or <see langword="null"/>.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is <see langword="null"/>.</exception>
    public static string Serialize(StatisticsTable table, bool indented = false, DivisionRegistry? registry = null)
    {
        if (table is null)
        {
            throw new ArgumentNullException(nameof(table));
        }

        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, SafetyJson.WriterOptions(indented)))
        {
            Write(writer, table, registry);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void StringOrNull(Utf8JsonWriter writer, string name, string? value)
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

    private static void NumberOrNull(Utf8JsonWriter writer, string name, decimal? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
