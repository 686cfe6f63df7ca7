namespace SafetyModel.Text;

/// <summary>
/// The stable codes of the parse diagnostics this library reports (<see cref="ParseDiagnostic.Code"/>). A code is
/// never renamed or reused. The full list with examples is in <c>docs/diagnostic-codes.md</c>.
/// </summary>
/// <remarks>
/// Ranges: <c>SM00xx</c> text in general; <c>SM01xx</c> Chinese numerals; <c>SM02xx</c> dates; <c>SM03xx</c>
/// quantities (概数); <c>SM04xx</c> reporting periods; <c>SM1xxx</c> official documents (公文);
/// <c>SM2xxx</c> and above are validation codes (see <c>SafetyModel.Validation.ValidationCodes</c>).
/// </remarks>
public static class ParseCodes
{
    /// <summary><c>SM0001</c> — no text was given (<see langword="null"/>).</summary>
    public const string NullText = "SM0001";

    /// <summary><c>SM0002</c> — the text is empty or only white space.</summary>
    public const string EmptyText = "SM0002";

    /// <summary><c>SM0003</c> — the text is longer than the parser reads; arguments <c>length</c>, <c>maximum</c>.</summary>
    public const string TextTooLong = "SM0003";

    /// <summary><c>SM0004</c> — a character that cannot stand here; argument <c>character</c>.</summary>
    public const string UnexpectedCharacter = "SM0004";

    /// <summary><c>SM0005</c> — the text ends before the value is complete.</summary>
    public const string UnexpectedEnd = "SM0005";

    /// <summary><c>SM0006</c> — text follows a complete value; argument <c>text</c>.</summary>
    public const string TrailingText = "SM0006";

    /// <summary><c>SM0010</c> — a JSON Pointer that is neither empty nor starts with <c>/</c> (RFC 6901 §3).</summary>
    public const string JsonPointerMustStartWithSlash = "SM0010";

    /// <summary><c>SM0011</c> — a <c>~</c> in a JSON Pointer not followed by <c>0</c> or <c>1</c> (RFC 6901 §3).</summary>
    public const string JsonPointerBadEscape = "SM0011";
}
