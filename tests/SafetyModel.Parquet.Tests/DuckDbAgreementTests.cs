using System.Globalization;
using System.Text.RegularExpressions;
using CsCheck;
using DuckDB.NET.Data;
using SafetyModel.Aggregation;
using SafetyModel.Primitives;
using SafetyModel.Records;

namespace SafetyModel.Parquet.Tests;

/// <summary>
/// The SQL documented in docs/scale-out.md, run by DuckDB on an export of generated records of every kind, gives exactly
/// the aggregator's statistics table: every row (details, subtotals, total), every measure, 概数 bounds included.
/// </summary>
public sealed class DuckDbAgreementTests
{
    [Fact]
    public void Township_month_inspection_type_with_hazards_found_agrees_with_the_aggregator()
    {
        var query = new AggregationQuery
        {
            DivisionLevel = DivisionLevel.Township,
            Granularity = PeriodGranularity.Month,
            Dimension = AggregationDimension.InspectionType,
            Measures = [Measure.Inspections, Measure.InspectionHazardsFound],
        };

        CityRecords.Set.Sample(
            records =>
            {
                var expected = Aggregator.Aggregate(records, query).Rows.Select(row =>
                    Key(row, withDimension: true) + " => " + string.Join("; ", row.Values.Select(v => Number(v.Lower.Value)))).ToList();
                var actual = RunDocumentedSql(records, "township-month-inspection-type", r =>
                    $"{r.GetString(0)}|{Text(r, 1)}|{Text(r, 2)}|{Text(r, 3)} => {Number(r.GetValue(4))}; {Number(r.GetValue(5))}");

                actual.Order(StringComparer.Ordinal).Should().Equal(expected.Order(StringComparer.Ordinal));
                expected.Should().Contain(line => line.StartsWith("detail", StringComparison.Ordinal) && line.EndsWith("=> 0; 0", StringComparison.Ordinal), "records of other kinds make rows of no inspection");
            },
            iter: 2,
            threads: 1);
    }

    [Fact]
    public void County_quarter_people_as_intervals_agree_with_the_aggregator()
    {
        var query = new AggregationQuery
        {
            DivisionLevel = DivisionLevel.County,
            Granularity = PeriodGranularity.Quarter,
            Measures = [Measure.Trainings, Measure.PeopleTrained, Measure.PeopleReached],
        };

        CityRecords.Set.Sample(
            records =>
            {
                var expected = Aggregator.Aggregate(records, query).Rows.Select(row =>
                    Key(row, withDimension: false) + $" => {Number(row.Values[0].Lower.Value)}; {Interval(row.Values[1])}; {Interval(row.Values[2])}; {row.UnsummedFigures}").ToList();
                var actual = RunDocumentedSql(records, "county-quarter-people", r =>
                    $"{r.GetString(0)}|{Text(r, 1)}|{Text(r, 2)} => {Number(r.GetValue(3))}; {Interval(r, 4)}; {Interval(r, 9)}; {Number(r.GetValue(14))}");

                actual.Order(StringComparer.Ordinal).Should().Equal(expected.Order(StringComparer.Ordinal));
                expected.Should().Contain(line => line.Contains('~'), "some sums are approximate (概数)");
            },
            iter: 2,
            threads: 1);
    }

    internal static string DocumentedSql(string name)
    {
        var doc = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docs", "scale-out.md"));
        var match = Regex.Match(doc, $@"<!-- sql: {Regex.Escape(name)} -->\s*```sql\n(?<sql>.*?)```", RegexOptions.Singleline);
        match.Success.Should().BeTrue($"docs/scale-out.md documents the SQL '{name}'");
        return match.Groups["sql"].Value;
    }

    private static List<string> RunDocumentedSql(IRecord[] records, string name, Func<DuckDBDataReader, string> line)
    {
        using var directory = new TempDirectory();
        ParquetExporter.ExportAsync(records, directory.Path, new ParquetExportOptions { RowGroupSize = 97 }).GetAwaiter().GetResult();
        var sql = DocumentedSql(name).Replace("'out/", $"'{directory.Path}/", StringComparison.Ordinal);
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var lines = new List<string>();
        while (reader.Read())
        {
            lines.Add(line(reader));
        }

        return lines;
    }

    private static string Key(StatisticsRow row, bool withDimension)
    {
        var kind = row.Kind switch
        {
            StatisticsRowKind.Detail => "detail",
            StatisticsRowKind.PeriodSubtotal => "period-subtotal",
            StatisticsRowKind.DivisionSubtotal => "division-subtotal",
            _ => "total",
        };
        var division = row.Division is { } code && code != default ? code.Code : "∅";
        var key = $"{kind}|{division}|{row.Period?.Code ?? "∅"}";
        return withDimension ? key + $"|{row.Dimension ?? "∅"}" : key;
    }

    private static string Text(DuckDBDataReader reader, int i) => reader.IsDBNull(i) ? "∅" : reader.GetString(i);

    private static string Number(object value) => value switch
    {
        decimal d => (d / 1.000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture),
        System.Numerics.BigInteger b => b.ToString(CultureInfo.InvariantCulture),
        IConvertible c => Convert.ToDecimal(c, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
        _ => throw new ArgumentException($"not a number: {value.GetType()}"),
    };

    private static string Interval(Quantity q) =>
        q.IsExact ? $"={Number(q.Lower.Value)}"
        : $"~{(q.Lower.Inclusive ? "[" : "(")}{Number(q.Lower.Value)},{(q.Upper is { } u ? Number(u.Value) + (u.Inclusive ? "]" : ")") : "∞)")}";

    private static string Interval(DuckDBDataReader r, int i)
    {
        var lower = Number(r.GetValue(i));
        if (r.GetBoolean(i + 4))
        {
            return $"={lower}";
        }

        var upper = r.IsDBNull(i + 2) ? "∞)" : Number(r.GetValue(i + 2)) + (r.GetBoolean(i + 3) ? "]" : ")");
        return $"~{(r.GetBoolean(i + 1) ? "[" : "(")}{lower},{upper}";
    }
}
