using System.Collections.Generic;
using System.Linq;

namespace SafetyModel.Parquet;

/// <summary>What an export wrote: the files (relative to the output directory, with <c>/</c>) and the records of each kind.</summary>
public sealed class ParquetExportResult
{
    internal ParquetExportResult(IReadOnlyList<string> files, IReadOnlyDictionary<string, long> recordsByKind)
    {
        Files = files;
        RecordsByKind = recordsByKind;
    }

    /// <summary>Gets the files written, relative to the output directory, sorted (<c>inspection/year=2022/part-00000.parquet</c>).</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>Gets the number of records written for each kind code.</summary>
    public IReadOnlyDictionary<string, long> RecordsByKind { get; }

    /// <summary>Gets the number of records written in all.</summary>
    public long Records => RecordsByKind.Values.Sum();

    /// <summary>Returns the counts, such as <c>120 records in 3 files (hazard 20, inspection 100)</c>.</summary>
    /// <returns>The counts.</returns>
    public override string ToString() =>
        $"{Records} records in {Files.Count} files ({string.Join(", ", RecordsByKind.OrderBy(p => p.Key, System.StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value}"))})";
}
