using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using SafetyModel.Serialization;

namespace SafetyModel.Benchmarks.Serialization;

/// <summary>
/// The file job an analyst runs, "JSON Lines file in, statistics table out" (inspections by town × month × inspection
/// type, with the subtotals town × month and town and the total; records and hazards found), measured for DuckDB's
/// <c>read_json</c> + SQL, the library's API and the <c>safetymodel aggregate</c> CLI on the same file.
/// <para>
/// The input (synthetic: <see cref="InspectionData"/>, batches of 50,000 with seeds 0, 1, 2, …, written by
/// <see cref="JsonLines.WriteRecords(Stream, IEnumerable{Records.IRecord})"/>) is kept in the temp folder with a marker
/// naming its generator and reused while both match, since writing a gigabyte takes minutes. The file is read once
/// before the sides, so that every side reads it from the page cache.
/// </para>
/// <para>
/// Each side is a child process of its own, one after the other, in <see cref="Rounds"/> rounds (every side once a
/// round, in the same order, so that a slower spell of a shared machine falls on every side alike; each side's median
/// is reported): DuckDB and the API as <see cref="FileJobSide"/> in
/// this executable, the CLI as the built Release <c>SafetyModel.Cli.dll</c>. For each: the wall time the parent sees
/// around the child (process start included), the time the child gives for its own work (DuckDB: the query from the
/// file to its rows read; the API: the call that returns the table; the CLI gives none), and the peak resident set:
/// the larger of <c>VmHWM</c> read from <c>/proc/&lt;pid&gt;/status</c> every 20 ms and the child's own at its end. The
/// sides write their rows to files, compared after all have run: any difference fails the run (exit code 1) with the
/// first differing rows.
/// </para>
/// <c>dotnet build -c Release benchmarks/SafetyModel.Benchmarks; dotnet build -c Release src/SafetyModel.Cli;
/// dotnet benchmarks/SafetyModel.Benchmarks/bin/Release/net10.0/SafetyModel.Benchmarks.dll --file-job 1024</c>
/// (mebibytes; <c>--keep</c> keeps the sides' rows, the CLI's CSV and the children's error output).
/// </summary>
internal static class FileJobMeasurement
{
    /// <summary>The size the issue asks for (≥ 1 GB).</summary>
    internal const int DefaultMegabytes = 1024;

    /// <summary>The threads DuckDB and the API are given in turn (one, and the two cores of the reference machine).</summary>
    private static readonly int[] ThreadCounts = { 1, 2 };

    /// <summary>How many times each side runs; the median of its times is reported, and the largest peak.</summary>
    internal const int Rounds = 3;

    private const int BatchSize = 50_000;
    private const int GeneratorVersion = 1;

    public static void Run(int megabytes, bool keep)
    {
        var cli = FindCli();
        var (input, reused) = Input(megabytes);
        var bytes = new FileInfo(input).Length;
        var mib = bytes / 1048576.0;
        Warm(input);
        var work = Path.Combine(Path.GetTempPath(), "safetymodel-file-job-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        var loadAverage = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "unknown";

        var sides = new List<SideRun>();
        foreach (var threads in ThreadCounts)
        {
            sides.Add(new SideRun("DuckDB read_json + SQL", "duckdb", threads, Path.Combine(work, $"duckdb-{threads}.tsv")));
        }

        foreach (var threads in ThreadCounts)
        {
            sides.Add(new SideRun(FileJobSide.LibraryFileJobName, "api", threads, Path.Combine(work, $"api-{threads}.tsv")));
        }

        sides.Add(new SideRun(FileJobSide.RecordPathName, "records", 1, Path.Combine(work, "records-1.tsv")));
        foreach (var threads in ThreadCounts)
        {
            sides.Add(new SideRun("CLI safetymodel aggregate --threads " + threads.ToString(CultureInfo.InvariantCulture), "cli", threads, Path.Combine(work, $"cli-{threads}.csv")));
        }

        string? duckDbVersion = null;
        for (var round = 1; round <= Rounds; round++)
        {
            foreach (var side in sides)
            {
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"file job, round {round} of {Rounds}: {side.Name}, {side.Threads} thread(s)…"));
                Measure(side, input, cli, work);
                duckDbVersion ??= side.DuckDbVersion;
            }
        }

