using System.Linq;
using BenchmarkDotNet.Running;
using SafetyModel.Diagnostics;

namespace SafetyModel.Benchmarks;

/// <summary>
/// Runs the benchmarks. Examples:
/// <c>dotnet run -c Release --project benchmarks/SafetyModel.Benchmarks -- --filter '*'</c>;
/// <c>... -- --filter '*JsonPointer*' --job short</c>; <c>... -- --jsonl-stream 1024</c> streams a 1 GiB JSON Lines file;
/// <c>... -- --ledger-import 100000</c> imports a 100,000-row 台账 against DocumentFormat.OpenXml's SAX reader alone.
/// <c>... -- --parquet-export 1024</c> exports one to Parquet beside DuckDB.
/// <c>... -- --scan-floor 10000000</c> times the batch aggregation and the floor in turns in one process.
/// <c>dotnet benchmarks/SafetyModel.Benchmarks/bin/Release/net10.0/SafetyModel.Benchmarks.dll --file-job [1024] [--keep]</c>
/// times the file job (JSON Lines file → statistics table; MiB, 1024 when left out) for DuckDB <c>read_json</c>, the API
/// and the Release CLI, each a child process (build the CLI in Release first); <c>--file-job-side</c> is its children's
/// mode, not for typing.
/// </summary>
internal static class Program
{
    private static void Main(string[] args)
    {
        if (args.Length == 2 && args[0] == "--jsonl-stream")
        {
            Serialization.JsonLinesStreamMeasurement.Run(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture));
            return;
        }

        if (args.Length == 2 && args[0] == "--ledger-import")
        {
            Office.LedgerImportMeasurement.Run(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture));
            return;
        }

        if (args.Length == 2 && args[0] == "--scan-floor")
        {
            Aggregation.ScanFloorMeasurement.Run(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture));
            return;
        }

        if (args.Length == 2 && args[0] == "--parquet-export")
        {
            Serialization.ParquetExportMeasurement.Run(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture));
            return;
        }

        if (args.Length >= 1 && args.Length <= 3 && args[0] == "--file-job")
        {
            var keep = args.Contains("--keep");
            var size = args.Skip(1).Where(a => a != "--keep").Select(a => int.Parse(a, System.Globalization.CultureInfo.InvariantCulture)).ToList();
            if (args.Length - 1 == size.Count + (keep ? 1 : 0) && size.Count <= 1)
            {
                Serialization.FileJobMeasurement.Run(size.Count == 1 ? size[0] : Serialization.FileJobMeasurement.DefaultMegabytes, keep);
                return;
            }
        }

        if (args.Length == 5 && args[0] == "--file-job-side")
        {
            Serialization.FileJobSide.Run(args[1], args[2], int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture), args[4]);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
