using CsCheck;
using NodaTime;
using SafetyModel.Diagnostics;
using SafetyModel.Primitives;
using SafetyModel.Text;

namespace SafetyModel.Tests.Primitives;

public class ReportingPeriodTests
{
    [Theory]
    [InlineData("2022年上半年", null, "2022-H1")]
    [InlineData("上半年", 2022, "2022-H1")]
    [InlineData("2022年下半年", null, "2022-H2")]
    [InlineData("一季度", 2022, "2022-Q1")]
    [InlineData("第二季度", 2022, "2022-Q2")]
    [InlineData("2022年第3季度", null, "2022-Q3")]
    [InlineData("1-6月", 2022, "2022-H1")]
    [InlineData("1至6月", 2022, "2022-H1")]
    [InlineData("2022年1～6月份", null, "2022-H1")]
    [InlineData("7-12月", 2022, "2022-H2")]
    [InlineData("4-6月", 2022, "2022-Q2")]
    [InlineData("1-12月", 2022, "2022")]
    [InlineData("全年", 2022, "2022")]
    [InlineData("2022年", null, "2022")]
    [InlineData("2022年度", null, "2022")]
    [InlineData("二〇二二年全年", null, "2022")]
    [InlineData("6月份", 2022, "2022-06")]
    [InlineData("2022年6月", null, "2022-06")]
    [InlineData("十二月", 2022, "2022-12")]
    [InlineData("3-5月", 2022, "2022-03-01/2022-05-31")]
    [InlineData("3月至5月", 2022, "2022-03-01/2022-05-31")]
    [InlineData("2022-H1", null, "2022-H1")]
    [InlineData("2022-Q4", null, "2022-Q4")]
    [InlineData("2022-06", null, "2022-06")]
    [InlineData("2022", null, "2022")]
    [InlineData("2022-05-01/2022-09-30", null, "2022-05-01/2022-09-30")]
    [InlineData("5-5月", 2022, "2022-05")]
    [InlineData("10-12月", 2022, "2022-Q4")]
    [InlineData("7至9月", 2022, "2022-Q3")]
    [InlineData("0002年", null, "0002")]
    [InlineData("9998年", null, "9998")]
    [InlineData("2022-h2", null, "2022-H2")]
    [InlineData("2022-q1", null, "2022-Q1")]
    [InlineData("2022-12", null, "2022-12")]
    [InlineData("2022-01-01/2022-01-01", null, "2022-01-01/2022-01-01")]
    public void Reads_the_forms_summaries_use(string text, int? contextYear, string code)
    {
        var period = ReportingPeriod.Parse(text, contextYear);

        period.Code.Should().Be(code);
        period.ToString().Should().Be(code);
        ReportingPeriod.Parse(code).Should().Be(period, "the code reads back as the same period");
    }

    [Fact]
    public void A_month_range_that_is_a_calendar_period_is_read_as_it_with_a_note()
    {
        var result = ReportingPeriod.ParseDetailed("1-6月", 2022);

        result.Value.Granularity.Should().Be(PeriodGranularity.HalfYear);
        result.Notes.Select(n => n.Code).Should().Equal(ParseCodes.YearFromContext, ParseCodes.MonthRangeIsCalendarPeriod);
        result.Notes[1].Message.Chinese.Should().Contain("2022年上半年");
    }

