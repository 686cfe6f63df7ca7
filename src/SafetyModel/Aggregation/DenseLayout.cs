namespace SafetyModel.Aggregation;

/// <summary>
/// The dense table of the batch scan (<see cref="DenseScan"/>): for each division group and month slot (0 for records
/// without a date) a cell, whose value slots are 0 (the group-and-month subtotal, every record once), 1 + each dimension
/// value's index, and a spare slot that takes what is added for no value (so the scan need not branch; with 64 values it
/// is slot 65, where the lowest bit of an empty mask points); each slot holds the measures' sums, then the number of
/// records, padded to four numbers when fewer (one 256-bit vector).
/// </summary>
internal readonly struct DenseLayout
{
    private readonly int _months;
    private readonly int _slots;
    private readonly long _cells;

    public DenseLayout(int groups, int months, int values, int measures)
    {
        (_months, _slots, RecordCount) = (months, values + 2, measures);
        Width = measures + 1 <= 4 ? 4 : measures + 1;
        _cells = (long)groups * months;
    }

    /// <summary>Gets how many numbers a slot holds: the measures, the number of records, and padding.</summary>
    public int Width { get; }

    /// <summary>Gets where in a slot the number of records is (a slot with none is a group that does not exist).</summary>
    public int RecordCount { get; }

    /// <summary>Gets the spare slot of every cell, which nothing reads.</summary>
    public int SpareSlot => _slots - 1;

    /// <summary>Gets how many cells the table has.</summary>
    public long Cells => _cells;

    /// <summary>Gets how many numbers the table holds.</summary>
    public long Size => _cells * _slots * Width;

    /// <summary>The cell of a division group and month slot.</summary>
    public long Cell(int group, int month) => ((long)group * _months) + month;

    /// <summary>Where in the table a value slot of a cell starts.</summary>
    public long Offset(long cell, int slot) => ((cell * _slots) + slot) * Width;
}
