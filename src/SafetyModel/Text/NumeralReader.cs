using System;

namespace SafetyModel.Text;

/// <summary>What went wrong reading a numeral (internal: the public face is a <see cref="ParseDiagnostic"/>).</summary>
internal enum NumeralError
{
    None,
    Empty,
    UnexpectedCharacter,
    MisplacedUnit,
    TooLarge,
}

/// <summary>Normalisations made while reading a numeral, reported as notes by the detailed parsers.</summary>
[Flags]
internal enum NumeralNotes
{
    None = 0,
    FullWidthDigits = 1,
    Abbreviated = 2,
    Positional = 4,
    Chinese = 8,
}

/// <summary>
/// Reads a whole span as one number: Arabic digits (half- or full-width, with an optional decimal point),
/// Chinese numerals with place units up to 万亿, financial capitals, or a mix such as <c>3万</c>, <c>1.5万</c> or
/// <c>12亿3000万</c>. Strings of bare digits such as <c>二〇二二</c> are read digit by digit. Allocation-free.
/// </summary>
internal static class NumeralReader
{
    /// <summary>The largest value read: 9999万亿 + 9999亿… (just under 10^16).</summary>
    public const decimal Maximum = 9_999_999_999_999_999m;

    private const int MaximumArabicDigits = 17;

    public static NumeralError Read(ReadOnlySpan<char> s, out decimal value, out int errorPosition, out NumeralNotes notes)
    {
        value = 0;
        errorPosition = 0;
        notes = NumeralNotes.None;
        if (s.IsEmpty)
        {
            return NumeralError.Empty;
        }

        if (IsAllDigits(s))
        {
            return ReadPositional(s, out value, out errorPosition, ref notes);
        }

        decimal total = 0, tenThousands = 0, section = 0, pending = -1;
        decimal lastUnit = 1;
        var lastSmall = 10000;
        var tenThousandSeen = false;
        var afterZero = false;
        var pendingIsChinese = false;
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (NumeralCharacters.ArabicDigit(c) >= 0)
            {
                if (pending >= 0)
                {
                    errorPosition = i;
                    return NumeralError.UnexpectedCharacter;
                }

                var error = ReadArabic(s, ref i, out pending, ref notes);
                if (error != NumeralError.None)
                {
                    errorPosition = i;
                    return error;
                }

                pendingIsChinese = false;
                continue;
            }

            var digit = NumeralCharacters.ChineseDigit(c);
            if (digit == 0)
            {
                if (pending >= 0)
                {
                    errorPosition = i;
                    return NumeralError.UnexpectedCharacter;
                }

                afterZero = true;
                notes |= NumeralNotes.Chinese;
                i++;
                continue;
            }

            if (digit > 0)
            {
                if (pending >= 0)
                {
                    errorPosition = i;
                    return NumeralError.UnexpectedCharacter;
                }

                pending = digit;
                pendingIsChinese = true;
                notes |= NumeralNotes.Chinese;
                i++;
                continue;
            }

            var small = NumeralCharacters.SmallUnit(c);
            if (small != 0)
            {
                decimal coefficient;
                if (pending >= 0)
                {
                    coefficient = pending;
                }
                else if (small == 10 && (section == 0 || afterZero))
                {
                    coefficient = 1; // 十七, 一百零十
                }
                else
                {
                    errorPosition = i;
                    return NumeralError.MisplacedUnit;
                }

                if (small >= lastSmall)
                {
                    errorPosition = i;
                    return NumeralError.MisplacedUnit;
                }

                section += coefficient * small;
                lastSmall = small;
                lastUnit = small;
                pending = -1;
                afterZero = false;
                notes |= NumeralNotes.Chinese;
                i++;
                continue;
            }

            if (NumeralCharacters.IsTenThousand(c))
            {
                var group = section + (pending >= 0 ? pending : 0);
                if (tenThousandSeen || group == 0)
                {
                    errorPosition = i;
                    return NumeralError.MisplacedUnit;
                }

                tenThousands = group * 10_000m;
                tenThousandSeen = true;
                section = 0;
                pending = -1;
                lastSmall = 10000;
                lastUnit = 10_000m;
                afterZero = false;
                i++;
                continue;
            }

            if (NumeralCharacters.IsHundredMillion(c))
            {
                var group = tenThousands + section + (pending >= 0 ? pending : 0);
                if (total != 0 || group == 0 || group > 99_999_999m)
                {
                    errorPosition = i;
                    return group > 99_999_999m ? NumeralError.TooLarge : NumeralError.MisplacedUnit;
                }

                total = group * 100_000_000m;
                tenThousands = 0;
                tenThousandSeen = false;
                section = 0;
                pending = -1;
                lastSmall = 10000;
                lastUnit = 100_000_000m;
                afterZero = false;
                i++;
                continue;
            }

            errorPosition = i;
            return NumeralError.UnexpectedCharacter;
        }

