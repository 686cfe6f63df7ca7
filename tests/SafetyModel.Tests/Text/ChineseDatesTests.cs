using CsCheck;
using NodaTime;
using SafetyModel.Diagnostics;
using SafetyModel.Text;

namespace SafetyModel.Tests.Text;

public class ChineseDatesTests
{
    private static readonly LocalDate SeedDate = new(2022, 7, 7);

    [Theory]
    [InlineData("2022年7月7日")]
    [InlineData("二〇二二年七月七日", ParseCodes.DateInChineseNumerals)]
    [InlineData("二零二二年七月七日", ParseCodes.DateInChineseNumerals)]
    [InlineData("2022年07月07日", ParseCodes.DateZeroPadded)]
    [InlineData("２０２２年７月７日", ParseCodes.FullWidthDigits)]
    [InlineData("2022 年 7 月 7 日", ParseCodes.SpacesIgnored)]
    [InlineData("2022年7月7号", ParseCodes.DayWrittenWithHao)]
    [InlineData("2022.7.7", ParseCodes.DateWithSeparators)]
    [InlineData("2022-07-07", ParseCodes.DateWithSeparators, ParseCodes.DateZeroPadded)]
    [InlineData("2022/7/7", ParseCodes.DateWithSeparators)]
    [InlineData("  2022年7月7日\u3000")]
    [InlineData("2022．7．7", ParseCodes.DateWithSeparators)]
    [InlineData("2022－7－7", ParseCodes.DateWithSeparators)]
    [InlineData("2022／7／7", ParseCodes.DateWithSeparators)]
    public void Reads_every_accepted_form_of_the_seed_date_noting_each_normalisation(string text, params string[] notes)
    {
        var result = ChineseDates.ParseDetailed(text);

        result.Value.Should().Be(SeedDate);
        result.Notes.Select(n => n.Code).Should().BeEquivalentTo(notes);
        ChineseDates.TryParse(text, out var date).Should().BeTrue();
        date.Should().Be(SeedDate);
        ChineseDates.Parse(text).Should().Be(SeedDate);
    }

    [Theory]
    [InlineData("二〇〇五年三月八日", 2005, 3, 8)]
    [InlineData("2012年12月31日", 2012, 12, 31)]
    [InlineData("一九四九年十月一日", 1949, 10, 1)]
    [InlineData("2100年二月二十八日", 2100, 2, 28)]
    [InlineData("2024年2月29日", 2024, 2, 29)]
    [InlineData("二〇二二年十二月三十一日", 2022, 12, 31)]
    public void Reads_other_dates(string text, int year, int month, int day) =>
        ChineseDates.Parse(text).Should().Be(new LocalDate(year, month, day));

    [Theory]
    [InlineData("2022年2月30日", ParseCodes.DayOutOfRange)]
    [InlineData("2023年2月29日", ParseCodes.DayOutOfRange)]
    [InlineData("2022年13月1日", ParseCodes.MonthOutOfRange)]
    [InlineData("2022年0月1日", ParseCodes.MonthOutOfRange)]
    [InlineData("22年7月7日", ParseCodes.YearNotFourDigits)]
    [InlineData("2022年7月", ParseCodes.MissingDay)]
    [InlineData("7月7日", ParseCodes.MissingYear)]
    [InlineData("2022-7/7", ParseCodes.MixedDateSeparators)]
    [InlineData("2022年7月7日上午", ParseCodes.UnexpectedCharacter)]
    [InlineData("2022年7月7", ParseCodes.UnexpectedEnd)]
    [InlineData("", ParseCodes.EmptyText)]
    [InlineData("己开展", ParseCodes.UnexpectedCharacter)]
    [InlineData("2022.13.1", ParseCodes.MonthOutOfRange)]
    [InlineData("2022.0.1", ParseCodes.MonthOutOfRange)]
    [InlineData("2022.7.", ParseCodes.UnexpectedEnd)]
    [InlineData("2022.7.x", ParseCodes.UnexpectedCharacter)]
    [InlineData("2022.7.7x", ParseCodes.UnexpectedCharacter)]
    [InlineData("2022.2.30", ParseCodes.DayOutOfRange)]
    [InlineData("0000年7月7日", ParseCodes.YearNotFourDigits)]
    [InlineData("0000.7.7", ParseCodes.YearNotFourDigits)]
    public void Refuses_what_is_not_a_date(string text, string code)
    {
        var result = ChineseDates.ParseDetailed(text);

        result.Success.Should().BeFalse();
        result.Error!.Code.Should().Be(code);
        ChineseDates.TryParse(text, out var date).Should().BeFalse();
        date.Should().Be(default(LocalDate));
        ((Func<LocalDate>)(() => ChineseDates.Parse(text))).Should().Throw<ParseException>().Which.Diagnostic.Code.Should().Be(code);
    }

