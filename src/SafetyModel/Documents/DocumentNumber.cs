using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using SafetyModel.Diagnostics;
using SafetyModel.Text;

namespace SafetyModel.Documents;

/// <summary>
/// 发文字号, the number of an official document: the issuing organ's code (机关代字), the year and the serial, as in
/// <c>国发〔2018〕1号</c> or <c>乌兰镇政函〔2022〕297号</c> (GB/T 9704-2012 §7.2.4).
/// </summary>
/// <remarks>
/// <para>
/// The canonical form puts the four-digit year in the hexagonal brackets U+3014 <c>〔</c> and U+3015 <c>〕</c> —
/// never <c>[ ]</c>, <c>( )</c>, <c>【】</c> or <c>［］</c> — and the serial in Arabic digits without leading zeros and
/// without 第, ending in 号. Joint documents carry only the lead organ's number.
/// </para>
/// <para>
/// <see cref="ParseStrict(string)"/> accepts only the canonical form; <see cref="ParseLenient(string)"/> also accepts
/// the real-world variants (other brackets, full-width digits, <c>第297号</c>, <c>0297号</c>, <c>〔1992〕字第36号</c>,
/// spaces) and returns the canonical value with one note per normalisation.
/// </para>
/// <para>
/// Orders (令) and notices (公告) are numbered on without a year, <c>某某部令第15号</c>: such a number is
/// <see cref="DocumentNumberKind.Sequential"/>, its <see cref="Year"/> 0 and its issuer code ends in 令 or 公告 (or is
/// empty: <c>第15号</c> with the issuer named elsewhere). Its strict form is <c>{issuer}第{serial}号</c>, 第 required, the
/// serial in Arabic digits without leading zeros — the library's own rule, since GB/T 9704 does not cover it.
/// </para>
/// <para>
/// Strict reading refuses traditional 號 and invisible or bidirectional-control characters (U+200B–U+200F,
/// U+202A–U+202E, U+2060–U+2064, U+FEFF, U+00AD); lenient reading reads 號 as 号 and removes the invisible
/// characters, noting each. The issuer code is kept as written (<c>穗府辦</c> stays 穗府辦).
/// </para>
/// <para>A small immutable value; equality compares the kind and the three components.</para>
/// </remarks>
public readonly struct DocumentNumber : IEquatable<DocumentNumber>
{
    private readonly string? _issuerCode;

    /// <summary>Creates a document number from its components.</summary>
    /// <param name="issuerCode">The issuing organ's code (机关代字), such as <c>乌兰镇政函</c>.</param>
    /// <param name="year">The year, four digits (1000–9999).</param>
    /// <param name="serial">The serial number, from 1.</param>
    /// <exception cref="ArgumentNullException"><paramref name="issuerCode"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The issuer code is empty, or contains a bracket, a digit or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The year or the serial is out of range.</exception>
    public DocumentNumber(string issuerCode, int year, int serial)
    {
        if (issuerCode is null)
        {
            throw new ArgumentNullException(nameof(issuerCode));
        }

        if (DocumentNumberReader.InvalidIssuerCharacter(issuerCode.AsSpan()) is var bad && bad >= 0)
        {
            throw new ArgumentException(
                issuerCode.Length == 0 ? "The issuer code must not be empty." : $"The issuer code '{issuerCode}' contains '{issuerCode[bad]}', which cannot stand in a 机关代字.",
                nameof(issuerCode));
        }

        if (year is < 1000 or > 9999)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "The year has four digits.");
        }

        if (serial < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(serial), serial, "The serial starts at 1.");
        }

        _issuerCode = issuerCode;
        Year = year;
        Serial = serial;
    }

    internal DocumentNumber(string issuerCode, int year, int serial, bool trusted)
    {
        _issuerCode = issuerCode;
        Year = year;
        Serial = serial;
        Kind = year == 0 ? DocumentNumberKind.Sequential : DocumentNumberKind.Dated;
    }

    /// <summary>Creates the number of an order (令) or notice (公告), which has no year: <c>某某部令第15号</c>.</summary>
    /// <param name="issuerCode">What stands before 第, ending in 令 or 公告 (<c>某某部令</c>, <c>某市人大常委会公告</c>), or empty.</param>
    /// <param name="serial">The serial number, from 1.</param>
    /// <returns>The <see cref="DocumentNumberKind.Sequential"/> number.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="issuerCode"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The issuer code does not end in 令 or 公告, or contains a bracket, a digit, white space or an invisible character.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The serial is below 1.</exception>
    public static DocumentNumber Sequential(string issuerCode, int serial)
    {
        if (issuerCode is null)
        {
            throw new ArgumentNullException(nameof(issuerCode));
        }

        if (issuerCode.Length > 0 && DocumentNumberReader.InvalidIssuerCharacter(issuerCode.AsSpan()) is var bad && bad >= 0)
        {
            throw new ArgumentException($"The issuer code '{issuerCode}' contains '{issuerCode[bad]}', which cannot stand in it.", nameof(issuerCode));
        }

        if (issuerCode.Length > 0 && !DocumentNumberReader.EndsWithOrderOrNotice(issuerCode.AsSpan()))
        {
            throw new ArgumentException($"The issuer code '{issuerCode}' of an order or notice number ends in 令 or 公告.", nameof(issuerCode));
        }

        if (serial < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(serial), serial, "The serial starts at 1.");
        }

        return new DocumentNumber(issuerCode, 0, serial, trusted: true);
    }

    /// <summary>Gets which numbering the number follows: a dated 发文字号 or the 序号 of a 令 or 公告.</summary>
    public DocumentNumberKind Kind { get; }

    /// <summary>Gets the issuing organ's code (机关代字), such as <c>乌兰镇政函</c>; empty for the default value.</summary>
    public string IssuerCode => _issuerCode ?? string.Empty;

    /// <summary>Gets the year; 0 for a <see cref="DocumentNumberKind.Sequential"/> number.</summary>
    public int Year { get; }

    /// <summary>Gets the serial number.</summary>
    public int Serial { get; }

    /// <summary>Reads a number in the canonical GB/T 9704-2012 form only.</summary>
    /// <param name="text">The text, or <see langword="null"/>.</param>
    /// <returns>The result; never throws on bad input. A failure names the rule broken and where.</returns>
    public static ParseResult<DocumentNumber> ParseStrict(string? text) => DocumentNumberReader.Parse(text, lenient: false);

    /// <summary>Reads a number in the canonical form or any common variant, noting each normalisation.</summary>
    /// <param name="text">The text, or <see langword="null"/>.</param>
    /// <returns>The result; never throws on bad input.</returns>
    public static ParseResult<DocumentNumber> ParseLenient(string? text) => DocumentNumberReader.Parse(text, lenient: true);

    /// <summary>Reads a number in the canonical form only, without allocating more than the issuer code.</summary>
    /// <param name="text">The text.</param>
    /// <param name="result">The number, or the default on failure.</param>
    /// <returns>Whether the text is a canonical document number.</returns>
    public static bool TryParseStrict(ReadOnlySpan<char> text, out DocumentNumber result) => DocumentNumberReader.TryParseStrict(text, out result);

    /// <summary>Reads a number in the canonical form only.</summary>
    /// <param name="text">The text, or <see langword="null"/>.</param>
    /// <param name="result">The number, or the default on failure.</param>
    /// <returns>Whether the text is a canonical document number.</returns>
    public static bool TryParse(string? text, out DocumentNumber result)
    {
        result = default;
        return text is not null && TryParseStrict(text.AsSpan(), out result);
    }

    /// <summary>Reads a number in the canonical form only.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The number.</returns>
    /// <exception cref="ParseException">The text is not a canonical document number; the exception says why and where.</exception>
    public static DocumentNumber Parse(string text) => ParseStrict(text).Value;

    /// <summary>Returns the canonical form, such as <c>乌兰镇政函〔2022〕297号</c> or <c>某某部令第15号</c>; empty for the default value.</summary>
    /// <returns>The canonical form.</returns>
    public override string ToString() =>
        _issuerCode is null ? string.Empty
        : Kind == DocumentNumberKind.Sequential ? _issuerCode + "第" + Serial.ToString(CultureInfo.InvariantCulture) + "号"
        : _issuerCode + "〔" + Year.ToString(CultureInfo.InvariantCulture) + "〕" + Serial.ToString(CultureInfo.InvariantCulture) + "号";

    /// <inheritdoc />
    public bool Equals(DocumentNumber other) =>
        Kind == other.Kind && string.Equals(IssuerCode, other.IssuerCode, StringComparison.Ordinal) && Year == other.Year && Serial == other.Serial;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is DocumentNumber other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, StringComparer.Ordinal.GetHashCode(IssuerCode), Year, Serial);

    /// <summary>Compares two numbers by their components.</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(DocumentNumber left, DocumentNumber right) => left.Equals(right);

    /// <summary>Compares two numbers by their components.</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(DocumentNumber left, DocumentNumber right) => !left.Equals(right);
}
