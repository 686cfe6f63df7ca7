using System;
using NodaTime;

namespace SafetyModel.Text;

/// <summary>What went wrong reading a date.</summary>
internal enum DateError
{
    None,
    Empty,
    UnexpectedCharacter,
    UnexpectedEnd,
    YearDigits,
    MonthOutOfRange,
    DayOutOfRange,
    MissingYear,
    MissingDay,
    MixedSeparators,
}

/// <summary>Normalisations made while reading a date.</summary>
[Flags]
internal enum DateNotes
{
    None = 0,
    FullWidthDigits = 1,
    ZeroPadded = 2,
    Spaces = 4,
    ChineseNumerals = 8,
    DayAsHao = 16,
    Separators = 32,
    MonthWithFen = 64,
    LookalikeZero = 128,
}

/// <summary>The outcome of reading a date: its parts, or where and why it failed. A plain struct: no allocation.</summary>
internal struct DateScan
{
    public int Year;
    public int Month;
    public int Day;
    public bool HasYear;
    public bool HasDay;
    public DateNotes Notes;
    public DateError Error;
    public int ErrorPosition;
    public int ErrorLength;
}

/// <summary>
/// Reads <c>2022年7月7日</c>, <c>二〇二二年七月七日</c>, <c>2022 年 07 月 07 日</c>, <c>7月7号</c>, <c>2022年6月</c>,
/// <c>6月份</c>, <c>2022.7.7</c>, <c>2022-07-07</c> and <c>2022/7/7</c>, without allocating.
/// </summary>
internal static class DateReader
{
    public static DateScan Read(ReadOnlySpan<char> text, int? contextYear, bool dayRequired)
    {
        var scan = default(DateScan);
        var s = TextSpans.Trim(text, out var offset);
        if (s.IsEmpty)
        {
            return Fail(ref scan, DateError.Empty, 0, text.Length);
        }

        var i = 0;
        var firstStart = i;
        if (!ReadNumber(s, ref i, ref scan, out var first, out var firstDigits, out var firstArabic))
        {
            return Fail(ref scan, i < s.Length ? DateError.UnexpectedCharacter : DateError.UnexpectedEnd, offset + i, i < s.Length ? 1 : 0);
        }

        if (i < s.Length && s[i] is '.' or '-' or '/' or '．' or '－' or '／' && firstArabic)
        {
            return ReadSeparated(s, offset, i, first, firstDigits, ref scan);
        }

        SkipSpaces(s, ref i, ref scan);
        if (i < s.Length && s[i] == '年')
        {
            if (firstDigits != 4)
            {
                return Fail(ref scan, DateError.YearDigits, offset + firstStart, i - firstStart);
            }

            scan.Year = first;
            scan.HasYear = true;
            i++;
            SkipSpaces(s, ref i, ref scan);
            var monthStart = i;
            if (!ReadNumber(s, ref i, ref scan, out scan.Month, out var monthDigits, out _))
            {
                return Fail(ref scan, i < s.Length ? DateError.UnexpectedCharacter : DateError.UnexpectedEnd, offset + i, i < s.Length ? 1 : 0);
            }

            NoteZeroPadding(s, monthStart, monthDigits, ref scan);
            SkipSpaces(s, ref i, ref scan);
        }
        else
        {
            if (contextYear is null)
            {
                return Fail(ref scan, DateError.MissingYear, offset, s.Length);
            }

            scan.Year = contextYear.Value;
            scan.Month = first;
            NoteZeroPadding(s, firstStart, firstDigits, ref scan);
        }

        var monthEnd = i;
        if (i >= s.Length || s[i] != '月')
        {
            return Fail(ref scan, i < s.Length ? DateError.UnexpectedCharacter : DateError.UnexpectedEnd, offset + i, i < s.Length ? 1 : 0);
        }

        i++;
        if (scan.Month is < 1 or > 12)
        {
            return Fail(ref scan, DateError.MonthOutOfRange, offset, monthEnd);
        }

        if (i < s.Length && s[i] == '份')
        {
            scan.Notes |= DateNotes.MonthWithFen;
            i++;
        }

        SkipSpaces(s, ref i, ref scan);
        if (i == s.Length)
        {
            return dayRequired ? Fail(ref scan, DateError.MissingDay, offset + i, 0) : scan;
        }

        if ((scan.Notes & DateNotes.MonthWithFen) != 0)
        {
            return Fail(ref scan, DateError.UnexpectedCharacter, offset + i, 1);
        }

        var dayStart = i;
        if (!ReadNumber(s, ref i, ref scan, out scan.Day, out var dayDigits, out _))
        {
            return Fail(ref scan, i < s.Length ? DateError.UnexpectedCharacter : DateError.UnexpectedEnd, offset + i, i < s.Length ? 1 : 0);
        }

        NoteZeroPadding(s, dayStart, dayDigits, ref scan);
        SkipSpaces(s, ref i, ref scan);
        if (i >= s.Length || s[i] is not ('日' or '号' or '號'))
        {
            return Fail(ref scan, i < s.Length ? DateError.UnexpectedCharacter : DateError.UnexpectedEnd, offset + i, i < s.Length ? 1 : 0);
        }

        if (s[i] != '日')
        {
            scan.Notes |= DateNotes.DayAsHao;
        }

        i++;
        if (i < s.Length)
        {
            return Fail(ref scan, DateError.UnexpectedCharacter, offset + i, 1);
        }

        scan.HasDay = true;
        return CheckDay(ref scan, offset, s.Length);
    }