    [Theory]
    [InlineData("上半年", null, ParseCodes.MissingYear)]
    [InlineData("第五季度", 2022, ParseCodes.QuarterOutOfRange)]
    [InlineData("13月", 2022, ParseCodes.MonthOutOfRange)]
    [InlineData("7-6月", 2022, ParseCodes.InvalidMonthRange)]
    [InlineData("汛期", 2022, ParseCodes.UnknownPeriod)]
    [InlineData("", 2022, ParseCodes.EmptyText)]
    [InlineData(null, 2022, ParseCodes.NullText)]
    [InlineData("13-14月", 2022, ParseCodes.MonthOutOfRange)]
    [InlineData("0-3月", 2022, ParseCodes.MonthOutOfRange)]
    [InlineData("1-13月", 2022, ParseCodes.MonthOutOfRange)]
    [InlineData("甲-3月", 2022, ParseCodes.UnknownPeriod)]
    [InlineData("1-乙月", 2022, ParseCodes.UnknownPeriod)]
    [InlineData("上半年", 1, ParseCodes.YearNotFourDigits)]
    [InlineData("上半年", 9999, ParseCodes.YearNotFourDigits)]
    [InlineData("0001年", null, ParseCodes.YearNotFourDigits)]
    [InlineData("0001", null, ParseCodes.UnknownPeriod)]
    [InlineData("9999", null, ParseCodes.UnknownPeriod)]
    [InlineData("2022-13", null, ParseCodes.UnknownPeriod)]
    [InlineData("2022-00", null, ParseCodes.UnknownPeriod)]
    [InlineData("2022-Q5", null, ParseCodes.UnknownPeriod)]
    [InlineData("2022-Q0", null, ParseCodes.UnknownPeriod)]
    [InlineData("2022-H3", null, ParseCodes.UnknownPeriod)]
    [InlineData("2022-X1", null, ParseCodes.UnknownPeriod)]
    [InlineData("2022/06", null, ParseCodes.UnknownPeriod)]
    [InlineData("2022-05-01/2022-04-30", null, ParseCodes.UnknownPeriod)]
    [InlineData("2022-05-01/9999-04-30", null, ParseCodes.UnknownPeriod)]
    [InlineData("2022-05-01-2022-09-30", null, ParseCodes.UnknownPeriod)]
    public void Refuses_what_is_not_a_period(string? text, int? contextYear, string code)
    {
        var result = ReportingPeriod.ParseDetailed(text, contextYear);

        result.Success.Should().BeFalse();
        result.Error!.Code.Should().Be(code);
    }

    [Theory]
    [InlineData("2022年第五季度", ParseCodes.QuarterOutOfRange, 5, 4)]
    [InlineData("13月", ParseCodes.MonthOutOfRange, 0, 2)]
    [InlineData("7-6月", ParseCodes.InvalidMonthRange, 0, 4)]
    [InlineData("2022年13-14月", ParseCodes.MonthOutOfRange, 5, 2)]
    [InlineData("2022年1-13月", ParseCodes.MonthOutOfRange, 7, 2)]
    [InlineData("汛期", ParseCodes.UnknownPeriod, 0, 2)]
    [InlineData(" 2022年汛期", ParseCodes.UnknownPeriod, 6, 2)]
    public void A_period_that_cannot_be_read_marks_the_characters_at_fault(string text, string code, int position, int length)
    {
        var error = ReportingPeriod.ParseDetailed(text, 2022).Error!;

        (error.Code, error.Position, error.Length).Should().Be((code, position, length));
    }

    [Fact]
    public void A_wrong_code_is_an_unknown_period_where_it_stands_not_a_missing_year()
    {
        var error = ReportingPeriod.ParseDetailed(" 2022-13", null).Error!;

        error.Code.Should().Be(ParseCodes.UnknownPeriod);
        error.Position.Should().Be(1);
        error.Length.Should().Be(7);
        error.Arguments["text"].Should().Be("2022-13");
    }

    [Fact]
    public void The_seed_period_is_the_first_half_of_2022()
    {
        var period = ReportingPeriod.ForHalfYear(2022, 1);

        period.Start.Should().Be(new LocalDate(2022, 1, 1));
        period.End.Should().Be(new LocalDate(2022, 6, 30));
        period.DayCount.Should().Be(181);
        period.ChineseName.Should().Be("2022年上半年");
        period.EnglishName.Should().Be("first half of 2022");
        period.Contains(new LocalDate(2022, 6, 16)).Should().BeTrue("安全宣传咨询日 falls in it");
        period.Contains(new LocalDate(2022, 7, 7)).Should().BeFalse("the letter is dated after it");
        period.Contains(ReportingPeriod.ForMonth(2022, 6)).Should().BeTrue();
    }

    [Theory]
    [InlineData(PeriodGranularity.Month, "2022-06")]
    [InlineData(PeriodGranularity.Quarter, "2022-Q2")]
    [InlineData(PeriodGranularity.HalfYear, "2022-H1")]
    [InlineData(PeriodGranularity.Year, "2022")]
    public void The_period_containing_a_date(PeriodGranularity granularity, string code) =>
        ReportingPeriod.Containing(new LocalDate(2022, 6, 16), granularity).Code.Should().Be(code);

