using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using DuckDB.NET.Data;
using SafetyModel.Aggregation;
using SafetyModel.Primitives;
using SafetyModel.Records;
using SafetyModel.Serialization;

namespace SafetyModel.Benchmarks.Serialization;

/// <summary>
/// One side of the file job, run by <see cref="FileJobMeasurement"/> as a child process of its own
/// (<c>--file-job-side duckdb|api &lt;path&gt; &lt;threads&gt; &lt;rows file&gt;</c>, not meant to be typed): answers the
/// question from the JSON Lines file, times only that work (the process's start and DuckDB's connection are not in it),
/// then writes its rows in <see cref="FileJobRows"/>' shape and prints one line for the parent:
/// <c>file-job-side seconds=… vmhwm-kib=… rows=… [duckdb=…]</c>.
/// </summary>
internal static class FileJobSide
{
    /// <summary>The measure codes the CLI is asked for, in the order of <see cref="Query"/>'s measures.</summary>
    internal const string RecordsCode = "records";

    /// <inheritdoc cref="RecordsCode"/>
    internal const string HazardsCode = "inspection-hazards-found";

    /// <summary>
    /// The question: inspections by town × month × inspection type, with the subtotals town × month and town and the
    /// total; records and the hazards the inspections found. <c>--by township,month,inspection-type --measure
    /// records,inspection-hazards-found</c> on the CLI.
    /// </summary>
    internal static readonly AggregationQuery Query = new()
    {
        DivisionLevel = DivisionLevel.Township, Granularity = PeriodGranularity.Month, Dimension = AggregationDimension.InspectionType,
        Measures = new[] { Measure.Records, Measure.InspectionHazardsFound },
    };

    /// <summary>
    /// The library's file job, the call the "api" side times: <see cref="JsonLines.Aggregate"/> over the file, reading
    /// only the members the query needs, on <c>threads</c> threads.
    /// </summary>
    internal static readonly Func<string, int, StatisticsTable> LibraryFileJob = (path, threads) =>
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        return JsonLines.Aggregate(file, Query, null, new System.Threading.Tasks.ParallelOptions { MaxDegreeOfParallelism = threads }).Table;
    };

    /// <summary>The record path, for reference (the "records" side): every record made, then aggregated; one thread.</summary>
    internal static readonly Func<string, StatisticsTable> RecordPath = path =>
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        return Aggregator.Aggregate(JsonLines.ReadRecords(file), Query);
    };

    /// <summary>The API row's name in the table: say which call <see cref="LibraryFileJob"/> makes.</summary>
    internal const string LibraryFileJobName = "API JsonLines.Aggregate";

    /// <summary>The record path's row name.</summary>
    internal const string RecordPathName = "API Aggregate(ReadRecords) (reference)";

    /// <summary>
    /// DuckDB's version of the question over the file itself: <c>read_json</c> with the five columns it needs declared
    /// (no sampling, the other members skipped), the same groups and subtotals as the library (an inspection counts in
    /// the row of each of its types and once in its subtotals), hazards not stated counted as 0.
    /// </summary>
    internal const string DuckDbQuery = """
        WITH base AS (
            SELECT left(division, 9) || '000' AS town, strftime(start, '%Y-%m') AS m, types, coalesce(hazardsFound, 0) AS hazards
            FROM read_json('$path', format = 'newline_delimited',
                columns = {type: 'VARCHAR', division: 'VARCHAR', start: 'DATE', types: 'VARCHAR[]', hazardsFound: 'INTEGER'})
            WHERE type = 'inspection')
        SELECT 'detail' AS kind, town, m, t AS type, count(*) AS records, sum(hazards)::BIGINT AS hazards
        FROM (SELECT town, m, unnest(types) AS t, hazards FROM base)
        GROUP BY town, m, t
        UNION ALL
        SELECT CASE grouping(town, m) WHEN 0 THEN 'period-subtotal' WHEN 1 THEN 'division-subtotal' ELSE 'total' END,
               town, m, NULL, count(*), sum(hazards)::BIGINT
        FROM base
        GROUP BY GROUPING SETS ((town, m), (town), ())
        """;

    public static void Run(string side, string path, int threads, string rowsPath)
    {
        List<string> rows;
        string? version = null;
        var clock = new Stopwatch();
        switch (side)
        {
            case "duckdb":
                using (var connection = new DuckDBConnection("Data Source=:memory:"))
                {
                    connection.Open();
                    Execute(connection, string.Create(CultureInfo.InvariantCulture, $"SET threads = {threads}"));
                    using var command = connection.CreateCommand();
                    command.CommandText = DuckDbQuery.Replace("$path", path.Replace("'", "''", StringComparison.Ordinal), StringComparison.Ordinal);
                    clock.Start();
                    var read = new List<(string Kind, string? Town, string? Month, string? Type, long Records, long Hazards)>();
                    using (var reader = command.ExecuteReader())
                    {
                        while (reader.Read())
                        {
                            read.Add((
                                reader.GetString(0),
                                reader.IsDBNull(1) ? null : reader.GetString(1),
                                reader.IsDBNull(2) ? null : reader.GetString(2),
                                reader.IsDBNull(3) ? null : reader.GetString(3),
                                reader.GetInt64(4),
                                reader.GetInt64(5)));
                        }
                    }

                    clock.Stop();
                    rows = read.ConvertAll(r => FileJobRows.Line(r.Kind, r.Town, r.Month, r.Type, FileJobRows.Number(r.Records), FileJobRows.Number(r.Hazards)));
                    using var versionCommand = connection.CreateCommand();
                    versionCommand.CommandText = "SELECT version()";
                    version = Convert.ToString(versionCommand.ExecuteScalar(), CultureInfo.InvariantCulture);
                }

                break;
            case "api":
                clock.Start();
                var table = LibraryFileJob(path, threads);
                clock.Stop();
                rows = FileJobRows.FromTable(table);
                break;
            case "records":
                clock.Start();
                var recordTable = RecordPath(path);
                clock.Stop();
                rows = FileJobRows.FromTable(recordTable);
                break;
            default:
                throw new ArgumentException($"Unknown file-job side '{side}': duckdb, api or records.", nameof(side));
        }

        FileJobRows.Write(rowsPath, rows);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"file-job-side seconds={clock.Elapsed.TotalSeconds:R} vmhwm-kib={FileJobMeasurement.PeakResidentKib("self")} rows={rows.Count}{(version is null ? string.Empty : " duckdb=" + version)}"));
    }

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
