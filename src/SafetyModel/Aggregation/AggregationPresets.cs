using System;
using System.Collections.Generic;
using SafetyModel.Primitives;
using SafetyModel.Records;

namespace SafetyModel.Aggregation;

/// <summary>
/// The well-known statistics forms as presets (<see cref="AggregationPreset"/>): <see cref="HazardQuarterly"/> and
/// <see cref="HazardAnnual"/>, the 隐患排查治理统计分析表 of 安监总局令第16号 第十四条, and <see cref="EnforcementSummary"/>,
/// the enforcement summary. <see cref="All"/> lists them; adding
/// a form is one line in it.
/// </summary>
public static class AggregationPresets
{
    private const string HazardSource =
        "安监总局令第16号《安全生产事故隐患排查治理暂行规定》第十四条 (每季、每年统计分析，下一季度15日前、下一年1月31日前报送); " +
        "一般/重大: 第三条; 整改率 = 已整改 ÷ 排查 × 100%; 挂牌督办、销号: provincial practice (docs/hazards.md)";

    /// <summary>
    /// Gets <c>hazard-quarterly</c>, 隐患排查治理统计分析表（季度）: by township, quarter and hazard level (一般 / 重大), the
    /// hazards found (排查), rectified (已整改), listed (挂牌督办) and closed (销号), the rectification funds (整改资金,
    /// 万元) and the rectification rate (整改率). Hazards count in the quarter they were found in.
    /// </summary>
    public static AggregationPreset HazardQuarterly { get; } = Hazard("hazard-quarterly", "隐患排查治理统计分析表（季度）", "hazard statistics (quarterly)", PeriodGranularity.Quarter);

    /// <summary>Gets <c>hazard-annual</c>, 隐患排查治理统计分析表（年度）: as <see cref="HazardQuarterly"/>, by year.</summary>
    public static AggregationPreset HazardAnnual { get; } = Hazard("hazard-annual", "隐患排查治理统计分析表（年度）", "hazard statistics (annual)", PeriodGranularity.Year);

    /// <summary>
    /// Gets <c>enforcement-summary</c>, 安全生产行政执法情况汇总: by county, quarter and industry 门类 (a record's unit looked
    /// up among the units given, <see cref="AggregationQuery.Units"/>), the columns of <see cref="EnforcementStatistics.Columns"/>.
    /// </summary>
    public static AggregationPreset EnforcementSummary { get; } = new(
        "enforcement-summary",
        "安全生产行政执法情况汇总",
        "enforcement summary",
        "安全生产行政执法统计调查制度 ([secondary]: columns as docs/units-and-enforcement.md lists them); 安全生产执法程序规定 for the document kinds",
        EnforcementStatistics.SummaryQuery());

    /// <summary>Gets the well-known presets, in the order listed here.</summary>
    public static IReadOnlyList<AggregationPreset> All { get; } = new[]
    {
        HazardQuarterly,
        HazardAnnual,
        EnforcementSummary,
    };

    /// <summary>Finds a well-known preset by its code (case-insensitive) or its Chinese title.</summary>
    /// <param name="name">The code or title.</param>
    /// <param name="preset">The preset found, or <see langword="null"/>.</param>
    /// <returns>Whether a preset has that name.</returns>
    public static bool TryFind(string? name, out AggregationPreset? preset)
    {
        preset = null;
        if (string.IsNullOrWhiteSpace(name))
        {
            return false;
        }

        var trimmed = name!.Trim();
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.Code, trimmed, StringComparison.OrdinalIgnoreCase) || string.Equals(candidate.ChineseTitle, trimmed, StringComparison.Ordinal))
            {
                preset = candidate;
                return true;
            }
        }

        return false;
    }

    private static AggregationPreset Hazard(string code, string title, string english, PeriodGranularity granularity) => new(
        code,
        title,
        english,
        HazardSource,
        new AggregationQuery
        {
            DivisionLevel = DivisionLevel.Township,
            Granularity = granularity,
            Dimension = AggregationDimension.HazardLevel,
            Measures = new[] { Measure.HazardsFound, Measure.HazardsRectified, Measure.HazardFunds, Measure.HazardsListed, Measure.HazardsClosed },
            Rates = new[] { Rate.Rectification },
        });
}