    private static DateScan ReadSeparated(ReadOnlySpan<char> s, int offset, int i, int year, int yearDigits, ref DateScan scan)
    {
        var separator = Normalize(s[i]);
        scan.Notes |= DateNotes.Separators;
        if (yearDigits != 4)
        {
            return Fail(ref scan, DateError.YearDigits, offset, i);
        }

        scan.Year = year;
        scan.HasYear = true;
        i++;
        var monthStart = i;
        if (!ReadArabic(s, ref i, ref scan, out scan.Month, out var monthDigits))
        {
            return Fail(ref scan, i < s.Length ? DateError.UnexpectedCharacter : DateError.UnexpectedEnd, offset + i, i < s.Length ? 1 : 0);
        }

        NoteZeroPadding(s, monthStart, monthDigits, ref scan);
        if (i >= s.Length || !(s[i] is '.' or '-' or '/' or '．' or '－' or '／'))
        {
            return Fail(ref scan, i < s.Length ? DateError.UnexpectedCharacter : DateError.UnexpectedEnd, offset + i, i < s.Length ? 1 : 0);
        }

        if (Normalize(s[i]) != separator)
        {
            return Fail(ref scan, DateError.MixedSeparators, offset + i, 1);
        }

        i++;
        if (scan.Month is < 1 or > 12)
        {
            return Fail(ref scan, DateError.MonthOutOfRange, offset + monthStart, monthDigits);
        }

        var dayStart = i;
        if (!ReadArabic(s, ref i, ref scan, out scan.Day, out var dayDigits))
        {
            return Fail(ref scan, i < s.Length ? DateError.UnexpectedCharacter : DateError.UnexpectedEnd, offset + i, i < s.Length ? 1 : 0);
        }

        NoteZeroPadding(s, dayStart, dayDigits, ref scan);
        if (i < s.Length)
        {
            return Fail(ref scan, DateError.UnexpectedCharacter, offset + i, 1);
        }

        scan.HasDay = true;
        return CheckDay(ref scan, offset, s.Length);
    }

    private static DateScan CheckDay(ref DateScan scan, int offset, int length)
    {
        if (scan.Year is < 1 or > 9999)
        {
            return Fail(ref scan, DateError.YearDigits, offset, length);
        }

        if (scan.Day < 1 || scan.Day > CalendarSystem.Iso.GetDaysInMonth(scan.Year, scan.Month))
        {
            return Fail(ref scan, DateError.DayOutOfRange, offset, length);
        }

        return scan;
    }

    private static char Normalize(char separator) => separator switch
    {
        '．' => '.',
        '－' => '-',
        '／' => '/',
        _ => separator,
    };

    private static void NoteZeroPadding(ReadOnlySpan<char> s, int start, int digits, ref DateScan scan)
    {
        if (digits == 2 && NumeralCharacters.ArabicDigit(s[start]) == 0)
        {
            scan.Notes |= DateNotes.ZeroPadded;
        }
    }

    private static void SkipSpaces(ReadOnlySpan<char> s, ref int i, ref DateScan scan)
    {
        var start = i;
        while (i < s.Length && char.IsWhiteSpace(s[i]))
        {
            WorkMeter.Step();
            i++;
        }

        if (i > start)
        {
            scan.Notes |= DateNotes.Spaces;
        }
    }

    /// <summary>Reads a number: Arabic digits, or Chinese numerals (二〇二二, 十二, 三十一).</summary>
    private static bool ReadNumber(ReadOnlySpan<char> s, ref int i, ref DateScan scan, out int value, out int digits, out bool arabic)
    {
        arabic = i < s.Length && NumeralCharacters.ArabicDigit(s[i]) >= 0;
        if (arabic)
        {
            return ReadArabic(s, ref i, ref scan, out value, out digits);
        }

        // 二〇一九, and 二0一九 / 二OO三 with a look-alike for 〇 (the digit 0 or the letter O) inside the Chinese run
        var start = i;
        Span<char> run = stackalloc char[8];
        var lookalike = false;
        while (i < s.Length && i - start < 8)
        {
            WorkMeter.Step();
            var c = s[i];
            if (i > start && c is '0' or 'O' or 'o' or '０' or 'Ｏ' or 'ｏ')
            {
                lookalike = true;
                c = '〇';
            }
            else if (NumeralCharacters.ChineseDigit(c) < 0 && NumeralCharacters.SmallUnit(c) != 10)
            {
                break;
            }

            run[i - start] = c;
            i++;
        }

        digits = i - start;
        value = 0;
        if (digits == 0 || NumeralReader.Read(run.Slice(0, digits), out var number, out _, out _) != NumeralError.None || number > 9999)
        {
            i = start;
            return false;
        }

        scan.Notes |= DateNotes.ChineseNumerals | (lookalike ? DateNotes.LookalikeZero : DateNotes.None);
        value = (int)number;
        return true;
    }

    private static bool ReadArabic(ReadOnlySpan<char> s, ref int i, ref DateScan scan, out int value, out int digits)
    {
        value = 0;
        digits = 0;
        while (i < s.Length)
        {
            WorkMeter.Step();
            var digit = NumeralCharacters.ArabicDigit(s[i]);
            if (digit < 0)
            {
                break;
            }

            if (NumeralCharacters.IsFullWidthDigit(s[i]))
            {
                scan.Notes |= DateNotes.FullWidthDigits;
            }

            if (++digits > 4)
            {
                return false;
            }

            value = (value * 10) + digit;
            i++;
        }

        return digits > 0;
    }

    private static DateScan Fail(ref DateScan scan, DateError error, int position, int length)
    {
        scan.Error = error;
        scan.ErrorPosition = position;
        scan.ErrorLength = length;
        return scan;
    }
}