        // The answers, compared once every side has run (no side's time holds the comparison).
        var failures = new List<string>();
        var reference = sides[0];
        var expected = FileJobRows.Read(reference.RowsPath);
        foreach (var side in sides.Skip(1))
        {
            var rows = side.Key == "cli"
                ? FileJobRows.FromCsv(File.ReadAllText(side.RowsPath, Encoding.UTF8), FileJobSide.RecordsCode, FileJobSide.HazardsCode)
                : FileJobRows.Read(side.RowsPath);
            rows.Sort(StringComparer.Ordinal);
            if (FileJobRows.Difference(expected, rows, reference.Label, side.Label) is { } difference)
            {
                failures.Add(difference);
            }
        }

        var total = expected.FirstOrDefault(r => r.StartsWith("total\t", StringComparison.Ordinal))?.Split('\t')[4] ?? "?";
        var report = new StringBuilder();
        report.Append(CultureInfo.InvariantCulture, $"File job: JSON Lines → statistics table by town × month × inspection type with subtotals (records, inspection-hazards-found)\n");
        report.Append(CultureInfo.InvariantCulture, $"input: {input}, {mib:F0} MiB, {total} inspection records (synthetic, {(reused ? "reused" : "written now")}), read once before the sides (page cache warm)\n");
        report.Append(CultureInfo.InvariantCulture, $"{"side",-44} {"threads",7} {"wall s",8} {"work s",8} {"MiB/s",7} {"peak RSS MiB",12} {"÷ DuckDB wall",13} {"÷ DuckDB work",13}\n");
        foreach (var side in sides)
        {
            var peer = sides.FirstOrDefault(s => s.Key == "duckdb" && s.Threads == side.Threads);
            var own = side.WorkSeconds;
            report.Append(CultureInfo.InvariantCulture, $"{side.Name,-44} {side.Threads,7} {side.WallSeconds,8:F2} {(own is { } w ? w.ToString("F2", CultureInfo.InvariantCulture) : "—"),8} {mib / (own ?? side.WallSeconds),7:F1} {side.PeakKib / 1024.0,12:F0} {Ratio(side.WallSeconds, peer?.WallSeconds),13} {Ratio(own, peer?.WorkSeconds),13}\n");
        }

        report.Append(CultureInfo.InvariantCulture, $"times: the median of {Rounds} rounds, the sides taking turns in each; peak RSS: the largest of the rounds\n");
        report.Append("wall: the parent's clock around the child process (start, runtime load, work, exit); work: the child's own clock around\n");
        report.Append("the job (DuckDB: query from the file to its rows read; API: the call returning the table; the CLI reports none). MiB/s from\n");
        report.Append("work, else wall. Peak RSS: max of /proc/<pid>/status VmHWM polled every 20 ms and the child's own at its end. ÷ DuckDB: this\n");
        report.Append("side's time over DuckDB's with the same threads (below 1: faster); the record path is the library before JsonLines.Aggregate.\n");
        report.Append(CultureInfo.InvariantCulture, $"machine: {Environment.ProcessorCount} cores ({CpuModel()}), Linux {KernelRelease()}, {RuntimeInformation.FrameworkDescription}, DuckDB {duckDbVersion ?? "?"}; load average before the sides: {loadAverage}\n");
        report.Append(failures.Count == 0
            ? string.Create(CultureInfo.InvariantCulture, $"answers: the same {expected.Count} rows from every side\n")
            : "ANSWERS DIFFER:\n" + string.Concat(failures));
        Console.Write(report.ToString());

        if (keep || failures.Count > 0)
        {
            Console.WriteLine($"kept the sides' rows and error output in {work}");
        }
        else
        {
            Directory.Delete(work, recursive: true);
        }

