using SafetyModel.Diagnostics;
using SafetyModel.Extraction;
using SafetyModel.Primitives;
using SafetyModel.Tests.Seed;
using SafetyModel.Text;

namespace SafetyModel.Tests.Extraction;

public class SummaryTextTests
{
    [Theory]
    [InlineData("报送乌兰陶勒盖镇2022年安全生产半年工作总结", "2022-H1")]
    [InlineData("报送2022年上半年安全生产工作总结", "2022-H1")]
    [InlineData("报送2022年下半年安全生产工作总结", "2022-H2")]
    [InlineData("2023年第三季度安全生产工作情况", "2023-Q3")]
    [InlineData("2023年6月份安全生产工作情况", "2023-06")]
    [InlineData("2021年度安全生产工作总结", "2021")]
    [InlineData("2021年安全生产工作总结", "2021")]
    [InlineData("开展2022年“安全生产月”活动的总结", null)]
    [InlineData("安全生产工作总结", null)]
    [InlineData("12022年上半年总结", null)]
    [InlineData("2022年第一季度安全生产工作情况", "2022-Q1")]
    [InlineData("2022年第四季度安全生产工作情况", "2022-Q4")]
    [InlineData("2022年第五季度安全生产工作情况", null)]
    [InlineData("2022年季度安全生产工作情况", null)]
    [InlineData("2022年1月安全生产工作情况", "2022-01")]
    [InlineData("2022年12月份安全生产工作情况", "2022-12")]
    [InlineData("2022年13月份安全生产工作情况", null)]
    [InlineData("2022年0月份安全生产工作情况", null)]
    [InlineData("2022年全年安全生产工作情况", "2022")]
    [InlineData("2022年工作总结", "2022")]
    [InlineData("2022年安全生产检查情况", null)]
    [InlineData("关于2022年第二季度安全生产工作情况", "2022-Q2")]
    [InlineData("0999年度工作总结", null)]
    [InlineData("1000年度工作总结", "1000")]
    [InlineData("9998年度工作总结", "9998")]
    [InlineData("9999年度工作总结", null)]
    [InlineData("9999年上半年工作总结", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void The_period_is_read_from_the_title(string? subject, string? code)
    {
        // Parenthesised: without them a null period would skip the assertion instead of comparing null with the code.
        (SummaryText.PeriodFromTitle(subject)?.Code).Should().Be(code);
    }

    private const string LateSummary = """
        乌兰陶勒盖镇人民政府关于报送2021年下半年安全生产工作总结的函
        乌审旗安全生产委员会：

        12月份，开展消防检查2次。共检查企业45家，其中加油站3家。

        乌兰陶勒盖镇人民政府
        2022年1月10日
        """;

    [Fact]
    public void A_month_in_the_body_takes_the_year_of_the_period_not_of_the_date()
    {
        var report = SummaryText.Parse(LateSummary);

        report.Document!.Date!.Value.Year.Should().Be(2022, "the summary is dated in the new year");
        report.Period!.Code.Should().Be("2021-H2");
        report.StatedFigures.Select(f => f.Period?.Code).First().Should().Be("2021-12");
    }

    [Fact]
    public void The_extractors_notes_are_kept_with_the_document_readers()
    {
        var result = SummaryText.ParseDetailed(LateSummary);

        result.Notes.Select(n => n.Code).Should().Contain(ParseCodes.InheritedIndicator);
        result.Notes.Where(n => n.Code == ParseCodes.InheritedIndicator).Should().ContainSingle()
            .Which.Position.Should().Be(LateSummary.IndexOf("加油站3家", StringComparison.Ordinal));
    }

    [Fact]
    public void Only_a_registry_name_that_begins_the_organs_name_finds_the_division()
    {
        var registry = DivisionRegistry.Empty
            .With(DivisionCode.Parse("150626103"), "乌兰陶勒盖镇")
            .With(DivisionCode.Parse("150626104"), "图克镇与乌兰陶勒盖镇交界地区");

        SummaryText.Parse(LateSummary, new SummaryTextOptions { Registry = registry }).Division.Should().Be(DivisionCode.Parse("150626103"));
    }

    [Fact]
    public void A_period_the_caller_gives_wins_over_the_title()
    {
        var report = SummaryText.Parse(SeedFixture.Text, new SummaryTextOptions { Period = ReportingPeriod.ForYear(2022) });

        report.Period.Should().Be(ReportingPeriod.ForYear(2022));
    }

    [Fact]
    public void Without_a_registry_or_a_division_the_division_stays_unknown()
    {
        SummaryText.Parse(SeedFixture.Text).Division.Should().Be(default(DivisionCode));
    }

    [Fact]
    public void Two_registry_names_of_the_same_length_that_both_fit_find_no_division()
    {
        var registry = DivisionRegistry.Empty
            .With(DivisionCode.Parse("150626103"), "乌兰陶勒盖镇")
            .With(DivisionCode.Parse("150627103"), "乌兰陶勒盖镇");

        SummaryText.Parse(SeedFixture.Text, new SummaryTextOptions { Registry = registry }).Division.Should().Be(default(DivisionCode));
    }

    [Fact]
    public void Text_that_is_no_document_is_the_document_readers_error()
    {
        SummaryText.ParseDetailed(null).Error!.Code.Should().Be(ParseCodes.NullText);
        var act = () => SummaryText.Parse(string.Empty);
        act.Should().Throw<ParseException>().Which.Diagnostic.Code.Should().Be(ParseCodes.EmptyText);
    }
}
