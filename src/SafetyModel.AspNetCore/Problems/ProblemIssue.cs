using System;
using SafetyModel.Diagnostics;
using SafetyModel.Office;
using SafetyModel.Serialization;
using SafetyModel.Validation;

namespace SafetyModel.AspNetCore;

/// <summary>
/// One issue in a problem details response (RFC 9457 §3.2, an extension member): its stable code, severity, where it is
/// — a JSON Pointer (RFC 6901) into the contract, the line of a JSON Lines body, the cell of a 台账 — and its message
/// in English and Simplified Chinese, of which the response carries the one <c>Accept-Language</c> asks for.
/// </summary>
public sealed class ProblemIssue
{
    /// <summary>Creates an issue.</summary>
    /// <param name="code">The stable code (<c>SM5001</c>, or a town's own).</param>
    /// <param name="severity">How serious it is.</param>
    /// <param name="message">What is wrong, in both languages.</param>
    /// <param name="path">Where in the contract, or <see langword="null"/>.</param>
    /// <param name="line">The one-based line of a JSON Lines body, or <see langword="null"/>.</param>
    /// <param name="cell">The cell of a workbook (<c>检查台账!C5</c>), or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> or <paramref name="message"/> is <see langword="null"/>.</exception>
    public ProblemIssue(string code, ValidationSeverity severity, LocalizedText message, JsonPointer? path = null, long? line = null, string? cell = null)
    {
        Code = code ?? throw new ArgumentNullException(nameof(code));
        Message = message ?? throw new ArgumentNullException(nameof(message));
        Severity = severity;
        Path = path;
        Line = line;
        Cell = cell;
    }

    /// <summary>Gets the stable code.</summary>
    public string Code { get; }

    /// <summary>Gets the severity.</summary>
    public ValidationSeverity Severity { get; }

    /// <summary>Gets the message in English and Simplified Chinese.</summary>
    public LocalizedText Message { get; }

    /// <summary>Gets the JSON Pointer to the member, or <see langword="null"/>.</summary>
    public JsonPointer? Path { get; }

    /// <summary>Gets the one-based line of a JSON Lines body, or <see langword="null"/>.</summary>
    public long? Line { get; }

    /// <summary>Gets the workbook cell, or <see langword="null"/>.</summary>
    public string? Cell { get; }

    /// <summary>An issue from a validation rule, at its path, on a line of a JSON Lines body if any.</summary>
    /// <param name="issue">The validation issue.</param>
    /// <param name="line">The one-based line, or <see langword="null"/>.</param>
    /// <returns>The problem issue.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="issue"/> is <see langword="null"/>.</exception>
    public static ProblemIssue FromValidation(ValidationIssue issue, long? line)
    {
        if (issue is null)
        {
            throw new ArgumentNullException(nameof(issue));
        }

        return new ProblemIssue(issue.Code, issue.Severity, issue.Message, issue.Path, line);
    }

    /// <summary>An error of the JSON contract (a record that cannot be read), at its pointer and line.</summary>
    /// <param name="error">The contract's error.</param>
    /// <param name="line">The one-based line of a JSON Lines body, or <see langword="null"/>.</param>
    /// <param name="prefix">Where the value read sits in the body (<c>/records/3</c>), or <see langword="null"/>.</param>
    /// <returns>The problem issue, an error.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="error"/> is <see langword="null"/>.</exception>
    public static ProblemIssue FromContract(JsonContractException error, long? line, JsonPointer? prefix)
    {
        if (error is null)
        {
            throw new ArgumentNullException(nameof(error));
        }

        var path = prefix is { } p ? p.Append(error.Pointer) : error.Pointer;
        return new ProblemIssue(error.Code, ValidationSeverity.Error, error.Reason, path, line);
    }

    /// <summary>A parser's diagnostic (a 公文 or a file that cannot be read, or a note made while reading it).</summary>
    /// <param name="diagnostic">The diagnostic.</param>
    /// <param name="severity">Error for a failure, information for a note.</param>
    /// <returns>The problem issue.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="diagnostic"/> is <see langword="null"/>.</exception>
    public static ProblemIssue FromDiagnostic(ParseDiagnostic diagnostic, ValidationSeverity severity)
    {
        if (diagnostic is null)
        {
            throw new ArgumentNullException(nameof(diagnostic));
        }

        return new ProblemIssue(diagnostic.Code, severity, diagnostic.Message);
    }

    /// <summary>An issue of a 台账 import, at its cell.</summary>
    /// <param name="issue">The ledger issue.</param>
    /// <returns>The problem issue.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="issue"/> is <see langword="null"/>.</exception>
    public static ProblemIssue FromLedger(LedgerIssue issue)
    {
        if (issue is null)
        {
            throw new ArgumentNullException(nameof(issue));
        }

        return new ProblemIssue(issue.Code, issue.Severity, issue.Message, cell: string.IsNullOrEmpty(issue.Cell) ? null : issue.Cell);
    }

    /// <summary>Returns <c>SM5001 warning /statedFigures/2: …</c> in English.</summary>
    /// <returns>The issue as text.</returns>
    public override string ToString() =>
        $"{Code} {Severity}{(Path is { } p ? " " + p : string.Empty)}{(Line is { } l ? " line " + l.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty)}{(Cell is null ? string.Empty : " " + Cell)}: {Message.English}";
}