        Console.WriteLine($"input kept for the next run: {input} (+ .marker)");
        if (failures.Count > 0)
        {
            Environment.ExitCode = 1;
        }
    }

    /// <summary>The peak resident set of a process in KiB (<c>VmHWM</c>), or 0 when it has gone.</summary>
    /// <param name="pid">A process id, or <c>self</c>.</param>
    internal static long PeakResidentKib(string pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line.AsSpan(6).Trim().TrimEnd("kB").Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture);
                }
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }

        return 0;
    }

    private static void Measure(SideRun side, string input, string cli, string work)
    {
        var start = new ProcessStartInfo(DotNetHost())
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (side.Key == "cli")
        {
            foreach (var argument in new[] { cli, "aggregate", input, "--by", "township,month,inspection-type", "--measure", FileJobSide.RecordsCode + "," + FileJobSide.HazardsCode, "--format", "csv", "--threads", side.Threads.ToString(CultureInfo.InvariantCulture) })
            {
                start.ArgumentList.Add(argument);
            }
        }
        else
        {
            foreach (var argument in new[] { typeof(FileJobMeasurement).Assembly.Location, "--file-job-side", side.Key, input, side.Threads.ToString(CultureInfo.InvariantCulture), side.RowsPath })
            {
                start.ArgumentList.Add(argument);
            }
        }

        using var csv = side.Key == "cli" ? new FileStream(side.RowsPath, FileMode.Create, FileAccess.Write) : null;
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + start.FileName);
        var output = csv is null ? process.StandardOutput.ReadToEndAsync() : process.StandardOutput.BaseStream.CopyToAsync(csv).ContinueWith(_ => string.Empty, TaskScheduler.Default);
        var errors = process.StandardError.ReadToEndAsync();
        var pid = process.Id.ToString(CultureInfo.InvariantCulture);
        long peak = 0;
        do
        {
            peak = Math.Max(peak, PeakResidentKib(pid));
        }
        while (!process.WaitForExit(20));

        clock.Stop();
        process.WaitForExit();
        var stdout = output.GetAwaiter().GetResult();
        var stderr = errors.GetAwaiter().GetResult();
        File.WriteAllText(Path.Combine(work, side.Key + "-" + side.Threads.ToString(CultureInfo.InvariantCulture) + ".stderr"), stderr);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{side.Label} exited with {process.ExitCode}:\n{stderr}\n{stdout}");
        }

        side.Walls.Add(clock.Elapsed.TotalSeconds);
        side.PeakKib = Math.Max(side.PeakKib, peak);
        if (side.Key != "cli")
        {
            var report = stdout.Split('\n').Select(l => l.Trim()).LastOrDefault(l => l.StartsWith("file-job-side ", StringComparison.Ordinal))
                ?? throw new InvalidOperationException($"{side.Label} reported nothing:\n{stdout}\n{stderr}");
            var fields = report.Substring("file-job-side ".Length).Split(' ', 4);
            string Field(string name) => fields.First(f => f.StartsWith(name + "=", StringComparison.Ordinal)).Substring(name.Length + 1);
            side.Works.Add(double.Parse(Field("seconds"), CultureInfo.InvariantCulture));
            side.PeakKib = Math.Max(side.PeakKib, long.Parse(Field("vmhwm-kib"), CultureInfo.InvariantCulture));
            side.DuckDbVersion = fields.Any(f => f.StartsWith("duckdb=", StringComparison.Ordinal)) ? Field("duckdb") : null;
        }
    }

    /// <summary>The cached input: reused when its marker names this generator and the file has the size it recorded.</summary>
    private static (string Path, bool Reused) Input(int megabytes)
    {
        var path = Path.Combine(Path.GetTempPath(), string.Create(CultureInfo.InvariantCulture, $"safetymodel-file-job-{megabytes}mib.jsonl"));
        var markerPath = path + ".marker";
        var target = (long)megabytes * 1024 * 1024;
        var marker = string.Create(CultureInfo.InvariantCulture,
            $"generator v{GeneratorVersion}: JsonLines.WriteRecords(InspectionData.Create({BatchSize}, seed: 0, 1, 2, …)) until {target} bytes; first batch SHA-256 {Fingerprint()}");
        if (File.Exists(path) && File.Exists(markerPath))
        {
            var lines = File.ReadAllLines(markerPath);
            if (lines.Length == 2 && lines[0] == marker && lines[1] == new FileInfo(path).Length.ToString(CultureInfo.InvariantCulture))
            {
                return (path, true);
            }
        }

        Console.Error.WriteLine($"file job: writing {megabytes} MiB of inspection records to {path}…");
        File.Delete(markerPath);
        var partial = path + ".partial";
        using (var file = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        {
            var batch = 0;
            while (file.Length < target)
            {
                JsonLines.WriteRecords(file, InspectionData.Create(BatchSize, seed: batch++));
            }
        }

        File.Move(partial, path, overwrite: true);
        File.WriteAllLines(markerPath, new[] { marker, new FileInfo(path).Length.ToString(CultureInfo.InvariantCulture) });
        return (path, false);
    }

    /// <summary>A hash of the first 1,000 records of the first batch as written: changes when the generator or the writer does.</summary>
    private static string Fingerprint()
    {
        using var memory = new MemoryStream();
        JsonLines.WriteRecords(memory, InspectionData.Create(1000, seed: 0));
        return Convert.ToHexString(SHA256.HashData(memory.ToArray()));
    }

    private static void Warm(string path)
    {
        var buffer = new byte[1 << 20];
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        while (file.Read(buffer, 0, buffer.Length) > 0)
        {
        }
    }

    /// <summary>The built Release CLI: <c>src/SafetyModel.Cli/bin/Release/net10.0/SafetyModel.Cli.dll</c> under the repository root.</summary>
    private static string FindCli()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SafetyModel.sln")))
            {
                var cli = Path.Combine(directory.FullName, "src", "SafetyModel.Cli", "bin", "Release", "net10.0", "SafetyModel.Cli.dll");
                return File.Exists(cli)
                    ? cli
                    : throw new InvalidOperationException($"Build the CLI first: dotnet build src/SafetyModel.Cli -c Release (no {cli}).");
            }
        }

        throw new InvalidOperationException($"No SafetyModel.sln above {AppContext.BaseDirectory}: run the benchmarks from the repository's build output.");
    }

    private static string DotNetHost() =>
        Environment.ProcessPath is { } host && Path.GetFileNameWithoutExtension(host) == "dotnet"
            ? host
            : Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";

    private static string Ratio(double? time, double? peer) => time is { } t && peer is { } p && p > 0 ? (t / p).ToString("F2", CultureInfo.InvariantCulture) : "—";

    private static string KernelRelease() =>
        File.Exists("/proc/sys/kernel/osrelease") ? File.ReadAllText("/proc/sys/kernel/osrelease").Trim() : RuntimeInformation.OSDescription;

    private static string CpuModel() =>
        File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown model"
            : "unknown model";

    /// <summary>One side's run and what was measured.</summary>
    private sealed class SideRun(string name, string key, int threads, string rowsPath)
    {
        public string Name { get; } = name;

        public string Key { get; } = key;

        public int Threads { get; } = threads;

        public string RowsPath { get; } = rowsPath;

        public string Label => string.Create(CultureInfo.InvariantCulture, $"{Name} ({Threads} thread{(Threads == 1 ? string.Empty : "s")})");

        /// <summary>Gets the parent's clock around the child, a round each.</summary>
        public List<double> Walls { get; } = new();

        /// <summary>Gets the child's own clock around the job, a round each (none for the CLI).</summary>
        public List<double> Works { get; } = new();

        public double WallSeconds => Median(Walls);

        public double? WorkSeconds => Works.Count == 0 ? null : Median(Works);

        public long PeakKib { get; set; }

        public string? DuckDbVersion { get; set; }

        private static double Median(List<double> values)
        {
            var sorted = values.OrderBy(v => v).ToArray();
            return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
        }
    }
}
