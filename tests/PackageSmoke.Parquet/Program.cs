// Exports records through the SafetyModel.Parquet package, reads them back, and fails loudly (exit code 1) when something is off.
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NodaTime;
using SafetyModel.Parquet;
using SafetyModel.Primitives;
using SafetyModel.Records;
using SafetyModel.Work;

var failures = 0;

void Check(bool condition, string what)
{
    Console.WriteLine((condition ? "ok   " : "FAIL ") + what);
    if (!condition)
    {
        failures++;
    }
}

var directory = Path.Combine(Path.GetTempPath(), "safetymodel-parquet-smoke-" + Guid.NewGuid().ToString("N"));
try
{
    var town = DivisionCode.Parse("150626100000");
    IRecord[] records =
    [
        new Inspection { Id = "I-1", Division = town, Start = new LocalDate(2022, 6, 20), Types = [InspectionType.FireSafety], HazardsFound = 2 },
        new Training { Id = "T-1", Division = town, Date = new LocalDate(2022, 5, 6), PeopleTrained = Quantity.Parse("50余人") },
    ];

    var result = await ParquetExporter.ExportAsync(records, directory, new ParquetExportOptions { PartitionBy = [ParquetPartitionKey.Year], Divisions = DivisionRegistry.SampleWushenBanner });
    Check(result.Files.SequenceEqual(["inspection/year=2022/part-00000.parquet", "training/year=2022/part-00000.parquet"]), "one file per kind, partitioned by year");

    var back = new List<IRecord>();
    foreach (var file in result.Files)
    {
        await foreach (var record in ParquetImport.ReadFileAsync(Path.Combine(directory, file)))
        {
            back.Add(record);
        }
    }

    Check(back.SequenceEqual(records), "records read back equal");
    Check(ParquetTable.For(RecordCatalogue.Default, "training").Find("people_trained_upper")?.SqlType == "DECIMAL(38,18)", "a quantity's bounds are exact decimals");
}
finally
{
    if (Directory.Exists(directory))
    {
        Directory.Delete(directory, recursive: true);
    }
}

Console.WriteLine(failures == 0 ? "Parquet package smoke test passed" : $"Parquet package smoke test: {failures} failure(s)");
return failures == 0 ? 0 : 1;
