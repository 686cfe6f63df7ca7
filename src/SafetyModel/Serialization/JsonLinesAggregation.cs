using System.Collections.Generic;
using SafetyModel.Aggregation;

namespace SafetyModel.Serialization;

/// <summary>
/// What <see cref="JsonLines.Aggregate(System.IO.Stream, AggregationQuery, SafetyJsonReadOptions?, System.Threading.Tasks.ParallelOptions?)"/>
/// gives: the table, how many records it counts, and the members the records have that the contract does not define
/// (kept by a record, counted by no measure: a misspelled figure would count as 0).
/// </summary>
public sealed class JsonLinesAggregation
{
    internal JsonLinesAggregation(StatisticsTable table, long records, long unknownMemberCount, IReadOnlyList<JsonLineIssue> unknownMembers)
    {
        Table = table;
        Records = records;
        UnknownMemberCount = unknownMemberCount;
        UnknownMembers = unknownMembers;
    }

    /// <summary>Gets the statistics table, the same as <see cref="Aggregator.Aggregate(IEnumerable{Primitives.IRecord}, AggregationQuery)"/> gives for the stream's records.</summary>
    public StatisticsTable Table { get; }

    /// <summary>Gets how many records (non-blank lines) were read.</summary>
    public long Records { get; }

    /// <summary>Gets how many members not in the contract the records have (<see cref="Diagnostics.JsonContractCodes.UnknownMemberKept"/>, SM8014).</summary>
    public long UnknownMemberCount { get; }

    /// <summary>Gets the first 100 of them, in the order of the stream.</summary>
    public IReadOnlyList<JsonLineIssue> UnknownMembers { get; }
}
