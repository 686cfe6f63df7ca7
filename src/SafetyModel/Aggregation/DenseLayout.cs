namespace SafetyModel.Aggregation;

/// <summary>
/// The dense table of the batch scan: for each division group and month slot (0 for records without a date) a cell,
/// whose value slots are 0 (the group-and-month subtotal, every record once) and 1 + each dimension value's index; each
/// slot holds the measures' sums and then the number of records.
/// </summary>
internal readonly struct DenseLayout
{
    private readonly int _months;
    private readonly int _slots;

    public DenseLayout(int months, int values, int width) => (_months, _slots, Width) = (months, values + 1, width);

    /// <summary>Gets how many numbers a slot holds: the measures, then the number of records.</summary>
    public int Width { get; }

    /// <summary>Gets where in a slot the number of records is (a slot with none is a group that does not exist).</summary>
    public int RecordCount => Width - 1;

    /// <summary>The cell of a division group and month slot.</summary>
    public long Cell(int group, int month) => ((long)group * _months) + month;

    /// <summary>Where in the table a value slot of a cell starts.</summary>
    public long Offset(long cell, int slot) => ((cell * _slots) + slot) * Width;
}
