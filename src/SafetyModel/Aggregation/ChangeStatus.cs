namespace SafetyModel.Aggregation;

/// <summary>Whether a <see cref="RowChange"/> could be computed, and if not, why.</summary>
public enum ChangeStatus
{
    /// <summary>Both values are exact and the base is not zero: the change and the percentage are given.</summary>
    Compared = 0,

    /// <summary>The base is zero: the change is given, the percentage is not (it would be infinite).</summary>
    BaseZero = 1,

    /// <summary>The base period has no row (no records for that division, dimension and period): nothing is computed.</summary>
    BaseMissing = 2,

    /// <summary>A value is approximate (<c>300余人</c>): an exact change would be invented, so none is given.</summary>
    Approximate = 3,
}
