using System;
using System.Globalization;
using SafetyModel.Diagnostics;
using SafetyModel.Text;

namespace SafetyModel.Validation;

/// <summary>
/// One problem (or remark) found by validation: how serious it is, a stable code, where it is — a JSON Pointer to
/// the offending member as it appears in the JSON contract — a message in English and Simplified Chinese, and the
/// arguments a program needs without reading the message (for example <c>{ "total": 7, "partsSum": 12 }</c>).
/// </summary>
/// <remarks>Immutable; two issues are equal when all their parts are equal.</remarks>
public sealed class ValidationIssue : IEquatable<ValidationIssue>
{
    private LocalizedText? _message;

    /// <summary>Creates an issue, typically from a rule of the user's own.</summary>
    /// <param name="code">The stable code of the rule (users' own codes should not start with <c>SM</c>).</param>
    /// <param name="severity">How serious the issue is.</param>
    /// <param name="path">Where the issue is, in the JSON contract.</param>
    /// <param name="message">The message in English and Simplified Chinese.</param>
    /// <param name="arguments">Machine-readable arguments, or <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> or <paramref name="message"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is empty or white space, or <paramref name="severity"/> is not defined.</exception>
    public ValidationIssue(string code, ValidationSeverity severity, JsonPointer path, LocalizedText message, DiagnosticArguments? arguments = null)
    {
        if (code is null)
        {
            throw new ArgumentNullException(nameof(code));
        }

        if (string.IsNullOrWhiteSpace(code))
        {
            throw new ArgumentException("A validation code must not be empty.", nameof(code));
        }

        if (severity is not (ValidationSeverity.Information or ValidationSeverity.Warning or ValidationSeverity.Error))
        {
            throw new ArgumentException($"{(int)severity} is not a defined severity.", nameof(severity));
        }

        Code = code;
        Severity = severity;
        Path = path;
        _message = message ?? throw new ArgumentNullException(nameof(message));
        Arguments = arguments ?? DiagnosticArguments.Empty;
    }

    /// <summary>An issue whose message comes from the catalogue, formatted when first read.</summary>
    private ValidationIssue(LocalizedText? message, string code, ValidationSeverity severity, JsonPointer path, DiagnosticArguments arguments)
    {
        Code = code;
        Severity = severity;
        Path = path;
        _message = message;
        Arguments = arguments;
    }

    /// <summary>Gets the stable code, such as <c>SM5001</c>.</summary>
    public string Code { get; }

    /// <summary>Gets how serious the issue is.</summary>
    public ValidationSeverity Severity { get; }

    /// <summary>Gets the JSON Pointer (RFC 6901) to the offending member in the JSON contract.</summary>
    public JsonPointer Path { get; }

    /// <summary>Gets the message in English and Simplified Chinese.</summary>
    /// <remarks>
    /// The library's own issues format their message from the catalogue when it is first read, so validating a large
    /// batch costs no formatting for issues a program only counts or filters by code. Formatting is deterministic, so
    /// reading it from several threads at once is safe.
    /// </remarks>
    public LocalizedText Message => _message ??= MessageCatalog.Format(Code, Arguments);

    /// <summary>Gets the machine-readable arguments.</summary>
    public DiagnosticArguments Arguments { get; }

    /// <summary>Creates an issue with one of the library's own codes, its message taken from the catalogue.</summary>
    internal static ValidationIssue Create(string code, ValidationSeverity severity, JsonPointer path, DiagnosticArguments arguments) =>
        new(null, code, severity, path, arguments);

    /// <summary>Returns a copy with another severity, as a rule-set configuration may ask.</summary>
    /// <param name="severity">The new severity.</param>
    /// <returns>The copy, or this issue when the severity is unchanged.</returns>
    public ValidationIssue WithSeverity(ValidationSeverity severity) =>
        severity == Severity ? this : new ValidationIssue(_message, Code, severity, Path, Arguments);

    /// <summary>Returns a copy whose path is <paramref name="prefix"/> followed by this issue's path, for an issue found inside a larger document.</summary>
    /// <param name="prefix">Where the validated subject stands in the larger document, such as <c>/document</c> or <c>/3</c>.</param>
    /// <returns>The copy, or this issue when the prefix is the root.</returns>
    public ValidationIssue At(JsonPointer prefix) =>
        prefix.IsRoot ? this : new ValidationIssue(_message, Code, Severity, prefix.Append(Path), Arguments);

    /// <summary>Gets the message in the language of <paramref name="culture"/> (see <see cref="LocalizedText.Get"/>).</summary>
    /// <param name="culture">The culture, or <see langword="null"/> for the current user-interface culture.</param>
    /// <returns>The message.</returns>
    public string GetMessage(CultureInfo? culture) => Message.Get(culture);

    /// <inheritdoc />
    public bool Equals(ValidationIssue? other) =>
        other is not null &&
        string.Equals(Code, other.Code, StringComparison.Ordinal) &&
        Severity == other.Severity &&
        Path.Equals(other.Path) &&
        Message.Equals(other.Message) &&
        Arguments.Equals(other.Arguments);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ValidationIssue);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(StringComparer.Ordinal.GetHashCode(Code), Severity, Path, Message, Arguments);

    /// <summary>Returns <c>warning SM5001 at /path: message</c>, the message in the current user-interface language.</summary>
    /// <returns>A readable one-line description.</returns>
    public override string ToString() =>
        string.Format(
            CultureInfo.InvariantCulture,
            "{0} {1} at {2}: {3}",
            SeverityName(Severity),
            Code,
            Path.IsRoot ? "(root)" : Path.ToString(),
            Message);

    internal static string SeverityName(ValidationSeverity severity) => severity switch
    {
        ValidationSeverity.Error => "error",
        ValidationSeverity.Warning => "warning",
        _ => "information",
    };
}
