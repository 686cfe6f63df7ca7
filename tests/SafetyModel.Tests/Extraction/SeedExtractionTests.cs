using SafetyModel.Diagnostics;
using SafetyModel.Extraction;
using SafetyModel.Primitives;
using SafetyModel.Reports;
using SafetyModel.Samples;
using SafetyModel.Tests.Seed;
using SafetyModel.Tests.Validation;
using SafetyModel.Text;
using SafetyModel.Validation;
using SafetyModel.Work;

namespace SafetyModel.Tests.Extraction;

public class SeedExtractionTests
{
    private static IReadOnlyList<StatedFigure> Figures =>
        FigureExtractor.Extract(SeedFixture.Text, new FigureExtractionOptions { Year = 2022 }).Value;

    [Fact]
    public void The_seed_gives_exactly_the_figures_it_states_and_nothing_else()
    {
        Figures.Select(Describe).Should().Equal(
            "safety-officers 1名 安全生产专职干事",
            "meetings 8次 安全生产工作例会",
            "inspections 7次 comprehensive 安全生产大检查 [construction 1次, holiday-may-day 2次, grassland-fire 2次, flood-season 2次, schools-and-kindergartens 5次, flood-channels -]",
            "banners 16条 横幅",
            "slogans 16多条 标语",
            "leaflets 500余份 宣传单",
            "kindergartens 2所 幼儿园",
            "inspections 1次 schools-and-kindergartens 全面大检查 2022-06");
    }

    [Fact]
    public void Approximate_figures_keep_their_approximation()
    {
        var slogans = Figures.Single(f => f.Indicator == Indicator.Slogans).Quantity!;
        slogans.Qualifier.Should().Be(QuantityQualifier.MoreThan);
        slogans.Lower.Value.Should().Be(16);
        slogans.Lower.Inclusive.Should().BeFalse();
        Figures.Single(f => f.Indicator == Indicator.Leaflets).Quantity.Should().Be(Quantity.Parse("500余份"));
    }

    [Fact]
    public void Every_figure_points_at_the_exact_characters_it_came_from()
    {
        foreach (var figure in Figures.Concat(Figures.SelectMany(f => f.Parts)))
        {
            var source = figure.Source!;
            SeedFixture.Text.Substring(source.Offset, source.Length).Should().Be(source.Text);
            source.Sentence.Should().Contain(source.Text);
            if (figure.Quantity is { RawText: { } raw })
            {
                source.Text.Should().Contain(raw);
            }
        }

        var meetings = Figures.Single(f => f.Indicator == Indicator.Meetings).Source!;
        meetings.Text.Should().Be("乌兰陶勒盖镇安全生产工作领导小组共召开了8次安全生产工作例会");
        meetings.Sentence.Should().Be("半年来，乌兰陶勒盖镇安全生产工作领导小组共召开了8次安全生产工作例会。");
        meetings.Paragraph.Should().Be(7, "the title block, the recipient and the first paragraphs come before it");
        Figures.Single(f => f.Indicator == Indicator.Banners).Source!.Text.Should().Be("共计挂横幅16条");
        Figures.Single(f => f.Indicator == Indicator.Kindergartens).Source!.Paragraph.Should().Be(14);
    }

    [Fact]
    public void The_seed_reads_without_a_single_note()
    {
        FigureExtractor.Extract(SeedFixture.Text, new FigureExtractionOptions { Year = 2022 }).Notes.Should().BeEmpty();
    }

    [Fact]
    public void Without_a_year_the_June_figure_keeps_no_period_and_says_why()
    {
        var result = FigureExtractor.Extract(SeedFixture.Text);

        result.Value[result.Value.Count - 1].Period.Should().BeNull();
        var note = result.Notes.Should().ContainSingle().Subject;
        note.Code.Should().Be(ParseCodes.MonthWithoutYear);
        SeedFixture.Text.Substring(note.Position, 2).Should().Be("6月");
        note.Arguments["month"].Should().Be(6);
    }

    [Fact]
    public void The_figures_read_from_the_text_are_the_figures_of_the_report_built_in_code()
    {
        Figures.Select(WithoutSource).Should().Equal(SeedReport.Build().StatedFigures);
    }

    [Fact]
    public void The_seed_text_becomes_a_report_with_its_document_period_division_and_figures()
    {
        var parsed = SummaryText.ParseDetailed(SeedFixture.Text, new SummaryTextOptions { Registry = DivisionRegistry.SampleWushenBanner });

        var report = parsed.Value;
        report.Period.Should().Be(ReportingPeriod.ForHalfYear(2022, 1));
        report.Division.ShortCode.Should().Be("150626103");
        report.Document!.Number!.Value.ToString().Should().Be("乌兰镇政函〔2022〕297号");
        report.StatedFigures.Should().Equal(Figures);
        parsed.Notes.Select(n => n.Code).Should().Equal(ParseCodes.RecipientAsciiColon);
    }

    [Fact]
    public void Validating_the_seed_text_gives_exactly_the_ascii_colon_the_seven_against_twelve_and_the_irregular_figure()
    {
        var parsed = SummaryText.ParseDetailed(SeedFixture.Text, new SummaryTextOptions { Division = SeedReport.Town });

        var report = ReportRules.Default.ValidateParsed(parsed, FixedClock.On(2026, 11, 29).Context);

        report.Issues.Select(i => (i.Code, i.Severity, i.Path.ToString())).Should().Equal(
            (ParseCodes.RecipientAsciiColon, ValidationSeverity.Information, string.Empty),
            (ValidationCodes.BreakdownExceedsTotal, ValidationSeverity.Warning, "/statedFigures/2"),
            (ValidationCodes.IrregularApproximateFigure, ValidationSeverity.Information, "/statedFigures/4/quantity"));
        report.Issues[0].Arguments["textPosition"].Should().Be(SeedFixture.Text.IndexOf("委员会:", StringComparison.Ordinal) + 3);
        report.Issues[1].Arguments["total"].Should().Be(7L);
        report.Issues[1].Arguments["partsSum"].Should().Be(12L);
        report.Issues[2].Arguments["text"].Should().Be("16多条");
    }

    internal static string Describe(StatedFigure figure)
    {
        var head = string.Join(" ", new[] { figure.Indicator.Code, figure.Quantity?.RawText ?? "-", figure.Dimension?.Code, figure.Label, figure.Period?.Code }
            .Where(s => s is not null));
        return figure.Parts.Count == 0
            ? head
            : head + " [" + string.Join(", ", figure.Parts.Select(p => $"{p.Dimension?.Code ?? p.Indicator.Code} {p.Quantity?.RawText ?? "-"}")) + "]";
    }

    internal static StatedFigure WithoutSource(StatedFigure figure) => new()
    {
        Indicator = figure.Indicator,
        Quantity = figure.Quantity,
        Dimension = figure.Dimension,
        Label = figure.Label,
        Period = figure.Period,
        Parts = figure.Parts.Select(WithoutSource).ToList(),
    };
}
