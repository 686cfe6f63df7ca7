using System;
using System.Collections.Generic;
using NodaTime;
using SafetyModel.Diagnostics;
using SafetyModel.Text;

namespace SafetyModel.Primitives;

/// <summary>Reads reporting periods: Chinese forms (<c>2022年上半年</c>, <c>一季度</c>, <c>1-6月</c>) and codes (<c>2022-H1</c>).</summary>
internal static class ReportingPeriodParser
{
    private const int MaximumLength = 64;

    private static readonly char[] RangeSeparators = { '-', '－', '～', '~', '〜', '—', '–', '至', '到' };

    public static ParseResult<ReportingPeriod> Parse(string? text, int? contextYear)
    {
        if (text is null)
        {
            return ParseResult<ReportingPeriod>.ForError(ParseDiagnostic.Create(ParseCodes.NullText, 0, 0));
        }

        if (text.Length > MaximumLength)
        {
            return Fail(ParseDiagnostic.Create(ParseCodes.TextTooLong, 0, text.Length, DiagnosticArguments.Create(("length", text.Length), ("maximum", MaximumLength))));
        }

        var s = TextSpans.Trim(text.AsSpan(), out var offset);
        if (s.IsEmpty)
        {
            return Fail(ParseDiagnostic.Create(ParseCodes.EmptyText, 0, text.Length));
        }

        if (TryParseCode(s, out var coded))
        {
            return ParseResult<ReportingPeriod>.ForValue(coded!, Array.Empty<ParseDiagnostic>(), text);
        }

        if (s.Length >= 4 && AllAsciiDigits(s.Slice(0, 4)) && (s.Length == 4 || s[4] != '年'))
        {
            // Four digits not followed by 年 begin no Chinese form: a code that is wrong (2022-13), not a missing year.
            return Fail(Unknown(s.ToString(), offset));
        }

        var notes = new List<ParseDiagnostic>();
        int? year = null;
        var i = 0;
        var marker = s.IndexOf('年');
        if (marker == 4 && ChineseNumerals.TryParse(s.Slice(0, 4), out var statedYear))
        {
            year = (int)statedYear;
            i = 5;
        }

        var rest = s.Slice(i);
        if (year is null)
        {
            if (contextYear is null)
            {
                return Fail(ParseDiagnostic.Create(ParseCodes.MissingYear, offset, s.Length));
            }

            year = contextYear;
            notes.Add(ParseDiagnostic.Create(ParseCodes.YearFromContext, offset, s.Length, DiagnosticArguments.Create(("year", year.Value))));
        }

        if (!ReportingPeriod.IsSupportedYear(year.Value))
        {
            return Fail(ParseDiagnostic.Create(ParseCodes.YearNotFourDigits, offset, i));
        }

        var y = year.Value;
        var error = Read(rest, y, out var period, out var standardised);
        if (error is not null)
        {
            return Fail(error.Shift(offset + i));
        }

        if (standardised)
        {
            notes.Add(ParseDiagnostic.Create(
                ParseCodes.MonthRangeIsCalendarPeriod, offset + i, rest.Length, DiagnosticArguments.Create(("period", period!.ChineseName))));
        }

        return ParseResult<ReportingPeriod>.ForValue(period!, notes, text);

        ParseResult<ReportingPeriod> Fail(ParseDiagnostic diagnostic) => ParseResult<ReportingPeriod>.ForError(diagnostic, text);
    }

    private static ParseDiagnostic? Read(ReadOnlySpan<char> rest, int year, out ReportingPeriod? period, out bool standardised)
    {
        standardised = false;
        period = null;
        var text = rest.ToString();
        switch (text)
        {
            case "":
            case "度":
            case "全年":
            case "年度":
            case "全年度":
                period = ReportingPeriod.ForYear(year);
                return null;
            case "上半年":
            case "上半年度":
                period = ReportingPeriod.ForHalfYear(year, 1);
                return null;
            case "下半年":
            case "下半年度":
                period = ReportingPeriod.ForHalfYear(year, 2);
                return null;
        }

        if (text.EndsWith("季度", StringComparison.Ordinal))
        {
            var number = text.Substring(0, text.Length - 2);
            var start = number.StartsWith("第", StringComparison.Ordinal) ? 1 : 0;
            if (!ChineseNumerals.TryParse(number.AsSpan(start), out var quarter) || quarter is < 1 or > 4)
            {
                return ParseDiagnostic.Create(ParseCodes.QuarterOutOfRange, 0, text.Length, DiagnosticArguments.Create(("quarter", number.Substring(start))));
            }

            period = ReportingPeriod.ForQuarter(year, (int)quarter);
            return null;
        }

        var body = text.EndsWith("月份", StringComparison.Ordinal) ? text.Substring(0, text.Length - 2)
            : text.EndsWith("月", StringComparison.Ordinal) ? text.Substring(0, text.Length - 1)
            : null;
        if (body is null || body.Length == 0)
        {
            return Unknown(text);
        }

        var separator = body.IndexOfAny(RangeSeparators);
        if (separator < 0)
        {
            if (!ChineseNumerals.TryParse(body, out var month) || month is < 1 or > 12)
            {
                return MonthError(body, 0);
            }

            period = ReportingPeriod.ForMonth(year, (int)month);
            return null;
        }

        var first = body.Substring(0, separator);
        if (first.EndsWith("月", StringComparison.Ordinal))
        {
            first = first.Substring(0, first.Length - 1); // 3月至5月
        }

        var second = body.Substring(separator + 1);
        if (!ChineseNumerals.TryParse(first, out var from) || from is < 1 or > 12)
        {
            return MonthError(first, 0);
        }

        if (!ChineseNumerals.TryParse(second, out var to) || to is < 1 or > 12)
        {
            return MonthError(second, separator + 1);
        }

        if (to < from)
        {
            return ParseDiagnostic.Create(ParseCodes.InvalidMonthRange, 0, text.Length, DiagnosticArguments.Create(("from", from), ("to", to)));
        }

        period = FromMonths(year, (int)from, (int)to, out standardised);
        return null;
    }

