using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using SafetyModel.Diagnostics;

namespace SafetyModel.Validation;

/// <summary>
/// Everything validation found, in one pass: every issue, in the order found. <see cref="IsValid"/> holds when
/// there is no error; warnings and information do not make a report invalid.
/// </summary>
/// <remarks>Immutable; two reports are equal when they hold equal issues in the same order.</remarks>
public sealed class ValidationReport : IEquatable<ValidationReport>
{
    private readonly ValidationIssue[] _issues;

    /// <summary>Creates a report from issues.</summary>
    /// <param name="issues">The issues, in the order found.</param>
    /// <exception cref="ArgumentNullException"><paramref name="issues"/> or one of its items is <see langword="null"/>.</exception>
    public ValidationReport(IEnumerable<ValidationIssue> issues)
    {
        if (issues is null)
        {
            throw new ArgumentNullException(nameof(issues));
        }

        _issues = issues.ToArray();
        foreach (var issue in _issues)
        {
            if (issue is null)
            {
                throw new ArgumentNullException(nameof(issues), "A validation report cannot hold a null issue.");
            }
        }

        ErrorCount = _issues.Count(i => i.Severity == ValidationSeverity.Error);
        WarningCount = _issues.Count(i => i.Severity == ValidationSeverity.Warning);
        InformationCount = _issues.Length - ErrorCount - WarningCount;
    }

    /// <summary>Gets a report with no issues.</summary>
    public static ValidationReport Empty { get; } = new(Array.Empty<ValidationIssue>());

    /// <summary>Gets the issues, in the order found.</summary>
    public IReadOnlyList<ValidationIssue> Issues => _issues;

    /// <summary>Gets a value indicating whether there is no issue of severity <see cref="ValidationSeverity.Error"/>.</summary>
    public bool IsValid => ErrorCount == 0;

    /// <summary>Gets the number of errors.</summary>
    public int ErrorCount { get; }

    /// <summary>Gets the number of warnings.</summary>
    public int WarningCount { get; }

    /// <summary>Gets the number of informational issues.</summary>
    public int InformationCount { get; }

    /// <summary>Returns a report holding this report's issues followed by <paramref name="other"/>'s.</summary>
    /// <param name="other">The report to append.</param>
    /// <returns>The combined report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is <see langword="null"/>.</exception>
    public ValidationReport Merge(ValidationReport other)
    {
        if (other is null)
        {
            throw new ArgumentNullException(nameof(other));
        }

        return other._issues.Length == 0 ? this
            : _issues.Length == 0 ? other
            : new ValidationReport(_issues.Concat(other._issues));
    }

    /// <summary>Gets the issues with a code, in order.</summary>
    /// <param name="code">The stable code.</param>
    /// <returns>The matching issues.</returns>
    public IEnumerable<ValidationIssue> WithCode(string code) =>
        _issues.Where(i => string.Equals(i.Code, code, StringComparison.Ordinal));

    /// <summary>Gets the issues at <paramref name="path"/> or inside it, in order.</summary>
    /// <param name="path">The JSON Pointer of a member.</param>
    /// <returns>The matching issues.</returns>
    public IEnumerable<ValidationIssue> Within(JsonPointer path) => _issues.Where(i => i.Path.IsWithin(path));

    /// <inheritdoc />
    public bool Equals(ValidationReport? other) => other is not null && _issues.SequenceEqual(other._issues);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ValidationReport);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var issue in _issues)
        {
            hash.Add(issue);
        }

        return hash.ToHashCode();
    }

    /// <summary>Returns a summary line (<c>1 error, 2 warnings, 0 information</c>) followed by one line per issue.</summary>
    /// <returns>A readable report.</returns>
    public override string ToString()
    {
        var builder = new StringBuilder();
        builder.AppendFormat(
            CultureInfo.InvariantCulture,
            "{0} error{1}, {2} warning{3}, {4} information",
            ErrorCount,
            ErrorCount == 1 ? string.Empty : "s",
            WarningCount,
            WarningCount == 1 ? string.Empty : "s",
            InformationCount);
        foreach (var issue in _issues)
        {
            builder.Append('\n').Append(issue);
        }

        return builder.ToString();
    }
}
