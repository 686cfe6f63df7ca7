using System;
using System.Globalization;
using SafetyModel.Contract;
using SafetyModel.Diagnostics;
using SafetyModel.Text;

namespace SafetyModel.Documents;

/// <summary>
/// 密级和保密期限, the secrecy marking of a document: a level, and the period written after ★ (<c>秘密★1年</c>,
/// GB/T 9704-2012 §7.2.2).
/// </summary>
/// <remarks>Immutable; equal when level and period are equal.</remarks>
[ContractObject]
public sealed partial class SecrecyMarking : IEquatable<SecrecyMarking>
{
    /// <summary>Creates a marking.</summary>
    /// <param name="level">The level.</param>
    /// <param name="years">The period in years, or <see langword="null"/> when none is written (the statute's default then applies).</param>
    /// <exception cref="ArgumentOutOfRangeException">The level is not defined, or the period is not positive.</exception>
    public SecrecyMarking(SecrecyLevel level, int? years = null)
    {
        if (level is not (SecrecyLevel.Secret or SecrecyLevel.Confidential or SecrecyLevel.TopSecret))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "Unknown secrecy level.");
        }

        if (years is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(years), years, "A secrecy period is at least one year.");
        }

        Level = level;
        Years = years;
    }

    /// <summary>Gets the level.</summary>
    [ContractMember("level", Required = true)]
    public SecrecyLevel Level { get; }

    /// <summary>Gets the period in years, or <see langword="null"/> when none is written.</summary>
    [ContractMember("years")]
    public int? Years { get; }

    /// <summary>Gets the default longest period of the level, in years (保密法 第十四条): 绝密 30, 机密 20, 秘密 10.</summary>
    public int DefaultMaximumYears => MaximumYears(Level);

    /// <summary>Gets the default longest period of a level, in years (保密法 第十四条): 绝密 30, 机密 20, 秘密 10.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The number of years.</returns>
    public static int MaximumYears(SecrecyLevel level) => level switch
    {
        SecrecyLevel.TopSecret => 30,
        SecrecyLevel.Confidential => 20,
        _ => 10,
    };

    /// <summary>Gets the Chinese name of a level: 秘密, 机密 or 绝密.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The Chinese name.</returns>
    public static string ChineseName(SecrecyLevel level) => level switch
    {
        SecrecyLevel.TopSecret => "绝密",
        SecrecyLevel.Confidential => "机密",
        _ => "秘密",
    };

    /// <summary>Reads a marking: <c>秘密</c>, <c>秘密★1年</c>, <c>机密★20年</c>, <c>绝密</c> (☆ and spaces are accepted with a note).</summary>
    /// <param name="text">The text, or <see langword="null"/>.</param>
    /// <returns>The result; never throws on bad input.</returns>
    public static ParseResult<SecrecyMarking> ParseDetailed(string? text)
    {
        if (text is null)
        {
            return ParseResult<SecrecyMarking>.ForError(ParseDiagnostic.Create(ParseCodes.NullText, 0, 0));
        }

        var s = TextSpans.Trim(text.AsSpan(), out var offset);
        if (s.Length < 2 || s.Length > 16)
        {
            return ParseResult<SecrecyMarking>.ForError(
                s.IsEmpty ? ParseDiagnostic.Create(ParseCodes.EmptyText, 0, text.Length) : UnknownLevel(s, offset), text);
        }

        var head = s.Slice(0, 2).ToString();
        SecrecyLevel level;
        switch (head)
        {
            case "秘密": level = SecrecyLevel.Secret; break;
            case "机密": level = SecrecyLevel.Confidential; break;
            case "绝密": level = SecrecyLevel.TopSecret; break;
            default: return ParseResult<SecrecyMarking>.ForError(UnknownLevel(s, offset), text);
        }

        var rest = TextSpans.Trim(s.Slice(2), out _);
        if (rest.IsEmpty)
        {
            return ParseResult<SecrecyMarking>.ForValue(new SecrecyMarking(level), Array.Empty<ParseDiagnostic>(), text);
        }

        if (rest[0] is not ('★' or '☆') || rest.Length < 3 || rest[rest.Length - 1] != '年' ||
            !ChineseNumerals.TryParse(rest.Slice(1, rest.Length - 2), out var years) || years is < 1 or > 100)
        {
            return ParseResult<SecrecyMarking>.ForError(
                ParseDiagnostic.Create(ParseCodes.BadSecrecyPeriod, offset + 2, s.Length - 2, DiagnosticArguments.Create(("text", rest.ToString()))), text);
        }

        var notes = rest[0] == '☆' ? new[] { ParseDiagnostic.Create(ParseCodes.HollowStar, offset, s.Length) } : Array.Empty<ParseDiagnostic>();
        return ParseResult<SecrecyMarking>.ForValue(new SecrecyMarking(level, (int)years), notes, text);
    }

    /// <summary>Reads a marking (see <see cref="ParseDetailed"/>).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The marking.</returns>
    /// <exception cref="ParseException">The text is not a secrecy marking.</exception>
    public static SecrecyMarking Parse(string text) => ParseDetailed(text).Value;

    /// <summary>Returns the marking as GB/T 9704-2012 writes it: <c>秘密★1年</c>, or <c>秘密</c> without a period.</summary>
    /// <returns>The marking.</returns>
    public override string ToString() =>
        Years is { } years ? ChineseName(Level) + "★" + years.ToString(CultureInfo.InvariantCulture) + "年" : ChineseName(Level);

    private static ParseDiagnostic UnknownLevel(ReadOnlySpan<char> s, int offset) =>
        ParseDiagnostic.Create(ParseCodes.UnknownSecrecyLevel, offset, Math.Min(2, s.Length), DiagnosticArguments.Create(("text", s.ToString())));
}
