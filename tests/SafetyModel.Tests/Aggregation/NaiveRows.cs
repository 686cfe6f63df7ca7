using SafetyModel.Aggregation;
using SafetyModel.Primitives;
using SafetyModel.Records;
using SafetyModel.Work;

namespace SafetyModel.Tests.Aggregation;

/// <summary>The independent, naive side of the aggregation property tests: which records a row holds.</summary>
internal static class NaiveRows
{
    /// <summary>Whether a record belongs to a row of any kind: a key the row leaves open matches everything.</summary>
    public static bool InRow(IRecord record, StatisticsRow row, AggregationQuery query)
    {
        if (query.DivisionLevel is { } level && row.Kind != StatisticsRowKind.Total)
        {
            var division = record.Division == default || record.Division.Level <= level ? record.Division : record.Division.AncestorAt(level);
            if (division != row.Division)
            {
                return false;
            }
        }

        ReportingPeriod? period = null;
        if (query.Granularity is { } granularity && record.ReferenceDate is { } date)
        {
            period = granularity == PeriodGranularity.Custom ? query.Periods.FirstOrDefault(p => p.Contains(date)) : ReportingPeriod.Containing(date, granularity);
            if (period is null)
            {
                return false; // outside every custom period: in no row
            }
        }

        if (row.Kind is StatisticsRowKind.Detail or StatisticsRowKind.PeriodSubtotal && query.Granularity is not null && !Equals(period, row.Period))
        {
            return false;
        }

        if (row.Kind != StatisticsRowKind.Detail || query.Dimension == AggregationDimension.None)
        {
            return true;
        }

        return query.Dimension.Code switch
        {
            "inspection-type" => record is Inspection { Types.Count: > 0 } i ? i.Types.Any(t => t.Code == row.Dimension) : row.Dimension == string.Empty,
            "record-type" => SafetyModel.Serialization.SafetyJson.Serialize(record).Contains($"\"type\":\"{row.Dimension}\"", StringComparison.Ordinal),
            "sector" => (record is Hazard { Sector: { } s } ? s.Code : record is SupervisedUnit { Sector: { } u } ? u.Code : string.Empty) == row.Dimension,
            _ => throw new NotSupportedException($"The naive computation does not know {query.Dimension}."),
        };
    }
}
