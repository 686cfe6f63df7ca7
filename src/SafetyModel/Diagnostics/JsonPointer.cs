using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace SafetyModel.Diagnostics;

/// <summary>
/// A JSON Pointer (RFC 6901): the path of a member in a JSON document, such as <c>/statedFigures/3/quantity</c>.
/// Validation issues point with it to the offending member <em>as it appears in the JSON contract</em>.
/// </summary>
/// <remarks>
/// <para>
/// A pointer is a sequence of reference tokens, each written after a <c>/</c>, with <c>~</c> escaped as <c>~0</c> and
/// <c>/</c> as <c>~1</c> (RFC 6901 §3–4). The empty pointer <c>""</c> is the whole document; it is also the
/// <see langword="default"/> value.
/// </para>
/// <para>Pointers compare by their text (ordinal).</para>
/// </remarks>
public readonly struct JsonPointer : IEquatable<JsonPointer>
{
    private readonly string? _text;

    private JsonPointer(string text) => _text = text;

    /// <summary>Gets the pointer to the whole document (<c>""</c>).</summary>
    public static JsonPointer Root => default;

    /// <summary>Gets a value indicating whether this is the pointer to the whole document.</summary>
    public bool IsRoot => string.IsNullOrEmpty(_text);

    /// <summary>Gets the reference tokens, unescaped, from the outermost in.</summary>
    public IReadOnlyList<string> Segments
    {
        get
        {
            if (IsRoot)
            {
                return Array.Empty<string>();
            }

            var parts = _text!.Substring(1).Split('/');
            for (var i = 0; i < parts.Length; i++)
            {
                parts[i] = Unescape(parts[i]);
            }

            return parts;
        }
    }

    /// <summary>Gets the pointer one level up; the root's parent is the root.</summary>
    public JsonPointer Parent
    {
        get
        {
            if (IsRoot)
            {
                return Root;
            }

            // A pointer that is not the root starts with '/', so the slash is found; at 0 the parent is "" (the root).
            return new JsonPointer(_text!.Substring(0, _text.LastIndexOf('/')));
        }
    }

    /// <summary>Returns the pointer to a member of the object this pointer designates.</summary>
    /// <param name="memberName">The member name, unescaped (as it appears in the JSON).</param>
    /// <returns>The longer pointer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="memberName"/> is <see langword="null"/>.</exception>
    public JsonPointer Append(string memberName)
    {
        if (memberName is null)
        {
            throw new ArgumentNullException(nameof(memberName));
        }

        return new JsonPointer((_text ?? string.Empty) + "/" + Escape(memberName));
    }

    /// <summary>Returns the pointer to an element of the array this pointer designates.</summary>
    /// <param name="index">The zero-based array index.</param>
    /// <returns>The longer pointer.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative.</exception>
    public JsonPointer Append(int index)
    {
        if (index < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, "An array index must not be negative.");
        }

        return new JsonPointer((_text ?? string.Empty) + "/" + index.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Returns the pointer to <paramref name="relative"/> taken inside what this pointer designates: <c>/document</c> + <c>/date</c> is <c>/document/date</c>.</summary>
    /// <param name="relative">The pointer relative to this one.</param>
    /// <returns>The longer pointer.</returns>
    public JsonPointer Append(JsonPointer relative) => new((_text ?? string.Empty) + relative._text);

    /// <summary>Returns whether this pointer is <paramref name="other"/> or designates something inside it.</summary>
    /// <param name="other">The possible ancestor.</param>
    /// <returns><see langword="true"/> if this pointer starts with every token of <paramref name="other"/>.</returns>
    public bool IsWithin(JsonPointer other)
    {
        if (other.IsRoot)
        {
            return true;
        }

        var text = _text ?? string.Empty;
        return text.StartsWith(other._text!, StringComparison.Ordinal) &&
               (text.Length == other._text!.Length || text[other._text.Length] == '/');
    }

    /// <summary>Parses a pointer in its RFC 6901 string form.</summary>
    /// <param name="text">The pointer, for example <c>/figures/0/quantity</c>; <c>""</c> for the root.</param>
    /// <returns>The parse result; never throws on bad input.</returns>
    public static ParseResult<JsonPointer> ParseDetailed(string? text)
    {
        if (text is null)
        {
            return ParseResult<JsonPointer>.ForError(ParseDiagnostic.Create(ParseCodes.NullText, 0, 0));
        }

        if (text.Length == 0)
        {
            return ParseResult<JsonPointer>.ForValue(Root);
        }

        if (text[0] != '/')
        {
            return ParseResult<JsonPointer>.ForError(
                ParseDiagnostic.Create(ParseCodes.JsonPointerMustStartWithSlash, 0, 1), text);
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '~' && (i + 1 >= text.Length || (text[i + 1] != '0' && text[i + 1] != '1')))
            {
                return ParseResult<JsonPointer>.ForError(
                    ParseDiagnostic.Create(ParseCodes.JsonPointerBadEscape, i, i + 1 < text.Length ? 2 : 1), text);
            }
        }

        return ParseResult<JsonPointer>.ForValue(new JsonPointer(text));
    }

    /// <summary>Parses a pointer in its RFC 6901 string form.</summary>
    /// <param name="text">The pointer text.</param>
    /// <returns>The pointer.</returns>
    /// <exception cref="ParseException">The text is not a JSON Pointer.</exception>
    public static JsonPointer Parse(string text) => ParseDetailed(text).Value;

    /// <summary>Parses a pointer in its RFC 6901 string form.</summary>
    /// <param name="text">The pointer text.</param>
    /// <param name="result">The pointer, or the root on failure.</param>
    /// <returns>Whether the text is a JSON Pointer.</returns>
    public static bool TryParse(string? text, out JsonPointer result) => ParseDetailed(text).TryGetValue(Root, out result);

    /// <inheritdoc />
    public bool Equals(JsonPointer other) => string.Equals(_text ?? string.Empty, other._text ?? string.Empty, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is JsonPointer other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(_text ?? string.Empty);

    /// <summary>Returns the RFC 6901 string form; <c>""</c> for the root.</summary>
    /// <returns>The pointer text.</returns>
    public override string ToString() => _text ?? string.Empty;

    /// <summary>Compares two pointers by text.</summary>
    /// <param name="left">The first pointer.</param>
    /// <param name="right">The second pointer.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(JsonPointer left, JsonPointer right) => left.Equals(right);

    /// <summary>Compares two pointers by text.</summary>
    /// <param name="left">The first pointer.</param>
    /// <param name="right">The second pointer.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(JsonPointer left, JsonPointer right) => !left.Equals(right);

    // '~' first, so that the '~' of a "~1" written for '/' is not escaped again (RFC 6901 §3). Replace returns the
    // token itself when there is nothing to replace.
    private static string Escape(string token) =>
        token.Replace("~", "~0").Replace("/", "~1");

    // "~1" first, so that "~01" reads as "~1" and not as "/" (RFC 6901 §4).
    private static string Unescape(string token) =>
        token.Replace("~1", "/").Replace("~0", "~");
}
