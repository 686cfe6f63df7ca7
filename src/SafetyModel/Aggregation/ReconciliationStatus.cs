namespace SafetyModel.Aggregation;

/// <summary>What the records say about a figure a report states.</summary>
public enum ReconciliationStatus
{
    /// <summary>The records give the number the report states (or a number an approximate statement allows: 500余 holds 530).</summary>
    Matches = 0,

    /// <summary>The records' figure is itself approximate and may or may not be the number stated.</summary>
    Possible = 1,

    /// <summary>The records give another number.</summary>
    Differs = 2,

    /// <summary>No records measure this indicator (全职干事, 幼儿园), or the report names no division or period to select records by.</summary>
    CannotCheck = 3,
}
