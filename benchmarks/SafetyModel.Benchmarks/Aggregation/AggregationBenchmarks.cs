using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using DuckDB.NET.Data;
using SafetyModel.Aggregation;
using SafetyModel.Benchmarks.Serialization;
using SafetyModel.Primitives;
using SafetyModel.Records;
using SafetyModel.Work;

namespace SafetyModel.Benchmarks.Aggregation;

/// <summary>
/// Inspection records (the JSON benchmarks' generator: 16 towns, two years, one to three types, seed 20221) grouped by
/// town × month × inspection type with three measures (records, hazards the inspections found, hazard records), with
/// the subtotals that count each inspection once, against two peers:
/// <list type="bullet">
/// <item>the LINQ a developer would write: <c>SelectMany</c> over the types, <c>GroupBy</c> on (town, month, type),
/// <c>Sum</c>/<c>Count</c> (no subtotals);</item>
/// <item>DuckDB in process, the same data in a table (types as a list column), one SQL query with the same groups and
/// subtotals (<c>UNNEST</c> for the types, <c>GROUPING SETS</c> for the subtotals); query time only, its rows read.
/// DuckDB runs on every core by default; a second case holds it to one thread, as the aggregator runs.</item>
/// </list>
/// The aggregator is measured over the records (objects) and over a <see cref="RecordBatch"/> made beforehand (as the
/// DuckDB table is); making the batch is measured on its own.
/// </summary>
[MemoryDiagnoser]
public class AggregationBenchmarks
{
    private const string DuckDbQuery = """
        WITH base AS (
            SELECT left(division, 9) AS town, year(start) * 12 + month(start) - 1 AS m, types, coalesce(hazards, 0) AS hazards
            FROM inspections)
        SELECT town, m, t AS type, count(*) AS records, sum(hazards)::BIGINT AS hazards, 0 AS hazard_records
        FROM (SELECT town, m, unnest(types) AS t, hazards FROM base)
        GROUP BY town, m, t
        UNION ALL
        SELECT town, m, NULL, count(*), sum(hazards)::BIGINT, 0
        FROM base
        GROUP BY GROUPING SETS ((town, m), (town), ())
        ORDER BY 1, 2, 3
        """;

    private static readonly AggregationQuery Query = new()
    {
        DivisionLevel = DivisionLevel.Township, Granularity = PeriodGranularity.Month, Dimension = AggregationDimension.InspectionType,
        Measures = new[] { Measure.Records, Measure.InspectionHazardsFound, Measure.HazardsFound },
    };

    private Inspection[] _records = null!;
    private RecordBatch _batch = null!;
    private DuckDBConnection _duckDb = null!;
    private DuckDBConnection _duckDbOneThread = null!;
    private int[][] _floorColumns = null!;
    private ulong[] _floorMasks = null!;

