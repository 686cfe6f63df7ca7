using SafetyModel.Diagnostics;
using SafetyModel.Reports;
using SafetyModel.Validation;

namespace SafetyModel.Cli.Input;

/// <summary>A work summary report and where it was read.</summary>
internal sealed record SourcedReport(WorkSummaryReport Report, string File, JsonPointer Pointer);
