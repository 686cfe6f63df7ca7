using System;
using System.Collections.Generic;
using SafetyModel.Primitives;
using SafetyModel.Records;

namespace SafetyModel.Aggregation;

/// <summary>
/// 同比 (year on year) and 环比 (period on period): each row of a table against the row of a base table for the same
/// division and dimension value in the same period a year earlier, or in the period before. Safe when the base is zero
/// or missing, and honest when a value is approximate (see <see cref="ChangeStatus"/>).
/// </summary>
/// <remarks>
/// The base table may be the table itself (a table over two years compares its second year with its first). Rows
/// without a period — division subtotals and the total — are compared with the base table's row of the same kind and
/// division, so compare whole-period tables (this year's against last year's) for their totals.
/// </remarks>
public static class StatisticsComparison
{
    /// <summary>Compares every row with the same period a year earlier (同比).</summary>
    /// <param name="current">The table compared.</param>
    /// <param name="baseTable">The table holding the base rows (may be <paramref name="current"/>).</param>
    /// <param name="measure">The measure compared; both tables must have it.</param>
    /// <returns>One change per row of <paramref name="current"/>, in its order.</returns>
    /// <exception cref="ArgumentNullException">A table is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A table does not have the measure.</exception>
    public static IReadOnlyList<RowChange> YearOnYear(StatisticsTable current, StatisticsTable baseTable, Measure measure) =>
        Compare(current, baseTable, measure, p => p.SameTimeLastYearOrNull());

    /// <summary>Compares every row with the period before it (环比): the month, quarter, half-year or year before.</summary>
    /// <param name="current">The table compared.</param>
    /// <param name="baseTable">The table holding the base rows (may be <paramref name="current"/>).</param>
    /// <param name="measure">The measure compared; both tables must have it.</param>
    /// <returns>One change per row of <paramref name="current"/>, in its order.</returns>
    /// <exception cref="ArgumentNullException">A table is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A table does not have the measure.</exception>
    public static IReadOnlyList<RowChange> PeriodOnPeriod(StatisticsTable current, StatisticsTable baseTable, Measure measure) =>
        Compare(current, baseTable, measure, p => p.PreviousOrNull());

    private static List<RowChange> Compare(StatisticsTable current, StatisticsTable baseTable, Measure measure, Func<ReportingPeriod, ReportingPeriod?> shift)
    {
        if (current is null)
        {
            throw new ArgumentNullException(nameof(current));
        }

        if (baseTable is null)
        {
            throw new ArgumentNullException(nameof(baseTable));
        }

        Require(current, measure, nameof(current));
        Require(baseTable, measure, nameof(baseTable));
        var byKey = new Dictionary<(StatisticsRowKind, DivisionCode?, string?, string?), StatisticsRow>();
        foreach (var row in baseTable.Rows)
        {
            byKey[(row.Kind, row.Division, row.Period?.Code, row.Dimension)] = row;
        }

        var changes = new List<RowChange>(current.Rows.Count);
        foreach (var row in current.Rows)
        {
            var value = row[measure];
            var basePeriod = row.Period is { } period ? shift(period) : null;
            StatisticsRow? baseRow = null;
            if (row.Period is null || basePeriod is not null)
            {
                // A period in the year 2 has none before it: its base is missing, not the rows without a period.
                byKey.TryGetValue((row.Kind, row.Division, basePeriod?.Code, row.Dimension), out baseRow);
            }

            if (baseRow is null || (row.Period is null && ReferenceEquals(current, baseTable)))
            {
                changes.Add(new RowChange(row, value, null, null, ChangeStatus.BaseMissing, null, null));
                continue;
            }

            var baseValue = baseRow[measure];
            if (!value.IsExact || !baseValue.IsExact)
            {
                changes.Add(new RowChange(row, value, baseRow, baseValue, ChangeStatus.Approximate, null, null));
                continue;
            }

            var difference = value.Stated - baseValue.Stated;
            changes.Add(baseValue.Stated == 0
                ? new RowChange(row, value, baseRow, baseValue, ChangeStatus.BaseZero, difference, null)
                : new RowChange(row, value, baseRow, baseValue, ChangeStatus.Compared, difference, Math.Round(difference * 100m / baseValue.Stated, 4)));
        }

        return changes;
    }

    private static void Require(StatisticsTable table, Measure measure, string name)
    {
        foreach (var m in table.Query.Measures)
        {
            if (m == measure)
            {
                return;
            }
        }

        throw new ArgumentException($"The table has no measure {measure}.", name);
    }
}
