using System.Collections.Generic;
using System.Linq;
using SafetyModel.Validation;

namespace SafetyModel.Office;

/// <summary>What a 台账 import gave: the records, in sheet and row order, and every issue, each with its cell.</summary>
public sealed class LedgerImportResult
{
    internal LedgerImportResult(IReadOnlyList<LedgerRecord> records, IReadOnlyList<LedgerIssue> issues)
    {
        Records = records;
        Issues = issues;
    }

    /// <summary>Gets the records imported, one per data row that gave one.</summary>
    public IReadOnlyList<LedgerRecord> Records { get; }

    /// <summary>Gets the issues, in the order they were found.</summary>
    public IReadOnlyList<LedgerIssue> Issues { get; }

    /// <summary>Gets whether any issue is an error (a row gave no record, or nothing could be imported).</summary>
    public bool HasErrors => Issues.Any(i => i.Severity == ValidationSeverity.Error);

    /// <inheritdoc/>
    public override string ToString() => $"{Records.Count} records, {Issues.Count} issues";
}
