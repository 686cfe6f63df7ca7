using SafetyModel.Primitives;

namespace SafetyModel.Office;

/// <summary>A record imported from a 台账 and the row it came from.</summary>
public sealed class LedgerRecord
{
    /// <summary>Creates an imported record.</summary>
    /// <param name="record">The record.</param>
    /// <param name="sheet">The sheet's name.</param>
    /// <param name="row">The one-based row.</param>
    public LedgerRecord(IRecord record, string sheet, int row)
    {
        Record = record;
        Sheet = sheet;
        Row = row;
    }

    /// <summary>Gets the record.</summary>
    public IRecord Record { get; }

    /// <summary>Gets the sheet's name.</summary>
    public string Sheet { get; }

    /// <summary>Gets the one-based row.</summary>
    public int Row { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Sheet}!{Row}:{Row} {Record}";
}
