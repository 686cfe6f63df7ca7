using NodaTime;
using SafetyModel.Primitives;
using SafetyModel.Records;

namespace SafetyModel.Aggregation;

/// <summary>
/// Records as columns (a <see cref="RecordBatch"/>): what the accumulation core scans instead of the records
/// themselves — each record's kind, division and month, and on demand a count measure's figures and a dimension's values.
/// </summary>
internal interface IColumnSource
{
    /// <summary>Gets the records, for the measures that are not counts and when the records are read one by one.</summary>
    IRecord[] Records { get; }

    /// <summary>Gets each record's index into <see cref="Kinds"/>.</summary>
    int[] Kind { get; }

    /// <summary>Gets the distinct kinds of the records.</summary>
    RecordKind[] Kinds { get; }

    /// <summary>Gets each record's index into <see cref="DivisionCodes"/>.</summary>
    int[] Division { get; }

    /// <summary>Gets the distinct division codes of the records.</summary>
    DivisionCode[] DivisionCodes { get; }

    /// <summary>Gets each record's month index (<see cref="Accumulation.MonthIndex(NodaTime.LocalDate?)"/>; 0 for no date).</summary>
    int[] Month { get; }

    /// <summary>Gets the first month index of a dated record (<see cref="int.MaxValue"/> when none is dated).</summary>
    int MinMonth { get; }

    /// <summary>Gets the last month index of a dated record.</summary>
    int MaxMonth { get; }

    /// <summary>
    /// A count measure's figure for every record (<see langword="null"/> for <see cref="Measure.Records"/>, 1 each; an
    /// empty array when every figure is 0);
    /// <see langword="false"/> when a figure does not fit an <see cref="int"/>, so the records must be read one by one.
    /// </summary>
    bool TryGetMeasureColumn(Measure measure, LocalDate? asOf, out int[]? column);

    /// <summary>A dimension's values for every record; a record's unit and category are read as the query says.</summary>
    DimensionColumn DimensionColumn(AggregationDimension dimension, AggregationQuery query);
}
