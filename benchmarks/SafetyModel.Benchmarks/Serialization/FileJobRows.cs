using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using SafetyModel.Aggregation;
using SafetyModel.Primitives;

namespace SafetyModel.Benchmarks.Serialization;

/// <summary>
/// The file job's answers in one shape, so that every side's table can be compared: one tab-separated line a row,
/// <c>kind, town, month, type, records, hazards</c> (kind as the CLI's CSV writes it: <c>detail</c>,
/// <c>period-subtotal</c>, <c>division-subtotal</c>, <c>total</c>; an empty cell where the row has no such key; a value
/// as its exact number, or <c>lower..upper</c> when it is an interval). Sorted ordinally, so that the order each side
/// writes its rows in does not matter.
/// </summary>
internal static class FileJobRows
{
    public static string Line(string kind, string? town, string? month, string? type, string records, string hazards) =>
        string.Join('\t', kind, town ?? string.Empty, month ?? string.Empty, type ?? string.Empty, records, hazards);

    /// <summary>A library table's rows (the measures in the query's order: records, then hazards found).</summary>
    public static List<string> FromTable(StatisticsTable table) =>
        table.Rows.Select(row => Line(
            Kind(row.Kind),
            row.Division is { } d && d != default ? d.Code : null,
            row.Period?.Code,
            row.Dimension,
            Value(row.Values[0].Lower.Value, row.Values[0].Upper?.Value),
            Value(row.Values[1].Lower.Value, row.Values[1].Upper?.Value))).ToList();

    /// <summary>
    /// The rows of <c>safetymodel aggregate … --format csv</c> (see <see cref="StatisticsTable.ToCsv(TextWriter)"/>):
    /// read by the header's column names, RFC 4180 quoting undone.
    /// </summary>
    public static List<string> FromCsv(string csv, string recordsCode, string hazardsCode)
    {
        var lines = ParseCsv(csv);
        if (lines.Count == 0)
        {
            throw new InvalidDataException("The CLI wrote no CSV header.");
        }

        var header = lines[0];
        int Column(string name) => header.IndexOf(name) is var i and >= 0 ? i : throw new InvalidDataException($"The CLI's CSV has no column '{name}': {string.Join(',', header)}");
        var (kind, division, period, dimension) = (Column("kind"), Column("division"), Column("period"), Column("dimension"));
        var (recordsLower, recordsUpper) = (Column(recordsCode + ".lower"), Column(recordsCode + ".upper"));
        var (hazardsLower, hazardsUpper) = (Column(hazardsCode + ".lower"), Column(hazardsCode + ".upper"));
        string? Key(string cell) => cell.Length == 0 ? null : cell;
        string CsvValue(string lower, string upper) => Value(
            decimal.Parse(lower, NumberStyles.Number, CultureInfo.InvariantCulture),
            upper.Length == 0 ? null : decimal.Parse(upper, NumberStyles.Number, CultureInfo.InvariantCulture));
        return lines.Skip(1).Select(cells => Line(
            cells[kind], Key(cells[division]), Key(cells[period]), Key(cells[dimension]),
            CsvValue(cells[recordsLower], cells[recordsUpper]), CsvValue(cells[hazardsLower], cells[hazardsUpper]))).ToList();
    }

    public static void Write(string path, IEnumerable<string> rows) => File.WriteAllLines(path, rows, new UTF8Encoding(false));

    public static List<string> Read(string path)
    {
        var rows = File.ReadAllLines(path, Encoding.UTF8).ToList();
        rows.Sort(StringComparer.Ordinal);
        return rows;
    }

    /// <summary>
    /// Compares two sorted sets of rows; on a difference, returns the first rows found on one side only (up to
    /// <paramref name="shown"/> of each), else <see langword="null"/>.
    /// </summary>
    public static string? Difference(IReadOnlyList<string> expected, IReadOnlyList<string> actual, string expectedName, string actualName, int shown = 10)
    {
        var missing = expected.Except(actual, StringComparer.Ordinal).Take(shown).ToList();
        var extra = actual.Except(expected, StringComparer.Ordinal).Take(shown).ToList();
        if (missing.Count == 0 && extra.Count == 0 && expected.Count == actual.Count)
        {
            return null;
        }

        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{actualName} ({actual.Count} rows) differs from {expectedName} ({expected.Count} rows); rows are kind, town, month, type, records, hazards.\n");
        text.Append(CultureInfo.InvariantCulture, $"  first rows only in {expectedName}:\n");
        foreach (var row in missing)
        {
            text.Append("    ").Append(row).Append('\n');
        }

        text.Append(CultureInfo.InvariantCulture, $"  first rows only in {actualName}:\n");
        foreach (var row in extra)
        {
            text.Append("    ").Append(row).Append('\n');
        }

        return text.ToString();
    }

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A value: the number when exact (trailing zeros dropped), <c>lower..upper</c> or <c>lower..</c> otherwise.</summary>
    private static string Value(decimal lower, decimal? upper) =>
        upper == lower ? Number(lower) : Number(lower) + ".." + (upper is { } u ? Number(u) : string.Empty);

    private static string Number(decimal value) => value.ToString("G29", CultureInfo.InvariantCulture);

    private static string Kind(StatisticsRowKind kind) => kind switch
    {
        StatisticsRowKind.PeriodSubtotal => "period-subtotal",
        StatisticsRowKind.DivisionSubtotal => "division-subtotal",
        StatisticsRowKind.Total => "total",
        _ => "detail",
    };

    /// <summary>RFC 4180: fields separated by commas, records by CRLF (or LF), quoted fields with doubled quotes.</summary>
    private static List<List<string>> ParseCsv(string text)
    {
        var lines = new List<List<string>>();
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else if (c == '\n')
            {
                cells.Add(cell.ToString());
                cell.Clear();
                lines.Add(cells);
                cells = new List<string>();
            }
            else if (c != '\r')
            {
                cell.Append(c);
            }
        }

        if (cell.Length > 0 || cells.Count > 0)
        {
            cells.Add(cell.ToString());
            lines.Add(cells);
        }

        return lines;
    }
}
