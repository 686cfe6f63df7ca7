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

    /// <summary>The code of the division at a higher level (province, prefecture, county, township) that holds the record's division: the first 2, 4, 6 or 9 digits of its code, padded to 12.</summary>
    DivisionAncestor = 2,

    /// <summary>The name of a division column's division, from the registry given to the export (null without one).</summary>
    DivisionName = 3,

    /// <summary>The calendar date of a local date-time member.</summary>
    DateOfDateTime = 4,

    /// <summary>The members the contract does not know (kept from the JSON the record was read from), as one JSON object, so that nothing is lost.</summary>
    Unknown = 5,
}
