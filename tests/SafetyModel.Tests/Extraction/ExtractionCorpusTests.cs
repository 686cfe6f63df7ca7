using SafetyModel.Extraction;
using SafetyModel.Reports;

namespace SafetyModel.Tests.Extraction;

/// <summary>
/// Texts written for the tests in the phrasings towns use, each with the figures a careful reader would record. A
/// figure is written <c>indicator raw-text [dimension] [period]</c>; a part of a <c>其中</c> breakdown follows its
/// total after <c> &gt; </c>.
/// </summary>
public class ExtractionCorpusTests
{
    private static readonly CorpusTexts Texts = new()
    {
        {
            "meeting, inspections, units, hazards, in Chinese numerals",
            "今年以来，我乡共召开安全生产专题会议三次，组织开展安全生产检查十二次，检查生产经营单位45家，排查安全隐患38处，已整改36处。",
            new[] { "meetings 三次", "inspections 十二次 comprehensive", "units-inspected 45家", "hazards-found 38处", "hazards-rectified 36处" }
        },
        {
            "drills and training with a dated month",
            "2022年6月，镇安委会组织应急演练2场，参加演练群众300余人。开展安全生产培训4期，培训企业负责人和安全管理人员共计260人次。",
            new[] { "drills 2场 2022-06", "people-reached 300余人 2022-06", "trainings 4期", "people-trained 260人次" }
        },
        {
            "a hazard breakdown, then rectification, and work still in progress",
            "上半年全镇未发生生产安全事故。共检查企业52家，发现隐患问题17条，其中重大隐患1条，一般隐患16条，整改完成15条，2条正在整改中。",
            new[] { "units-inspected 52家", "hazards-found 17条", "hazards-found 17条 > hazards-found 1条", "hazards-found 17条 > hazards-found 16条", "hazards-rectified 15条" }
        },
        {
            "road traffic: a typed inspection, and counts of things the model does not track",
            "（一）开展道路交通安全专项整治。共开展道路交通安全检查6次，累计出动执法人员120人次，检查车辆350辆次，查处交通违法行为86起。",
            new[] { "inspections 6次 road-traffic" }
        },
        {
            "an accident with casualties and an approximate loss",
            "半年来，我镇共发生道路交通事故2起，死亡1人，受伤3人，直接经济损失约12.5万元。",
            new[] { "accidents 2起", "deaths 1人", "injuries 3人", "direct-loss 约12.5万元" }
        },
        {
            "publicity materials listed in one sentence",
            "五、宣传教育情况。利用“安全生产月”契机，制作展板12块，悬挂横幅20余条，发放《安全生产法》宣传资料3000余份，受教育群众达5000余人次。",
            new[] { "display-boards 12块", "banners 20余条", "leaflets 3000余份", "people-reached 5000余人次" }
        },
        {
            "numbers before their nouns",
            "召开会议三次，研究部署安全生产工作；开展消防安全检查两次，对辖区内12家加油站、3所学校进行了全面检查。",
            new[] { "meetings 三次", "inspections 两次 fire-safety", "units-inspected 12家", "units-inspected 3所 schools-and-kindergartens" }
        },
        {
            "an inspection breakdown in a quarter, then units and hazards found and rectified at once",
            "今年一季度，共开展安全生产大检查3次，其中节前安全检查2次、危化品企业专项检查1次，检查企业28家，发现并整改隐患9处。",
            new[]
            {
                "inspections 3次 comprehensive", "inspections 3次 comprehensive > inspections 2次 holiday",
                "inspections 3次 comprehensive > inspections 1次 hazardous-chemicals", "units-inspected 28家", "hazards-found 9处", "hazards-rectified 9处",
            }
        },
        {
            "full-time and part-time officers, and a compound unit",
            "镇安全生产领导小组配备专职安全员2名，兼职安全员15名。全年累计组织开展安全培训5场次。",
            new[] { "safety-officers 2名", "trainings 5场次" }
        },
        {
            "schools and kindergartens as of a month's end, a drill and the people who took part",
            "截至6月底，全镇共有中小学校3所，幼儿园4所，均已完成安全隐患自查。组织开展防汛应急演练1次，参与群众约200人。",
            new[] { "schools 3所 2022-06", "kindergartens 4所 2022-06", "drills 1次", "people-reached 约200人" }
        },
        {
            "a type named earlier in the sentence",
            "8月份，针对辖区内3家非煤矿山企业开展了汛期安全检查，共检查2次，下达整改通知书5份。",
            new[] { "units-inspected 3家 non-coal-mines 2022-08", "inspections 2次 flood-season 2022-08" }
        },
        {
            "ordinals, durations, dates and idioms are no figures",
            "一是加强组织领导，二是强化宣传引导。在为期一个月的活动中，每一个环节都做到了责任到人，确保万无一失。第三季度将开展第二轮检查，力争实现“零事故”目标。\n乌兰镇政函〔2022〕301号\n2022年7月15日",
            Array.Empty<string>()
        },
    };

    public static readonly TheoryData<string, string, string[]> Corpus = Theory();

    private static TheoryData<string, string, string[]> Theory()
    {
        var data = new TheoryData<string, string, string[]>();
        foreach (var (name, text, expected) in Texts)
        {
            data.Add(name, text, expected);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Corpus))]
    public void Each_text_gives_the_figures_a_careful_reader_would_record(string phrasing, string text, string[] expected)
    {
        var found = Keys(FigureExtractor.Extract(text, new FigureExtractionOptions { Year = 2022 }).Value);

        found.Except(expected).Should().BeEmpty($"nothing may be invented ({phrasing})");
    }

    [Fact]
    public void Over_the_corpus_precision_is_100_percent_and_recall_at_least_90_percent()
    {
        int truePositives = 0, extracted = 0, stated = 0;
        foreach (var (_, text, expected) in Texts)
        {
            var found = Keys(FigureExtractor.Extract(text, new FigureExtractionOptions { Year = 2022 }).Value);
            extracted += found.Count;
            stated += expected.Length;
            truePositives += found.Intersect(expected).Count();
        }

        var precision = extracted == 0 ? 1.0 : (double)truePositives / extracted;
        var recall = (double)truePositives / stated;
        TestContext.Current.TestOutputHelper?.WriteLine($"extraction corpus: {Texts.Count} texts, {stated} stated figures, {extracted} extracted, {truePositives} right: precision {precision:P1}, recall {recall:P1}");
        precision.Should().Be(1.0);
        recall.Should().BeGreaterThanOrEqualTo(0.9);
        Texts.Count.Should().BeGreaterThanOrEqualTo(10);
    }

    internal static List<string> Keys(IEnumerable<StatedFigure> figures)
    {
        var keys = new List<string>();
        foreach (var figure in figures)
        {
            var head = Key(figure);
            keys.Add(head);
            keys.AddRange(figure.Parts.Select(p => head + " > " + Key(p)));
        }

        return keys;
    }

    private static string Key(StatedFigure figure) =>
        string.Join(" ", new[] { figure.Indicator.Code, figure.Quantity?.RawText ?? "-", figure.Dimension?.Code, figure.Period?.Code }.Where(s => s is not null));

    /// <summary>The corpus as typed rows: a name, the text, the figures it states (<c>indicator=value</c>).</summary>
    private sealed class CorpusTexts : List<(string Name, string Text, string[] Expected)>
    {
        public void Add(string name, string text, string[] expected) => Add((name, text, expected));
    }
}
