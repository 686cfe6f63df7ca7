using System;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using SafetyModel.Diagnostics;
using SafetyModel.Text;

namespace SafetyModel.Primitives;

/// <summary>
/// 统一社会信用代码 (GB 32100-2015), the 18-character code of an enterprise or organisation: registration authority,
/// organisation type, the 6-digit division of registration, the 9-character organisation code, and a check character
/// computed modulo 31 over the alphabet <c>0-9 A-H J-N P-R T-U W-Y</c> (no I, O, S, V, Z).
/// </summary>
/// <remarks>A small immutable value; equal when the codes are equal. The default value is the empty code.</remarks>
public readonly struct UnifiedSocialCreditCode : IEquatable<UnifiedSocialCreditCode>
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

    private readonly string? _value;

    private UnifiedSocialCreditCode(string value) => _value = value;

    /// <summary>Gets the 18 characters; empty for the default value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Gets the registration authority code (登记管理部门代码), the first character: 9 for 市场监管 (enterprises).</summary>
    public char RegistrationAuthority => _value is null ? '\0' : _value[0];

    /// <summary>Gets the organisation type code (机构类别代码), the second character.</summary>
    public char OrganisationType => _value is null ? '\0' : _value[1];

    /// <summary>Gets the six digits of the division of registration (登记管理机关行政区划码).</summary>
    public string DivisionDigits => _value is null ? string.Empty : _value.Substring(2, 6);

    /// <summary>Gets the 9-character organisation code (主体标识码).</summary>
    public string OrganisationCode => _value is null ? string.Empty : _value.Substring(8, 9);

    /// <summary>Computes the check character of the first 17 characters.</summary>
    /// <param name="first17">The first 17 characters, from the code's alphabet.</param>
    /// <returns>The check character.</returns>
    /// <exception cref="ArgumentException">The text is not 17 characters of the alphabet.</exception>
    public static char CheckCharacter(string first17)
    {
        if (first17 is null || first17.Length != 17 || first17.Any(c => Alphabet.IndexOf(c) < 0))
        {
            throw new ArgumentException("The check character is computed over 17 characters of 0-9 A-H J-N P-R T-U W-Y.", nameof(first17));
        }

        return Check(first17.AsSpan());
    }

    /// <summary>Reads a code: 18 characters (lower-case letters are read as upper-case, with a note) with a valid check character.</summary>
    /// <param name="text">The text, or <see langword="null"/>.</param>
    /// <returns>The result; a failure names the character or the check that is wrong.</returns>
    public static ParseResult<UnifiedSocialCreditCode> ParseDetailed(string? text)
    {
        if (text is null)
        {
            return ParseResult<UnifiedSocialCreditCode>.ForError(ParseDiagnostic.Create(ParseCodes.NullText, 0, 0));
        }

        var s = TextSpans.Trim(text.AsSpan(), out var offset);
        if (s.Length != 18)
        {
            return ParseResult<UnifiedSocialCreditCode>.ForError(
                ParseDiagnostic.Create(ParseCodes.CreditCodeLength, offset, s.Length, DiagnosticArguments.Create(("length", s.Length))), text);
        }

        var chars = new char[18];
        var lowered = false;
        for (var i = 0; i < 18; i++)
        {
            var c = s[i];
            if (c is >= 'a' and <= 'z')
            {
                c = (char)(c - 'a' + 'A');
                lowered = true;
            }

            if (Alphabet.IndexOf(c) < 0)
            {
                return ParseResult<UnifiedSocialCreditCode>.ForError(ChineseNumerals.UnexpectedCharacter(s, i).Shift(offset), text);
            }

            chars[i] = c;
        }

        var expected = Check(chars.AsSpan(0, 17));
        if (chars[17] != expected)
        {
            return ParseResult<UnifiedSocialCreditCode>.ForError(
                ParseDiagnostic.Create(ParseCodes.CreditCodeCheck, offset + 17, 1, DiagnosticArguments.Create(("found", chars[17].ToString()), ("expected", expected.ToString()))), text);
        }

        var notes = lowered ? new[] { ParseDiagnostic.Create(ParseCodes.CreditCodeLowerCase, offset, 18) } : Array.Empty<ParseDiagnostic>();
        return ParseResult<UnifiedSocialCreditCode>.ForValue(new UnifiedSocialCreditCode(new string(chars)), notes, text);
    }

    /// <summary>Reads a code (see <see cref="ParseDetailed"/>).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ParseException">The text is not a valid code.</exception>
    public static UnifiedSocialCreditCode Parse(string text) => ParseDetailed(text).Value;

    /// <summary>Reads a code (see <see cref="ParseDetailed"/>).</summary>
    /// <param name="text">The text, or <see langword="null"/>.</param>
    /// <param name="result">The code, or the default on failure.</param>
    /// <returns>Whether the text is a valid code.</returns>
    public static bool TryParse(string? text, out UnifiedSocialCreditCode result) => ParseDetailed(text).TryGetValue(default, out result);

    /// <summary>Returns the 18 characters.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Value;

    /// <inheritdoc />
    public bool Equals(UnifiedSocialCreditCode other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is UnifiedSocialCreditCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Compares two codes.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(UnifiedSocialCreditCode left, UnifiedSocialCreditCode right) => left.Equals(right);

    /// <summary>Compares two codes.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(UnifiedSocialCreditCode left, UnifiedSocialCreditCode right) => !left.Equals(right);

    private static char Check(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += Alphabet.IndexOf(first17[i]) * Weights[i];
        }

        var check = 31 - (sum % 31);
        return Alphabet[check == 31 ? 0 : check];
    }
}