    /// <summary>A month range that is exactly a quarter, half-year or year is that period; otherwise a custom one.</summary>
    private static ReportingPeriod FromMonths(int year, int from, int to, out bool standardised)
    {
        standardised = true;
        if (from == 1 && to == 12)
        {
            return ReportingPeriod.ForYear(year);
        }

        if (to - from == 5 && from is 1 or 7)
        {
            return ReportingPeriod.ForHalfYear(year, from == 1 ? 1 : 2);
        }

        if (to - from == 2 && (from - 1) % 3 == 0)
        {
            return ReportingPeriod.ForQuarter(year, ((from - 1) / 3) + 1);
        }

        if (from == to)
        {
            return ReportingPeriod.ForMonth(year, from);
        }

        standardised = false;
        var start = new LocalDate(year, from, 1);
        return ReportingPeriod.ForInterval(new DateInterval(start, new LocalDate(year, to, 1).PlusMonths(1).PlusDays(-1)));
    }

    private static ParseDiagnostic MonthError(string month, int position) =>
        ChineseNumerals.TryParse(month, out var value)
            ? ParseDiagnostic.Create(ParseCodes.MonthOutOfRange, position, month.Length, DiagnosticArguments.Create(("month", value)))
            : Unknown(month, position);

    private static ParseDiagnostic Unknown(string text, int position = 0) =>
        ParseDiagnostic.Create(ParseCodes.UnknownPeriod, position, text.Length, DiagnosticArguments.Create(("text", text)));

    private static bool TryParseCode(ReadOnlySpan<char> s, out ReportingPeriod? period)
    {
        period = null;
        if (s.Length < 4 || !AllAsciiDigits(s.Slice(0, 4)))
        {
            return false;
        }

        var year = ((s[0] - '0') * 1000) + ((s[1] - '0') * 100) + ((s[2] - '0') * 10) + (s[3] - '0');
        if (!ReportingPeriod.IsSupportedYear(year))
        {
            return false;
        }

        if (s.Length == 4)
        {
            period = ReportingPeriod.ForYear(year);
            return true;
        }

        if (s[4] != '-')
        {
            return false;
        }

        if (s.Length == 7 && s[5] is 'Q' or 'q' && s[6] is >= '1' and <= '4')
        {
            period = ReportingPeriod.ForQuarter(year, s[6] - '0');
            return true;
        }

        if (s.Length == 7 && s[5] is 'H' or 'h' && s[6] is '1' or '2')
        {
            period = ReportingPeriod.ForHalfYear(year, s[6] - '0');
            return true;
        }

        if (s.Length == 7 && AllAsciiDigits(s.Slice(5, 2)))
        {
            var month = ((s[5] - '0') * 10) + (s[6] - '0');
            if (month is >= 1 and <= 12)
            {
                period = ReportingPeriod.ForMonth(year, month);
                return true;
            }

            return false;
        }

        if (s.Length == 21 && s[10] == '/')
        {
            var start = NodaTime.Text.LocalDatePattern.Iso.Parse(s.Slice(0, 10).ToString());
            var end = NodaTime.Text.LocalDatePattern.Iso.Parse(s.Slice(11).ToString());
            if (start.Success && end.Success && end.Value >= start.Value && ReportingPeriod.IsSupportedYear(end.Value.Year))
            {
                period = ReportingPeriod.ForInterval(new DateInterval(start.Value, end.Value));
                return true;
            }
        }

        return false;
    }

    private static bool AllAsciiDigits(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            WorkMeter.Step();
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }
}
