using SafetyModel.Diagnostics;
using SafetyModel.Extraction;
using SafetyModel.Primitives;
using SafetyModel.Reports;
using SafetyModel.Text;
using SafetyModel.Work;

namespace SafetyModel.Tests.Extraction;

/// <summary>
/// The edges of figure extraction: numbers at the very start of a text, zero and ten, qualifiers next to words that
/// contain them, the longest sentence and breakdown part kept whole, and where a 其中 looks for its total.
/// </summary>
public class ExtractionBoundaryTests
{
    private static IReadOnlyList<StatedFigure> Extract(string text) => FigureExtractor.Extract(text, new FigureExtractionOptions { Year = 2022 }).Value;

    [Fact]
    public void A_figure_may_open_the_text()
    {
        var meetings = Extract("8次安全生产工作例会均按时召开。").Should().ContainSingle().Subject;

        meetings.Indicator.Should().Be(Indicator.Meetings);
        meetings.Quantity!.RawText.Should().Be("8次");
        meetings.Source!.Offset.Should().Be(0);
    }

    [Theory]
    [InlineData("发生生产安全事故0起。", "0起", 0)]
    [InlineData("召开会议十次。", "十次", 10)]
    public void Zero_and_a_bare_ten_are_counts(string text, string raw, int stated)
    {
        var figure = Extract(text).Should().ContainSingle().Subject;

        figure.Quantity!.RawText.Should().Be(raw);
        figure.Quantity.Stated.Should().Be(stated);
    }

    [Fact]
    public void A_qualifier_that_opens_the_text_is_kept()
    {
        var figures = Extract("近200人次群众参加演练，约300人接受培训。");

        figures.Select(f => (f.Quantity!.RawText, f.Quantity.Qualifier)).Should().Equal(
            ("近200人次", QuantityQualifier.Nearly), ("约300人", QuantityQualifier.About));
    }

    [Theory]
    [InlineData("对附近3家企业进行了检查。")]
    [InlineData("对最近3家企业进行了检查。")]
    public void The_近_of_附近_and_最近_is_no_qualifier(string text)
    {
        var units = Extract(text).Should().ContainSingle().Subject;

        units.Indicator.Should().Be(Indicator.UnitsInspected);
        units.Quantity!.RawText.Should().Be("3家");
        units.Quantity.Qualifier.Should().Be(QuantityQualifier.Exact);
    }

    [Fact]
    public void A_number_followed_by_性_is_part_of_a_word()
    {
        Extract("一次性排查隐患并整改到位。").Should().BeEmpty();
    }

    [Fact]
    public void A_count_followed_by_words_that_are_not_its_own_is_no_figure_of_the_words_before_it()
    {
        // 3个 counts villages (村), not hazards, although 排查隐患 stands before it.
        Extract("排查隐患涉及3个村。").Should().BeEmpty();
    }

    [Fact]
    public void A_decimal_point_that_ends_the_text_is_read_without_an_exception()
    {
        var result = FigureExtractor.Extract("排查隐患3处，整改12.");

        result.Success.Should().BeTrue();
        ExtractionCorpusTests.Keys(result.Value).Should().Equal("hazards-found 3处");
    }

    [Fact]
    public void A_space_between_the_words_and_the_number_is_not_part_of_the_label()
    {
        var hazards = Extract("排查隐患 3处。").Should().ContainSingle().Subject;

        hazards.Label.Should().Be("排查隐患");
        hazards.Source!.Text.Should().Be("排查隐患 3处");
    }

    [Fact]
    public void Every_leading_character_the_lexicon_drops_is_dropped_from_a_label()
    {
        foreach (var drop in "共已己挂了又再还均都有")
        {
            var text = $"悬挂{drop}横幅5条。";

            Extract(text).Should().ContainSingle().Which.Label.Should().Be("横幅", $"'{drop}' opens no label ({text})");
        }
    }

    [Fact]
    public void A_其中_that_opens_the_text_is_not_part_of_the_figures_words()
    {
        var hazards = Extract("其中重大隐患2处。").Should().ContainSingle().Subject;

        hazards.Parts.Should().BeEmpty("there is no total before it");
        hazards.Label.Should().Be("重大隐患");
        hazards.Source!.Text.Should().Be("重大隐患2处");
        hazards.Source.Offset.Should().Be(2);
    }

    [Fact]
    public void A_其中_inside_a_sentence_breaks_down_a_figure_of_that_sentence_not_of_the_one_before()
    {
        var figures = Extract("排查隐患20处。按照要求，其中重大隐患2处。");

        figures.Select(f => (f.Quantity!.RawText, f.Parts.Count)).Should().Equal(("20处", 0), ("2处", 0));
    }

