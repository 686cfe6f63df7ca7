using System;
using System.Globalization;

namespace SafetyModel.Diagnostics;

/// <summary>
/// The one exception type the <c>Parse</c> methods of this library throw for text they cannot read. It carries the
/// <see cref="ParseDiagnostic"/> that says what failed, where and why.
/// </summary>
/// <remarks>
/// The <c>TryParse</c> methods and the <see cref="ParseResult{T}"/> forms never throw it; use them where bad input is
/// expected. The message is in the current user-interface language (English or Chinese, see
/// <see cref="LocalizedText.Get"/>); <see cref="Diagnostic"/> has both.
/// </remarks>
#pragma warning disable CA1032 // A parse exception without a diagnostic would defeat its purpose.
public sealed class ParseException : FormatException
#pragma warning restore CA1032
{
    private const int MaximumQuotedLength = 80;

    /// <summary>Creates an exception for a parse failure.</summary>
    /// <param name="diagnostic">What failed, where and why.</param>
    /// <param name="text">The text that was parsed, or <see langword="null"/> if unknown; quoted (shortened) in the message.</param>
    /// <exception cref="ArgumentNullException"><paramref name="diagnostic"/> is <see langword="null"/>.</exception>
    public ParseException(ParseDiagnostic diagnostic, string? text)
        : base(BuildMessage(diagnostic ?? throw new ArgumentNullException(nameof(diagnostic)), text))
    {
        Diagnostic = diagnostic;
        Text = text;
    }

    /// <summary>Gets what failed, where and why.</summary>
    public ParseDiagnostic Diagnostic { get; }

    /// <summary>Gets the text that was parsed, when known.</summary>
    public string? Text { get; }

    private static string BuildMessage(ParseDiagnostic diagnostic, string? text)
    {
        var message = diagnostic.ToString();
        if (text is null)
        {
            return message;
        }

        var quoted = text.Length <= MaximumQuotedLength ? text : text.Substring(0, MaximumQuotedLength) + "…";
        return string.Format(CultureInfo.InvariantCulture, "{0} (text: \"{1}\")", message, quoted);
    }
}