        if (pending >= 0)
        {
            if (pendingIsChinese && !afterZero && lastUnit >= 100)
            {
                // 一万五 = 一万五千, 三百五 = 三百五十: a trailing digit takes the next lower place.
                pending *= lastUnit / 10;
                notes |= NumeralNotes.Abbreviated;
            }

            section += pending;
        }

        value = total + tenThousands + section;
        if (value > Maximum)
        {
            errorPosition = 0;
            return NumeralError.TooLarge;
        }

        return NumeralError.None;
    }

    private static bool IsAllDigits(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (NumeralCharacters.ArabicDigit(c) < 0 && NumeralCharacters.ChineseDigit(c) < 0 && !NumeralCharacters.IsDecimalPoint(c))
            {
                return false;
            }
        }

        return true;
    }

    private static NumeralError ReadPositional(ReadOnlySpan<char> s, out decimal value, out int errorPosition, ref NumeralNotes notes)
    {
        value = 0;
        errorPosition = 0;
        var anyChinese = false;
        foreach (var c in s)
        {
            anyChinese |= NumeralCharacters.ChineseDigit(c) >= 0;
        }

        if (!anyChinese)
        {
            var i = 0;
            var error = ReadArabic(s, ref i, out value, ref notes);
            errorPosition = i;
            return error != NumeralError.None ? error
                : i < s.Length ? NumeralError.UnexpectedCharacter
                : value > Maximum ? NumeralError.TooLarge
                : NumeralError.None;
        }

        if (s.Length > 1)
        {
            notes |= NumeralNotes.Positional;
        }

        notes |= NumeralNotes.Chinese;
        if (s.Length > MaximumArabicDigits)
        {
            return NumeralError.TooLarge;
        }

        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            var digit = NumeralCharacters.ChineseDigit(c);
            if (digit < 0)
            {
                digit = NumeralCharacters.ArabicDigit(c);
            }

            if (digit < 0 || (s.Length > 1 && c is '两' or '兩'))
            {
                errorPosition = i;
                return NumeralError.UnexpectedCharacter;
            }

            value = (value * 10) + digit;
        }

        return value > Maximum ? NumeralError.TooLarge : NumeralError.None;
    }

    /// <summary>Reads Arabic digits with at most one decimal point, starting at <paramref name="i"/>.</summary>
    private static NumeralError ReadArabic(ReadOnlySpan<char> s, ref int i, out decimal value, ref NumeralNotes notes)
    {
        value = 0;
        var start = i;
        var digits = 0;
        var scale = -1;
        while (i < s.Length)
        {
            var c = s[i];
            var digit = NumeralCharacters.ArabicDigit(c);
            if (digit >= 0)
            {
                if (NumeralCharacters.IsFullWidthDigit(c))
                {
                    notes |= NumeralNotes.FullWidthDigits;
                }

                if (++digits > MaximumArabicDigits)
                {
                    i = start;
                    return NumeralError.TooLarge;
                }

                value = (value * 10) + digit;
                if (scale >= 0)
                {
                    scale++;
                }
            }
            else if (NumeralCharacters.IsDecimalPoint(c) && scale < 0 && i > start && i + 1 < s.Length &&
                     NumeralCharacters.ArabicDigit(s[i + 1]) >= 0)
            {
                scale = 0;
            }
            else
            {
                break;
            }

            i++;
        }

        if (digits == 0)
        {
            return NumeralError.UnexpectedCharacter;
        }

        for (var k = 0; k < scale; k++)
        {
            value /= 10;
        }

        return NumeralError.None;
    }
}
