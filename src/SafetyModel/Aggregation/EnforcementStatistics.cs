using System;
using System.Collections.Generic;
using System.Linq;
using SafetyModel.Primitives;
using SafetyModel.Records;
using SafetyModel.Work;

namespace SafetyModel.Aggregation;

/// <summary>
/// The enforcement summary (安全生产行政执法情况汇总): the counts the ministry's 安全生产行政执法统计调查制度 asks of each
/// enforcing authority — units actually inspected, inspection visits, documents issued by kind, administrative penalties
/// and fines (元), orders to suspend and rectify, closures requested — by industry (GB/T 4754-2017 门类), division and
/// period, from <see cref="EnforcementAction"/> records. <see cref="SummaryQuery"/> makes the query;
/// <see cref="Columns"/> and <see cref="ColumnSources"/> say what each column counts and where its definition comes from.
/// </summary>
/// <remarks>
/// The 统计调查制度 itself is [secondary] here (its text was not found to cite): the columns follow the items it is
/// reported to count and the document kinds of the 安全生产执法程序规定's forms; see <c>docs/units-and-enforcement.md</c>.
/// </remarks>
public static class EnforcementStatistics
{
    /// <summary>Gets the columns, in the form's order.</summary>
    public static IReadOnlyList<Measure> Columns { get; } = new[]
    {
        Measure.EnforcementUnitsInspected, Measure.EnforcementInspections, Measure.EnforcementDocuments, Measure.RectificationOrders,
        Measure.RectificationReviews, Measure.PenaltyDecisions, Measure.Fines, Measure.SuspensionOrders, Measure.ClosuresRequested,
    };

    /// <summary>Gets, for each column, what it counts and the source of that definition.</summary>
    public static IReadOnlyDictionary<Measure, string> ColumnSources { get; } = new Dictionary<Measure, string>
    {
        [Measure.EnforcementUnitsInspected] = "实际检查生产经营单位数: distinct unitId of the 现场检查记录 (安全生产行政执法统计调查制度, units actually inspected).",
        [Measure.EnforcementInspections] = "检查次数: one per 现场检查记录 (安全生产执法程序规定: a 现场检查记录 is made at each on-site inspection).",
        [Measure.EnforcementDocuments] = "执法文书: every enforcement document of the five kinds (安全生产行政执法统计调查制度, documents issued).",
        [Measure.RectificationOrders] = "责令限期整改指令书 issued (安全生产执法程序规定's form).",
        [Measure.RectificationReviews] = "整改复查意见书 issued (安全生产执法程序规定's form).",
        [Measure.PenaltyDecisions] = "行政处罚: 行政处罚决定书 issued (行政处罚法 2021 第九条 for the penalties; 统计调查制度, penalties).",
        [Measure.Fines] = "罚款金额 (元): the fines of the 行政处罚决定书 (统计调查制度, fines).",
        [Measure.SuspensionOrders] = "责令停产停业整顿: orders to suspend production or business and rectify (统计调查制度).",
        [Measure.ClosuresRequested] = "提请关闭: documents requesting the closure of a unit (统计调查制度, closures requested).",
    };

    /// <summary>
    /// Makes the enforcement summary's query: rows by <paramref name="rows"/> (the industry 门类 by default) within each
    /// division at <paramref name="level"/> and each period of <paramref name="granularity"/>, columns <see cref="Columns"/>.
    /// </summary>
    /// <param name="units">The units enforcement actions name, for their industry (<see cref="UnitDirectory.From"/> over the same input); <see langword="null"/> puts every action under 未注明 when grouping by industry.</param>
    /// <param name="level">The division level of the rows (县级 for a county's form), or <see langword="null"/> for one group.</param>
    /// <param name="granularity">The period of the rows (a quarter or a year for the form), or <see langword="null"/> for all dates.</param>
    /// <param name="rows">The breakdown of the rows: <see cref="AggregationDimension.Industry"/> (default), <see cref="AggregationDimension.Unit"/>, <see cref="AggregationDimension.EnforcementDocument"/> or <see cref="AggregationDimension.None"/>.</param>
    /// <returns>The query, over <see cref="RecordCatalogue.Default"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="rows"/> is a dimension enforcement actions give no value for.</exception>
    public static AggregationQuery SummaryQuery(UnitDirectory? units = null, DivisionLevel? level = Primitives.DivisionLevel.County, PeriodGranularity? granularity = PeriodGranularity.Quarter, AggregationDimension? rows = null)
    {
        var dimension = rows ?? AggregationDimension.Industry;
        if (dimension != AggregationDimension.None && dimension != AggregationDimension.RecordType && !RecordKinds.Enforcement.Dimensions.Contains(dimension))
        {
            throw new ArgumentException($"Enforcement actions give no value for the dimension {dimension.Code}; use industry, unit, enforcement-document or none.", nameof(rows));
        }

        return new AggregationQuery
        {
            DivisionLevel = level,
            Granularity = granularity,
            Dimension = dimension,
            Measures = Columns,
            Units = units,
        };
    }
}
