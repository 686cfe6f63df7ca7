using SafetyModel.Primitives;
using SafetyModel.Records;

namespace SafetyModel.Parquet.Tests;

/// <summary>Exports records and reads every file of the export back, for the tests.</summary>
internal static class Exported
{
    public static async Task<List<IRecord>> RoundTripAsync(IEnumerable<IRecord> records, ParquetExportOptions? options = null)
    {
        using var directory = new TempDirectory();
        var result = await ParquetExporter.ExportAsync(records, directory.Path, options, TestContext.Current.CancellationToken);
        var back = new List<IRecord>();
        foreach (var file in result.Files)
        {
            await foreach (var record in ParquetImport.ReadFileAsync(directory.Combine(file), options?.Catalogue, TestContext.Current.CancellationToken))
            {
                back.Add(record);
            }
        }

        return back;
    }
}
