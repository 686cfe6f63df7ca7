namespace SafetyModel.Aggregation;

/// <summary>What the rows of a <see cref="StatisticsTable"/> are broken down by, besides division and period.</summary>
public enum AggregationDimension
{
    /// <summary>No breakdown: one row per division and period.</summary>
    None = 0,

    /// <summary>检查类型, the inspection types of an inspection. An inspection of two types counts in both rows, once in the subtotal.</summary>
    InspectionType = 1,

    /// <summary>行业领域, the sector of a hazard.</summary>
    Sector = 2,

    /// <summary>隐患等级, the level of a hazard (一般 / 重大).</summary>
    HazardLevel = 3,

    /// <summary>事故等级, the grade an accident's figures reach (国务院令第493号 第三条), not the grade stated.</summary>
    AccidentGrade = 4,

    /// <summary>事故类别, an accident's category code in its scheme (GB 6441).</summary>
    AccidentCategory = 5,

    /// <summary>专项行动, the campaign an inspection or a publicity activity belongs to (its id).</summary>
    Campaign = 6,

    /// <summary>The record type: <c>inspection</c>, <c>hazard</c>, <c>meeting</c>, … (the JSON discriminators).</summary>
    RecordType = 7,
}