    [Fact]
    public void An_impossible_date_says_how_many_days_the_month_has()
    {
        var error = ChineseDates.ParseDetailed("2022年2月30日").Error!;

        error.Arguments["days"].Should().Be(28L);
        error.Message.English.Should().Be("2022-2 has 28 days; there is no day 30.");
        error.Message.Chinese.Should().Be("2022年2月只有28天，不存在30日。");
    }

    [Fact]
    public void A_month_and_day_take_the_context_year_with_a_note()
    {
        var result = ChineseDates.ParseDetailed("7月7日", 2022);

        result.Value.Should().Be(SeedDate);
        result.Notes.Should().ContainSingle().Which.Code.Should().Be(ParseCodes.YearFromContext);
    }

    [Theory]
    [InlineData("2022年6月", null, 2022, 6)]
    [InlineData("二〇二二年六月", null, 2022, 6)]
    [InlineData("6月份", 2022, 2022, 6)]
    [InlineData("6月", 2022, 2022, 6)]
    [InlineData("2021年12月", 2022, 2021, 12)]
    public void Reads_months(string text, int? contextYear, int year, int month) =>
        ChineseDates.ParseYearMonth(text, contextYear).Should().Be(new YearMonth(year, month));

    [Theory]
    [InlineData("6月份", null, ParseCodes.MissingYear)]
    [InlineData("2022年6月7日", null, ParseCodes.UnexpectedCharacter)]
    [InlineData("2022年6月份7日", null, ParseCodes.UnexpectedCharacter)]
    [InlineData(null, null, ParseCodes.NullText)]
    public void Refuses_what_is_not_a_month(string? text, int? contextYear, string code) =>
        ChineseDates.ParseYearMonthDetailed(text, contextYear).Error!.Code.Should().Be(code);

    [Fact]
    public void Writes_the_2012_form_and_the_older_form()
    {
        ChineseDates.Format(SeedDate).Should().Be("2022年7月7日");
        ChineseDates.Format(SeedDate, ChineseDateStyle.ChineseNumerals).Should().Be("二〇二二年七月七日");
        ChineseDates.Format(new LocalDate(2022, 12, 31), ChineseDateStyle.ChineseNumerals).Should().Be("二〇二二年十二月三十一日");
        ChineseDates.Format(new YearMonth(2022, 6)).Should().Be("2022年6月");
        ((Func<string>)(() => ChineseDates.Format(SeedDate, (ChineseDateStyle)5))).Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("Unknown date style.*").Which.ParamName.Should().Be("style");
        ((Func<string>)(() => ChineseDates.Format(new LocalDate(0, 1, 1)))).Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("Only years from 1 to 9999 are written.*").Which.ParamName.Should().Be("date");
        ChineseDates.Format(new LocalDate(1, 1, 1)).Should().Be("1年1月1日");
    }

    [Fact]
    public void Null_text_is_not_a_date_and_no_exception()
    {
        ChineseDates.TryParse((string?)null, out var date).Should().BeFalse();
        date.Should().Be(default(LocalDate));
        ChineseDates.ParseDetailed(null).Error!.Code.Should().Be(ParseCodes.NullText);
        ChineseDates.ParseDetailed(null, 2022).Error!.Code.Should().Be(ParseCodes.NullText);
    }

    private static readonly Gen<LocalDate> Dates =
        Gen.Int[0, Period.Between(new LocalDate(1949, 1, 1), new LocalDate(2100, 12, 31), PeriodUnits.Days).Days]
            .Select(days => new LocalDate(1949, 1, 1).PlusDays(days));

    [Theory]
    [InlineData(ChineseDateStyle.Arabic)]
    [InlineData(ChineseDateStyle.ChineseNumerals)]
    public void Any_date_from_1949_to_2100_round_trips(ChineseDateStyle style) =>
        Dates.Sample(date =>
        {
            var text = ChineseDates.Format(date, style);
            ChineseDates.Parse(text).Should().Be(date, text);
        }, iter: Iterations.Of(10_000));

    [Fact]
    public void Arbitrary_strings_never_throw_from_the_non_throwing_forms() =>
        Gen.String.Sample(text =>
        {
            ChineseDates.TryParse(text, out _).Should().Be(ChineseDates.ParseDetailed(text).Success);
            ChineseDates.ParseDetailed(text, 2022);
            ChineseDates.ParseYearMonthDetailed(text, 2022);
        }, iter: Iterations.Of(20_000));

    [Fact]
    public void Strings_of_date_characters_never_throw() =>
        Gen.Char["〇一二三四五六七八九十0123456789年月日号份.-/ "].Array[0, 16]
            .Select(c => new string(c)).Sample(text =>
            {
                var result = ChineseDates.ParseDetailed(text, 2022);
                if (!result.Success)
                {
                    result.Error!.Position.Should().BeInRange(0, text.Length);
                    result.Error.Message.Chinese.Should().NotBeNullOrEmpty();
                }
            }, iter: Iterations.Of(20_000));
}
