using System;
using System.Globalization;
using NodaTime;
using SafetyModel.Diagnostics;
using SafetyModel.Text;

namespace SafetyModel.Primitives;

/// <summary>
/// The period a summary, a statistic or a comparison covers: a month, a quarter, a half-year, a year, or a custom
/// run of days — over NodaTime dates, first and last day included.
/// </summary>
/// <remarks>
/// <para>
/// Reads the forms summaries use: <c>2022年上半年</c>, <c>上半年</c> (with a context year), <c>一季度</c>,
/// <c>第二季度</c>, <c>1-6月</c>, <c>1至6月</c>, <c>全年</c>, <c>6月份</c>, and the codes of <see cref="Code"/>. A month
/// range that is exactly a quarter, a half-year or a year is read as that period, with a note.
/// </para>
/// <para>
/// <see cref="Previous"/> gives the period before (环比) and <see cref="SameTimeLastYear"/> the same period a year
/// earlier (同比). 汛期 and 草原防火期 are set locally each year: model them as <see cref="PeriodGranularity.Custom"/> periods.
/// </para>
/// <para>Immutable; two periods are equal when their granularity and dates are equal; they sort by start, then end.</para>
/// </remarks>
public sealed class ReportingPeriod : IEquatable<ReportingPeriod>, IComparable<ReportingPeriod>
{
    private static readonly string[] QuarterNames = { "第一季度", "第二季度", "第三季度", "第四季度" };
    /// <summary>The first day a period may hold (see <see cref="IsSupportedYear"/>).</summary>
    internal static readonly LocalDate FirstDay = new(2, 1, 1);

    /// <summary>The last day a period may hold.</summary>
    internal static readonly LocalDate LastDay = new(9998, 12, 31);

    private ReportingPeriod(PeriodGranularity granularity, int index, LocalDate start, LocalDate end)
    {
        Granularity = granularity;
        Index = index;
        Start = start;
        End = end;
    }

    /// <summary>Gets the length of the period.</summary>
    public PeriodGranularity Granularity { get; }

    /// <summary>Gets the year the period starts in.</summary>
    public int Year => Start.Year;

    /// <summary>Gets the month (1–12), quarter (1–4) or half (1–2) within the year; 1 for a year; 0 for a custom period.</summary>
    public int Index { get; }

    /// <summary>Gets the first day of the period.</summary>
    public LocalDate Start { get; }

    /// <summary>Gets the last day of the period (included).</summary>
    public LocalDate End { get; }

    /// <summary>Gets the days of the period as a NodaTime interval (both ends included).</summary>
    public DateInterval Interval => new(Start, End);

    /// <summary>Gets the number of days in the period.</summary>
    public int DayCount => Period.Between(Start, End, PeriodUnits.Days).Days + 1;

    /// <summary>
    /// Gets the stable code of the period, as the JSON contract writes it: <c>2022-06</c>, <c>2022-Q2</c>,
    /// <c>2022-H1</c>, <c>2022</c>, or <c>2022-05-01/2022-09-30</c> for a custom period (ISO 8601 dates).
    /// </summary>
    public string Code => Granularity switch
    {
        PeriodGranularity.Month => YearText(Start.Year) + "-" + Index.ToString("00", CultureInfo.InvariantCulture),
        PeriodGranularity.Quarter => YearText(Start.Year) + "-Q" + Index.ToString(CultureInfo.InvariantCulture),
        PeriodGranularity.HalfYear => YearText(Start.Year) + "-H" + Index.ToString(CultureInfo.InvariantCulture),
        PeriodGranularity.Year => YearText(Start.Year),
        _ => NodaTime.Text.LocalDatePattern.Iso.Format(Start) + "/" + NodaTime.Text.LocalDatePattern.Iso.Format(End),
    };

    /// <summary>
    /// Gets the Chinese name: <c>2022年6月</c>, <c>2022年第二季度</c>, <c>2022年上半年</c>, <c>2022年</c>, or
    /// <c>2022年5月1日至2022年9月30日</c>.
    /// </summary>
    public string ChineseName => Granularity switch
    {
        PeriodGranularity.Month => ChineseDates.Format(new YearMonth(Start.Year, Index)),
        PeriodGranularity.Quarter => YearText(Start.Year) + "年" + QuarterNames[Index - 1],
        PeriodGranularity.HalfYear => YearText(Start.Year) + (Index == 1 ? "年上半年" : "年下半年"),
        PeriodGranularity.Year => YearText(Start.Year) + "年",
        _ => ChineseDates.Format(Start) + "至" + ChineseDates.Format(End),
    };

