using System;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;
using SafetyModel.Diagnostics;

namespace SafetyModel.Text;

/// <summary>
/// Reads and writes dates as Chinese documents write them, into NodaTime's <see cref="LocalDate"/> and
/// <see cref="YearMonth"/>.
/// </summary>
/// <remarks>
/// <para>
/// Accepted: <c>2022年7月7日</c> (the 2012 form of 成文日期), <c>二〇二二年七月七日</c> (the pre-2012 form),
/// <c>2022年07月07日</c>, full-width digits, spaces inside (<c>2022 年 7 月 7 日</c>), <c>7月7号</c>, and the
/// separated forms <c>2022.7.7</c>, <c>2022-07-07</c>, <c>2022/7/7</c>. Every form other than <c>2022年7月7日</c>
/// is accepted with a note naming what was normalised. A month and day without a year (<c>7月7日</c>, <c>6月份</c>)
/// need a context year. Impossible dates (<c>2022年2月30日</c>) fail, saying how many days the month has.
/// </para>
/// <para>The <c>TryParse</c> methods allocate nothing.</para>
/// </remarks>
public static class ChineseDates
{
    /// <summary>Reads a whole text as a date.</summary>
    /// <param name="text">The text; surrounding white space is ignored.</param>
    /// <param name="date">The date, or the default on failure.</param>
    /// <returns>Whether the text is a date in an accepted form.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out LocalDate date)
    {
        var scan = DateReader.Read(text, null, dayRequired: true);
        date = scan.Error == DateError.None ? new LocalDate(scan.Year, scan.Month, scan.Day) : default;
        return scan.Error == DateError.None;
    }

    /// <summary>Reads a whole text as a date.</summary>
    /// <param name="text">The text, or <see langword="null"/>.</param>
    /// <param name="date">The date, or the default on failure.</param>
    /// <returns>Whether the text is a date in an accepted form.</returns>
    public static bool TryParse(string? text, out LocalDate date)
    {
        if (text is null)
        {
            date = default;
            return false;
        }

        return TryParse(text.AsSpan(), out date);
    }

    /// <summary>Reads a whole text as a date.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ParseException">The text is not a date in an accepted form; the exception says why and where.</exception>
    public static LocalDate Parse(string text) => ParseDetailed(text).Value;

    /// <summary>Reads a whole text as a date, saying what failed and where, and noting every normalisation.</summary>
    /// <param name="text">The text, or <see langword="null"/>.</param>
    /// <returns>The result; never throws on bad input.</returns>
    public static ParseResult<LocalDate> ParseDetailed(string? text) => ParseDate(text, null);

    /// <summary>
    /// Reads a whole text as a date; a text without a year (<c>7月7日</c>) takes <paramref name="contextYear"/>, with a
    /// note.
    /// </summary>
    /// <param name="text">The text, or <see langword="null"/>.</param>
    /// <param name="contextYear">The year of the document the text comes from.</param>
    /// <returns>The result; never throws on bad input.</returns>
    public static ParseResult<LocalDate> ParseDetailed(string? text, int contextYear) => ParseDate(text, contextYear);

    /// <summary>
    /// Reads a month: <c>2022年6月</c>, <c>二〇二二年六月</c>, or — with <paramref name="contextYear"/> — <c>6月</c> and
    /// <c>6月份</c>.
    /// </summary>
    /// <param name="text">The text, or <see langword="null"/>.</param>
    /// <param name="contextYear">The year for texts that state none, or <see langword="null"/>.</param>
    /// <returns>The result; never throws on bad input.</returns>
    public static ParseResult<YearMonth> ParseYearMonthDetailed(string? text, int? contextYear = null)
    {
        if (text is null)
        {
            return ParseResult<YearMonth>.ForError(ParseDiagnostic.Create(ParseCodes.NullText, 0, 0));
        }

        var scan = DateReader.Read(text.AsSpan(), contextYear, dayRequired: false);
        if (scan.Error == DateError.None && scan.HasDay)
        {
            return ParseResult<YearMonth>.ForError(ParseDiagnostic.Create(ParseCodes.UnexpectedCharacter, text.Length - 1, 1,
                DiagnosticArguments.Create(("character", text.Substring(text.Length - 1)))), text);
        }

        return scan.Error == DateError.None
            ? ParseResult<YearMonth>.ForValue(new YearMonth(scan.Year, scan.Month), Notes(scan, text), text)
            : ParseResult<YearMonth>.ForError(Diagnose(scan, text), text);
    }

    /// <summary>Reads a month (see <see cref="ParseYearMonthDetailed"/>).</summary>
    /// <param name="text">The text.</param>
    /// <param name="contextYear">The year for texts that state none, or <see langword="null"/>.</param>
    /// <returns>The month.</returns>
    /// <exception cref="ParseException">The text is not a month in an accepted form.</exception>
    public static YearMonth ParseYearMonth(string text, int? contextYear = null) => ParseYearMonthDetailed(text, contextYear).Value;

