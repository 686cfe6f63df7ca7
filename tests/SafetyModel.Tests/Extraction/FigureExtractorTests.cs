using CsCheck;
using SafetyModel.Diagnostics;
using SafetyModel.Extraction;
using SafetyModel.Primitives;
using SafetyModel.Reports;
using SafetyModel.Text;
using SafetyModel.Work;

namespace SafetyModel.Tests.Extraction;

public class FigureExtractorTests
{
    private static IReadOnlyList<StatedFigure> Extract(string text) => FigureExtractor.Extract(text, new FigureExtractionOptions { Year = 2022 }).Value;

    [Fact]
    public void A_null_text_is_an_error_not_an_exception()
    {
        var result = FigureExtractor.Extract(null);

        result.Success.Should().BeFalse();
        result.Error!.Code.Should().Be(ParseCodes.NullText);
    }

    [Fact]
    public void A_text_longer_than_the_maximum_is_refused_before_any_work()
    {
        var result = FigureExtractor.Extract(new string('检', FigureExtractor.MaximumLength + 1));

        result.Error!.Code.Should().Be(ParseCodes.TextTooLong);
        result.Error.Arguments["maximum"].Should().Be(FigureExtractor.MaximumLength);
    }

    [Fact]
    public void Empty_text_gives_no_figures()
    {
        FigureExtractor.Extract(string.Empty).Value.Should().BeEmpty();
        FigureExtractor.Extract(" \r\n\n　").Value.Should().BeEmpty();
    }

    [Fact]
    public void Chinese_numerals_are_read_as_numbers()
    {
        var meetings = Extract("召开会议三次。").Should().ContainSingle().Subject;

        meetings.Indicator.Should().Be(Indicator.Meetings);
        meetings.Quantity!.Stated.Should().Be(3);
        meetings.Quantity.RawText.Should().Be("三次");
        meetings.Label.Should().Be("会议");
    }

    [Fact]
    public void Injured_people_are_all_injured_and_minor_injuries_are_their_own_indicator()
    {
        ExtractionCorpusTests.Keys(Extract("发生事故1起，重伤1人，轻伤2人，受伤3人。")).Should().Equal(
            "accidents 1起", "serious-injuries 1人", "minor-injuries 2人", "injuries 3人");
    }

    [Theory]
    [InlineData("排查隐患10处，未整改2处。", "hazards-found 10处")]
    [InlineData("排查隐患10处，2处正在整改。", "hazards-found 10处")]
    [InlineData("配备兼职安全员15名。", "")]
    [InlineData("全年未发生事故。", "")]
    public void Denied_phrases_count_nothing(string text, string expected)
    {
        string.Join("; ", ExtractionCorpusTests.Keys(Extract(text))).Should().Be(expected);
    }

    [Theory]
    [InlineData("在为期一个月的活动中")]
    [InlineData("每一个环节都责任到人")]
    [InlineData("第一次检查在上午")]
    [InlineData("2022年7月7日召开会议")]
    [InlineData("乌兰镇政函〔2022〕297号")]
    [InlineData("一次性完成整改")]
    [InlineData("检查车辆350辆次")]
    [InlineData("走进千家万户宣传")]
    public void Numbers_that_are_no_counts_of_an_indicator_are_left_alone(string text)
    {
        Extract(text).Should().BeEmpty();
    }

    [Fact]
    public void A_breakdown_in_the_next_sentence_still_belongs_to_its_total()
    {
        var found = Extract("共排查隐患20处。其中重大隐患2处。").Should().ContainSingle().Subject;

        found.Parts.Should().ContainSingle().Which.Quantity!.Stated.Should().Be(2);
    }

    [Fact]
    public void A_part_without_an_indicator_of_its_own_takes_its_totals_and_says_so()
    {
        const string text = "共检查企业45家，其中加油站3家、餐饮店20家。";

        var result = FigureExtractor.Extract(text);

        var total = result.Value.Should().ContainSingle().Subject;
        total.Indicator.Should().Be(Indicator.UnitsInspected);
        total.Parts.Select(p => (p.Indicator, p.Label, p.Quantity!.Stated)).Should().Equal(
            (Indicator.UnitsInspected, "加油站", 3m), (Indicator.UnitsInspected, "餐饮店", 20m));
        result.Notes.Select(n => (n.Code, text.Substring(n.Position, n.Length))).Should().Equal(
            (ParseCodes.InheritedIndicator, "加油站3家"), (ParseCodes.InheritedIndicator, "餐饮店20家"));
        result.Notes[0].Arguments["total"].Should().Be("45家");
    }

