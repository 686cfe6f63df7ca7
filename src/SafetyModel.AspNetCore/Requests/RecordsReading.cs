using System.Collections.Generic;

namespace SafetyModel.AspNetCore;

/// <summary>
/// What <see cref="SafetyRequestReader.ReadRecordsAsync"/> read: the records, the issues found reading them (lines that
/// could not be read), or — when the body could not be read at all or passed a limit — the problem to answer with.
/// </summary>
public sealed class RecordsReading
{
    internal RecordsReading(IReadOnlyList<RequestRecord> records, IReadOnlyList<ProblemIssue> issues, SafetyProblem? problem)
    {
        Records = records;
        Issues = issues;
        Problem = problem;
    }

    /// <summary>Gets the records read, in the order of the body.</summary>
    public IReadOnlyList<RequestRecord> Records { get; }

    /// <summary>Gets the errors of values that could not be read as records (each at its line or pointer).</summary>
    public IReadOnlyList<ProblemIssue> Issues { get; }

    /// <summary>Gets the problem to answer with when the body could not be read at all (400, 413, 415), or <see langword="null"/>.</summary>
    public SafetyProblem? Problem { get; }

    /// <summary>Returns how many records and issues were read.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Problem?.ToString() ?? $"{Records.Count} records, {Issues.Count} unreadable";
}