    [Fact]
    public void A_custom_period_cannot_be_derived_from_a_date()
    {
        var derive = () => ReportingPeriod.Containing(new LocalDate(2022, 6, 16), PeriodGranularity.Custom);

        derive.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Theory]
    [InlineData("0002-01", true, false, true)]
    [InlineData("0002-Q1", true, false, true)]
    [InlineData("0002-H2", false, false, true)]
    [InlineData("0002", true, false, true)]
    [InlineData("9998-12", false, true, false)]
    [InlineData("9998-Q4", false, true, false)]
    [InlineData("9998-H1", false, false, false)]
    [InlineData("9998", false, true, false)]
    [InlineData("0002-01-01/0002-01-10", true, false, true)]
    [InlineData("0002-01-11/0002-01-20", false, false, true)]
    [InlineData("9998-12-22/9998-12-31", false, true, false)]
    [InlineData("9998-12-12/9998-12-21", false, false, false)]
    public void At_the_ends_of_the_years_2_to_9998_the_neighbours_that_would_leave_them_are_refused(
        string code, bool noPrevious, bool noNext, bool noLastYear)
    {
        var period = ReportingPeriod.Parse(code);

        Check(() => period.Previous(), noPrevious, "before");
        Check(() => period.Next(), noNext, "after");
        Check(() => period.SameTimeLastYear(), noLastYear, "a year before");

        void Check(Func<ReportingPeriod> neighbour, bool refused, string direction)
        {
            if (refused)
            {
                neighbour.Should().Throw<InvalidOperationException>().WithMessage($"There is no period {direction} {code}: *2 to 9998*");
            }
            else
            {
                neighbour().Start.Year.Should().BeInRange(2, 9998);
            }
        }
    }

    [Theory]
    [InlineData("2022-01", "2021-12", "2021-01")]
    [InlineData("2022-Q1", "2021-Q4", "2021-Q1")]
    [InlineData("2022-H1", "2021-H2", "2021-H1")]
    [InlineData("2022-H2", "2022-H1", "2021-H2")]
    [InlineData("2022", "2021", "2021")]
    [InlineData("2022-05-01/2022-09-30", "2021-11-29/2022-04-30", "2021-05-01/2021-09-30")]
    [InlineData("2024-02-29/2024-03-01", "2024-02-27/2024-02-28", "2023-02-28/2023-03-01")]
    public void Previous_is_the_period_before_and_SameTimeLastYear_the_period_a_year_earlier(string code, string previous, string lastYear)
    {
        var period = ReportingPeriod.Parse(code);

        period.Previous().Code.Should().Be(previous);
        period.SameTimeLastYear().Code.Should().Be(lastYear);
        period.Previous().Next().Should().Be(period);
    }

    [Fact]
    public void Names_in_Chinese_and_English()
    {
        ReportingPeriod.ForQuarter(2022, 2).ChineseName.Should().Be("2022年第二季度");
        ReportingPeriod.ForQuarter(2022, 2).EnglishName.Should().Be("Q2 2022");
        ReportingPeriod.ForMonth(2022, 6).ChineseName.Should().Be("2022年6月");
        ReportingPeriod.ForMonth(2022, 6).EnglishName.Should().Be("June 2022");
        ReportingPeriod.ForYear(2022).ChineseName.Should().Be("2022年");
        ReportingPeriod.Parse("3-5月", 2022).ChineseName.Should().Be("2022年3月1日至2022年5月31日");
        ReportingPeriod.Parse("3-5月", 2022).EnglishName.Should().Be("2022-03-01 to 2022-05-31");
        ReportingPeriod.ForYear(2022).EnglishName.Should().Be("2022");
        ReportingPeriod.ForHalfYear(2022, 2).EnglishName.Should().Be("second half of 2022");
        ReportingPeriod.ForHalfYear(2022, 2).ChineseName.Should().Be("2022年下半年");
    }

    [Fact]
    public void A_period_is_its_days_as_an_interval()
    {
        var period = ReportingPeriod.ForQuarter(2022, 2);

        (period.Interval == new DateInterval(new LocalDate(2022, 4, 1), new LocalDate(2022, 6, 30))).Should().BeTrue();
        period.Start.Should().Be(new LocalDate(2022, 4, 1));
        period.End.Should().Be(new LocalDate(2022, 6, 30));
    }

    [Fact]
    public void A_period_in_another_calendar_is_refused()
    {
        var julian = new DateInterval(new LocalDate(2022, 1, 1, CalendarSystem.Julian), new LocalDate(2022, 1, 31, CalendarSystem.Julian));

        var act = () => ReportingPeriod.ForInterval(julian);

        act.Should().Throw<ArgumentException>().WithMessage("Reporting periods use the ISO calendar.*").Which.ParamName.Should().Be("interval");
    }

