using System;
using System.Collections.Generic;
using SafetyModel.Diagnostics;
using SafetyModel.Text;

namespace SafetyModel.Primitives;

/// <summary>Reads figures such as <c>500余份</c>, <c>约500人</c>, <c>三四个</c>, <c>3～5个</c>, <c>10余万元</c>.</summary>
internal static class QuantityParser
{
    /// <summary>A figure is short; longer text is refused before any work is done on it.</summary>
    internal const int MaximumLength = 256;

    /// <summary>The qualifier words before a number (longest first where one ends another), for this parser and for extraction, which finds a figure's extent in prose.</summary>
    internal static readonly (string Text, QuantityQualifier Qualifier)[] Prefixes =
    {
        ("大约", QuantityQualifier.About), ("大概", QuantityQualifier.About), ("约", QuantityQualifier.About),
        ("将近", QuantityQualifier.Nearly), ("接近", QuantityQualifier.Nearly), ("近", QuantityQualifier.Nearly),
        ("不足", QuantityQualifier.LessThan), ("不到", QuantityQualifier.LessThan),
    };

    /// <summary>The qualifier words after a figure's unit, for this parser and for extraction.</summary>
    internal static readonly (string Text, QuantityQualifier Qualifier)[] Suffixes =
    {
        ("左右", QuantityQualifier.About), ("上下", QuantityQualifier.About),
        ("以上", QuantityQualifier.AtOrAbove), ("以下", QuantityQualifier.AtOrBelow),
    };