    [Params(100_000, 10_000_000)]
    public int Count { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _records = InspectionData.Create(Count);
        _batch = RecordBatch.Create(_records);
        _floorColumns = Enumerable.Range(0, 4).Select(c => Enumerable.Range(0, Count).Select(i => (i * 7) + c).ToArray()).ToArray();
        _floorMasks = Enumerable.Range(0, Count).Select(i => (ulong)i).ToArray();
        _duckDb = Load(_records, threads: null);
        _duckDbOneThread = Load(_records, threads: 1);

        // The peers answer the same question: as many groups from DuckDB as rows in the table, and the batch as the records.
        var rows = Aggregator.Aggregate(_records, Query).Rows.Count;
        if (Run(_duckDb) != rows || Aggregator.Aggregate(_batch, Query).Rows.Count != rows)
        {
            throw new InvalidOperationException($"The peers disagree: {rows} rows from the records, {Run(_duckDb)} from DuckDB, {Aggregator.Aggregate(_batch, Query).Rows.Count} from the batch.");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _duckDb.Dispose();
        _duckDbOneThread.Dispose();
    }

    [Benchmark(Baseline = true, Description = "LINQ GroupBy town × month × type (peer)")]
    public int Linq() =>
        _records
            .SelectMany(r => r.Types.Distinct().Select(t => (r, t)))
            .GroupBy(x => (Town: x.r.Division.AncestorAt(DivisionLevel.Township), x.r.Start.Year, x.r.Start.Month, Type: x.t.Code))
            .Select(g => (g.Key, Records: g.Count(), Hazards: g.Sum(x => x.r.HazardsFound ?? 0), HazardRecords: 0))
            .OrderBy(g => g.Key.Town).ThenBy(g => g.Key.Year).ThenBy(g => g.Key.Month).ThenBy(g => g.Key.Type, StringComparer.Ordinal)
            .Count();

    [Benchmark(Description = "DuckDB query, all cores (peer)")]
    public int DuckDb() => Run(_duckDb);

    [Benchmark(Description = "DuckDB query, one thread (peer)")]
    public int DuckDbOneThread() => Run(_duckDbOneThread);

    [Benchmark(Description = "Aggregator.Aggregate over the records (with subtotals and total)")]
    public int Aggregate() => Aggregator.Aggregate(_records, Query).Rows.Count;

    [Benchmark(Description = "Aggregator.Aggregate over a RecordBatch (with subtotals and total)")]
    public int AggregateBatch() => Aggregator.Aggregate(_batch, Query).Rows.Count;

    /// <summary>
    /// The physical limit: one pass reading as many bytes a record as the batch's scan reads (division, month, types
    /// mask and two measure columns: 24 bytes), summing them — memory bandwidth, no grouping.
    /// </summary>
    [Benchmark(Description = "Floor: one pass over 24 bytes a record (memory bandwidth)")]
    public long Floor()
    {
        var (a, b, c, d, e) = (_floorColumns[0], _floorColumns[1], _floorColumns[2], _floorColumns[3], _floorMasks);
        long sum = 0;
        for (var i = 0; i < a.Length; i++)
        {
            sum += a[i] + b[i] + c[i] + d[i] + (long)e[i];
        }

        return sum;
    }

    [Benchmark(Description = "RecordBatch.Create, once per set of records")]
    public int CreateBatch() => RecordBatch.Create(_records).Count;

    private static int Run(DuckDBConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = DuckDbQuery;
        using var reader = command.ExecuteReader();
        var rows = new List<(string? Town, long? Month, string? Type, long Records, long Hazards)>();
        while (reader.Read())
        {
            rows.Add((
                reader.IsDBNull(0) ? null : reader.GetString(0),
                reader.IsDBNull(1) ? null : reader.GetInt64(1),
                reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.GetInt64(3),
                reader.GetInt64(4)));
        }

        return rows.Count;
    }

    private static DuckDBConnection Load(Inspection[] records, int? threads)
    {
        var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        Execute(connection, "CREATE TABLE staging (division VARCHAR, start DATE, type1 VARCHAR, type2 VARCHAR, type3 VARCHAR, hazards INTEGER)");
        using (var appender = connection.CreateAppender("staging"))
        {
            foreach (var record in records)
            {
                var types = record.Types;
                appender.CreateRow()
                    .AppendValue(record.Division.Code)
                    .AppendValue(new DateTime(record.Start.Year, record.Start.Month, record.Start.Day, 0, 0, 0, DateTimeKind.Unspecified))
                    .AppendValue(types.Count > 0 ? types[0].Code : null)
                    .AppendValue(types.Count > 1 ? types[1].Code : null)
                    .AppendValue(types.Count > 2 ? types[2].Code : null)
                    .AppendValue(record.HazardsFound)
                    .EndRow();
            }
        }

        Execute(connection, "CREATE TABLE inspections AS SELECT division, start, list_filter([type1, type2, type3], t -> t IS NOT NULL) AS types, hazards FROM staging");
        Execute(connection, "DROP TABLE staging");
        if (threads is { } n)
        {
            Execute(connection, $"SET threads = {n}");
        }

        return connection;
    }

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
