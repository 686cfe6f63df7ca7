using System;
using SafetyModel.Primitives;
using SafetyModel.Work;

namespace SafetyModel.Extraction;

/// <summary>
/// The words that tell what a stated number counts. An indicator is recognised only when one of its words stands
/// beside the number <em>and</em> the number's unit fits it (<c>排查2次</c> is an inspection, <c>排查隐患12处</c> a hazard
/// count): the unit is what keeps the extractor from guessing.
/// </summary>
internal static class FigureLexicon
{
    /// <summary>An indicator's words, its units, and words that must also appear (all of them, anywhere in the phrase).</summary>
    internal sealed class Entry
    {
        public Entry(Indicator indicator, string[] words, string[] units, string[]? alsoOneOf = null, string[]? noneOf = null)
        {
            Indicator = indicator;
            Words = words;
            Units = units;
            AlsoOneOf = alsoOneOf ?? Array.Empty<string>();
            NoneOf = noneOf ?? Array.Empty<string>();
        }

        public Indicator Indicator { get; }

        public string[] Words { get; }

        public string[] Units { get; }

        public string[] AlsoOneOf { get; }

        /// <summary>Words that, anywhere in the phrase, make it something else (<c>复查问题隐患2541项</c> counts hazards re-checked, not found).</summary>
        public string[] NoneOf { get; }

