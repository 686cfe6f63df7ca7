using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using SafetyModel.Primitives;
using SafetyModel.Serialization;
using SafetyModel.Work;

namespace SafetyModel.Benchmarks.Serialization;

/// <summary>
/// Streams a large JSON Lines file of inspection records (written first to a temporary file) through
/// <see cref="JsonLines.ReadRecords"/> and aggregates it (inspections by town and month), sampling the managed heap to
/// report its peak. Not a BenchmarkDotNet benchmark: one pass over a gigabyte is the measurement.
/// <c>dotnet run -c Release --project benchmarks/SafetyModel.Benchmarks -- --jsonl-stream 1024</c> (megabytes).
/// </summary>
internal static class JsonLinesStreamMeasurement
{
    public static void Run(int megabytes)
    {
        var path = Path.Combine(Path.GetTempPath(), "safetymodel-stream.jsonl");
        var target = (long)megabytes * 1024 * 1024;
        var writeClock = Stopwatch.StartNew();
        long written = 0;
        using (var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        {
            var batch = 0;
            while (file.Length < target)
            {
                written += JsonLines.WriteRecords(file, InspectionData.Create(50_000, seed: batch++));
            }
        }

        writeClock.Stop();
        var bytes = new FileInfo(path).Length;
        GC.Collect();
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        long peak = 0;
        long read = 0;
        var counts = new Dictionary<(DivisionCode, int, int), int>();
        var clock = Stopwatch.StartNew();
        using (var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16))
        {
            foreach (var record in JsonLines.ReadRecords(file))
            {
                var inspection = (Inspection)record;
                var key = (inspection.Division, inspection.Start.Year, inspection.Start.Month);
                counts[key] = counts.TryGetValue(key, out var n) ? n + 1 : 1;
                if (++read % 20_000 == 0)
                {
                    peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false));
                }
            }
        }

        clock.Stop();
        peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false));
        var info = GC.GetGCMemoryInfo();
        File.Delete(path);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            JSON Lines stream: {bytes / 1048576.0:F0} MiB, {read:N0} records (written {written:N0} in {writeClock.Elapsed.TotalSeconds:F1} s)
            read and aggregated in {clock.Elapsed.TotalSeconds:F1} s = {bytes / 1048576.0 / clock.Elapsed.TotalSeconds:F0} MiB/s, {read / clock.Elapsed.TotalSeconds:N0} records/s; {counts.Count} town-months
            managed heap: baseline {baseline / 1048576.0:F1} MiB, peak sampled {peak / 1048576.0:F1} MiB (GC.GetTotalMemory every 20,000 records); last GC heap size {info.HeapSizeBytes / 1048576.0:F1} MiB
            """));
    }
}
