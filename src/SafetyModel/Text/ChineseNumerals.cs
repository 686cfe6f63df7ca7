using System;
using System.Collections.Generic;
using System.Text;
using SafetyModel.Diagnostics;

namespace SafetyModel.Text;

/// <summary>
/// Reads and writes numbers in Chinese: 〇一二三四五六七八九十百千万亿 with 零 and 两, the financial capitals
/// 壹贰叁肆伍陆柒捌玖拾佰仟, Arabic and full-width digits (０-９), and mixed forms such as <c>3万</c>,
/// <c>1.5万</c> and <c>12亿3000万</c>, up to just under 10^16 (9999万亿).
/// </summary>
/// <remarks>
/// <para>
/// Rules (GB/T 15835-2011 and common usage): place units descend within each 万 group (<c>十百</c> is refused);
/// <c>零</c> stands for skipped places (<c>一百零五</c> = 105); a leading <c>十</c> means 10 (<c>十七</c> = 17); a string of
/// bare digits is read digit by digit (<c>二〇二二</c> = 2022), as in years and serial numbers; a trailing digit
/// after a place unit of 百 or more takes the next lower place (<c>一万五</c> = 15000), with a note.
/// </para>
/// <para>
/// Approximate figures (<c>10余万</c>, <c>三四个</c>) are not numbers but quantities: read them with
/// <see cref="SafetyModel.Primitives.Quantity"/>. The <c>TryParse</c> methods allocate nothing.
/// </para>
/// </remarks>
public static class ChineseNumerals
{
    private const string LowercaseDigits = "零一二三四五六七八九";
    private const string FinancialDigits = "零壹贰叁肆伍陆柒捌玖";
    private const string PositionalDigits = "〇一二三四五六七八九";

    /// <summary>Gets the largest number read or written: 9,999,999,999,999,999 (just under 10^16).</summary>
    public static long MaximumValue => (long)NumeralReader.Maximum;

    /// <summary>Reads a whole text as an integer.</summary>
    /// <param name="text">The text, such as <c>五百</c>, <c>1.5万</c> or <c>壹仟零伍</c>; surrounding white space is ignored.</param>
    /// <param name="value">The number, or 0 on failure.</param>
    /// <returns>Whether the text is an integer written in one of the accepted forms.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out long value)
    {
        return NumeralReader.TryReadInteger(TextSpans.Trim(text, out _), out value);
    }

    /// <summary>Reads a whole text as an integer.</summary>
    /// <param name="text">The text, or <see langword="null"/>.</param>
    /// <param name="value">The number, or 0 on failure.</param>
    /// <returns>Whether the text is an integer written in one of the accepted forms.</returns>
    public static bool TryParse(string? text, out long value)
    {
        if (text is null)
        {
            value = 0;
            return false;
        }

        return TryParse(text.AsSpan(), out value);
    }

    /// <summary>Reads a whole text as an integer.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The number.</returns>
    /// <exception cref="ParseException">The text is not an integer in an accepted form; the exception says why and where.</exception>
    public static long Parse(string text) => ParseDetailed(text).Value;

    /// <summary>Reads a whole text as an integer, saying what failed and where, and noting normalisations.</summary>
    /// <param name="text">The text, or <see langword="null"/>.</param>
    /// <returns>The result; never throws on bad input.</returns>
    public static ParseResult<long> ParseDetailed(string? text)
    {
        var result = ParseDecimalDetailed(text);
        if (!result.Success)
        {
            return result.ConvertError<long>();
        }

        return result.Value == decimal.Truncate(result.Value)
            ? result.Convert(static d => (long)d)
            : ParseResult<long>.ForError(ParseDiagnostic.Create(ParseCodes.NotAnInteger, 0, text!.Length), text, result.Notes);
    }

    /// <summary>Reads a whole text as a decimal number, such as <c>1.5</c>, <c>12.5万</c> or <c>三千二百</c>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The number, or 0 on failure.</param>
    /// <returns>Whether the text is a number in one of the accepted forms.</returns>
    public static bool TryParseDecimal(ReadOnlySpan<char> text, out decimal value) =>
        NumeralReader.Read(TextSpans.Trim(text, out _), out value, out _, out _) == NumeralError.None;

    /// <summary>Reads a whole text as a decimal number, saying what failed and where, and noting normalisations.</summary>
    /// <param name="text">The text, or <see langword="null"/>.</param>
    /// <returns>The result; never throws on bad input.</returns>
    public static ParseResult<decimal> ParseDecimalDetailed(string? text)
    {
        if (text is null)
        {
            return ParseResult<decimal>.ForError(ParseDiagnostic.Create(ParseCodes.NullText, 0, 0));
        }

        var trimmed = TextSpans.Trim(text.AsSpan(), out var start);
        if (trimmed.IsEmpty)
        {
            return ParseResult<decimal>.ForError(ParseDiagnostic.Create(ParseCodes.EmptyText, 0, text.Length), text);
        }

        var error = NumeralReader.Read(trimmed, out var value, out var position, out var flags);
        if (error != NumeralError.None)
        {
            return ParseResult<decimal>.ForError(Diagnose(error, trimmed, position).Shift(start), text);
        }

        return ParseResult<decimal>.ForValue(value, Notes(flags, start, trimmed.Length, value), text);
    }

