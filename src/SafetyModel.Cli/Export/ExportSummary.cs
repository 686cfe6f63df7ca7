using System.Collections.Generic;

namespace SafetyModel.Cli.Export;

/// <summary>What an export wrote: the files (relative to the output) and the records of each kind.</summary>
/// <param name="Files">The files written.</param>
/// <param name="RecordsByKind">The number of records of each kind code.</param>
internal sealed record ExportSummary(IReadOnlyList<string> Files, IReadOnlyDictionary<string, long> RecordsByKind);
