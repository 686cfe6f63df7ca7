using SafetyModel.Primitives;

namespace SafetyModel.Aggregation;

/// <summary>
/// One row's measure against its base: the same period a year earlier (同比) or the period before (环比).
/// </summary>
public sealed class RowChange
{
    internal RowChange(StatisticsRow row, Quantity current, StatisticsRow? baseRow, Quantity? baseValue, ChangeStatus status, decimal? difference, decimal? percent)
    {
        Row = row;
        Current = current;
        BaseRow = baseRow;
        Base = baseValue;
        Status = status;
        Difference = difference;
        Percent = percent;
    }

    /// <summary>Gets the row compared.</summary>
    public StatisticsRow Row { get; }

    /// <summary>Gets the row's value of the measure.</summary>
    public Quantity Current { get; }

    /// <summary>Gets the base row, or <see langword="null"/> when it is missing.</summary>
    public StatisticsRow? BaseRow { get; }

    /// <summary>Gets the base row's value, or <see langword="null"/> when it is missing.</summary>
    public Quantity? Base { get; }

    /// <summary>Gets whether the change could be computed.</summary>
    public ChangeStatus Status { get; }

    /// <summary>Gets the change (current − base) when both values are exact and the base exists.</summary>
    public decimal? Difference { get; }

    /// <summary>Gets the change as a percentage of the base (增长 12.5 = +12.5 %), when the base is exact and not zero.</summary>
    public decimal? Percent { get; }

    /// <summary>Returns <c>2022-Q2 150626103: 12 against 8, +4 (+50%)</c>.</summary>
    /// <returns>A readable change.</returns>
    public override string ToString() =>
        $"{Row.Period?.Code ?? "*"} {Row.Division?.ShortCode ?? "*"} {Row.Dimension ?? "*"}: {Current} against {Base?.ToString() ?? "-"}, " +
        (Difference is { } d ? (d >= 0 ? "+" : string.Empty) + d.ToString(System.Globalization.CultureInfo.InvariantCulture) : Status.ToString()) +
        (Percent is { } p ? $" ({(p >= 0 ? "+" : string.Empty)}{p.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)}%)" : string.Empty);
}
