using BenchmarkDotNet.Running;
using SafetyModel.Diagnostics;

namespace SafetyModel.Benchmarks;

/// <summary>
/// Runs the benchmarks. Examples:
/// <c>dotnet run -c Release --project benchmarks/SafetyModel.Benchmarks -- --filter '*'</c>;
/// <c>... -- --filter '*JsonPointer*' --job short</c>; <c>... -- --jsonl-stream 1024</c> streams a 1 GiB JSON Lines file;
/// <c>... -- --ledger-import 100000</c> imports a 100,000-row 台账 against DocumentFormat.OpenXml's SAX reader alone.
/// <c>... -- --parquet-export 1024</c> exports one to Parquet beside DuckDB.
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

        if (args.Length == 2 && args[0] == "--parquet-export")
        {
            Serialization.ParquetExportMeasurement.Run(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture));
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