        public bool Fits(QuantityUnit unit)
        {
            foreach (var u in Units)
            {
                if (string.Equals(u, unit.Code, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }
    }

    private static readonly string[] Events = { "次", "场", "期", "场次" };
    /// <summary>The units of a count of people.</summary>
    internal static readonly string[] People = { "人", "名", "人次" };
    private static readonly string[] Items = { "处", "条", "项", "个" };

    /// <summary>Hazards found: also what a count of hazards written straight after units inspected (<c>12户30处</c>) counts.</summary>
    internal static readonly Entry HazardsFound =
        new(Indicator.HazardsFound, new[] { "隐患", "问题" }, Items, new[] { "隐患", "排查", "发现", "查出", "查找" }, new[] { "复查", "复核" });

    /// <summary>The entries in the order they are tried: the more specific before the more general.</summary>
    internal static readonly Entry[] Entries =
    {
        new(Indicator.HazardsOverdue, new[] { "逾期未整改", "超期未整改" }, Items),
        new(Indicator.HazardsRectified, new[] { "整改" }, Items),
        HazardsFound,
        new(Indicator.UnitsInspected, new[] { "企业", "单位", "场所", "商户", "门店", "商铺", "店铺", "经营户", "个体工商户", "加油站", "学校", "幼儿园", "九小场所", "市场", "工地" },
            new[] { "家", "个", "处", "所", "户", "间" }, new[] { "检查", "排查", "督查", "抽查", "巡查", "走访" }),
        new(Indicator.PeopleTrained, new[] { "培训", "参训" }, People),
        new(Indicator.Trainings, new[] { "培训" }, Events),
        new(Indicator.Drills, new[] { "演练" }, Events),
        new(Indicator.Meetings, new[] { "例会", "会议", "专题会", "调度会", "部署会", "推进会" }, Events),
        new(Indicator.Inspections, new[] { "检查", "排查", "督查", "巡查", "抽查" }, Events),
        new(Indicator.Deaths, new[] { "死亡" }, People),
        new(Indicator.SeriousInjuries, new[] { "重伤" }, People),
        new(Indicator.Injuries, new[] { "受伤" }, People),
        new(Indicator.MinorInjuries, new[] { "轻伤" }, People),
        new(Indicator.Missing, new[] { "失踪" }, People),
        new(Indicator.Accidents, new[] { "事故" }, new[] { "起" }),
        new(Indicator.DirectLoss, new[] { "经济损失" }, new[] { "元", "万元", "亿元" }),
        new(Indicator.Banners, new[] { "横幅", "条幅" }, new[] { "条", "幅", "个" }),
        new(Indicator.Slogans, new[] { "标语" }, new[] { "条", "幅", "张", "个", "块" }),
        new(Indicator.Leaflets, new[] { "宣传单", "传单", "宣传资料", "宣传册", "明白纸", "宣传手册", "手册", "折页", "明白卡", "告知书", "倡议书" }, new[] { "份", "张", "本", "册" }),
        // 发放各类资料11000余份: materials of any kind, when they are handed out.
        new(Indicator.Leaflets, new[] { "资料" }, new[] { "份", "张", "本", "册" }, new[] { "发放", "散发", "分发", "派发" }),
        new(Indicator.DisplayBoards, new[] { "展板", "宣传栏", "板报", "宣传牌", "宣传板", "警示牌", "宣传橱窗", "墙报" }, new[] { "块", "个", "期", "面" }),
        new(Indicator.Consultations, new[] { "群众咨询", "接受咨询", "解答咨询", "接待咨询", "咨询服务", "提供咨询", "现场咨询", "咨询问题" }, new[] { "人次", "人", "次", "个", "条" }),
        // 接受法律咨询8人次: consultations of any subject, when a verb of answering them stands in the phrase.
        new(Indicator.Consultations, new[] { "咨询" }, new[] { "人次", "人", "次" }, new[] { "接受", "解答", "接待", "受理", "答复", "回答" }, new[] { "咨询台", "咨询点", "咨询站" }),
        new(Indicator.PeopleReached, new[] { "群众", "受教育", "受众", "覆盖" }, new[] { "人", "人次", "户" }),
        new(Indicator.SafetyOfficers, new[] { "专职干事", "安全员", "安全干事", "安全生产专职" }, new[] { "名", "人" }),
        new(Indicator.Kindergartens, new[] { "幼儿园" }, new[] { "所", "个", "家" }),
        new(Indicator.Schools, new[] { "学校", "中小学" }, new[] { "所", "个" }),
        new(Indicator.WarningFilms, new[] { "警示教育片", "警示片", "警示教育专题片", "安全教育片", "事故警示教育片" }, new[] { "部", "场", "次", "集", "个" }),
        new(Indicator.CasesExplained, new[] { "典型案例", "事故案例", "案例" }, new[] { "个", "起", "例", "次" },
            new[] { "讲解", "剖析", "解读", "以案", "分析", "警示" }),
        new(Indicator.PromotionalItems, new[] { "宣传品", "宣传用品", "宣传物品", "宣传袋", "环保袋", "手提袋", "购物袋", "纸杯", "水杯", "宣传杯", "扇子", "宣传扇", "折扇", "围裙", "宣传围裙", "宣传礼品", "纪念品" },
            new[] { "个", "件", "份", "只", "把", "条", "套" }),
    };

    /// <summary>
    /// Words that deny what follows: <c>未整改</c> and <c>正在整改</c> are no rectification, <c>未发生事故</c> no accident,
    /// <c>兼职安全员</c> no full-time officer.
    /// </summary>
    internal static readonly string[] Negations = { "未", "没有", "没", "无", "正在", "待", "兼职" };

    /// <summary>
    /// Verbs of finding joined to rectification (<c>发现并整改隐患56条</c>): the phrase states one count twice, as the hazards
    /// found and as the hazards rectified.
    /// </summary>
    internal static readonly string[] FoundAndRectified = { "发现并整改", "查出并整改", "排查并整改", "发现并及时整改", "查出并及时整改" };

    /// <summary>
    /// Verbs after a count of people that leave its words before it to say who they are (<c>全镇干部群众共计2000余人参加了本次活动</c>).
    /// </summary>
    internal static readonly string[] Participation = { "参加", "参与" };

    /// <summary>
    /// Words that make an item of a list something done to the units, not units inspected, so that it does not take the
    /// inspection verb of the item before it (<c>检查企业5家，停产整顿2家</c>).
    /// </summary>
    internal static readonly string[] ListItemActs =
    {
        "发现", "查出", "整改", "整顿", "停产", "停业", "关闭", "取缔", "处罚", "查封", "约谈", "责令", "立案", "问题", "隐患", "未", "不",
    };

    /// <summary>Words that make a count in the same phrase a rate, not a total: <c>坚持每周至少开展培训1次</c>.</summary>
    internal static readonly string[] RateMarkers = { "每周", "每月", "每天", "每日", "每年", "每季度", "每季", "每半年", "每旬" };

    /// <summary>
    /// Words that put what follows them in the phrase in the future: <c>7项问题将在规定时限内整改</c> is no rectification yet,
    /// <c>拟于6月开展检查</c> no inspection.
    /// </summary>
    internal static readonly string[] FutureMarkers = { "将在", "将于", "拟于", "拟在", "计划于", "计划在" };

    /// <summary>
    /// Inspection types in the order they are tried (specific before general); the generic words of a comprehensive
    /// inspection (<c>大检查</c>) come last so that <c>建筑领域安全大检查</c> reads as construction.
    /// </summary>
    internal static readonly (string Word, InspectionType Type)[] InspectionTypes =
    {
        ("五一", InspectionType.MayDay), ("五·一", InspectionType.MayDay), ("五•一", InspectionType.MayDay), ("五.一", InspectionType.MayDay),
        ("劳动节", InspectionType.MayDay), ("国庆", InspectionType.NationalDay), ("春节", InspectionType.SpringFestival),
        ("草原火", InspectionType.GrasslandFire), ("草原防火", InspectionType.GrasslandFire), ("防洪渠", InspectionType.FloodChannels),
        ("汛期", InspectionType.FloodSeason), ("防汛", InspectionType.FloodSeason),
        ("学校", InspectionType.SchoolsAndKindergartens), ("幼儿园", InspectionType.SchoolsAndKindergartens), ("校园", InspectionType.SchoolsAndKindergartens),
        ("建筑", InspectionType.Construction), ("天然气", InspectionType.GasPipelines), ("燃气", InspectionType.GasPipelines),
        ("油气管道", InspectionType.GasPipelines), ("非煤矿山", InspectionType.NonCoalMines), ("危险化学品", InspectionType.HazardousChemicals),
        ("危化", InspectionType.HazardousChemicals), ("烟花爆竹", InspectionType.Fireworks), ("水上交通", InspectionType.WaterTransport),
        ("道路交通", InspectionType.RoadTraffic), ("交通安全", InspectionType.RoadTraffic), ("食品", InspectionType.FoodHygiene),
        ("饮食", InspectionType.FoodHygiene), ("食堂", InspectionType.FoodHygiene), ("集市", InspectionType.MarketsAndFairs),
        ("消防", InspectionType.FireSafety), ("火灾", InspectionType.FireSafety), ("节前", InspectionType.Holiday),
        ("节日", InspectionType.Holiday), ("节假日", InspectionType.Holiday), ("节后", InspectionType.Holiday), ("日常", InspectionType.Routine),
    };

    /// <summary>Words of a comprehensive inspection, used only when no specific type is named.</summary>
    internal static readonly string[] ComprehensiveWords = { "大检查", "全面检查", "综合检查", "安全生产检查" };

    /// <summary>
    /// Words after whose last occurrence a label begins: subjects, adverbs and verbs (<c>我镇己开展</c>, <c>共计挂</c>,
    /// <c>乌兰陶勒盖镇现有</c>). Checked longest first.
    /// </summary>
    internal static readonly string[] LabelCuts =
    {
        "组织开展", "开展了", "召开了", "组织了", "开展", "召开", "组织", "举办", "举行", "悬挂", "张贴", "张帖", "发放", "印发", "散发",
        "制作", "设置", "摆放", "现有", "共有", "拥有", "配备", "出动", "下发", "共计", "累计", "合计", "总计", "先后", "我镇", "全镇",
        "我乡", "全乡", "本镇", "我们",
    };

    /// <summary>Single characters dropped from the start of a label (<c>挂横幅</c> → <c>横幅</c>).</summary>
    internal const string LabelLeadingDrops = "共已己挂了又再还均都有";

    /// <summary>Words that mark a <c>其中</c> breakdown of the figure before them.</summary>
    internal const string Breakdown = "其中";

    /// <summary>Units a figure may have, longest first (so <c>人次</c> is not read as <c>人</c>).</summary>
    internal static readonly string[] Units =
    {
        "人次", "场次", "个月", "万元", "亿元", "次", "条", "份", "处", "人", "名", "起", "所", "家", "个", "场", "期", "块", "幅", "张", "本", "项",
        "户", "辆", "天", "元", "部", "集", "例", "件", "只", "把", "套", "间", "面", "册",
    };

    /// <summary>
    /// Characters before a number that make it no count: an ordinal (<c>第一</c>), a rate (<c>每一个</c>), a weekday, the
    /// session within a term (<c>九届四次会议</c>, <c>第12届89次常务会议</c>).
    /// </summary>
    internal const string NotCountBefore = "第每周届屆";

    /// <summary>Characters after a unit that make the number part of a word (<c>一次性</c>, <c>一个别</c>).</summary>
    internal const string NotCountAfterUnit = "性别";
}
