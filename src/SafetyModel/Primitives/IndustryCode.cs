using System;
using System.Diagnostics.CodeAnalysis;

namespace SafetyModel.Primitives;

/// <summary>
/// A unit's industry in GB/T 4754-2017 (<see cref="IndustryClassification"/>): the 门类 letter, then optionally the
/// 大类 two digits and the 中类 and 小类 digits that follow — <c>C</c>, <c>C26</c>, <c>C261</c>, <c>C2614</c>; the digits
/// alone (<c>2614</c>) are read too, the letter then being the 大类's. The 门类 and 大类 must be the standard's and the
/// 大类 must belong to the 门类; the 中类 and 小类 digits are an open code, kept as given (not shipped).
/// </summary>
/// <remarks>A small immutable value; equal when the codes are equal. The default value is the empty code.</remarks>
public readonly struct IndustryCode : IEquatable<IndustryCode>
{
    private readonly string? _value;

    private IndustryCode(string value, IndustryCategory section, IndustryCategory? division)
    {
        _value = value;
        Section = section;
        Division = division;
    }

    /// <summary>Gets the code with its letter, such as <c>C2614</c>; empty for the default value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Gets the 门类 (section), or <see langword="null"/> for the default value.</summary>
    public IndustryCategory? Section { get; }

    /// <summary>Gets the 大类 (division), or <see langword="null"/> when the code names only the 门类.</summary>
    public IndustryCategory? Division { get; }

    /// <summary>Gets the 中类 (group) digits, such as <c>261</c>, or <see langword="null"/> when the code stops above it.</summary>
    public string? Group => _value is { Length: >= 4 } v ? v.Substring(1, 3) : null;

    /// <summary>Gets the 小类 (class) digits, such as <c>2614</c>, or <see langword="null"/> when the code stops above it.</summary>
    public string? Class => _value is { Length: 5 } v ? v.Substring(1, 4) : null;

    /// <summary>Reads a code.</summary>
    /// <param name="text">The text: a 门类 letter (upper-case) followed by 0, 2, 3 or 4 digits, or 2 to 4 digits alone.</param>
    /// <param name="code">The code, or the default when the text is not one.</param>
    /// <returns>Whether the text is a code whose 门类 and 大类 are the standard's and agree.</returns>
    public static bool TryParse(string? text, out IndustryCode code) => Read(text, out code) == IndustryCodeProblem.None;

    /// <summary>Reads a code (see <see cref="TryParse"/>).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The code.</returns>
    /// <exception cref="FormatException">The text is not a GB/T 4754-2017 code.</exception>
    public static IndustryCode Parse(string text) => Read(text, out var code) switch
    {
        IndustryCodeProblem.None => code,
        IndustryCodeProblem.DivisionOutsideSection => throw new FormatException($"In '{text}' the 大类 is not one of the 门类's ({IndustryClassification.Edition})."),
        _ => throw new FormatException($"'{text}' is not a {IndustryClassification.Edition} industry code such as C, C26 or C2614."),
    };

    /// <summary>Returns the code.</summary>
    /// <returns>The code, such as <c>C2614</c>.</returns>
    public override string ToString() => Value;

    /// <inheritdoc />
    public bool Equals(IndustryCode other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is IndustryCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Compares two codes.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(IndustryCode left, IndustryCode right) => left.Equals(right);

    /// <summary>Compares two codes.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(IndustryCode left, IndustryCode right) => !left.Equals(right);

    /// <summary>Reads a code and says what is wrong with it, for validation.</summary>
    internal static IndustryCodeProblem Read(string? text, out IndustryCode code)
    {
        code = default;
        if (text is null || text.Length == 0)
        {
            return IndustryCodeProblem.Malformed;
        }

        var letter = text[0] is >= 'A' and <= 'Z' ? text.Substring(0, 1) : null;
        var digits = letter is null ? text : text.Substring(1);
        if (digits.Length is 1 or > 4 || (letter is null && digits.Length < 2))
        {
            return IndustryCodeProblem.Malformed;
        }

        foreach (var c in digits)
        {
            if (c is < '0' or > '9')
            {
                return IndustryCodeProblem.Malformed;
            }
        }

        IndustryCategory? division = null;
        if (digits.Length >= 2 && !IndustryClassification.TryGetDivision(digits.Substring(0, 2), out division))
        {
            return IndustryCodeProblem.Malformed;
        }

        IndustryCategory? section;
        if (letter is null)
        {
            section = division!.Section;
        }
        else if (!IndustryClassification.TryGetSection(letter, out section))
        {
            return IndustryCodeProblem.Malformed;
        }
        else if (division is not null && !division.Section.Equals(section))
        {
            return IndustryCodeProblem.DivisionOutsideSection;
        }

        code = new IndustryCode(section.Code + digits, section, division);
        return IndustryCodeProblem.None;
    }
}

/// <summary>What is wrong with the text of an industry code.</summary>
internal enum IndustryCodeProblem
{
    /// <summary>Nothing.</summary>
    None,

    /// <summary>Not a letter and digits of the form, or a 门类 or 大类 the standard does not have.</summary>
    Malformed,

    /// <summary>A 大类 of another 门类 than the letter's.</summary>
    DivisionOutsideSection,
}
