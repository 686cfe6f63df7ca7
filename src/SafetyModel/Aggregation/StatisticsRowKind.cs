namespace SafetyModel.Aggregation;

/// <summary>What a row of a <see cref="StatisticsTable"/> holds.</summary>
public enum StatisticsRowKind
{
    /// <summary>One division, one period, one value of the dimension.</summary>
    Detail = 0,

    /// <summary>One division and one period over every value of the dimension (each record once, 小计).</summary>
    PeriodSubtotal = 1,

    /// <summary>One division over every period (小计).</summary>
    DivisionSubtotal = 2,

    /// <summary>Every record of the table (合计).</summary>
    Total = 3,
}
