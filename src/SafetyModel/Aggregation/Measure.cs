namespace SafetyModel.Aggregation;

/// <summary>
/// What a <see cref="StatisticsTable"/> sums in each row. Each measure reads the record types it names and counts
/// nothing for the others, so a table over mixed records stays honest.
/// </summary>
public enum Measure
{
    /// <summary>The number of records in the row (of any type).</summary>
    Records = 0,

    /// <summary>The hazards inspections state they found (the sum of <c>Inspection.HazardsFound</c>).</summary>
    InspectionHazardsFound = 1,

    /// <summary>排查隐患, the number of hazard records.</summary>
    HazardsFound = 2,

    /// <summary>整改隐患, hazard records rectified (整改完成 or 验收).</summary>
    HazardsRectified = 3,

    /// <summary>逾期未整改, hazard records past their deadline and not rectified on <see cref="AggregationQuery.AsOf"/>.</summary>
    HazardsOverdue = 4,

    /// <summary>The number of accident records (事故起数).</summary>
    Accidents = 5,

    /// <summary>死亡人数 of accidents.</summary>
    Deaths = 6,

    /// <summary>重伤人数 of accidents.</summary>
    SeriousInjuries = 7,

    /// <summary>轻伤人数 of accidents.</summary>
    MinorInjuries = 8,

    /// <summary>失踪人数 of accidents.</summary>
    Missing = 9,

    /// <summary>直接经济损失 of accidents, in 万元.</summary>
    DirectLoss = 10,

    /// <summary>培训人次 of trainings; approximate figures stay approximate (<c>300余人</c> + <c>20人</c> = more than 320).</summary>
    PeopleTrained = 11,

    /// <summary>受教育人数 of publicity activities; approximate figures stay approximate.</summary>
    PeopleReached = 12,

    /// <summary>
    /// 检查企业（单位）数, a distinct count: how many different units the row's inspections name in
    /// <c>Inspection.Inspected</c>, each counted once however often it was inspected (unit 家). A unit is known by its
    /// name as written, leading and trailing spaces aside, compared ordinally; names that differ in any other way are
    /// different units, so record a stable name (or the 统一社会信用代码) for exact counts. Distinct counts do not add
    /// up: a subtotal counts the units of all its rows once, so it can be less than the sum of its rows.
    /// </summary>
    InspectedUnits = 13,
}
