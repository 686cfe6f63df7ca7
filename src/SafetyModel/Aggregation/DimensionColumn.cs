namespace SafetyModel.Aggregation;

/// <summary>A dimension's values for every record of a column source: a bit mask (many-valued) or one value's index.</summary>
internal sealed class DimensionColumn
{
    public DimensionColumn(string[] codes, string?[] names, ulong[]? masks, int[]? values, int maxValues, bool tooMany)
    {
        Codes = codes;
        Names = names;
        Masks = masks;
        Values = values;
        MaxValues = maxValues;
        TooMany = tooMany;
    }

    public string[] Codes { get; }

    public string?[] Names { get; }

    public ulong[]? Masks { get; }

    public int[]? Values { get; }

    /// <summary>Gets the most values any record has (at least as many as its mask's bits).</summary>
    public int MaxValues { get; }

    public bool TooMany { get; }
}
