using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using SafetyModel.Primitives;

namespace SafetyModel.Aggregation;

/// <summary>
/// The result of <see cref="Aggregator"/>: rows by division, period and dimension, in a stable order — divisions by
/// code, periods in time (records without a date last), dimension values by code (those stating none first) — each
/// division and period followed by its subtotal (小计), each division by its subtotal, and the total (合计) last.
/// </summary>
/// <remarks>Immutable. <see cref="ToCsv()"/> writes it for spreadsheets.</remarks>
public sealed class StatisticsTable
{
    private static readonly char[] CsvSpecials = { ',', '"', '\r', '\n' };

    private readonly StatisticsRow[] _rows;

    internal StatisticsTable(AggregationQuery query, List<StatisticsRow> rows, long recordsOutsidePeriods)
    {
        Query = query;
        RecordsOutsidePeriods = recordsOutsidePeriods;
        _rows = rows.ToArray();
    }

    /// <summary>Gets the query the table answers.</summary>
    public AggregationQuery Query { get; }

    /// <summary>Gets every row: details, subtotals and the total, in the table's order.</summary>
    public IReadOnlyList<StatisticsRow> Rows => _rows;

    /// <summary>Gets the detail rows only.</summary>
    public IEnumerable<StatisticsRow> Details => _rows.Where(r => r.Kind == StatisticsRowKind.Detail);

    /// <summary>Gets the total row (合计), always the last.</summary>
    public StatisticsRow Total => _rows[_rows.Length - 1];

    /// <summary>
    /// Gets how many dated records fell in none of the query's custom <see cref="AggregationQuery.Periods"/> and so are
    /// counted in no row, not even the total; 0 for calendar groupings, which leave no record out.
    /// </summary>
    public long RecordsOutsidePeriods { get; }

    /// <summary>
    /// Writes the table as CSV (RFC 4180, comma-separated, CRLF line ends): <c>kind, division, period, dimension,
    /// dimensionName</c>, one column per measure and one per rate (headed by its code). An exact value is written as its
    /// number; an approximate one as its Chinese form (<c>320余</c>) so that no one mistakes it for exact. A rate is
    /// written rounded to four decimals half away from zero (<c>66.6667</c>), as <c>lower..upper</c> (or <c>lower..</c>)
    /// when approximate, and empty when it has no value (<see cref="RateValue.ToInvariantString"/>). A text cell that
    /// begins with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return (an open-list code or name read from
    /// the records) is written after a single quote, as OWASP advises against CSV injection, so that a spreadsheet shows
    /// it as text and never runs it as a formula; numbers are written as they are.
    /// </summary>
    /// <param name="writer">Where to write.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is <see langword="null"/>.</exception>
    public void ToCsv(TextWriter writer)
    {
        if (writer is null)
        {
            throw new ArgumentNullException(nameof(writer));
        }

        writer.Write("kind,division,period,dimension,dimensionName");
        foreach (var measure in Query.Measures)
        {
            writer.Write(',');
            writer.Write(measure.Code);
        }

        foreach (var rate in Query.Rates)
        {
            writer.Write(',');
            writer.Write(rate.Code);
        }

        writer.Write("\r\n");
        foreach (var row in _rows)
        {
            writer.Write(KindCode(row.Kind));
            writer.Write(',');
            writer.Write(row.Division is { } division ? division.Code : string.Empty);
            writer.Write(',');
            writer.Write(row.Period?.Code ?? string.Empty);
            writer.Write(',');
            writer.Write(Field(row.Dimension ?? string.Empty));
            writer.Write(',');
            writer.Write(Field(row.DimensionName ?? string.Empty));
            foreach (var value in row.Values)
            {
                writer.Write(',');
                writer.Write(Quoted(value.IsExact ? value.Stated.ToString(CultureInfo.InvariantCulture) : value.ToChineseString()));
            }

            foreach (var rate in row.Rates)
            {
                writer.Write(',');
                writer.Write(rate.ToInvariantString());
            }

            writer.Write("\r\n");
        }
    }

    /// <summary>Returns the table as CSV (see <see cref="ToCsv(TextWriter)"/>).</summary>
    /// <returns>The CSV text.</returns>
    public string ToCsv()
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        ToCsv(writer);
        return writer.ToString();
    }

    /// <summary>Returns the query and the number of rows.</summary>
    /// <returns>A readable description.</returns>
    public override string ToString() => $"{Query}: {_rows.Length} rows";

    internal static string KindCode(StatisticsRowKind kind) => kind switch
    {
        StatisticsRowKind.PeriodSubtotal => "period-subtotal",
        StatisticsRowKind.DivisionSubtotal => "division-subtotal",
        StatisticsRowKind.Total => "total",
        _ => "detail",
    };

    /// <summary>A text cell: neutralised when a spreadsheet would take it for a formula, then quoted as RFC 4180 needs.</summary>
    private static string Field(string value) =>
        Quoted(value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value);

    private static string Quoted(string value) =>
        value.IndexOfAny(CsvSpecials) < 0 ? value : "\"" + value.Replace("\"", "\"\"") + "\"";
}