    /// <summary>Gets the English name: <c>June 2022</c>, <c>Q2 2022</c>, <c>first half of 2022</c>, <c>2022</c>, <c>2022-05-01 to 2022-09-30</c>.</summary>
    public string EnglishName => Granularity switch
    {
        PeriodGranularity.Month => new LocalDate(Start.Year, Index, 1).ToString("MMMM uuuu", CultureInfo.InvariantCulture),
        PeriodGranularity.Quarter => "Q" + Index.ToString(CultureInfo.InvariantCulture) + " " + YearText(Start.Year),
        PeriodGranularity.HalfYear => (Index == 1 ? "first half of " : "second half of ") + YearText(Start.Year),
        PeriodGranularity.Year => YearText(Start.Year),
        _ => NodaTime.Text.LocalDatePattern.Iso.Format(Start) + " to " + NodaTime.Text.LocalDatePattern.Iso.Format(End),
    };

    /// <summary>Gets a calendar month.</summary>
    /// <param name="year">The year.</param>
    /// <param name="month">The month, 1–12.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year or month is out of range.</exception>
    public static ReportingPeriod ForMonth(int year, int month)
    {
        RequireYear(year);
        RequireIndex(month, 12, nameof(month));
        var start = new LocalDate(year, month, 1);
        return new(PeriodGranularity.Month, month, start, start.PlusMonths(1).PlusDays(-1));
    }

    /// <summary>Gets a calendar month.</summary>
    /// <param name="month">The month.</param>
    /// <returns>The period.</returns>
    public static ReportingPeriod ForMonth(YearMonth month) => ForMonth(month.Year, month.Month);

    /// <summary>Gets a calendar quarter.</summary>
    /// <param name="year">The year.</param>
    /// <param name="quarter">The quarter, 1–4.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year or quarter is out of range.</exception>
    public static ReportingPeriod ForQuarter(int year, int quarter)
    {
        RequireYear(year);
        RequireIndex(quarter, 4, nameof(quarter));
        var start = new LocalDate(year, ((quarter - 1) * 3) + 1, 1);
        return new(PeriodGranularity.Quarter, quarter, start, start.PlusMonths(3).PlusDays(-1));
    }

    /// <summary>Gets a half-year: 1 for 上半年 (January–June), 2 for 下半年 (July–December).</summary>
    /// <param name="year">The year.</param>
    /// <param name="half">The half, 1 or 2.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year or half is out of range.</exception>
    public static ReportingPeriod ForHalfYear(int year, int half)
    {
        RequireYear(year);
        RequireIndex(half, 2, nameof(half));
        var start = new LocalDate(year, half == 1 ? 1 : 7, 1);
        return new(PeriodGranularity.HalfYear, half, start, start.PlusMonths(6).PlusDays(-1));
    }

