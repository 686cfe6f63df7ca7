namespace SafetyModel.Parquet;

/// <summary>
/// Where the values of a column come from: a member of the JSON contract (read back into the record), or derived from one
/// for the engines' convenience (ignored when reading back).
/// </summary>
public enum ParquetColumnRole
{
    /// <summary>A member of the record's JSON contract, or one property of a member that is a flat object (a quantity's <c>lower</c>).</summary>
    Member = 0,

    /// <summary>Whether a member that is an object with no required property is present (only such members have one).</summary>
    Presence = 1,

    /// <summary>
    /// The record's division code truncated to a level (province, prefecture, county, township) as the aggregator rolls it
    /// up: the first 2, 4, 6 or 9 digits padded with zeros to 12, without the edition year; a code already at or above
    /// the level is itself.
    /// </summary>
    DivisionAncestor = 2,

    /// <summary>The name of a division column's division, from the registry given to the export (null without one).</summary>
    DivisionName = 3,

    /// <summary>The calendar date of a local date-time member.</summary>
    DateOfDateTime = 4,

    /// <summary>The record kind's code (<c>inspection</c>), the JSON contract's <c>type</c>: every file of every kind can be read as one table.</summary>
    RecordType = 6,

    /// <summary>The date the record's kind dates it by (<c>IRecord.ReferenceDate</c>: an inspection's start, a campaign period's first day), which the aggregator groups periods by.</summary>
    ReferenceDate = 7,

    /// <summary>The members the contract does not know (kept from the JSON the record was read from), as one JSON object, so that nothing is lost.</summary>
    Unknown = 5,
}