    [Fact]
    public void A_part_counted_in_another_unit_than_its_total_is_no_part()
    {
        var total = Extract("共检查企业45家，其中加油站3处。").Should().ContainSingle().Subject;

        total.Quantity!.RawText.Should().Be("45家");
        total.Parts.Should().BeEmpty();
    }

    [Fact]
    public void A_part_named_without_a_count_may_have_40_characters_and_no_more()
    {
        var forty = new string('镇', 36) + "消防检查";
        var fortyOne = new string('镇', 37) + "消防检查";

        var kept = Extract($"开展安全检查3次，其中{forty}。").Single();
        var dropped = Extract($"开展安全检查3次，其中{fortyOne}。").Single();

        kept.Parts.Should().ContainSingle().Which.Label.Should().Be(forty);
        dropped.Parts.Should().BeEmpty();
    }

    [Fact]
    public void A_part_named_without_a_count_is_denied_by_a_negation_before_its_word()
    {
        var total = Extract("开展安全检查3次，其中集市未检查工作。").Should().ContainSingle().Subject;

        total.Parts.Should().BeEmpty();
    }

    [Fact]
    public void An_inspection_takes_a_type_named_at_the_very_start_of_its_sentence()
    {
        var inspections = Extract("消防安全方面，开展检查2次。").Should().ContainSingle().Subject;

        inspections.Dimension.Should().Be(InspectionType.FireSafety);
    }

    [Fact]
    public void An_inspection_takes_no_type_from_the_sentences_after_it()
    {
        var figures = Extract("召开会议1次。开展检查2次。开展消防宣传。");

        figures.Select(f => (f.Indicator, f.Dimension)).Should().Equal((Indicator.Meetings, null), (Indicator.Inspections, null));
    }

    [Fact]
    public void Only_inspections_are_comprehensive_by_their_words()
    {
        var hazards = Extract("开展安全生产大检查发现隐患5处。").Should().ContainSingle().Subject;

        hazards.Indicator.Should().Be(Indicator.HazardsFound);
        hazards.Dimension.Should().BeNull();
    }

    [Theory]
    [InlineData("9998年6月，开展消防检查2次。", "9998-06")]
    [InlineData("至6月底，开展消防检查2次。", "2022-06")]
    public void Months_at_the_edges_still_give_the_period(string text, string period)
    {
        (Extract(text).Single().Period?.Code).Should().Be(period);
    }

    [Theory]
    [InlineData("9999年6月，开展消防检查2次。", 2022)]
    [InlineData("6月份，开展消防检查2次。", 1)]
    [InlineData("6月份，开展消防检查2次。", 9999)]
    public void A_month_in_a_year_no_period_can_have_is_a_note_not_an_exception(string text, int referenceYear)
    {
        var result = FigureExtractor.Extract(text, new FigureExtractionOptions { Year = referenceYear });

        result.Success.Should().BeTrue();
        result.Value.Should().ContainSingle().Which.Period.Should().BeNull();
        result.Notes.Should().ContainSingle().Which.Code.Should().Be(ParseCodes.MonthWithoutYear);
        result.Notes[0].Arguments["month"].Should().Be(6);
    }

    [Fact]
    public void The_其中_clause_itself_may_name_a_part_without_a_count()
    {
        var total = Extract("开展安全检查3次，其中集市安全检查。").Should().ContainSingle().Subject;

        total.Parts.Should().ContainSingle().Which.Dimension.Should().Be(InspectionType.MarketsAndFairs);
        total.Parts[0].Quantity.Should().BeNull();
        total.Parts[0].Source!.Text.Should().Be("集市安全检查");
    }

    [Fact]
    public void A_sentence_of_512_characters_is_kept_whole_wherever_it_stands()
    {
        var before = string.Concat(Enumerable.Repeat("工作有序推进。", 100)); // 700 characters of other sentences
        var sentence = "召开会议2次" + new string('，', 505) + "。";

        var figure = Extract(before + sentence).Should().ContainSingle().Subject;

        sentence.Length.Should().Be(512);
        figure.Source!.Sentence.Should().Be(sentence);
        figure.Source.Offset.Should().Be(before.Length);
    }

    [Fact]
    public void A_sentence_of_513_characters_is_kept_as_a_window_around_the_figure()
    {
        var sentence = "召开会议2次" + new string('，', 506) + "。";

        var figure = Extract(sentence).Should().ContainSingle().Subject;

        sentence.Length.Should().Be(513);
        figure.Source!.Sentence.Should().Be(sentence.Substring(0, "召开会议2次".Length + 200));
    }

    [Fact]
    public void A_text_of_the_maximum_length_is_read()
    {
        var text = new string('\n', FigureExtractor.MaximumLength - "召开会议2次。".Length) + "召开会议2次。";

        var result = FigureExtractor.Extract(text);

        result.Success.Should().BeTrue();
        result.Value.Should().ContainSingle().Which.Quantity!.RawText.Should().Be("2次");
    }
}