    /// <summary>Gets a calendar year.</summary>
    /// <param name="year">The year.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is out of range.</exception>
    public static ReportingPeriod ForYear(int year)
    {
        RequireYear(year);
        return new(PeriodGranularity.Year, 1, new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));
    }

    /// <summary>Gets a custom period: any run of days, both ends included.</summary>
    /// <param name="interval">The days.</param>
    /// <returns>The period, <see cref="PeriodGranularity.Custom"/> even where it matches a calendar period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="interval"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The interval is not in the ISO calendar.</exception>
    public static ReportingPeriod ForInterval(DateInterval interval)
    {
        if (interval is null)
        {
            throw new ArgumentNullException(nameof(interval));
        }

        if (interval.Start.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException("Reporting periods use the ISO calendar.", nameof(interval));
        }

        RequireYear(interval.Start.Year);
        RequireYear(interval.End.Year);

        return new(PeriodGranularity.Custom, 0, interval.Start, interval.End);
    }

    /// <summary>Gets the calendar period of a granularity that contains a date: the month, quarter, half-year or year.</summary>
    /// <param name="date">The date.</param>
    /// <param name="granularity">Month, quarter, half-year or year.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The granularity is <see cref="PeriodGranularity.Custom"/> or not defined.</exception>
    public static ReportingPeriod Containing(LocalDate date, PeriodGranularity granularity) => granularity switch
    {
        PeriodGranularity.Month => ForMonth(date.Year, date.Month),
        PeriodGranularity.Quarter => ForQuarter(date.Year, ((date.Month - 1) / 3) + 1),
        PeriodGranularity.HalfYear => ForHalfYear(date.Year, date.Month <= 6 ? 1 : 2),
        PeriodGranularity.Year => ForYear(date.Year),
        _ => throw new ArgumentOutOfRangeException(nameof(granularity), granularity, "A custom period cannot be derived from a date."),
    };

    /// <summary>Returns whether a date lies within the period.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> if <see cref="Start"/> ≤ date ≤ <see cref="End"/>.</returns>
    public bool Contains(LocalDate date) => date >= Start && date <= End;

    /// <summary>Returns whether another period lies wholly within this one.</summary>
    /// <param name="other">The other period.</param>
    /// <returns><see langword="true"/> if both its first and last days lie within this period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is <see langword="null"/>.</exception>
    public bool Contains(ReportingPeriod other) =>
        other is null ? throw new ArgumentNullException(nameof(other)) : Contains(other.Start) && Contains(other.End);

    /// <summary>
    /// Gets the period before this one, for 环比 (period-on-period) comparison: the previous month, quarter, half-year
    /// or year; for a custom period, the run of as many days that ends the day before it starts.
    /// </summary>
    /// <returns>The previous period.</returns>
    /// <exception cref="InvalidOperationException">The previous period would begin before the year 2 (see <see cref="ForMonth(int, int)"/>).</exception>
    public ReportingPeriod Previous() => !HasPrevious ? throw Beyond("before") : Granularity switch
    {
        PeriodGranularity.Month => ForMonth(new YearMonth(Start.Year, Index).PlusMonths(-1)),
        PeriodGranularity.Quarter => Index == 1 ? ForQuarter(Start.Year - 1, 4) : ForQuarter(Start.Year, Index - 1),
        PeriodGranularity.HalfYear => Index == 1 ? ForHalfYear(Start.Year - 1, 2) : ForHalfYear(Start.Year, 1),
        PeriodGranularity.Year => ForYear(Start.Year - 1),
        _ => new(PeriodGranularity.Custom, 0, Start.PlusDays(-DayCount), Start.PlusDays(-1)),
    };

    /// <summary>Gets the period after this one (the inverse of <see cref="Previous"/>).</summary>
    /// <returns>The next period.</returns>
    /// <exception cref="InvalidOperationException">The next period would end after the year 9998.</exception>
    public ReportingPeriod Next() => !HasNext ? throw Beyond("after") : Granularity switch
    {
        PeriodGranularity.Month => ForMonth(new YearMonth(Start.Year, Index).PlusMonths(1)),
        PeriodGranularity.Quarter => Index == 4 ? ForQuarter(Start.Year + 1, 1) : ForQuarter(Start.Year, Index + 1),
        PeriodGranularity.HalfYear => Index == 2 ? ForHalfYear(Start.Year + 1, 1) : ForHalfYear(Start.Year, 2),
        PeriodGranularity.Year => ForYear(Start.Year + 1),
        _ => new(PeriodGranularity.Custom, 0, End.PlusDays(1), End.PlusDays(DayCount)),
    };

    /// <summary>
    /// Gets the same period a year earlier, for 同比 (year-on-year) comparison. A custom period moves both days back a
    /// year (29 February becomes 28 February).
    /// </summary>
    /// <returns>The period a year earlier.</returns>
    /// <exception cref="InvalidOperationException">This period begins in the year 2, the first a period can fall in.</exception>
    public ReportingPeriod SameTimeLastYear() => !HasSameTimeLastYear ? throw Beyond("a year before") : Granularity switch
    {
        PeriodGranularity.Month => ForMonth(Start.Year - 1, Index),
        PeriodGranularity.Quarter => ForQuarter(Start.Year - 1, Index),
        PeriodGranularity.HalfYear => ForHalfYear(Start.Year - 1, Index),
        PeriodGranularity.Year => ForYear(Start.Year - 1),
        _ => new(PeriodGranularity.Custom, 0, Start.PlusYears(-1), End.PlusYears(-1)),
    };

    /// <summary>
    /// Reads a period: <c>2022年上半年</c>, <c>上半年</c>, <c>一季度</c>, <c>第二季度</c>, <c>1-6月</c>, <c>1至6月</c>,
    /// <c>3月至5月</c>, <c>全年</c>, <c>2022年度</c>, <c>6月份</c>, <c>2022年6月</c>, or a code such as <c>2022-H1</c>.
    /// </summary>
    /// <param name="text">The text, or <see langword="null"/>.</param>
    /// <param name="contextYear">The year for texts that state none (<c>上半年</c>), or <see langword="null"/>.</param>
    /// <returns>The result; never throws on bad input.</returns>
    public static ParseResult<ReportingPeriod> ParseDetailed(string? text, int? contextYear = null) =>
        ReportingPeriodParser.Parse(text, contextYear);

    /// <summary>Reads a period (see <see cref="ParseDetailed"/>).</summary>
    /// <param name="text">The text.</param>
    /// <param name="contextYear">The year for texts that state none, or <see langword="null"/>.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ParseException">The text is not a period; the exception says why and where.</exception>
    public static ReportingPeriod Parse(string text, int? contextYear = null) => ParseDetailed(text, contextYear).Value;

    /// <summary>Reads a period (see <see cref="ParseDetailed"/>).</summary>
    /// <param name="text">The text, or <see langword="null"/>.</param>
    /// <param name="result">The period, or <see langword="null"/> on failure.</param>
    /// <returns>Whether the text is a period.</returns>
    public static bool TryParse(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ReportingPeriod? result)
    {
        var parsed = ParseDetailed(text);
        result = parsed.Success ? parsed.Value : null;
        return parsed.Success;
    }

    /// <inheritdoc />
    public bool Equals(ReportingPeriod? other) =>
        other is not null && Granularity == other.Granularity && Start == other.Start && End == other.End;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ReportingPeriod);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Granularity, Start, End);

    /// <summary>Compares by first day, then last day, then granularity.</summary>
    /// <param name="other">The other period.</param>
    /// <returns>A negative number, zero or a positive number.</returns>
    public int CompareTo(ReportingPeriod? other)
    {
        if (other is null)
        {
            return 1;
        }

        var byStart = Start.CompareTo(other.Start);
        if (byStart != 0)
        {
            return byStart;
        }

        var byEnd = End.CompareTo(other.End);
        return byEnd != 0 ? byEnd : Granularity.CompareTo(other.Granularity);
    }

    /// <summary>Returns the <see cref="Code"/>, such as <c>2022-H1</c>.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Code;

    /// <summary>Compares two periods.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(ReportingPeriod? left, ReportingPeriod? right) => Equals(left, right);

    /// <summary>Compares two periods.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(ReportingPeriod? left, ReportingPeriod? right) => !Equals(left, right);

    /// <summary>Orders two periods.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>Whether the first sorts before the second.</returns>
    public static bool operator <(ReportingPeriod? left, ReportingPeriod? right) => Compare(left, right) < 0;

    /// <summary>Orders two periods.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>Whether the first sorts after the second.</returns>
    public static bool operator >(ReportingPeriod? left, ReportingPeriod? right) => Compare(left, right) > 0;

    /// <summary>Orders two periods.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>Whether the first sorts before the second or equals it.</returns>
    public static bool operator <=(ReportingPeriod? left, ReportingPeriod? right) => Compare(left, right) <= 0;

    /// <summary>Orders two periods.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>Whether the first sorts after the second or equals it.</returns>
    public static bool operator >=(ReportingPeriod? left, ReportingPeriod? right) => Compare(left, right) >= 0;

    private static int Compare(ReportingPeriod? left, ReportingPeriod? right) =>
        left is null ? (right is null ? 0 : -1) : left.CompareTo(right);

    private static string YearText(int year) => year.ToString("0000", CultureInfo.InvariantCulture);

    /// <summary>
    /// Whether a period may fall in <paramref name="year"/>: 2 to 9998, inside NodaTime's years with room to spare at
    /// each end. <see cref="Previous"/>, <see cref="Next"/> and <see cref="SameTimeLastYear"/> of a period at an end
    /// throw rather than leave the range. Readers of text check a year here before they build a period from it, so that a
    /// stated year 9999 is a note, not an exception.
    /// </summary>
    internal static bool IsSupportedYear(int year) => year is >= 2 and <= 9998;

    /// <summary>Gets the previous period, or null for the first (a comparison's missing base).</summary>
    internal ReportingPeriod? PreviousOrNull() => HasPrevious ? Previous() : null;

    /// <summary>Gets the period a year earlier, or null for one in the year 2.</summary>
    internal ReportingPeriod? SameTimeLastYearOrNull() => HasSameTimeLastYear ? SameTimeLastYear() : null;

    private bool HasPrevious => Granularity == PeriodGranularity.Custom ? DaysBetween(FirstDay, Start) >= DayCount : Start != FirstDay;

    private bool HasNext => Granularity == PeriodGranularity.Custom ? DaysBetween(End, LastDay) >= DayCount : End != LastDay;

    private bool HasSameTimeLastYear => Start.Year > FirstDay.Year;

    private static int DaysBetween(LocalDate start, LocalDate end) => Period.Between(start, end, PeriodUnits.Days).Days;

    private InvalidOperationException Beyond(string direction) =>
        new($"There is no period {direction} {Code}: reporting periods fall in the years 2 to 9998.");

    private static void RequireYear(int year)
    {
        if (!IsSupportedYear(year))
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "The year must be from 2 to 9998.");
        }
    }

    private static void RequireIndex(int index, int maximum, string name)
    {
        if (index < 1 || index > maximum)
        {
            throw new ArgumentOutOfRangeException(name, index, $"The value must be from 1 to {maximum}.");
        }
    }
}
