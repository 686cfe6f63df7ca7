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
            return ParseResult<Quantity>.ForError(
                ParseDiagnostic.Create(ParseCodes.TextTooLong, 0, text.Length, DiagnosticArguments.Create(("length", text.Length), ("maximum", MaximumLength))), text);
        }

        var cleaned = Clean(text, out var map, out var cleaningNotes);
        if (cleaned is null)
        {
            return ParseCore(text, text, options);
        }

        // The number was read from the text with its thousands separators and the spaces inside it taken out; every
        // position is mapped back to the text as given.
        var inner = ParseCore(cleaned, text, options);
        var notes = new List<ParseDiagnostic>(cleaningNotes);
        foreach (var note in inner.Notes)
        {
            notes.Add(Remap(note, map!));
        }

        notes.Sort(static (a, b) => a.Position.CompareTo(b.Position));
        return inner.Success
            ? ParseResult<Quantity>.ForValue(inner.Value, notes, text)
            : ParseResult<Quantity>.ForError(Remap(inner.Error!, map!), text, notes);
    }

    private static ParseResult<Quantity> ParseCore(string source, string text, QuantityParseOptions options)
    {
        var t = TextSpans.Trim(source.AsSpan(), out var offset);
        if (t.IsEmpty)
        {
            return Fail(ParseDiagnostic.Create(ParseCodes.EmptyText, 0, text.Length));
        }

        var notes = new List<ParseDiagnostic>();
        var i = 0;
        var end = t.Length;
        var reached = Reaching(t, 0);
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

        i = reached is null ? SkipSpaces(t, i, end, offset, notes) : 1; // 上百: the number is the place unit after 上
        var numberStart = i;
        var several = false;
        while (i < end && (NumeralCharacters.IsNumeral(t[i]) || NumeralCharacters.IsDecimalPoint(t[i]) ||
                           (IsRangeSeparator(t[i]) && i > numberStart && i + 1 < end && NumeralCharacters.IsNumeral(t[i + 1])) ||
                           IsChineseDecimalPoint(t, numberStart, i, end) || IsSeveral(t, numberStart, i, end)))
        {
            WorkMeter.Step();
            several |= t[i] == '几';
            i++;
        }

        var numberEnd = i;
        if (numberEnd == numberStart)
        {
            return Fail(ParseDiagnostic.Create(ParseCodes.MissingNumber, offset + numberStart, 0));
        }

        var moreThan = reached is not null;
        var multiplier = 1m;
        if (reached is null && i < end && t[i] is '余' or '多' && !several)
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
        if (!unitText.IsEmpty && BelongsToNumber(unitText))
        {
            // 二十几万元 is not 20 and the unit 几万元, 零点五吨 not 0 and 点五吨: what the number reader could not take
            // is refused where it stands, never split off as a strange unit.
            return Fail(ParseDiagnostic.Create(
                ParseCodes.UnitStartsWithNumber, offset + i + unitOffset, 1, DiagnosticArguments.Create(("character", unitText[0].ToString()))));
        }

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
        decimal low;
        decimal? high = null;
        decimal severalPlace = 0;
        NumeralNotes numeralNotes;
        if (reached is { } r)
        {
            low = r;
            numeralNotes = default;
        }
        else if (several)
        {
            if (number.IndexOfAny(RangeSeparators.AsSpan()) >= 0 || (i < end && t[i] is '余' or '多'))
            {
                return Fail(ParseDiagnostic.Create(ParseCodes.ConflictingQualifiers, offset, t.Length));
            }

            var severalError = ReadSeveral(number, out low, out severalPlace, out numeralNotes, out var failure, out var failurePosition);
            if (severalError)
            {
                return Fail(ChineseNumerals.Diagnose(failure, number, failurePosition).Shift(offset + numberStart));
            }
        }
        else if (!ReadNumber(number, out low, out high, out numeralNotes, out var error, out var errorPosition))
        {
            return Fail(ChineseNumerals.Diagnose(error, number, errorPosition).Shift(offset + numberStart));
        }

        if ((numeralNotes & NumeralNotes.Positional) != 0)
        {
            // 五三 is a digit-by-digit identifier (like 二〇二二), not a count.
            return Fail(ChineseNumerals.UnexpectedCharacter(number, 1).Shift(offset + numberStart));
        }

        notes.AddRange(ChineseNumerals.Notes(numeralNotes, offset + numberStart, number.Length, low));

        var qualifiers = (moreThan ? 1 : 0) + (high is null ? 0 : 1) + (several ? 1 : 0) + (prefix is null && suffix is null ? 0 : 1);
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
        if (several)
        {
            quantity = Quantity.Several(low, severalPlace, unit);
        }
        else if (high is { } h)
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

    /// <summary>The characters that state a range between two numbers.</summary>
    private const string RangeSeparators = "-－～~〜—–至到";

    /// <summary>点 between the digits of a number is its decimal point (<c>零点五</c>, <c>五十五点五</c>).</summary>
    private static bool IsChineseDecimalPoint(ReadOnlySpan<char> t, int numberStart, int i, int end) =>
        t[i] == '点' && i > numberStart && i + 1 < end && IsDigit(t[i + 1]) &&
        (IsDigit(t[i - 1]) || NumeralCharacters.SmallUnit(t[i - 1]) != 0 || t[i - 1] == '几');

    /// <summary>几 next to a Chinese numeral is part of the number (<c>二十几</c>, <c>一百零几</c>, <c>几十</c>), not of a unit.</summary>
    private static bool IsSeveral(ReadOnlySpan<char> t, int numberStart, int i, int end) =>
        t[i] == '几' &&
        ((i > numberStart && IsChineseNumeral(t[i - 1])) ||
         (i + 1 < end && (NumeralCharacters.SmallUnit(t[i + 1]) != 0 || NumeralCharacters.IsTenThousand(t[i + 1]) || NumeralCharacters.IsHundredMillion(t[i + 1]))));

    /// <summary>
    /// 上百, 上千, 上万 at <paramref name="at"/> (reaching a hundred, a thousand, ten thousand: <c>共接受群众咨询上百人次</c>):
    /// the place unit's value, read as more than it like <c>百余</c>; or null when <c>上</c> is not followed by a lone place
    /// unit (<c>上百万</c>, <c>上百余人</c>, <c>上3次</c> are not this).
    /// </summary>
    internal static decimal? Reaching(ReadOnlySpan<char> t, int at)
    {
        if (at + 1 >= t.Length || t[at] != '上')
        {
            return null;
        }

        var small = NumeralCharacters.SmallUnit(t[at + 1]);
        var value = NumeralCharacters.IsTenThousand(t[at + 1]) ? 10_000 : small is 100 or 1000 ? small : 0;
        if (value == 0)
        {
            return null;
        }

        var next = at + 2 < t.Length ? t[at + 2] : ' ';
        return NumeralCharacters.IsNumeral(next) || NumeralCharacters.IsDecimalPoint(next) || next is '余' or '多' or '几' or '点' or '来' or ',' or '，'
            ? null
            : value;
    }

    private static bool IsDigit(char c) => NumeralCharacters.ArabicDigit(c) >= 0 || NumeralCharacters.ChineseDigit(c) >= 0;

    private static bool IsChineseNumeral(char c) => NumeralCharacters.ChineseDigit(c) >= 0 || NumeralCharacters.SmallUnit(c) != 0 ||
                                                    NumeralCharacters.IsTenThousand(c) || NumeralCharacters.IsHundredMillion(c);

    /// <summary>
    /// Whether a unit begins with a character that belongs to a number: a Chinese numeral or place unit, a decimal point
    /// (<c>.</c> <c>．</c> <c>点</c>), a thousands separator, or an approximation (<c>几</c>, <c>来</c>). The units that take
    /// 万 or 亿 (<c>万元</c>, <c>亿元</c>) are the one exception. 余, 多, digits and range separators have their own errors.
    /// </summary>
    private static bool BelongsToNumber(ReadOnlySpan<char> unit)
    {
        var c = unit[0];
        if (NumeralCharacters.IsTenThousand(c) || NumeralCharacters.IsHundredMillion(c))
        {
            return !IsKnownUnit(unit);
        }

        return NumeralCharacters.ChineseDigit(c) >= 0 || NumeralCharacters.SmallUnit(c) != 0 || NumeralCharacters.IsDecimalPoint(c) ||
               c is '点' or '几' or '来' or ',' or '，';
    }

    /// <summary>
    /// Reads a number with one 几 (<c>二十几</c>, <c>一百零几</c>, <c>几十</c>, <c>二十几万</c>): with 几 as 一 and as 二,
    /// which gives its place; the number with 几 as 0 is one place below the first. Returns whether it failed.
    /// </summary>
    private static bool ReadSeveral(
        ReadOnlySpan<char> number, out decimal stated, out decimal place, out NumeralNotes notes, out NumeralError error, out int errorPosition)
    {
        stated = 0;
        place = 0;
        var at = number.IndexOf('几');
        var second = number.Slice(at + 1).IndexOf('几');
        if (second >= 0)
        {
            notes = NumeralNotes.None;
            error = NumeralError.UnexpectedCharacter;
            errorPosition = at + 1 + second;
            return true;
        }

        Span<char> buffer = stackalloc char[number.Length];
        number.CopyTo(buffer);
        buffer[at] = '一';
        if (!Read(buffer, 0, out var one, out notes, out error, out errorPosition))
        {
            return true;
        }

        buffer[at] = '二';
        if (!Read(buffer, 0, out var two, out _, out error, out errorPosition))
        {
            return true;
        }

        // 一万几 is read as 一万一 (11000) and 一万二: the abbreviation only finds 几's place, so it is not noted.
        notes &= ~NumeralNotes.Abbreviated;
        place = two - one;
        if (place <= 0 || (notes & NumeralNotes.Positional) != 0)
        {
            // 五几: digit by digit, no place for 几.
            error = NumeralError.UnexpectedCharacter;
            errorPosition = at;
            return true;
        }

        stated = one - place;
        return false;
    }

    /// <summary>
    /// Takes thousands separators (<c>1,200</c>, <c>12,345</c>) and spaces between the characters of a number (text
    /// extracted from a PDF: <c>一百 二 十 人</c>, <c>12 0</c>) out of a figure, noting each; <see langword="null"/> when
    /// there is nothing to take out. A comma is a separator only between digit groups of the thousands pattern: one to
    /// three digits, then groups of exactly three. In a figure on its own the full-width <c>，</c> in that pattern is one
    /// too (in prose it separates clauses, and extraction never gives it to this parser).
    /// </summary>
    private static string? Clean(string text, out int[]? map, out List<ParseDiagnostic> notes)
    {
        map = null;
        notes = new List<ParseDiagnostic>(0);
        System.Text.StringBuilder? builder = null;
        List<int>? positions = null;
        int separatorsFrom = -1, separatorsTo = -1, spacesFrom = -1, spacesTo = -1;
        for (var k = 0; k < text.Length; k++)
        {
            WorkMeter.Step();
            var skip = 0;
            if (text[k] is ',' or '，' && IsThousandsSeparator(text, k))
            {
                skip = 1;
                separatorsFrom = separatorsFrom < 0 ? k : separatorsFrom;
                separatorsTo = k + 1;
            }
            else if (NumeralCharacters.IsSpace(text[k]) && k > 0)
            {
                var e = k;
                while (e < text.Length && NumeralCharacters.IsSpace(text[e]))
                {
                    WorkMeter.Step();
                    e++;
                }

                if (e < text.Length && JoinsAcrossSpace(text[k - 1], text[e]))
                {
                    skip = e - k;
                    spacesFrom = spacesFrom < 0 ? k : spacesFrom;
                    spacesTo = e;
                }
            }

            if (skip > 0 && builder is null)
            {
                builder = new System.Text.StringBuilder(text.Length);
                builder.Append(text, 0, k);
                positions = new List<int>(text.Length + 1);
                for (var p = 0; p < k; p++)
                {
                    positions.Add(p);
                }
            }

            if (skip > 0)
            {
                k += skip - 1;
                continue;
            }

            if (builder is not null)
            {
                builder.Append(text[k]);
                positions!.Add(k);
            }
        }

        if (builder is null)
        {
            return null;
        }

        positions!.Add(text.Length);
        map = positions.ToArray();
        if (separatorsFrom >= 0)
        {
            notes.Add(ParseDiagnostic.Create(ParseCodes.ThousandsSeparatorsRemoved, separatorsFrom, separatorsTo - separatorsFrom));
        }

        if (spacesFrom >= 0)
        {
            notes.Add(ParseDiagnostic.Create(ParseCodes.SpacedNumberJoined, spacesFrom, spacesTo - spacesFrom));
        }

        notes.Sort(static (a, b) => a.Position.CompareTo(b.Position));
        return builder.ToString();
    }

    /// <summary>Whether the comma at <paramref name="k"/> stands between digit groups of the thousands pattern.</summary>
    private static bool IsThousandsSeparator(string text, int k)
    {
        var left = 0;
        while (k - left - 1 >= 0 && NumeralCharacters.ArabicDigit(text[k - left - 1]) >= 0)
        {
            WorkMeter.Step();
            left++;
        }

        var right = 0;
        while (k + right + 1 < text.Length && NumeralCharacters.ArabicDigit(text[k + right + 1]) >= 0)
        {
            WorkMeter.Step();
            right++;
        }

        if (left == 0 || right != 3)
        {
            return false;
        }

        var before = k - left - 1;
        if (before >= 0 && text[before] is ',' or '，')
        {
            return left == 3 && IsThousandsSeparator(text, before);
        }

        // 1.200,5 or 0.5,200: a separator never follows a decimal point.
        return left <= 3 && (before < 0 || !(NumeralCharacters.IsDecimalPoint(text[before]) || text[before] == '点'));
    }

    /// <summary>Whether spaces between <paramref name="before"/> and <paramref name="after"/> stand inside one number.</summary>
    private static bool JoinsAcrossSpace(char before, char after) =>
        (IsNumberCharacter(before) && (IsNumberCharacter(after) || IsRangeSeparator(after) || after is '余' or '多')) ||
        (IsRangeSeparator(before) && IsNumberCharacter(after));

    private static bool IsNumberCharacter(char c) => NumeralCharacters.IsNumeral(c) || NumeralCharacters.IsDecimalPoint(c) || c is '点' or '几';

    private static ParseDiagnostic Remap(ParseDiagnostic diagnostic, int[] map)
    {
        var start = map[Math.Min(diagnostic.Position, map.Length - 1)];
        var last = diagnostic.Position + diagnostic.Length;
        var end = diagnostic.Length == 0 ? start : map[Math.Min(last - 1, map.Length - 1)] + 1;
        return start == diagnostic.Position && end - start == diagnostic.Length
            ? diagnostic
            : ParseDiagnostic.Create(diagnostic.Code, start, end - start, diagnostic.Arguments);
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

        var pair = number.IndexOf('点') >= 0 ? -1 : AdjacentDigitPair(number); // 一点二三 is 1.23, not 一点二 to 一点三
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
        var point = text.IndexOf('点');
        if (point > 0)
        {
            return ReadChineseDecimal(text, point, offset, out value, out notes, out error, out errorPosition);
        }

        error = NumeralReader.Read(text, out value, out var position, out notes);
        errorPosition = offset + position;
        return error == NumeralError.None;
    }

    /// <summary>
    /// Reads a number with 点 as its decimal point: the whole part as any number, the fraction digit by digit, and a 万
    /// or 亿 after the fraction applied to the whole (<c>零点五</c> = 0.5, <c>五十五点五</c> = 55.5, <c>一点五万</c> = 15,000).
    /// </summary>
    private static bool ReadChineseDecimal(
        ReadOnlySpan<char> text, int point, int offset, out decimal value, out NumeralNotes notes, out NumeralError error, out int errorPosition)
    {
        value = 0;
        notes = NumeralNotes.None;
        if (HasArabicDecimalPoint(text))
        {
            // 1.5点五: two decimal points.
            error = NumeralError.UnexpectedCharacter;
            errorPosition = offset + point;
            return false;
        }

        if (!Read(text.Slice(0, point), offset, out var whole, out notes, out error, out errorPosition))
        {
            return false;
        }

        var fraction = 0m;
        var scale = 1m;
        var multiplier = 1m;
        var k = point + 1;
        for (; k < text.Length; k++)
        {
            WorkMeter.Step();
            var c = text[k];
            var digit = NumeralCharacters.ArabicDigit(c) >= 0 ? NumeralCharacters.ArabicDigit(c) : NumeralCharacters.ChineseDigit(c);
            if (digit < 0 || multiplier > 1 || k - point > 12)
            {
                if ((NumeralCharacters.IsTenThousand(c) || NumeralCharacters.IsHundredMillion(c)) && k > point + 1 && multiplier < 1_0000_0000m &&
                    !ContainsLargeUnit(text.Slice(0, point)))
                {
                    multiplier *= NumeralCharacters.IsTenThousand(c) ? 10_000m : 100_000_000m;
                    continue;
                }

                error = NumeralError.UnexpectedCharacter;
                errorPosition = offset + k;
                return false;
            }

            scale /= 10;
            fraction += digit * scale;
        }

        value = (whole + fraction) * multiplier;
        if (value > NumeralReader.Maximum)
        {
            error = NumeralError.TooLarge;
            errorPosition = offset;
            return false;
        }

        return true;
    }

    private static bool HasArabicDecimalPoint(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            WorkMeter.Step();
            if (NumeralCharacters.IsDecimalPoint(c))
            {
                return true;
            }
        }

        return false;
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
