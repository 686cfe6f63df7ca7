using SafetyModel.Validation;

namespace SafetyModel.Serialization;

/// <summary>An issue found on one line of a JSON Lines stream: the line, and the issue at its pointer within the line's record.</summary>
public sealed class JsonLineIssue
{
    internal JsonLineIssue(long lineNumber, ValidationIssue issue)
    {
        LineNumber = lineNumber;
        Issue = issue;
    }

    /// <summary>Gets the zero-based line number in the stream (blank lines count, as in <see cref="JsonLineResult.LineNumber"/>).</summary>
    public long LineNumber { get; }

    /// <summary>Gets the issue; its path is relative to the line's record.</summary>
    public ValidationIssue Issue { get; }

    /// <summary>Returns the line number (one-based, as editors count) and the issue.</summary>
    /// <returns>A readable description.</returns>
    public override string ToString() => $"line {LineNumber + 1}: {Issue}";
}
