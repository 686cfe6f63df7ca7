using System;
using System.Globalization;
using System.Threading;

namespace SafetyModel.Diagnostics;

/// <summary>
/// Something a parser has to say about a piece of text: why it failed (<see cref="ParseResult{T}.Error"/>), or what
/// it normalised to accept it (<see cref="ParseResult{T}.Notes"/>, for example zero-padded dates or
/// <c>[2022]</c> brackets read as <c>〔2022〕</c>).
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Code"/> is stable: it is never renamed or reused, so programs may switch on it. The codes and their
/// meanings are listed in <c>docs/diagnostic-codes.md</c>. <see cref="Position"/> and <see cref="Length"/> locate the
/// text concerned, in UTF-16 code units from the start of the parsed text.
/// </para>
/// <para>The message is built only when first read, so a failed <c>TryParse</c> costs no formatting.</para>
/// </remarks>
public sealed class ParseDiagnostic : IEquatable<ParseDiagnostic>
{
    private LocalizedText? _message;

    /// <summary>
    /// Creates a diagnostic with a message of the caller's own, for parsers written outside this library.
    /// </summary>
    /// <param name="code">The stable code.</param>
    /// <param name="position">The zero-based position of the text concerned.</param>
    /// <param name="length">The length of the text concerned; 0 for a point (such as the end of the text).</param>
    /// <param name="message">The message in English and Chinese.</param>
    /// <param name="arguments">The machine-readable arguments, or <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> or <paramref name="message"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is empty or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="position"/> or <paramref name="length"/> is negative.</exception>
    public ParseDiagnostic(string code, int position, int length, LocalizedText message, DiagnosticArguments? arguments = null)
        : this(code, position, length, arguments ?? DiagnosticArguments.Empty)
    {
        _message = message ?? throw new ArgumentNullException(nameof(message));
    }

    private ParseDiagnostic(string code, int position, int length, DiagnosticArguments arguments)
    {
        if (code is null)
        {
            throw new ArgumentNullException(nameof(code));
        }

        if (string.IsNullOrWhiteSpace(code))
        {
            throw new ArgumentException("A diagnostic code must not be empty.", nameof(code));
        }

        if (position < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(position), position, "The position must not be negative.");
        }

        if (length < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(length), length, "The length must not be negative.");
        }

        Code = code;
        Position = position;
        Length = length;
        Arguments = arguments;
    }

    /// <summary>Gets the stable code, such as <c>SM0002</c>.</summary>
    public string Code { get; }

    /// <summary>Gets the zero-based position (UTF-16 code units) of the text concerned.</summary>
    public int Position { get; }

    /// <summary>Gets the length (UTF-16 code units) of the text concerned; 0 for a point.</summary>
    public int Length { get; }

    /// <summary>Gets the machine-readable arguments (always including those the message mentions).</summary>
    public DiagnosticArguments Arguments { get; }

    /// <summary>Gets the message in English and Simplified Chinese.</summary>
    public LocalizedText Message
    {
        get
        {
            var message = Volatile.Read(ref _message);
            if (message is null)
            {
                message = MessageCatalog.Format(Code, Arguments);
                Volatile.Write(ref _message, message);
            }

            return message;
        }
    }

    /// <summary>Creates a diagnostic whose message comes from the library's own catalogue.</summary>
    internal static ParseDiagnostic Create(string code, int position, int length, DiagnosticArguments arguments) =>
        new(code, position, length, arguments);

    /// <summary>Creates a diagnostic with no arguments but its location.</summary>
    internal static ParseDiagnostic Create(string code, int position, int length) =>
        new(code, position, length, DiagnosticArguments.Empty);

    /// <summary>Returns a copy moved <paramref name="offset"/> characters to the right, for a parser that read a slice.</summary>
    internal ParseDiagnostic Shift(int offset) =>
        offset == 0 ? this : new ParseDiagnostic(Code, Position + offset, Length, Arguments) { _message = _message };

    /// <summary>Gets the message in the language of <paramref name="culture"/> (see <see cref="LocalizedText.Get"/>).</summary>
    /// <param name="culture">The culture, or <see langword="null"/> for the current user-interface culture.</param>
    /// <returns>The message.</returns>
    public string GetMessage(CultureInfo? culture) => Message.Get(culture);

    /// <inheritdoc />
    public bool Equals(ParseDiagnostic? other) =>
        other is not null &&
        string.Equals(Code, other.Code, StringComparison.Ordinal) &&
        Position == other.Position &&
        Length == other.Length &&
        Arguments.Equals(other.Arguments) &&
        Message.Equals(other.Message);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ParseDiagnostic);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(StringComparer.Ordinal.GetHashCode(Code), Position, Length, Arguments);

    /// <summary>Returns <c>CODE at P: message</c>, in the current user-interface language.</summary>
    /// <returns>A readable one-line description.</returns>
    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "{0} at {1}: {2}", Code, Position, Message);
}
