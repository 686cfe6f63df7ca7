using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using DuckDB.NET.Data;
using SafetyModel.Parquet;
using SafetyModel.Primitives;
using SafetyModel.Serialization;

namespace SafetyModel.Benchmarks.Serialization;

/// <summary>
/// JSON Lines to Parquet: writes a JSON Lines file of generated inspection records (synthetic), exports it with
/// <see cref="ParquetExporter"/> streaming from <see cref="JsonLines.ReadRecords"/> (sampling the managed heap), then
/// has DuckDB do the same with <c>COPY (SELECT * FROM read_json(…)) TO … (FORMAT parquet)</c> as the peer, in one run.
/// <c>dotnet run -c Release --project benchmarks/SafetyModel.Benchmarks -- --parquet-export 1024</c> (megabytes).
/// </summary>
internal static class ParquetExportMeasurement
{
    public static void Run(int megabytes)
    {
        var root = Path.Combine(Path.GetTempPath(), "safetymodel-parquet-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        try
        {
            var path = Path.Combine(root, "records.jsonl");
            var target = (long)megabytes * 1024 * 1024;
            using (var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            {
                var batch = 0;
                while (file.Length < target)
                {
                    JsonLines.WriteRecords(file, InspectionData.Create(50_000, seed: batch++));
                }
            }

            var bytes = new FileInfo(path).Length;
            GC.Collect();
            var baseline = GC.GetTotalMemory(forceFullCollection: true);
            long peak = 0;
            long read = 0;

            IEnumerable<IRecord> Records(Stream stream)
            {
                foreach (var record in JsonLines.ReadRecords(stream))
                {
                    if (++read % 20_000 == 0)
                    {
                        peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false));
                    }

                    yield return record;
                }
            }

            var clock = Stopwatch.StartNew();
            ParquetExportResult result;
            using (var input = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16))
            {
                result = ParquetExporter.ExportAsync(Records(input), Path.Combine(root, "library")).GetAwaiter().GetResult();
            }

            clock.Stop();
            peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false));
            var ours = clock.Elapsed.TotalSeconds;
            var ourSize = new FileInfo(Path.Combine(root, "library", result.Files[0])).Length;

            var duckClock = Stopwatch.StartNew();
            using (var connection = new DuckDBConnection("Data Source=:memory:"))
            {
                connection.Open();
                using var command = connection.CreateCommand();
                command.CommandText = $"COPY (SELECT * FROM read_json('{path}', format = 'newline_delimited')) TO '{Path.Combine(root, "duckdb.parquet")}' (FORMAT parquet)";
                command.ExecuteNonQuery();
            }

            duckClock.Stop();
            var duck = duckClock.Elapsed.TotalSeconds;
            var duckSize = new FileInfo(Path.Combine(root, "duckdb.parquet")).Length;
            var mib = bytes / 1048576.0;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
                JSON Lines → Parquet: {mib:F0} MiB, {read:N0} inspection records (synthetic), {Environment.ProcessorCount} cores
                SafetyModel.Parquet (ParquetExporter from JsonLines.ReadRecords): {ours:F1} s = {mib / ours:F1} MiB/s; file {ourSize / 1048576.0:F0} MiB ({result})
                  managed heap: baseline {baseline / 1048576.0:F1} MiB, peak sampled {peak / 1048576.0:F1} MiB (GC.GetTotalMemory every 20,000 records)
                DuckDB COPY (SELECT * FROM read_json(...)) TO ... (FORMAT parquet): {duck:F1} s = {mib / duck:F1} MiB/s; file {duckSize / 1048576.0:F0} MiB (native memory, not measured here)
                ratio: SafetyModel.Parquet takes {ours / duck:F2}x DuckDB's time
                """));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
