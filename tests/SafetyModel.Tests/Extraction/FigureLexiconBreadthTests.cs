using CsCheck;
using SafetyModel.Diagnostics;
using SafetyModel.Extraction;
using SafetyModel.Primitives;
using SafetyModel.Reports;
using SafetyModel.Work;

namespace SafetyModel.Tests.Extraction;

/// <summary>
/// Issue 22: figures the first lexicon did not know — warning films, consultations, promotional items, other words
/// for slogans and boards, households and shops inspected — and text extracted from PDF (spaces around numbers, a
/// sentence broken across lines). Real sentences are copied exactly from the page named above each.
/// </summary>
public class FigureLexiconBreadthTests
{
    private static IReadOnlyList<StatedFigure> Figures(string text) => FigureExtractor.Extract(text).Value;

    private static IEnumerable<(string Indicator, string Quantity)> Read(string text) =>
        Figures(text).Select(f => (f.Indicator.Code, f.Quantity!.WithRawText(null).ToChineseString()));

    [Fact]
    public void A_publicity_day_sentence_yields_every_stated_figure_and_nothing_else()
    {
        // http://www.yunshanghonghu.cn/p/13479.html
        const string text = "本次活动共出动巡回宣传车12余辆(次),悬挂安全生产宣传标语19条,设立宣传展板6块,播放《全国安全生产月主题宣传片》及《警钟》、《燃气安全》警示教育片等10余场(次),发放各类安全生产宣传单5000余份,安全手册1000多册,接待咨询安全生产法律法规和安全生产知识的群众100余人。";

        Read(text).Should().Equal(
            ("slogans", "19条"), ("display-boards", "6块"), ("warning-films", "10余场"), ("leaflets", "5000余份"), ("leaflets", "1000余册"),
            ("consultations", "100余人"));
    }

    [Fact]
    public void Promotional_fans_and_consultations_are_read()
    {
        // https://zuidir.com/html/article20180615article_26971.html
        const string text = "此次活动共发放宣传单、宣传资料1000多份,宣传扇500多把,解答群众咨询数300多人次。";

        Read(text).Should().Equal(("leaflets", "1000余份"), ("promotional-items", "500余把"), ("consultations", "300余人次"));
    }

    [Fact]
    public void Fans_cups_and_aprons_handed_out_are_promotional_items()
    {
        // https://yjj.ankang.gov.cn/Content-2127044.html
        const string text = "活动现场 ,共向市民免费发放宣传资料20000余份,发放扇子、纸杯、抽纸、围裙等纪念品10000余份,摆放展板260块。";

        Read(text).Should().Equal(("leaflets", "20000余份"), ("promotional-items", "10000余份"), ("display-boards", "260块"));
    }

    [Fact]
    public void A_consultation_stall_is_no_consultation_but_consultations_received_are()
    {
        // http://www.qswenming.cn/index.php?c=show&id=27758
        const string text = "本次活动共设置宣传咨询台13个、安全生产宣传展板13块,悬挂安全宣传标语10余幅,发放各种安全宣传资料300余份,接受群众现场咨询100人次。";

        Read(text).Should().Equal(
            ("display-boards", "13块"), ("slogans", "10余幅"), ("leaflets", "300余份"), ("consultations", "100人次"));
    }

    [Fact]
    public void Shops_counted_in_households_are_units_inspected_beside_the_hazards_found()
    {
        // Synthetic: the compound the issue quotes.
        Read("检查门店12户、发现隐患30处。").Should().Equal(("units-inspected", "12户"), ("hazards-found", "30处"));
    }

    [Fact]
    public void Spaces_around_numbers_from_a_pdf_are_read_through_with_a_note()
    {
        // Synthetic: a PDF extraction's spacing (the 标语 12 条, 300 余份, 2 场).
        var result = FigureExtractor.Extract("共计挂横幅 16 条，张贴标语 12 条，发放宣传单 300 余份，开展应急演练 2 场。");

        result.Value.Select(f => (f.Indicator.Code, f.Quantity!.WithRawText(null).ToChineseString()))
            .Should().Equal(("banners", "16条"), ("slogans", "12条"), ("leaflets", "300余份"), ("drills", "2场"));
        result.Notes.Where(n => n.Code == ParseCodes.SpacesIgnored).Should().HaveCount(4);
    }

    [Fact]
    public void A_sentence_broken_across_lines_is_read_as_one_with_a_note()
    {
        // Synthetic: a line break from a PDF between a figure's words and its count.
        var result = FigureExtractor.Extract("三是利用多种方式开展宣传，共发放宣传单\n500余份，张贴标语16条。");

        result.Value.Select(f => f.Indicator).Should().Equal(Indicator.Leaflets, Indicator.Slogans);
        result.Value[0].Quantity!.Should().Be(Quantity.MoreThan(500, QuantityUnit.Copy).WithRawText("500余份"));
        result.Notes.Should().ContainSingle(n => n.Code == ParseCodes.LineBreakJoined);
    }

    [Theory]
    [InlineData("一、强化宣传\n2022年以来共发放宣传单500余份。")]
    [InlineData("乌兰陶勒盖镇人民政府\n2022年7月7日")]
    [InlineData("- 3 -\n第 3 页")]
    public void Headings_signatures_and_page_numbers_are_never_joined_or_counted(string text)
    {
        var result = FigureExtractor.Extract(text);

        result.Notes.Should().NotContain(n => n.Code == ParseCodes.LineBreakJoined);
        result.Value.Where(f => f.Indicator != Indicator.Leaflets).Should().BeEmpty();
    }

    [Theory]
    [InlineData("全年共培训从业人员12,345人次。", "12345人次")]
    [InlineData("共培训从业人员1,234,567人次。", "1234567人次")]
    public void A_figure_with_thousands_separators_is_read_whole(string text, string expected)
    {
        // Synthetic: statistics texts write large counts with ASCII thousands separators.
        var figure = Figures(text).Should().ContainSingle().Which;

        figure.Indicator.Should().Be(Indicator.PeopleTrained);
        figure.Quantity!.WithRawText(null).ToChineseString().Should().Be(expected);
    }

    [Fact]
    public void A_full_width_comma_between_numbers_in_prose_separates_clauses()
    {
        // Synthetic: 12，345 in prose is two numbers in two clauses, not twelve thousand.
        Figures("培训从业人员12，345人次参加考试。").Select(f => f.Quantity!.Stated).Should().NotContain(12_345m);
    }

    [Fact]
    public void Text_of_separators_spaces_and_line_breaks_around_counts_never_throws() =>
        Gen.Char["0123456789一二十百万,，、 \n。余多点几人次份条户处检查发放宣传单群众咨询门店隐患-第页"].Array[0, 60].Select(c => new string(c)).Sample(text =>
        {
            var result = FigureExtractor.Extract(text);
            result.Success.Should().BeTrue();
            foreach (var figure in result.Value)
            {
                text.Substring(figure.Source!.Offset, figure.Source.Length).Should().Be(figure.Source.Text);
            }
        }, iter: Iterations.Of(20_000));
}
