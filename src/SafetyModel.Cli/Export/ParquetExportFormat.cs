using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SafetyModel.Parquet;
using SafetyModel.Primitives;

namespace SafetyModel.Cli.Export;

/// <summary>
/// <c>--format parquet</c>: one Apache Parquet table per record kind under the output directory (SafetyModel.Parquet),
/// Hive-style partitions on <c>--partition-by</c>. The schema and the engines' SQL are in docs/scale-out.md.
/// </summary>
internal sealed class ParquetExportFormat : IExportFormat
{
    private static readonly Dictionary<string, ParquetPartitionKey> Keys = new(StringComparer.OrdinalIgnoreCase)
    {
        ["year"] = ParquetPartitionKey.Year, ["年"] = ParquetPartitionKey.Year,
        ["month"] = ParquetPartitionKey.Month, ["月"] = ParquetPartitionKey.Month,
        ["province"] = ParquetPartitionKey.Province, ["省"] = ParquetPartitionKey.Province,
        ["prefecture"] = ParquetPartitionKey.Prefecture, ["city"] = ParquetPartitionKey.Prefecture, ["市"] = ParquetPartitionKey.Prefecture, ["盟"] = ParquetPartitionKey.Prefecture,
        ["county"] = ParquetPartitionKey.County, ["banner"] = ParquetPartitionKey.County, ["县"] = ParquetPartitionKey.County, ["旗"] = ParquetPartitionKey.County,
        ["township"] = ParquetPartitionKey.Township, ["town"] = ParquetPartitionKey.Township, ["乡镇"] = ParquetPartitionKey.Township, ["镇"] = ParquetPartitionKey.Township,
    };

    public string Name => "parquet";

    public ExportSummary Export(IEnumerable<IRecord> records, ExportRequest request)
    {
        var options = new ParquetExportOptions { PartitionBy = ParsePartitions(request.PartitionBy), Divisions = request.Registry };
        try
        {
            var result = ParquetExporter.ExportAsync(records, request.Output, options).GetAwaiter().GetResult();
            return new ExportSummary(result.Files, result.RecordsByKind);
        }
        catch (ArgumentException e)
        {
            throw new CliException($"nothing was exported: {e.Message}", e);
        }
        catch (IOException e)
        {
            throw new CliException($"nothing was exported: {e.Message}", e);
        }
    }

    private static ParquetPartitionKey[] ParsePartitions(string? spec)
    {
        var keys = new List<ParquetPartitionKey>();
        foreach (var name in (spec ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var key = Keys.TryGetValue(name, out var k)
                ? k
                : throw new CliException($"--partition-by: “{name}” is not a partition key; the keys are year, month, province, prefecture, county, township.");
            if (keys.Contains(key))
            {
                throw new CliException($"--partition-by: “{name}” is named twice.");
            }

            keys.Add(key);
        }

        return keys.ToArray();
    }
}
