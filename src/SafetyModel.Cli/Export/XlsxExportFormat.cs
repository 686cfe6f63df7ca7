using System;
using System.Collections.Generic;
using System.IO;
using SafetyModel.Office;
using SafetyModel.Primitives;

namespace SafetyModel.Cli.Export;

/// <summary>
/// <c>--format xlsx</c>: records as 台账 sheets, one per kind (<see cref="LedgerExport"/>), that <c>safetymodel import</c>
/// reads back to equal records. <c>--output</c> names the workbook file; it is written under a temporary name and
/// renamed at the end, so a failed export leaves no half-written workbook, and an existing file is never replaced.
/// </summary>
internal sealed class XlsxExportFormat : IExportFormat
{
    public string Name => "xlsx";

    public ExportSummary Export(IEnumerable<IRecord> records, ExportRequest request)
    {
        if (request.PartitionBy is not null)
        {
            throw new CliException("--partition-by: a workbook has no partitions; give it with --format parquet only.");
        }

        if (File.Exists(request.Output) || Directory.Exists(request.Output))
        {
            throw new CliException($"--output {request.Output}: exists already; an export never replaces a file. Give a new file name, such as ledger.xlsx.");
        }

        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        var list = new List<IRecord>();
        foreach (var record in records)
        {
            list.Add(record);
            var kind = RecordKindCode(record);
            counts[kind] = counts.TryGetValue(kind, out var n) ? n + 1 : 1;
        }

        var temporary = request.Output + ".tmp";
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                LedgerExport.Write(stream, list);
            }

            File.Move(temporary, request.Output);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            TryDelete(temporary);
            throw new CliException($"--output {request.Output}: cannot be written: {e.Message}", e);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }

        return new ExportSummary(new[] { Path.GetFileName(request.Output) }, counts);
    }

    private static string RecordKindCode(IRecord record) =>
        Records.RecordCatalogue.Default.KindOf(record)?.Code ?? record.GetType().Name;

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Nothing more can be done; the error that led here is the one reported.
        }
    }
}