    public static ParseResult<Quantity> Parse(string? text, QuantityParseOptions options)
    {
        if (text is null)
        {
            return ParseResult<Quantity>.ForError(ParseDiagnostic.Create(ParseCodes.NullText, 0, 0));
        }

        if (text.Length > MaximumLength)
        {
            return Fail(ParseDiagnostic.Create(ParseCodes.TextTooLong, 0, text.Length, DiagnosticArguments.Create(("length", text.Length), ("maximum", MaximumLength))));
        }

        var t = TextSpans.Trim(text.AsSpan(), out var offset);
        if (t.IsEmpty)
        {
            return Fail(ParseDiagnostic.Create(ParseCodes.EmptyText, 0, text.Length));
        }

        var notes = new List<ParseDiagnostic>();
        var i = 0;
        var end = t.Length;
        QuantityQualifier? prefix = null;
        foreach (var (word, qualifier) in Prefixes)
        {
            WorkMeter.Step();
            if (t.StartsWith(word.AsSpan(), StringComparison.Ordinal))
            {
                prefix = qualifier;
                i = word.Length;
                break;
            }
        }

        QuantityQualifier? suffix = null;
        foreach (var (word, qualifier) in Suffixes)
        {
            WorkMeter.Step();
            if (end - i > word.Length && t.Slice(0, end).EndsWith(word.AsSpan(), StringComparison.Ordinal))
            {
                suffix = qualifier;
                end -= word.Length;
                break;
            }
        }

        i = SkipSpaces(t, i, end, offset, notes);
        var numberStart = i;
        while (i < end && (NumeralCharacters.IsNumeral(t[i]) || NumeralCharacters.IsDecimalPoint(t[i]) ||
                           (IsRangeSeparator(t[i]) && i > numberStart && i + 1 < end && NumeralCharacters.IsNumeral(t[i + 1]))))
        {
            WorkMeter.Step();
            i++;
        }

        var numberEnd = i;
        if (numberEnd == numberStart)
        {
            return Fail(ParseDiagnostic.Create(ParseCodes.MissingNumber, offset + numberStart, 0));
        }

        var moreThan = false;
        var multiplier = 1m;
        if (i < end && t[i] is '余' or '多')
        {
            moreThan = true;
            i++;
            while (i < end && (NumeralCharacters.IsTenThousand(t[i]) || NumeralCharacters.IsHundredMillion(t[i])) && !IsKnownUnit(t.Slice(i, end - i)))
            {
                WorkMeter.Step();
                var factor = NumeralCharacters.IsTenThousand(t[i]) ? 10_000m : 100_000_000m;
                if (multiplier > NumeralReader.Maximum / factor)
                {
                    // 6多亿亿亿亿: more 万 and 亿 than any number that is read.
                    return Fail(TooLarge(offset + numberStart, i + 1 - numberStart));
                }

                multiplier *= factor;
                i++;
            }
        }
        else if (numberEnd - numberStart > 1 &&
                 (NumeralCharacters.IsTenThousand(t[numberEnd - 1]) || NumeralCharacters.IsHundredMillion(t[numberEnd - 1])) &&
                 IsKnownUnit(t.Slice(numberEnd - 1, end - numberEnd + 1)))
        {
            // 500万元: the unit 万元 takes the 万.
            numberEnd--;
            i = numberEnd;
        }

        i = SkipSpaces(t, i, end, offset, notes);
        var unitText = TextSpans.Trim(t.Slice(i, end - i), out var unitOffset);
        for (var k = 0; k < unitText.Length; k++)
        {
            WorkMeter.Step();
            // A unit holds no digit and never begins with 余/多 (misplaced) or a range separator (三至份: the range's end is missing).
            if (NumeralCharacters.ArabicDigit(unitText[k]) >= 0 || (k == 0 && (unitText[k] is '余' or '多' || IsRangeSeparator(unitText[k]))) ||
                !TextSpans.IsWellFormedAt(unitText, k))
            {
                return Fail(ChineseNumerals.UnexpectedCharacter(t, i + unitOffset + k).Shift(offset));
            }
        }

        var number = t.Slice(numberStart, numberEnd - numberStart);
        if (!ReadNumber(number, out var low, out var high, out var numeralNotes, out var error, out var errorPosition))
        {
            return Fail(ChineseNumerals.Diagnose(error, number, errorPosition).Shift(offset + numberStart));
        }

        if ((numeralNotes & NumeralNotes.Positional) != 0)
        {
            // 五三 is a digit-by-digit identifier (like 二〇二二), not a count.
            return Fail(ChineseNumerals.UnexpectedCharacter(number, 1).Shift(offset + numberStart));
        }

        notes.AddRange(ChineseNumerals.Notes(numeralNotes, offset + numberStart, number.Length, low));

        var qualifiers = (moreThan ? 1 : 0) + (high is null ? 0 : 1) + (prefix is null && suffix is null ? 0 : 1);
        if (qualifiers > 1 || (prefix is { } p && suffix is { } s && p != s))
        {
            return Fail(ParseDiagnostic.Create(ParseCodes.ConflictingQualifiers, offset, t.Length));
        }

        var unit = unitText.IsEmpty ? default : QuantityUnit.FromCode(unitText.ToString());
        if (multiplier > 1 && low > NumeralReader.Maximum / multiplier)
        {
            return Fail(TooLarge(offset + numberStart, i - numberStart));
        }

        low *= multiplier;
        Quantity quantity;
        var qualifierOf = prefix ?? suffix;
        if (high is { } h)
        {
            if (h <= low)
            {
                return Fail(ParseDiagnostic.Create(ParseCodes.InvalidRange, offset + numberStart, number.Length, DiagnosticArguments.Create(("low", low), ("high", h))));
            }

            quantity = Quantity.Range(low, h, unit);
        }
        else if (moreThan || qualifierOf is QuantityQualifier.Nearly or QuantityQualifier.LessThan ||
                 (qualifierOf == QuantityQualifier.AtOrBelow && options.Thresholds != ThresholdConvention.Inclusive && low <= 0))
        {
            if (low <= 0)
            {
                return Fail(ParseDiagnostic.Create(ParseCodes.QualifierNeedsPositiveNumber, offset + numberStart, number.Length));
            }

            // 以下 reaches this branch only with 0 under a convention that excludes it, refused above.
            quantity = moreThan ? Quantity.MoreThan(low, unit)
                : qualifierOf == QuantityQualifier.Nearly ? Quantity.Nearly(low, unit, options.AboutTolerance)
                : Quantity.LessThan(low, unit);
            if (moreThan && quantity.Upper is null)
            {
                notes.Add(ParseDiagnostic.Create(
                    ParseCodes.IrregularApproximation, offset + numberStart, number.Length + 1, DiagnosticArguments.Create(("stated", low))));
            }
        }
        else
        {
            quantity = qualifierOf switch
            {
                QuantityQualifier.About => Quantity.About(low, unit, options.AboutTolerance),
                QuantityQualifier.AtOrAbove => Quantity.AtOrAbove(low, unit, options.Thresholds),
                QuantityQualifier.AtOrBelow => Quantity.AtOrBelow(low, unit, options.Thresholds),
                _ => Quantity.Exact(low, unit),
            };
        }

        return ParseResult<Quantity>.ForValue(quantity.WithRawText(text), notes, text);

        ParseResult<Quantity> Fail(ParseDiagnostic error) => ParseResult<Quantity>.ForError(error, text);
    }

