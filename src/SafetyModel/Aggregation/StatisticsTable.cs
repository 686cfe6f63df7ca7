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
/// <remarks>Immutable. <see cref="ToCsv(TextWriter, DivisionRegistry)"/> writes it as CSV for pandas, DuckDB and spreadsheets.</remarks>
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
    /// Writes the table as CSV for machines (RFC 4180: comma-separated, CRLF line ends, a field quoted when it holds a
    /// comma, a quote or a line break, its quotes doubled) with a header line that depends only on the query:
    /// <c>kind,division,divisionName,period,periodName,dimension,dimensionName</c>, then for each measure
    /// <c>{code}.lower,{code}.upper,{code}.text</c>, for each rate <c>{code}.lower,{code}.upper</c>, and
    /// <c>unsummedFigures</c> last (the column names are the JSON members of <see cref="Serialization.StatisticsTableJson"/>).
    /// Every figure is a plain invariant-culture decimal (<c>1234.5</c>, never a thousands separator or an exponent):
    /// a value's interval as its two ends, equal when it is exact, the upper end empty when it has none (<c>500余</c>
    /// summed with others gives <c>lower</c> 503 and <c>upper</c> 603; <c>不少于…</c> no upper); <c>text</c> is the
    /// Chinese form (<c>7次</c>, <c>大于516、小于616份</c>), which also says whether each end is included. A rate's ends are
    /// rounded to four decimals half away from zero, equal when it is exact, and both empty when it has no value.
    /// Divisions, periods and dimension values are written as codes with their names beside them: a division's name
    /// from <paramref name="registry"/> (empty when it does not know it), a period's Chinese name, a dimension value's
    /// Chinese name where the library knows it. A text cell that begins with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab
    /// or a carriage return (an open-list code or name read from the records) is written after a single quote, as
    /// OWASP advises against CSV injection, so that a spreadsheet shows it as text and never runs it as a formula;
    /// number cells are never changed. No byte order mark is written: the writer's encoding decides that.
    /// </summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="registry">Names divisions in <c>divisionName</c>, or <see langword="null"/> to leave it empty.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is <see langword="null"/>.</exception>
    public void ToCsv(TextWriter writer, DivisionRegistry? registry)
    {
        if (writer is null)
        {
            throw new ArgumentNullException(nameof(writer));
        }

        writer.Write("kind,division,divisionName,period,periodName,dimension,dimensionName");
        foreach (var measure in Query.Measures)
        {
            writer.Write(',');
            writer.Write(Field(measure.Code + ".lower"));
            writer.Write(',');
            writer.Write(Field(measure.Code + ".upper"));
            writer.Write(',');
            writer.Write(Field(measure.Code + ".text"));
        }

        foreach (var rate in Query.Rates)
        {
            writer.Write(',');
            writer.Write(Field(rate.Code + ".lower"));
            writer.Write(',');
            writer.Write(Field(rate.Code + ".upper"));
        }

        writer.Write(",unsummedFigures\r\n");
        foreach (var row in _rows)
        {
            var division = row.Division is { } d && d != default ? d : (DivisionCode?)null;
            writer.Write(KindCode(row.Kind));
            writer.Write(',');
            writer.Write(division?.Code ?? string.Empty);
            writer.Write(',');
            writer.Write(Field(division is { } named && registry is not null && registry.TryGetName(named, out var name) ? name! : string.Empty));
            writer.Write(',');
            writer.Write(Field(row.Period?.Code ?? string.Empty));
            writer.Write(',');
            writer.Write(Field(row.Period?.ChineseName ?? string.Empty));
            writer.Write(',');
            writer.Write(Field(row.Dimension ?? string.Empty));
            writer.Write(',');
            writer.Write(Field(row.DimensionName ?? string.Empty));
            foreach (var value in row.Values)
            {
                writer.Write(',');
                writer.Write(Number(value.Lower.Value));
                writer.Write(',');
                writer.Write(value.Upper is { } upper ? Number(upper.Value) : string.Empty);
                writer.Write(',');
                writer.Write(Field(value.ToChineseString()));
            }

            foreach (var rate in row.Rates)
            {
                writer.Write(',');
                writer.Write(rate.Lower is { } lower ? Number(Math.Round(lower, 4, MidpointRounding.AwayFromZero)) : string.Empty);
                writer.Write(',');
                writer.Write(rate.Upper is { } high ? Number(Math.Round(high, 4, MidpointRounding.AwayFromZero)) : string.Empty);
            }

            writer.Write(',');
            writer.Write(row.UnsummedFigures.ToString(CultureInfo.InvariantCulture));
            writer.Write("\r\n");
        }
    }

    /// <summary>Writes the table as CSV with no division names (see <see cref="ToCsv(TextWriter, DivisionRegistry)"/>).</summary>
    /// <param name="writer">Where to write.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is <see langword="null"/>.</exception>
    public void ToCsv(TextWriter writer) => ToCsv(writer, null);

    /// <summary>Returns the table as CSV with no division names (see <see cref="ToCsv(TextWriter, DivisionRegistry)"/>).</summary>
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

    /// <summary>A number cell: invariant culture, every digit the decimal holds, never neutralised.</summary>
    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Quoted(string value) =>
        value.IndexOfAny(CsvSpecials) < 0 ? value : "\"" + value.Replace("\"", "\"\"") + "\"";
}
