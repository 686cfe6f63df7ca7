namespace SafetyModel.Records;

/// <summary>How the figures of a <see cref="Measure"/> add up in a row of a statistics table.</summary>
public enum MeasureKind
{
    /// <summary>Whole numbers added exactly (records, hazards, deaths …): each record adds a count.</summary>
    Count = 0,

    /// <summary>Exact amounts added as decimals (直接经济损失 in 万元): each record adds an amount.</summary>
    Sum = 1,

    /// <summary>
    /// People as stated figures, possibly approximate (<c>300余人次</c>), added as intervals so that nothing approximate
    /// becomes exact; figures in a unit that counts no people (<c>户</c>) are left out and counted in
    /// <c>StatisticsRow.Unsummed</c>.
    /// </summary>
    People = 2,

    /// <summary>Distinct names counted once per row (检查企业数): a subtotal counts the union of its rows' names.</summary>
    Distinct = 3,
}