    /// <summary>Writes a non-negative integer in Chinese.</summary>
    /// <param name="value">The number, from 0 to <see cref="MaximumValue"/>.</param>
    /// <param name="style">How to write it: with place units (the default), in financial capitals, or digit by digit.</param>
    /// <returns>The number in Chinese, such as <c>一千零五</c>, <c>壹仟零伍</c> or <c>一〇〇五</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative or above <see cref="MaximumValue"/>, or the style is not defined.</exception>
    public static string Format(long value, ChineseNumeralStyle style = ChineseNumeralStyle.Lowercase)
    {
        if (value < 0 || value > MaximumValue)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, $"Only numbers from 0 to {MaximumValue} can be written.");
        }

        switch (style)
        {
            case ChineseNumeralStyle.Digits:
                var text = value.ToString(System.Globalization.CultureInfo.InvariantCulture).ToCharArray();
                for (var i = 0; i < text.Length; i++)
                {
                    WorkMeter.Step();
                    text[i] = PositionalDigits[text[i] - '0'];
                }

                return new string(text);
            case ChineseNumeralStyle.Lowercase:
                return FormatWithUnits(value, LowercaseDigits, "十百千", financial: false);
            case ChineseNumeralStyle.Financial:
                return FormatWithUnits(value, FinancialDigits, "拾佰仟", financial: true);
            default:
                throw new ArgumentOutOfRangeException(nameof(style), style, "Unknown numeral style.");
        }
    }

    internal static ParseDiagnostic Diagnose(NumeralError error, ReadOnlySpan<char> text, int position) => error switch
    {
        NumeralError.Empty => ParseDiagnostic.Create(ParseCodes.EmptyText, 0, 0),
        NumeralError.TooLarge => ParseDiagnostic.Create(
            ParseCodes.NumberTooLarge, position, text.Length - position, DiagnosticArguments.Create(("maximum", NumeralReader.Maximum))),
        NumeralError.TooManyDecimalPlaces => ParseDiagnostic.Create(
            ParseCodes.TooManyDecimalPlaces, position, text.Length - position, DiagnosticArguments.Create(("maximum", NumeralReader.MaximumDigits))),
        NumeralError.MisplacedUnit => ParseDiagnostic.Create(
            ParseCodes.MisplacedNumeralUnit, position, 1, DiagnosticArguments.Create(("unit", text[position].ToString()))),
        _ => UnexpectedCharacter(text, position),
    };

    internal static ParseDiagnostic UnexpectedCharacter(ReadOnlySpan<char> text, int position)
    {
        if (position >= text.Length)
        {
            return ParseDiagnostic.Create(ParseCodes.UnexpectedEnd, position, 0);
        }

        var length = char.IsHighSurrogate(text[position]) && position + 1 < text.Length ? 2 : 1;
        return ParseDiagnostic.Create(
            ParseCodes.UnexpectedCharacter,
            position,
            length,
            DiagnosticArguments.Create(("character", text.Slice(position, length).ToString())));
    }

    internal static List<ParseDiagnostic> Notes(NumeralNotes flags, int position, int length, decimal value)
    {
        var notes = new List<ParseDiagnostic>();
        if ((flags & NumeralNotes.FullWidthDigits) != 0)
        {
            notes.Add(ParseDiagnostic.Create(ParseCodes.FullWidthDigits, position, length));
        }

        if ((flags & NumeralNotes.Abbreviated) != 0)
        {
            notes.Add(ParseDiagnostic.Create(ParseCodes.AbbreviatedNumeral, position, length, DiagnosticArguments.Create(("value", value))));
        }

        return notes;
    }

    private static string FormatWithUnits(long value, string digits, string smallUnits, bool financial)
    {
        if (value == 0)
        {
            return digits[0].ToString();
        }

        var builder = new StringBuilder(24);
        var hundredMillions = value / 100_000_000;
        var rest = value % 100_000_000;
        if (hundredMillions > 0)
        {
            AppendBelowHundredMillion(builder, hundredMillions, digits, smallUnits, financial, leading: true);
            builder.Append('亿');
            if (rest > 0 && rest < 10_000_000)
            {
                builder.Append(digits[0]);
            }
        }

        AppendBelowHundredMillion(builder, rest, digits, smallUnits, financial, leading: hundredMillions == 0);
        return builder.ToString();
    }

    private static void AppendBelowHundredMillion(StringBuilder builder, long value, string digits, string smallUnits, bool financial, bool leading)
    {
        var tenThousands = value / 10_000;
        var rest = value % 10_000;
        if (tenThousands > 0)
        {
            AppendSection(builder, (int)tenThousands, digits, smallUnits, financial, leading);
            builder.Append('万');
            if (rest > 0 && rest < 1000)
            {
                builder.Append(digits[0]);
            }
        }

        // A 零 between 亿 and a rest below 1000 was written with the 亿; a section of 0 writes nothing.
        AppendSection(builder, (int)rest, digits, smallUnits, financial, leading && tenThousands == 0);
    }

    /// <summary>Writes 1–9999 with place units; zeros between digits become one 零.</summary>
    private static void AppendSection(StringBuilder builder, int value, string digits, string smallUnits, bool financial, bool leading)
    {
        var places = new[] { value / 1000, value / 100 % 10, value / 10 % 10, value % 10 };
        var started = false;
        var zeroPending = false;
        for (var p = 0; p < 4; p++)
        {
            WorkMeter.Step();
            var digit = places[p];
            if (digit == 0)
            {
                zeroPending |= started;
                continue;
            }

            if (zeroPending)
            {
                builder.Append(digits[0]);
                zeroPending = false;
            }

            var unit = 3 - p;
            var omitOne = unit == 1 && digit == 1 && !started && leading && !financial; // 十七, not 一十七
            if (!omitOne)
            {
                builder.Append(digits[digit]);
            }

            if (unit > 0)
            {
                builder.Append(smallUnits[unit - 1]);
            }

            started = true;
        }
    }
}