    /// <summary>Writes a date: <c>2022年7月7日</c>, or <c>二〇二二年七月七日</c>.</summary>
    /// <param name="date">The date (year 1 to 9999).</param>
    /// <param name="style">Arabic numerals (the 2012 rule, the default) or Chinese numerals.</param>
    /// <returns>The date in Chinese.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is before 1, or the style is not defined.</exception>
    public static string Format(LocalDate date, ChineseDateStyle style = ChineseDateStyle.Arabic)
    {
        if (date.Year < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, "Only years from 1 to 9999 are written.");
        }

        return style switch
        {
            ChineseDateStyle.Arabic => string.Format(CultureInfo.InvariantCulture, "{0}年{1}月{2}日", date.Year, date.Month, date.Day),
            ChineseDateStyle.ChineseNumerals => ChineseNumerals.Format(date.Year, ChineseNumeralStyle.Digits) + "年" +
                                                ChineseNumerals.Format(date.Month) + "月" + ChineseNumerals.Format(date.Day) + "日",
            _ => throw new ArgumentOutOfRangeException(nameof(style), style, "Unknown date style."),
        };
    }

    /// <summary>Writes a month: <c>2022年6月</c>.</summary>
    /// <param name="month">The month.</param>
    /// <returns>The month in Chinese with Arabic numerals.</returns>
    public static string Format(YearMonth month) =>
        string.Format(CultureInfo.InvariantCulture, "{0}年{1}月", month.Year, month.Month);

    private static ParseResult<LocalDate> ParseDate(string? text, int? contextYear)
    {
        if (text is null)
        {
            return ParseResult<LocalDate>.ForError(ParseDiagnostic.Create(ParseCodes.NullText, 0, 0));
        }

        var scan = DateReader.Read(text.AsSpan(), contextYear, dayRequired: true);
        return scan.Error == DateError.None
            ? ParseResult<LocalDate>.ForValue(new LocalDate(scan.Year, scan.Month, scan.Day), Notes(scan, text), text)
            : ParseResult<LocalDate>.ForError(Diagnose(scan, text), text);
    }

    private static ParseDiagnostic Diagnose(DateScan scan, string text) => scan.Error switch
    {
        DateError.Empty => ParseDiagnostic.Create(ParseCodes.EmptyText, 0, text.Length),
        DateError.UnexpectedEnd => ParseDiagnostic.Create(ParseCodes.UnexpectedEnd, scan.ErrorPosition, 0),
        DateError.UnexpectedCharacter => ChineseNumerals.UnexpectedCharacter(text.AsSpan(), scan.ErrorPosition),
        DateError.YearDigits => ParseDiagnostic.Create(ParseCodes.YearNotFourDigits, scan.ErrorPosition, scan.ErrorLength),
        DateError.MonthOutOfRange => ParseDiagnostic.Create(
            ParseCodes.MonthOutOfRange, scan.ErrorPosition, scan.ErrorLength, DiagnosticArguments.Create(("month", scan.Month))),
        DateError.DayOutOfRange => ParseDiagnostic.Create(
            ParseCodes.DayOutOfRange,
            scan.ErrorPosition,
            scan.ErrorLength,
            DiagnosticArguments.Create(
                ("year", scan.Year),
                ("month", scan.Month),
                ("day", scan.Day),
                ("days", CalendarSystem.Iso.GetDaysInMonth(scan.Year, scan.Month)))),
        DateError.MissingYear => ParseDiagnostic.Create(ParseCodes.MissingYear, scan.ErrorPosition, scan.ErrorLength),
        DateError.MissingDay => ParseDiagnostic.Create(ParseCodes.MissingDay, scan.ErrorPosition, 0),
        _ => ParseDiagnostic.Create(ParseCodes.MixedDateSeparators, scan.ErrorPosition, scan.ErrorLength),
    };

    private static List<ParseDiagnostic> Notes(DateScan scan, string text)
    {
        var notes = new List<ParseDiagnostic>();
        void Add(DateNotes flag, string code)
        {
            if ((scan.Notes & flag) != 0)
            {
                notes.Add(ParseDiagnostic.Create(code, 0, text.Length));
            }
        }

        Add(DateNotes.Separators, ParseCodes.DateWithSeparators);
        Add(DateNotes.ChineseNumerals, ParseCodes.DateInChineseNumerals);
        Add(DateNotes.ZeroPadded, ParseCodes.DateZeroPadded);
        Add(DateNotes.FullWidthDigits, ParseCodes.FullWidthDigits);
        Add(DateNotes.Spaces, ParseCodes.SpacesIgnored);
        Add(DateNotes.DayAsHao, ParseCodes.DayWrittenWithHao);
        if ((scan.Notes & DateNotes.LookalikeZero) != 0)
        {
            notes.Add(ParseDiagnostic.Create(ParseCodes.LookalikeZeroRead, 0, text.Length, DiagnosticArguments.Create(("text", text))));
        }

        if (!scan.HasYear)
        {
            notes.Add(ParseDiagnostic.Create(ParseCodes.YearFromContext, 0, text.Length, DiagnosticArguments.Create(("year", scan.Year))));
        }

        return notes;
    }
}
