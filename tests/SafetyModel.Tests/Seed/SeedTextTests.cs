using NodaTime;
using SafetyModel.Primitives;
using SafetyModel.Text;

namespace SafetyModel.Tests.Seed;

/// <summary>Every number, date, figure and period the seed states, read through the public API.</summary>
public class SeedTextTests
{
    public static TheoryData<string, QuantityQualifier, double, string> Figures() => new()
    {
        { "8次", QuantityQualifier.Exact, 8, "次" },            // 召开了8次安全生产工作例会
        { "7次", QuantityQualifier.Exact, 7, "次" },            // 己开展安全生产大检查7次
        { "1次", QuantityQualifier.Exact, 1, "次" },            // 建筑领域安全大检查1次; 组织了1次全面大检查
        { "2次", QuantityQualifier.Exact, 2, "次" },            // 五一 2, 草原火灾 2, 汛期 2
        { "5次", QuantityQualifier.Exact, 5, "次" },            // 学校、幼儿园安全检查5次
        { "16条", QuantityQualifier.Exact, 16, "条" },          // 挂横幅16条
        { "16多条", QuantityQualifier.MoreThan, 16, "条" },     // 张帖标语16多条 (irregular)
        { "500余份", QuantityQualifier.MoreThan, 500, "份" },   // 发放宣传单500余份
        { "2所", QuantityQualifier.Exact, 2, "所" },            // 现有幼儿园2所
        { "1名", QuantityQualifier.Exact, 1, "名" },            // 1名安全生产专职干事
        { "一个月", QuantityQualifier.Exact, 1, "个月" },       // 为期一个月 (a duration)
    };

    [Theory]
    [MemberData(nameof(Figures))]
    public void Every_figure_of_the_seed_is_read_with_its_qualifier_and_unit(string text, QuantityQualifier qualifier, double stated, string unit)
    {
        SeedFixture.Text.Should().Contain(text, "the figure is quoted from the seed");

        var quantity = Quantity.Parse(text);

        quantity.Qualifier.Should().Be(qualifier);
        quantity.Stated.Should().Be((decimal)stated);
        quantity.Unit.Code.Should().Be(unit);
        quantity.RawText.Should().Be(text);
    }

    [Fact]
    public void The_seed_date_is_read_without_a_note()
    {
        SeedFixture.Text.Should().Contain("2022年7月7日");

        var result = ChineseDates.ParseDetailed("2022年7月7日");

        result.Value.Should().Be(new LocalDate(2022, 7, 7));
        result.Notes.Should().BeEmpty("the seed writes its date in the 2012 form");
    }

    [Theory]
    [InlineData("6月份", 6)]
    [InlineData("5月份", 5)]
    public void The_months_the_seed_names_are_read_in_its_year(string text, int month)
    {
        SeedFixture.Text.Should().Contain(text);

        ChineseDates.ParseYearMonth(text, 2022).Should().Be(new YearMonth(2022, month));
        ReportingPeriod.Parse(text, 2022).Should().Be(ReportingPeriod.ForMonth(2022, month));
    }

    [Fact]
    public void The_seed_period_is_read_from_its_words()
    {
        SeedFixture.Text.Should().Contain("上半年");

        var period = ReportingPeriod.Parse("上半年", 2022);

        period.Should().Be(ReportingPeriod.ForHalfYear(2022, 1));
        period.Contains(new LocalDate(2022, 7, 7)).Should().BeFalse("the letter is written after the half-year ends");
    }

    [Theory]
    [InlineData("2022", 2022L)]
    [InlineData("297", 297L)]
    [InlineData("8", 8L)]
    [InlineData("500", 500L)]
    [InlineData("七", 7L)]
    [InlineData("一", 1L)]
    [InlineData("二", 2L)]
    [InlineData("三", 3L)]
    [InlineData("四", 4L)]
    [InlineData("五", 5L)]
    [InlineData("六", 6L)]
    public void The_numbers_and_outline_numerals_of_the_seed_are_read(string text, long value)
    {
        SeedFixture.Text.Should().Contain(text);

        ChineseNumerals.Parse(text).Should().Be(value);
    }

    [Fact]
    public void The_seed_breakdown_of_inspections_adds_up_to_twelve_against_a_stated_seven()
    {
        var total = Quantity.Parse("7次");
        var parts = new[] { "1次", "2次", "2次", "2次", "5次" }.Select(t => Quantity.Parse(t));

        var sum = Quantity.Sum(parts, QuantityUnit.Times);

        sum.Should().Be(Quantity.Exact(12, QuantityUnit.Times));
        sum.IsGreaterThan(total).Should().Be(Certainty.Definitely);
    }

    [Fact]
    public void The_seed_publicity_figures_add_up_honestly()
    {
        var banners = Quantity.Parse("16条");
        var slogans = Quantity.Parse("16多条");

        var items = banners + slogans;

        items.IsExact.Should().BeFalse();
        items.Lower.Should().Be(QuantityBound.Excluding(32));
        items.Upper.Should().BeNull("16多 has no upper bound");
    }
}
