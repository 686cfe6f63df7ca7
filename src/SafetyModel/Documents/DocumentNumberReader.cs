using System;
using System.Collections.Generic;
using System.Text;
using SafetyModel.Diagnostics;
using SafetyModel.Text;

namespace SafetyModel.Documents;

/// <summary>Reads 发文字号 strictly (GB/T 9704-2012) or leniently (the variants real documents use).</summary>
internal static class DocumentNumberReader
{
    internal const int MaximumLength = 128;
    private const int MaximumSerialDigits = 9;

    /// <summary>The index of the first character that cannot stand in a 机关代字, 0 for an empty code, or −1.</summary>
    public static int InvalidIssuerCharacter(ReadOnlySpan<char> code)
    {
        if (code.IsEmpty)
        {
            return 0;
        }

        for (var i = 0; i < code.Length; i++)
        {
            WorkMeter.Step();
            var c = code[i];
            if (IsOpening(c) || IsClosing(c) || NumeralCharacters.ArabicDigit(c) >= 0 || char.IsWhiteSpace(c) || IsInvisible(c) ||
                !TextSpans.IsWellFormedAt(code, i))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether <paramref name="c"/> is invisible or reorders text (zero-width spaces and joiners, the bidirectional marks
    /// and overrides, word joiners, the byte-order mark, the soft hyphen): U+200B–U+200F, U+202A–U+202E, U+2060–U+2064,
    /// U+FEFF, U+00AD. Two numbers that look the same must compare the same.
    /// </summary>
    public static bool IsInvisible(char c) =>
        c is >= '\u200B' and <= '\u200F' or >= '\u202A' and <= '\u202E' or >= '\u2060' and <= '\u2064' or '\uFEFF' or '\u00AD';

    /// <summary>Whether the issuer part of an order or notice number ends in 令 or 公告.</summary>
    public static bool EndsWithOrderOrNotice(ReadOnlySpan<char> issuer) =>
        issuer.EndsWith("令".AsSpan(), StringComparison.Ordinal) || issuer.EndsWith("公告".AsSpan(), StringComparison.Ordinal);

    public static bool TryParseStrict(ReadOnlySpan<char> s, out DocumentNumber result)
    {
        result = default;
        var open = s.IndexOf('〔');
        if (open < 0)
        {
            return TryParseStrictSequential(s, out result);
        }

        if (open <= 0 || open + 7 > s.Length || s[open + 5] != '〕' || s[s.Length - 1] != '号' ||
            InvalidIssuerCharacter(s.Slice(0, open)) >= 0 ||
            !TryAsciiNumber(s.Slice(open + 1, 4), out var year) || s[open + 1] == '0' ||
            !TryAsciiNumber(s.Slice(open + 6, s.Length - open - 7), out var serial) || s[open + 6] == '0' ||
            s.Length - open - 7 > MaximumSerialDigits)
        {
            return false;
        }

        result = new DocumentNumber(s.Slice(0, open).ToString(), year, serial, trusted: true);
        return true;
    }

    /// <summary>The canonical order or notice number: <c>{issuer}第{serial}号</c>, the issuer empty or ending in 令 or 公告.</summary>
    private static bool TryParseStrictSequential(ReadOnlySpan<char> s, out DocumentNumber result)
    {
        result = default;
        var di = s.LastIndexOf('第');
        if (di < 0 || di + 3 > s.Length || s[s.Length - 1] != '号' || s[di + 1] == '0' ||
            (di > 0 && (InvalidIssuerCharacter(s.Slice(0, di)) >= 0 || !EndsWithOrderOrNotice(s.Slice(0, di)))) ||
            s.Length - di - 2 > MaximumSerialDigits || !TryAsciiNumber(s.Slice(di + 1, s.Length - di - 2), out var serial))
        {
            return false;
        }

        result = new DocumentNumber(s.Slice(0, di).ToString(), 0, serial, trusted: true);
        return true;
    }

    public static ParseResult<DocumentNumber> Parse(string? text, bool lenient)
    {
        if (text is null)
        {
            return ParseResult<DocumentNumber>.ForError(ParseDiagnostic.Create(ParseCodes.NullText, 0, 0));
        }

        if (text.Length > MaximumLength)
        {
            return ParseResult<DocumentNumber>.ForError(
                ParseDiagnostic.Create(ParseCodes.TextTooLong, 0, text.Length, DiagnosticArguments.Create(("length", text.Length), ("maximum", MaximumLength))),
                text);
        }

        if (TryParseStrict(text.AsSpan(), out var quick))
        {
            return ParseResult<DocumentNumber>.ForValue(quick, Array.Empty<ParseDiagnostic>(), text);
        }

        var notes = new List<ParseDiagnostic>();
        int[]? map = null;
        var s = lenient ? Normalize(text, notes, out map) : text;

        var error = Read(s, lenient, notes, out var number);
        if (error is not null)
        {
            // Positions found in the normalised text are mapped back to the text as given.
            var position = map is null ? error.Position : Map(map, error.Position, text.Length);
            var rebuilt = ParseDiagnostic.Create(error.Code, position, Math.Min(error.Length, text.Length - position), error.Arguments);
            return ParseResult<DocumentNumber>.ForError(rebuilt, text, notes);
        }

        return ParseResult<DocumentNumber>.ForValue(number, notes, text);
    }

    /// <summary>Reads a number from text that is canonical but for what <paramref name="lenient"/> allows.</summary>
    private static ParseDiagnostic? Read(string s, bool lenient, List<ParseDiagnostic> notes, out DocumentNumber number)
    {
        number = default;
        if (s.Length == 0 || (!lenient && TextSpans.Trim(s.AsSpan(), out _).IsEmpty))
        {
            return ParseDiagnostic.Create(ParseCodes.EmptyText, 0, s.Length);
        }

        var open = -1;
        for (var k = 0; k < s.Length; k++)
        {
            WorkMeter.Step();
            if (IsOpening(s[k]))
            {
                open = k;
                break;
            }
        }

        if (!lenient)
        {
            for (var k = 0; k < s.Length; k++)
            {
                WorkMeter.Step();
                if (IsInvisible(s[k]))
                {
                    return ParseDiagnostic.Create(
                        ParseCodes.InvisibleCharacter, k, 1, DiagnosticArguments.Create(("character", "U+" + ((int)s[k]).ToString("X4", System.Globalization.CultureInfo.InvariantCulture))));
                }
            }
        }

        if (open < 0)
        {
            return LooksSequential(s, out var di)
                ? ReadSequential(s, di, lenient, notes, out number)
                : ParseDiagnostic.Create(ParseCodes.MissingYearBrackets, s.Length, 0, DiagnosticArguments.Create(("found", string.Empty)));
        }

        if (s[open] != '〔')
        {
            return ParseDiagnostic.Create(ParseCodes.MissingYearBrackets, open, 1, DiagnosticArguments.Create(("found", s[open].ToString())));
        }

        var issuer = s.Substring(0, open);
        var bad = InvalidIssuerCharacter(issuer.AsSpan());
        if (bad >= 0)
        {
            return issuer.Length == 0
                ? ParseDiagnostic.Create(ParseCodes.MissingIssuerCode, 0, 0)
                : ChineseNumerals.UnexpectedCharacter(s.AsSpan(), bad);
        }

        var i2 = open + 1;
        var yearStart = i2;
        while (i2 < s.Length && s[i2] is >= '0' and <= '9')
        {
            WorkMeter.Step();
            i2++;
        }

        var placeholderEnd = i2;
        while (placeholderEnd < s.Length && IsPlaceholder(s[placeholderEnd]))
        {
            WorkMeter.Step();
            placeholderEnd++;
        }

        if (placeholderEnd > i2 && placeholderEnd < s.Length && IsClosing(s[placeholderEnd]))
        {
            // 〔20XX〕: a template's placeholder, not a year.
            return ParseDiagnostic.Create(ParseCodes.YearNotFourDigits, yearStart, placeholderEnd - yearStart);
        }

        if (i2 >= s.Length || !IsClosing(s[i2]))
        {
            return i2 - yearStart is > 0 and <= 4 && i2 < s.Length
                ? ParseDiagnostic.Create(ParseCodes.MissingYearBrackets, i2, 1, DiagnosticArguments.Create(("found", s[i2].ToString())))
                : ChineseNumerals.UnexpectedCharacter(s.AsSpan(), i2);
        }

        if (s[i2] != '〕')
        {
            return ParseDiagnostic.Create(ParseCodes.MissingYearBrackets, i2, 1, DiagnosticArguments.Create(("found", s[i2].ToString())));
        }

        if (i2 - yearStart != 4 || s[yearStart] == '0')
        {
            return ParseDiagnostic.Create(ParseCodes.YearNotFourDigits, yearStart, i2 - yearStart);
        }

        TryAsciiNumber(s.AsSpan(yearStart, 4), out var year);
        var i = i2 + 1;
        if (lenient && i < s.Length && s[i] == '字')
        {
            notes.Add(ParseDiagnostic.Create(ParseCodes.ZiRemoved, i, 1));
            i++;
        }

        if (i < s.Length && s[i] == '第')
        {
            if (!lenient)
            {
                return ParseDiagnostic.Create(ParseCodes.SerialWithDi, i, 1);
            }

            notes.Add(ParseDiagnostic.Create(ParseCodes.DiRemoved, i, 1));
            i++;
        }

        var tail = ReadSerialAndHao(s, i, lenient, notes, out var serial);
        if (tail is not null)
        {
            return tail;
        }

        number = new DocumentNumber(issuer, year, serial, trusted: true);
        return null;
    }

    /// <summary>
    /// Whether a text without brackets is an order or notice number: a 第 followed by a digit, with nothing before it or
    /// something ending in 令 or 公告 (<c>国发第15号</c> is a 发文字号 missing its year, not an order number).
    /// </summary>
    private static bool LooksSequential(string s, out int di)
    {
        di = s.LastIndexOf('第');
        return di >= 0 && di + 1 < s.Length && (NumeralCharacters.ArabicDigit(s[di + 1]) >= 0 || IsChineseSerialCharacter(s[di + 1])) &&
               (di == 0 || EndsWithOrderOrNotice(TextSpans.Trim(s.AsSpan(0, di), out _)));
    }

    /// <summary>Reads <c>{issuer}第{serial}号</c>; the caller has found the 第 at <paramref name="di"/>.</summary>
    private static ParseDiagnostic? ReadSequential(string s, int di, bool lenient, List<ParseDiagnostic> notes, out DocumentNumber number)
    {
        number = default;
        var issuer = s.Substring(0, di);
        var bad = issuer.Length == 0 ? -1 : InvalidIssuerCharacter(issuer.AsSpan());
        if (bad >= 0)
        {
            return ChineseNumerals.UnexpectedCharacter(s.AsSpan(), bad);
        }

        var tail = ReadSerialAndHao(s, di + 1, lenient, notes, out var serial);
        if (tail is not null)
        {
            return tail;
        }

        number = new DocumentNumber(issuer, 0, serial, trusted: true);
        return null;
    }

    /// <summary>Reads the serial from <paramref name="i"/> and the 号 that ends the number.</summary>
    private static ParseDiagnostic? ReadSerialAndHao(string s, int i, bool lenient, List<ParseDiagnostic> notes, out int serial)
    {
        serial = 0;
        var serialStart = i;
        if (lenient && i < s.Length && IsChineseSerialCharacter(s[i]))
        {
            // 第三十七号: an order or notice number of a gazette, its serial in Chinese numerals
            while (i < s.Length && IsChineseSerialCharacter(s[i]))
            {
                WorkMeter.Step();
                i++;
            }

            if (!ChineseNumerals.TryParse(s.AsSpan(serialStart, i - serialStart), out var value) || value is < 1 or > 999_999_999 ||
                i + 1 != s.Length || s[i] is not ('号' or '號'))
            {
                return ChineseNumerals.UnexpectedCharacter(s.AsSpan(), serialStart);
            }

            serial = (int)value;
            notes.Add(ParseDiagnostic.Create(
                ParseCodes.SerialInChineseNumeralsRead, serialStart, i - serialStart,
                DiagnosticArguments.Create(("text", s.Substring(serialStart, i - serialStart)), ("serial", serial))));
            return null;
        }

        while (i < s.Length && s[i] is >= '0' and <= '9')
        {
            WorkMeter.Step();
            i++;
        }

        if (i == serialStart)
        {
            return i < s.Length && s[i] != '号'
                ? ChineseNumerals.UnexpectedCharacter(s.AsSpan(), i)
                : ParseDiagnostic.Create(ParseCodes.MissingSerial, i, 0);
        }

        var digits = s.AsSpan(serialStart, i - serialStart);
        if (digits[0] == '0')
        {
            if (!lenient)
            {
                return ParseDiagnostic.Create(ParseCodes.SerialLeadingZeros, serialStart, digits.Length);
            }

            notes.Add(ParseDiagnostic.Create(ParseCodes.SerialLeadingZerosRemoved, serialStart, digits.Length));
        }

        var significant = digits.TrimStart('0');
        if (significant.IsEmpty || significant.Length > MaximumSerialDigits)
        {
            return significant.IsEmpty
                ? ParseDiagnostic.Create(ParseCodes.MissingSerial, serialStart, digits.Length)
                : ParseDiagnostic.Create(ParseCodes.NumberTooLarge, serialStart, digits.Length, DiagnosticArguments.Create(("maximum", 999_999_999)));
        }

        TryAsciiNumber(significant, out serial);
        if (i == s.Length)
        {
            if (!lenient)
            {
                return ParseDiagnostic.Create(ParseCodes.MissingHao, i, 0);
            }

            notes.Add(ParseDiagnostic.Create(ParseCodes.HaoAdded, i, 0));
        }
        else if (!lenient && s[i] == '號' && i + 1 == s.Length)
        {
            return ParseDiagnostic.Create(ParseCodes.TraditionalHao, i, 1);
        }
        else if (s[i] != '号' || i + 1 != s.Length)
        {
            return ChineseNumerals.UnexpectedCharacter(s.AsSpan(), s[i] == '号' ? i + 1 : i);
        }

        return null;
    }

    /// <summary>
    /// Removes white space, reads full-width digits as ASCII and other brackets as 〔〕, noting each; <paramref name="map"/>
    /// gives, for each character kept, its position in the original text.
    /// </summary>
    private static string Normalize(string text, List<ParseDiagnostic> notes, out int[] map)
    {
        var builder = new StringBuilder(text.Length);
        var positions = new List<int>(text.Length);
        var spaces = false;
        var fullWidth = false;
        string? brackets = null;
        for (var i = 0; i < text.Length; i++)
        {
            WorkMeter.Step();
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                spaces = true;
                continue;
            }

            if (PinyinResidue.Length(text, i) is > 0 and var pinyin)
            {
                notes.Add(ParseDiagnostic.Create(ParseCodes.PinyinRemoved, i, pinyin, DiagnosticArguments.Create(("text", text.Substring(i, pinyin)))));
                i += pinyin - 1;
                continue;
            }

            if (IsInvisible(c))
            {
                notes.Add(ParseDiagnostic.Create(
                    ParseCodes.InvisibleCharacterRemoved, i, 1, DiagnosticArguments.Create(("character", "U+" + ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)))));
                continue;
            }

            if (c == '號')
            {
                notes.Add(ParseDiagnostic.Create(ParseCodes.TraditionalHaoRead, i, 1));
                c = '号';
            }

            if (NumeralCharacters.IsFullWidthDigit(c))
            {
                fullWidth = true;
                c = (char)('0' + NumeralCharacters.ArabicDigit(c));
            }
            else if (IsOpening(c) && c != '〔' && brackets is null)
            {
                brackets = c.ToString();
                c = '〔';
            }
            else if (IsOpening(c) && c != '〔')
            {
                c = '〔';
            }
            else if (IsClosing(c) && c != '〕')
            {
                brackets = (brackets ?? string.Empty) + c;
                c = '〕';
            }

            builder.Append(c);
            positions.Add(i);
        }

        if (spaces)
        {
            notes.Add(ParseDiagnostic.Create(ParseCodes.SpacesIgnored, 0, text.Length));
        }

        if (fullWidth)
        {
            notes.Add(ParseDiagnostic.Create(ParseCodes.FullWidthDigits, 0, text.Length));
        }

        if (brackets is not null)
        {
            notes.Add(ParseDiagnostic.Create(ParseCodes.BracketsNormalised, 0, text.Length, DiagnosticArguments.Create(("found", brackets))));
        }

        map = positions.ToArray();
        return builder.ToString();
    }

    private static int Map(int[] map, int position, int length) =>
        position < map.Length ? map[position] : map.Length == 0 ? 0 : Math.Min(map[map.Length - 1] + 1, length);

    private static bool IsPlaceholder(char c) => c is 'X' or 'x' or 'Ｘ' or 'ｘ' or '×' or '○' or '*';


    private static bool IsChineseSerialCharacter(char c) => NumeralCharacters.ChineseDigit(c) >= 0 || NumeralCharacters.SmallUnit(c) != 0;

    private static bool IsOpening(char c) => c is '〔' or '[' or '(' or '（' or '【' or '［' or '﹝' or '〖';

    private static bool IsClosing(char c) => c is '〕' or ']' or ')' or '）' or '】' or '］' or '﹞' or '〗';

    private static bool TryAsciiNumber(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        if (digits.IsEmpty || digits.Length > MaximumSerialDigits)
        {
            return false;
        }

        foreach (var c in digits)
        {
            WorkMeter.Step();
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