    [Fact]
    public void Only_a_clause_naming_an_activity_becomes_a_part_without_a_count()
    {
        var total = Extract("开展安全检查3次，其中消防检查2次，通过检查发现问题得到整改，集市安全检查。").Should().ContainSingle().Subject;

        total.Parts.Select(p => (p.Label, p.Quantity?.RawText)).Should().Equal(("消防检查", "2次"), ("集市安全检查", null));
        total.Parts[1].Dimension.Should().Be(InspectionType.MarketsAndFairs);
    }

    [Fact]
    public void A_figure_of_another_indicator_ends_the_breakdown()
    {
        var figures = Extract("开展安全检查3次，其中消防检查2次，排查隐患8处。");

        figures.Select(f => (f.Indicator, f.Parts.Count)).Should().Equal((Indicator.Inspections, 1), (Indicator.HazardsFound, 0));
    }

    [Theory]
    [InlineData("2021年8月，开展消防检查2次。", "2021-08")]
    [InlineData("8月份，开展消防检查2次。", "2022-08")]
    [InlineData("1-6月，开展消防检查2次。", null)]
    [InlineData("1月至6月，开展消防检查2次。", null)]
    [InlineData("截至6月底，开展消防检查2次。", "2022-06")]
    public void A_named_month_becomes_the_figures_period(string text, string? period)
    {
        // Parenthesised: without them a null period would skip the assertion.
        (Extract(text).Single().Period?.Code).Should().Be(period);
    }

    [Fact]
    public void Qualifiers_around_the_number_are_kept()
    {
        var figures = Extract("参与群众约200人，培训300人次左右，发放宣传单近1000份。");

        figures.Select(f => f.Quantity!.Qualifier).Should().Equal(QuantityQualifier.About, QuantityQualifier.About, QuantityQualifier.Nearly);
        figures.Select(f => f.Quantity!.RawText).Should().Equal("约200人", "300人次左右", "近1000份");
    }

    [Fact]
    public void Every_qualifier_the_quantity_reader_knows_is_kept_in_prose_too()
    {
        // One list of qualifier words: extraction finds a figure's extent with the quantity reader's own words.
        var figures = Extract("培训300人次上下，发放宣传单大概1000份，检查企业不到20家。");

        figures.Select(f => f.Quantity!.RawText).Should().Equal("300人次上下", "大概1000份", "不到20家");
        figures.Select(f => f.Quantity!.Qualifier).Should().Equal(QuantityQualifier.About, QuantityQualifier.About, QuantityQualifier.LessThan);
    }

    [Fact]
    public void Paragraphs_count_non_blank_lines_and_offsets_count_the_whole_text()
    {
        const string text = "标题\r\n\r\n  召开会议2次。\n\n挂横幅5条。";

        var figures = Extract(text);

        figures.Select(f => (f.Source!.Paragraph, f.Source.Offset, f.Source.Text, f.Source.Sentence)).Should().Equal(
            (1, text.IndexOf("召开", StringComparison.Ordinal), "召开会议2次", "召开会议2次。"),
            (2, text.IndexOf("挂横幅", StringComparison.Ordinal), "挂横幅5条", "挂横幅5条。"));
    }

    [Fact]
    public void Any_text_reads_without_an_exception_and_every_span_is_exact()
    {
        Gen.Char["0123456789一二三四五十百千万两余多约近次条份处人名起所家个场期块月年份其中，。、；：检查排查隐患整改会议培训演练横幅标语宣传单幼儿园事故死亡未第每 \n"]
            .Array[0, 120].Select(c => new string(c))
            .Sample(text =>
            {
                var result = FigureExtractor.Extract(text, new FigureExtractionOptions { Year = 2022 });
                result.Success.Should().BeTrue();
                foreach (var figure in result.Value.Concat(result.Value.SelectMany(f => f.Parts)))
                {
                    text.Substring(figure.Source!.Offset, figure.Source.Length).Should().Be(figure.Source.Text);
                    if (figure.Quantity is { RawText: { } raw })
                    {
                        figure.Source.Text.Should().Contain(raw);
                    }
                }

                foreach (var note in result.Notes)
                {
                    (note.Position + note.Length).Should().BeLessThanOrEqualTo(text.Length);
                }
            }, iter: Iterations.Of(5_000));
    }

    [Fact]
    public void A_clause_of_a_hundred_thousand_figures_reads_every_one()
    {
        // One clause, one sentence: work bounded per number is what lets this finish at all.
        var count = Iterations.Of(100_000);
        var text = string.Concat(Enumerable.Repeat("排查隐患1处、", count));

        var figures = FigureExtractor.Extract(text).Value;

        figures.Should().HaveCount(count);
        figures[count - 1].Source!.Offset.Should().Be(text.Length - "排查隐患1处、".Length);
        figures[count / 2].Source!.Sentence.Length.Should().BeLessThanOrEqualTo(200 + "排查隐患1处".Length + 200, "a run-on sentence is kept as a window");
    }
}