    private static int SkipSpaces(ReadOnlySpan<char> t, int i, int end, int offset, List<ParseDiagnostic> notes)
    {
        var start = i;
        while (i < end && char.IsWhiteSpace(t[i]))
        {
            WorkMeter.Step();
            i++;
        }

        // The text is trimmed, so spaces skipped here stand between two parts (约 500人, 500 人, 500 以上).
        if (i > start)
        {
            notes.Add(ParseDiagnostic.Create(ParseCodes.SpacesIgnored, offset + start, i - start));
        }

        return i;
    }

    private static bool IsKnownUnit(ReadOnlySpan<char> text)
    {
        var trimmed = TextSpans.Trim(text, out _);
        return trimmed.Length is > 0 and <= 4 && QuantityUnit.TryFromName(trimmed.ToString(), out var unit) && unit.Code == trimmed.ToString();
    }

    private static bool IsRangeSeparator(char c) => c is '-' or '－' or '～' or '~' or '〜' or '—' or '–' or '至' or '到';

    /// <summary>
    /// Reads the number part: one number, or a range (<c>3～5</c>, <c>3至5万</c>, <c>三四</c>, <c>十七八</c>, <c>二三十</c>).
    /// </summary>
    private static bool ReadNumber(
        ReadOnlySpan<char> number, out decimal low, out decimal? high, out NumeralNotes notes, out NumeralError error, out int errorPosition)
    {
        high = null;
        for (var k = 1; k < number.Length - 1; k++)
        {
            WorkMeter.Step();
            if (!IsRangeSeparator(number[k]))
            {
                continue;
            }

            var left = number.Slice(0, k);
            var right = number.Slice(k + 1);
            if (!Read(left, 0, out low, out notes, out error, out errorPosition) ||
                !Read(right, k + 1, out var upper, out var upperNotes, out error, out errorPosition))
            {
                return false;
            }

            notes |= upperNotes;
            var last = right[right.Length - 1];
            if ((NumeralCharacters.IsTenThousand(last) || NumeralCharacters.IsHundredMillion(last)) && !ContainsLargeUnit(left))
            {
                low *= NumeralCharacters.IsTenThousand(last) ? 10_000m : 100_000_000m; // 3至5万: 3万 to 5万
            }

            high = upper;
            return true;
        }

        var pair = AdjacentDigitPair(number);
        if (pair < 0)
        {
            return Read(number, 0, out low, out notes, out error, out errorPosition);
        }

        // 十七八: read 十七 and 十八.
        Span<char> buffer = stackalloc char[number.Length - 1];
        number.Slice(0, pair + 1).CopyTo(buffer);
        number.Slice(pair + 2).CopyTo(buffer.Slice(pair + 1));
        if (!Read(buffer, 0, out low, out notes, out error, out errorPosition))
        {
            return false;
        }

        number.Slice(pair + 1).CopyTo(buffer.Slice(pair)); // the buffer already begins with number[..pair]
        if (!Read(buffer, 0, out var high2, out _, out error, out errorPosition))
        {
            return false;
        }

        high = high2;
        return true;
    }

    private static bool Read(ReadOnlySpan<char> text, int offset, out decimal value, out NumeralNotes notes, out NumeralError error, out int errorPosition)
    {
        error = NumeralReader.Read(text, out value, out var position, out notes);
        errorPosition = offset + position;
        return error == NumeralError.None;
    }

    private static bool ContainsLargeUnit(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            WorkMeter.Step();
            if (NumeralCharacters.IsTenThousand(c) || NumeralCharacters.IsHundredMillion(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The index of the one pair of adjacent Chinese digits that states a range (三四, 七八, 三五), or −1. A run of
    /// three or more bare digits is a digit-by-digit number, not a range.
    /// </summary>
    private static int AdjacentDigitPair(ReadOnlySpan<char> number)
    {
        var found = -1;
        for (var k = 0; k + 1 < number.Length; k++)
        {
            WorkMeter.Step();
            var first = NumeralCharacters.ChineseDigit(number[k]);
            var second = NumeralCharacters.ChineseDigit(number[k + 1]);
            if (first <= 0 || second <= 0)
            {
                continue;
            }

            if (found >= 0 || !(second == first + 1 || (first == 3 && second == 5)) || number[k] is '两' || number[k + 1] is '两')
            {
                return -1;
            }

            found = k;
        }

        return found;
    }

    /// <summary>The number with its 万 and 亿 is larger than <see cref="NumeralReader.Maximum"/>.</summary>
    private static ParseDiagnostic TooLarge(int position, int length) =>
        ParseDiagnostic.Create(ParseCodes.NumberTooLarge, position, length, DiagnosticArguments.Create(("maximum", NumeralReader.Maximum)));
}
