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
/// the subtotals that count each inspection once, against peers that start from the same prepared data:
/// <list type="bullet">
/// <item>DuckDB in process over the same integer columns as the batch, loaded untimed as the batch is made untimed: a
/// table of one row a record (town index, month index, hazards) and one of one row a record and type (the same and a
/// type index); one SQL query with the same groups and subtotals (<c>GROUPING SETS</c>); query time, its rows read. On
/// one thread and on both cores, as the batch is aggregated on one thread and on both.</item>
/// <item>DuckDB over the raw columns a user would load (division string, date, a list of type codes): the query must cut
/// the town from the code, work out the month and <c>UNNEST</c> the types — labelled as such, not a like-for-like peer.</item>
/// <item>The LINQ a developer would write: <c>SelectMany</c> over the types, <c>GroupBy</c> on (town, month, type),
/// <c>Sum</c>/<c>Count</c> (no subtotals).</item>
/// </list>
/// The aggregator is measured over the records (objects) and over a <see cref="RecordBatch"/> made beforehand; making
/// the batch is measured on its own; the floor is one pass over as many bytes a record as the batch scan reads.
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

    private const string DuckDbIntegerQuery = """
        SELECT town, m, type, count(*) AS records, sum(hazards)::BIGINT AS hazards, 0 AS hazard_records
        FROM by_type
        GROUP BY town, m, type
        UNION ALL
        SELECT town, m, NULL, count(*), sum(hazards)::BIGINT, 0
        FROM base
        GROUP BY GROUPING SETS ((town, m), (town), ())
        ORDER BY 1, 2, 3
        """;

    private static readonly System.Threading.Tasks.ParallelOptions BothCores = new() { MaxDegreeOfParallelism = 2 };

    internal static readonly AggregationQuery Query = new()
    {
        DivisionLevel = DivisionLevel.Township, Granularity = PeriodGranularity.Month, Dimension = AggregationDimension.InspectionType,
        Measures = new[] { Measure.Records, Measure.InspectionHazardsFound, Measure.HazardsFound },
    };

    private Inspection[] _records = null!;
    private RecordBatch _batch = null!;
    private DuckDBConnection? _duckDb;
    private DuckDBConnection? _duckDbOneThread;
    private DuckDBConnection? _duckDbIntegers;
    private DuckDBConnection? _duckDbIntegersOneThread;
    private FloorPass _floor = null!;

    [Params(100_000, 10_000_000)]
    public int Count { get; set; }

    // Each benchmark's process prepares only what it measures (ten million records take a while to load into DuckDB).
    [GlobalSetup(Targets = new[] { nameof(Linq), nameof(Aggregate), nameof(CreateBatch) })]
    public void SetupRecords() => _records = InspectionData.Create(Count);

    [GlobalSetup(Targets = new[] { nameof(AggregateBatch), nameof(AggregateBatchBothCores) })]
    public void SetupBatch()
    {
        SetupRecords();
        _batch = RecordBatch.Create(_records);

        // The batch answers as the records do, on one thread and on two.
        var rows = Rows(Aggregator.Aggregate(_records, Query));
        if (!rows.SequenceEqual(Rows(Aggregator.Aggregate(_batch, Query))) || !rows.SequenceEqual(Rows(Aggregator.Aggregate(_batch, Query, BothCores))))
        {
            throw new InvalidOperationException("The batch disagrees with its records.");
        }
    }

    [GlobalSetup(Targets = new[] { nameof(DuckDbIntegers), nameof(DuckDbIntegersOneThread) })]
    public void SetupIntegers()
    {
        SetupRecords();
        _batch = RecordBatch.Create(_records);
        _duckDbIntegers = LoadIntegers(_records, threads: 2);
        _duckDbIntegersOneThread = LoadIntegers(_records, threads: 1);

        // The integer peer gives the same rows and sums as the batch, row for row.
        var expected = Rows(Aggregator.Aggregate(_batch, Query));
        foreach (var connection in new[] { _duckDbIntegers, _duckDbIntegersOneThread })
        {
            var integers = RunIntegers(connection).OrderBy(r => r.ToString(), StringComparer.Ordinal).ToArray();
            if (!expected.SequenceEqual(integers))
            {
                throw new InvalidOperationException($"DuckDB over the integer columns disagrees with the batch: first difference {expected.Zip(integers).FirstOrDefault(p => p.First != p.Second)}.");
            }
        }
    }

    [GlobalSetup(Targets = new[] { nameof(DuckDb), nameof(DuckDbOneThread) })]
    public void SetupRawColumns()
    {
        SetupRecords();
        _duckDb = Load(_records, threads: null);
        _duckDbOneThread = Load(_records, threads: 1);
        var rows = Aggregator.Aggregate(_records, Query).Rows.Count;
        if (Run(_duckDb) != rows || Run(_duckDbOneThread) != rows)
        {
            throw new InvalidOperationException($"DuckDB over raw columns gives {Run(_duckDb)} rows, the records {rows}.");
        }
    }

    [GlobalSetup(Targets = new[] { nameof(Floor) })]
    public void SetupFloor() => _floor = new FloorPass(Count);

    /// <summary>A table's rows as the integer peer gives them: town index (−1 for the total), month code, type code, records, hazards.</summary>
    private static (int Town, string? Month, string? Type, long Records, long Hazards)[] Rows(StatisticsTable table) => table.Rows
        .Select(r => (Town: r.Division is { } d ? Array.IndexOf(InspectionData.Towns, d) : -1, Month: r.Period?.Code, Type: r.Dimension, Records: (long)r.Values[0].Lower.Value, Hazards: (long)r.Values[1].Lower.Value))
        .OrderBy(r => r.ToString(), StringComparer.Ordinal).ToArray();

    [GlobalCleanup]
    public void Cleanup()
    {
        _duckDb?.Dispose();
        _duckDbOneThread?.Dispose();
        _duckDbIntegers?.Dispose();
        _duckDbIntegersOneThread?.Dispose();
    }

    [Benchmark(Baseline = true, Description = "LINQ GroupBy town × month × type (peer)")]
    public int Linq() =>
        _records
            .SelectMany(r => r.Types.Distinct().Select(t => (r, t)))
            .GroupBy(x => (Town: x.r.Division.AncestorAt(DivisionLevel.Township), x.r.Start.Year, x.r.Start.Month, Type: x.t.Code))
            .Select(g => (g.Key, Records: g.Count(), Hazards: g.Sum(x => x.r.HazardsFound ?? 0), HazardRecords: 0))
            .OrderBy(g => g.Key.Town).ThenBy(g => g.Key.Year).ThenBy(g => g.Key.Month).ThenBy(g => g.Key.Type, StringComparer.Ordinal)
            .Count();

    [Benchmark(Description = "DuckDB over the same integer columns, both cores (peer)")]
    public int DuckDbIntegers() => RunIntegers(_duckDbIntegers!).Count;

    [Benchmark(Description = "DuckDB over the same integer columns, one thread (peer)")]
    public int DuckDbIntegersOneThread() => RunIntegers(_duckDbIntegersOneThread!).Count;

    [Benchmark(Description = "DuckDB over raw columns as a user would write it (strings, dates, a list), both cores")]
    public int DuckDb() => Run(_duckDb!);

    [Benchmark(Description = "DuckDB over raw columns as a user would write it (strings, dates, a list), one thread")]
    public int DuckDbOneThread() => Run(_duckDbOneThread!);

    [Benchmark(Description = "Aggregator.Aggregate over the records (with subtotals and total)")]
    public int Aggregate() => Aggregator.Aggregate(_records, Query).Rows.Count;

    [Benchmark(Description = "Aggregator.Aggregate over a RecordBatch, one thread (with subtotals and total)")]
    public int AggregateBatch() => Aggregator.Aggregate(_batch, Query).Rows.Count;

    [Benchmark(Description = "Aggregator.Aggregate over a RecordBatch, both cores (with subtotals and total)")]
    public int AggregateBatchBothCores() => Aggregator.Aggregate(_batch, Query, BothCores).Rows.Count;

    /// <summary>The physical limit (<see cref="FloorPass"/>): one pass over 24 bytes a record, memory bandwidth, no grouping.</summary>
    [Benchmark(Description = "Floor: one pass over 24 bytes a record (memory bandwidth)")]
    public long Floor() => _floor.Run();

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

    /// <summary>The integer peer's rows: town index (−1 for the total), month code, type code, records, hazards.</summary>
    private static List<(int Town, string? Month, string? Type, long Records, long Hazards)> RunIntegers(DuckDBConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = DuckDbIntegerQuery;
        using var reader = command.ExecuteReader();
        var rows = new List<(int, string?, string?, long, long)>();
        while (reader.Read())
        {
            var month = reader.IsDBNull(1) ? (int?)null : reader.GetInt32(1);
            rows.Add((
                reader.IsDBNull(0) ? -1 : reader.GetInt32(0),
                month is { } m ? $"{m / 12:D4}-{(m % 12) + 1:D2}" : null,
                reader.IsDBNull(2) ? null : Types[reader.GetInt16(2)],
                reader.GetInt64(3),
                reader.GetInt64(4)));
        }

        return rows;
    }

    private static readonly string[] Types = InspectionType.KnownValues.Select(t => t.Code).ToArray();

    /// <summary>
    /// The records as the batch holds them, in integers: town index, month index (year × 12 + month − 1), hazards (0
    /// when not stated), and a type index a row — encoded here untimed, as <see cref="RecordBatch.Create(IEnumerable{IRecord})"/> is.
    /// </summary>
    private static DuckDBConnection LoadIntegers(Inspection[] records, int threads)
    {
        var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        Execute(connection, "CREATE TABLE base (town INTEGER, m INTEGER, hazards INTEGER)");
        Execute(connection, "CREATE TABLE by_type (town INTEGER, m INTEGER, type SMALLINT, hazards INTEGER)");
        var towns = InspectionData.Towns.Select((t, i) => (t, i)).ToDictionary(p => p.t, p => p.i);
        var types = Types.Select((t, i) => (t, i)).ToDictionary(p => p.t, p => (short)p.i, StringComparer.Ordinal);
        using (var baseRows = connection.CreateAppender("base"))
        using (var typeRows = connection.CreateAppender("by_type"))
        {
            foreach (var record in records)
            {
                var town = towns[record.Division];
                var month = (record.Start.Year * 12) + record.Start.Month - 1;
                var hazards = record.HazardsFound ?? 0;
                baseRows.CreateRow().AppendValue(town).AppendValue(month).AppendValue(hazards).EndRow();
                foreach (var type in record.Types.Distinct())
                {
                    typeRows.CreateRow().AppendValue(town).AppendValue(month).AppendValue(types[type.Code]).AppendValue(hazards).EndRow();
                }
            }
        }

        Execute(connection, $"SET threads = {threads}");
        return connection;
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