    [Fact]
    public void Every_comparison_operator_agrees_with_the_order_and_null_sorts_first()
    {
        var march = ReportingPeriod.ForMonth(2022, 3);
        var april = ReportingPeriod.ForMonth(2022, 4);
        ReportingPeriod? none = null;

        march.CompareTo(null).Should().Be(1);
        (april > march).Should().BeTrue();
        (march > april).Should().BeFalse();
        (march > ReportingPeriod.ForMonth(2022, 3)).Should().BeFalse();
        (march <= april).Should().BeTrue();
        (march <= ReportingPeriod.ForMonth(2022, 3)).Should().BeTrue();
        (april <= march).Should().BeFalse();
        (march != april).Should().BeTrue();
        (march != ReportingPeriod.ForMonth(2022, 3)).Should().BeFalse();
        (none < march).Should().BeTrue();
        (march > none).Should().BeTrue();
        (none == null).Should().BeTrue();
    }

    [Fact]
    public void Equality_and_order()
    {
        ReportingPeriod.ForHalfYear(2022, 1).Should().Be(ReportingPeriod.Parse("2022年上半年"));
        (ReportingPeriod.ForHalfYear(2022, 1) == ReportingPeriod.Parse("1-6月", 2022)).Should().BeTrue();
        ReportingPeriod.ForHalfYear(2022, 1).Should().NotBe(ReportingPeriod.ForInterval(new DateInterval(new LocalDate(2022, 1, 1), new LocalDate(2022, 6, 30))),
            "a custom period is not a half-year even on the same days");
        var sorted = new[] { ReportingPeriod.ForYear(2022), ReportingPeriod.ForMonth(2022, 3), ReportingPeriod.ForQuarter(2021, 4) }.OrderBy(p => p).Select(p => p.Code);
        sorted.Should().Equal("2021-Q4", "2022", "2022-03");
        (ReportingPeriod.ForMonth(2022, 1) < ReportingPeriod.ForMonth(2022, 2)).Should().BeTrue();
        (ReportingPeriod.ForMonth(2022, 2) >= ReportingPeriod.ForMonth(2022, 2)).Should().BeTrue();
    }

    [Fact]
    public void Factories_refuse_out_of_range_parts()
    {
        ((Func<ReportingPeriod>)(() => ReportingPeriod.ForQuarter(2022, 5))).Should().Throw<ArgumentOutOfRangeException>();
        ((Func<ReportingPeriod>)(() => ReportingPeriod.ForMonth(2022, 0))).Should().Throw<ArgumentOutOfRangeException>();
        ((Func<ReportingPeriod>)(() => ReportingPeriod.ForHalfYear(2022, 3))).Should().Throw<ArgumentOutOfRangeException>();
        ((Func<ReportingPeriod>)(() => ReportingPeriod.ForYear(9999))).Should().Throw<ArgumentOutOfRangeException>();
        ((Func<ReportingPeriod>)(() => ReportingPeriod.ForInterval(null!))).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Every_date_lies_in_exactly_the_periods_that_contain_it() =>
        Gen.Int[0, 50_000].Select(d => new LocalDate(1949, 1, 1).PlusDays(d)).Sample(date =>
        {
            foreach (var granularity in new[] { PeriodGranularity.Month, PeriodGranularity.Quarter, PeriodGranularity.HalfYear, PeriodGranularity.Year })
            {
                var period = ReportingPeriod.Containing(date, granularity);
                period.Contains(date).Should().BeTrue();
                period.Previous().Contains(date).Should().BeFalse();
                period.Next().Contains(date).Should().BeFalse();
                period.Previous().End.PlusDays(1).Should().Be(period.Start);
                ReportingPeriod.Parse(period.Code).Should().Be(period);
                ReportingPeriod.Parse(period.ChineseName).Should().Be(period);
            }
        }, iter: Iterations.Of(2_000));

    [Fact]
    public void Arbitrary_strings_never_throw_from_the_non_throwing_forms() =>
        Gen.String.Sample(text =>
        {
            ReportingPeriod.TryParse(text, out var period).Should().Be(ReportingPeriod.ParseDetailed(text).Success);
            ReportingPeriod.ParseDetailed(text, 2022);
        }, iter: Iterations.Of(20_000));
}
