using SafetyModel.Primitives;

namespace SafetyModel.Cli.Export;

/// <summary>Where an export writes and the options every format gets (a format refuses those it cannot honour).</summary>
/// <param name="Output">The output directory, resolved against the working directory.</param>
/// <param name="PartitionBy">The value of <c>--partition-by</c> (<c>year,county</c>), or null.</param>
/// <param name="Registry">Division names, or null.</param>
internal sealed record ExportRequest(string Output, string? PartitionBy, DivisionRegistry? Registry);
