using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using NodaTime;
using SafetyModel.Office;
using SafetyModel.Primitives;
using SafetyModel.Work;

namespace SafetyModel.Benchmarks.Office;

/// <summary>
/// The 100,000-row 台账 import (issue 23): a generated inspection ledger (synthetic, labelled) written with
/// <see cref="LedgerExport"/>, then imported with <see cref="LedgerImport"/> and, as the peer, read with
/// DocumentFormat.OpenXml's SAX reader alone (every cell's value, shared strings resolved: what any import must do at
/// least). Time is the best of three runs each after a warm-up; memory is the peak of GC.GetTotalMemory sampled every
/// 5 ms on another thread, above the baseline before the run (the method of the JSON Lines stream measurement).
/// </summary>
internal static class LedgerImportMeasurement
{
    public static void Run(int rows)
    {
        var bytes = Ledger(rows);
        Console.WriteLine($"ledger: {rows:N0} rows, {bytes.Length / 1024.0 / 1024.0:F1} MiB .xlsx");
        var import = Measure(() => LedgerImport.Import(new MemoryStream(bytes), "inspection").Records.Count);
        var peer = Measure(() => SaxOnly(bytes));
        Console.WriteLine($"LedgerImport.Import: {import.Seconds:F2} s, {import.Count:N0} records, peak managed +{import.PeakMiB:F1} MiB");
        Console.WriteLine($"OpenXml SAX alone:   {peer.Seconds:F2} s, {peer.Count:N0} cells, peak managed +{peer.PeakMiB:F1} MiB");
        Console.WriteLine($"ratio (import / peer): time {import.Seconds / peer.Seconds:F2}x");
    }

    private static byte[] Ledger(int rows)
    {
        var types = new[] { InspectionType.FireSafety, InspectionType.Holiday, InspectionType.FloodSeason, InspectionType.RoadTraffic, InspectionType.Construction };
        var records = Enumerable.Range(0, rows).Select(i => (IRecord)new Inspection
        {
            Id = "JC-" + i.ToString("D6", CultureInfo.InvariantCulture),
            Division = DivisionCode.Parse("150626103"),
            Start = new LocalDate(2022, 1, 1).PlusDays(i % 365),
            Types = new[] { types[i % types.Length] },
            Inspected = new[] { "单位" + (i % 500).ToString(CultureInfo.InvariantCulture) },
            HazardsFound = i % 7,
        });
        var output = new MemoryStream();
        LedgerExport.Write(output, records);
        return output.ToArray();
    }

    private static int SaxOnly(byte[] bytes)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var workbook = document.WorkbookPart!;
        var shared = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(s => s.InnerText).ToArray() ?? Array.Empty<string>();
        var count = 0;
        foreach (var part in workbook.WorksheetParts)
        {
            using var reader = OpenXmlReader.Create(part);
            while (reader.Read())
            {
                if (reader.ElementType == typeof(Cell) && reader.IsStartElement)
                {
                    var cell = (Cell)reader.LoadCurrentElement()!;
                    var value = cell.DataType?.Value == CellValues.SharedString ? shared[int.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture)]
                        : cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText
                        : cell.CellValue?.Text;
                    if (value is not null)
                    {
                        count++;
                    }
                }
            }
        }

        return count;
    }

    private static (double Seconds, int Count, double PeakMiB) Measure(Func<int> run)
    {
        run();
        var best = double.MaxValue;
        var count = 0;
        double peak = 0;
        for (var i = 0; i < 3; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            var baseline = GC.GetTotalMemory(true);
            long max = baseline;
            using var done = new ManualResetEventSlim();
            var sampler = new Thread(() =>
            {
                while (!done.Wait(5))
                {
                    max = Math.Max(max, GC.GetTotalMemory(false));
                }
            });
            sampler.Start();
            var clock = Stopwatch.StartNew();
            count = run();
            clock.Stop();
            done.Set();
            sampler.Join();
            best = Math.Min(best, clock.Elapsed.TotalSeconds);
            peak = Math.Max(peak, (max - baseline) / 1024.0 / 1024.0);
        }

        return (best, count, peak);
    }
}
