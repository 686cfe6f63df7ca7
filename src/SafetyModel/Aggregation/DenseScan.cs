using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Threading.Tasks;
using SafetyModel.Primitives;
#if NET8_0_OR_GREATER
using System.Runtime.Intrinsics;
#endif

namespace SafetyModel.Aggregation;

/// <summary>
/// The batch scan: a column source's counts into a dense table (<see cref="DenseLayout"/>) of division group × month ×
/// dimension value. Every record adds its numbers (its count measures' figures and 1 for the number of records) to the
/// slot of each of its dimension values; the group-and-month subtotal, which counts every record once, is added too, or
/// worked out after the scan where the value slots already hold it (<see cref="Subtotal"/>).
/// </summary>
internal static class DenseScan
{
    /// <summary>Below this many records a second thread costs more than it saves.</summary>
    private const int MinimumRecordsPerThread = 1 << 16;

    /// <summary>The most values a record may have for the scan to add a fixed number of slots for each (more and it loops).</summary>
    private const int FixedValueSlots = 4;

    /// <summary>
    /// Fewer records than this and <see cref="Subtotal.FromFixedSlots"/> is exact in 64 bits: a figure fits an
    /// <see cref="int"/>, so the fixed slots of a cell hold at most 4 × (2³⁰ − 1) × 2³¹ &lt; 2⁶³ together.
    /// </summary>
    private const int MaximumRecordsForFixedSlots = 1 << 30;

    /// <summary>How a scan finds each cell's subtotal (slot 0).</summary>
    private enum Subtotal
    {
        /// <summary>Added by every record: no dimension, or a record may have more values than there are fixed slots.</summary>
        Added,

        /// <summary>The sum of the value slots: every record has exactly one value (a one-valued dimension).</summary>
        SumOfValues,

        /// <summary>
        /// Every record adds to exactly F slots, its values and then the spare slot once for each value it lacks, so the
        /// value slots and the spare slot of a cell together hold F times its subtotal.
        /// </summary>
        FromFixedSlots,
    }

    /// <summary>
    /// Scans the columns on one thread or, given parallel options that allow it and enough records, on several: each
    /// thread scans a contiguous range into a table of its own, and the tables are added up in range order, so the result
    /// does not depend on the threads.
    /// </summary>
    public static ArraySegment<long> Scan(IColumnSource source, int[] groupOf, DenseLayout layout, DimensionColumn? dimension, int[]?[] measures, ParallelOptions? parallel)
    {
        var count = source.Division.Length;
        var (subtotal, fixedSlots) = dimension switch
        {
            null => (Subtotal.Added, 0),
            { Values: not null } => (Subtotal.SumOfValues, 0),
            { MaxValues: <= FixedValueSlots } when count < MaximumRecordsForFixedSlots => (Subtotal.FromFixedSlots, Math.Max(1, dimension.MaxValues)),
            _ => (Subtotal.Added, 0),
        };

        var threads = parallel is null ? 1 : parallel.MaxDegreeOfParallelism is > 0 and var max ? max : Environment.ProcessorCount;
        threads = (int)Math.Min(threads, Math.Max(1, count / MinimumRecordsPerThread));
        var table = Aligned(layout.Size);
        if (threads <= 1)
        {
            ScanRange(source, table, groupOf, layout, dimension, fixedSlots, measures, 0, count);
        }
        else
        {
            var tables = new ArraySegment<long>[threads];
            tables[0] = table;
            Parallel.For(0, threads, parallel!, t =>
            {
                var own = t == 0 ? table : Aligned(layout.Size);
                ScanRange(source, own, groupOf, layout, dimension, fixedSlots, measures, (int)((long)count * t / threads), (int)((long)count * (t + 1) / threads));
                tables[t] = own;
            });

            var sums = table.AsSpan();
            for (var t = 1; t < threads; t++)
            {
                var other = tables[t].AsSpan();
                for (var i = 0; i < sums.Length; i++)
                {
                    sums[i] += other[i];
                }
            }
        }

        if (subtotal != Subtotal.Added)
        {
            FillSubtotals(table.AsSpan(), layout, dimension!.Codes.Length, fixedSlots);
        }

        return table;
    }

    /// <summary>
    /// A zeroed table whose first number starts a 64-byte cache line, so that no slot of four numbers straddles two lines
    /// (a large array is only 8-byte aligned: measured, a slot across two lines makes the scan about an eighth slower). The
    /// address is read once; were the array moved later (the large object heap is compacted only when asked), the scan
    /// would be slower, not wrong.
    /// </summary>
    private static ArraySegment<long> Aligned(long size)
    {
        var numbers = new long[size + 7];
        var origin = 0;
#if NET8_0_OR_GREATER
        var handle = GCHandle.Alloc(numbers, GCHandleType.Pinned);
        origin = (int)((64 - (handle.AddrOfPinnedObject().ToInt64() & 63)) & 63) / sizeof(long);
        handle.Free();
#endif
        return new ArraySegment<long>(numbers, origin, (int)size);
    }

    /// <summary>
    /// Works out every cell's subtotal from its value slots: their sum (one value a record), or their sum and the spare
    /// slot's divided by the fixed slots a record adds to. The sums wrap in 64 bits as the scan's do; the true total is
    /// below 2⁶³ (<see cref="MaximumRecordsForFixedSlots"/>), so it comes out exact.
    /// </summary>
    private static void FillSubtotals(Span<long> table, DenseLayout layout, int values, int fixedSlots)
    {
        var width = layout.Width;
        for (var cell = 0L; cell < layout.Cells; cell++)
        {
            var subtotal = layout.Offset(cell, 0);
            for (var k = 0; k < width; k++)
            {
                var sum = fixedSlots > 0 ? table[(int)layout.Offset(cell, layout.SpareSlot) + k] : 0;
                for (var v = 1; v <= values; v++)
                {
                    sum = unchecked(sum + table[(int)layout.Offset(cell, v) + k]);
                }

                table[(int)subtotal + k] = fixedSlots > 0 ? sum / fixedSlots : sum;
            }
        }
    }

    /// <summary>
    /// Scans a range of records. A many-valued dimension with at most <see cref="FixedValueSlots"/> values a record is
    /// read as that many slots a record, the missing ones landing in the spare slot, so the scan does not branch on how
    /// many values a record has: the next slot is the lowest bit of the record's mask with a sentinel bit set just past
    /// the batch's values, whose slot is the spare one. The sums cannot overflow: a figure in a column fits an
    /// <see cref="int"/> and there are fewer than 2³¹ records (the columns refuse a wider figure).
    /// </summary>
    private static void ScanRange(IColumnSource source, ArraySegment<long> segment, int[] groupOf, DenseLayout layout, DimensionColumn? dimension, int fixedSlots, int[]?[] measures, int start, int end)
    {
        var width = layout.Width;

        // What a record adds, worked out once however many slots it falls in: 1 for the number of records and for
        // Measure.Records, 0 for a measure no kind of the batch adds to, else the figure in the measure's column. Each
        // lane reads an array at i & mask: the column with mask ~0, or a one-element array of its constant with mask 0.
        var lanes = new int[width][];
        var laneMasks = new int[width];
        for (var k = 0; k < width; k++)
        {
            var column = k < measures.Length ? measures[k] : null;
            (lanes[k], laneMasks[k]) = k == layout.RecordCount || (k < measures.Length && column is null) ? (new[] { 1 }, 0)
                : column is { Length: > 0 } ? (column, ~0)
                : (new[] { 0 }, 0);
        }

        var division = source.Division;
        var month = source.Month;
        var minMonth = source.MinMonth;
        var monthStride = (int)layout.Offset(1, 0);
        var table = segment.Array!;
        var divisionStart = Array.ConvertAll(groupOf, g => segment.Offset + (int)layout.Offset(layout.Cell(g, 0), 0));
        var sentinel = dimension is { Codes.Length: < 64 } ? 1UL << dimension.Codes.Length : 0;

#if NET8_0_OR_GREATER
        if (width == 4 && Vector256.IsHardwareAccelerated)
        {
            var numbers = new Numbers4(lanes, laneMasks, end);
            var cells = new Cells(table, division, divisionStart, month, minMonth, monthStride);
            switch (numbers.Columns)
            {
                case 0:
                    ByValues(new Constant(numbers), cells, dimension, fixedSlots, sentinel, start, end);
                    break;
                case 1:
                    ByValues(new OneColumn(numbers), cells, dimension, fixedSlots, sentinel, start, end);
                    break;
                case 2:
                    ByValues(new TwoColumns(numbers), cells, dimension, fixedSlots, sentinel, start, end);
                    break;
                default:
                    ByValues(new ThreeColumns(numbers), cells, dimension, fixedSlots, sentinel, start, end);
                    break;
            }

            return;
        }
#endif

        var masks = dimension?.Masks;
        var values = dimension?.Values;
        var added = dimension is null || (masks is not null && fixedSlots == 0);
        Span<long> delta = stackalloc long[width];
        for (var i = start; i < end; i++)
        {
            for (var k = 0; k < width; k++)
            {
                delta[k] = lanes[k][i & laneMasks[k]];
            }

            var m = month[i];
            var at = divisionStart[division[i]] + ((m == 0 ? 0 : m - minMonth + 1) * monthStride);
            if (added)
            {
                AddTo(table, at, delta);
            }

            if (masks is not null)
            {
                var mask = masks[i];
                for (var v = 0; fixedSlots > 0 ? v < fixedSlots : mask != 0; v++)
                {
                    AddTo(table, at + ((Bits.TrailingZeros(mask | sentinel) + 1) * width), delta);
                    mask &= mask - 1;
                }
            }
            else if (values is not null)
            {
                AddTo(table, at + ((values[i] + 1) * width), delta);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AddTo(long[] table, int at, ReadOnlySpan<long> delta)
    {
        var target = table.AsSpan(at, delta.Length);
        for (var k = 0; k < delta.Length; k++)
        {
            target[k] += delta[k];
        }
    }

#if NET8_0_OR_GREATER
    /// <summary>Picks the loop for the dimension's shape, so that each loop does only what its shape needs.</summary>
    [MethodImpl(Jit.Optimized)]
    private static void ByValues<TNumbers>(TNumbers numbers, Cells cells, DimensionColumn? dimension, int fixedSlots, ulong sentinel, int start, int end)
        where TNumbers : struct, IRecordNumbers
    {
        if (dimension is null)
        {
            Loop(numbers, default(NoValues), cells, start, end);
        }
        else if (dimension.Values is { } values)
        {
            Loop(numbers, new OneValue(values, end), cells, start, end);
        }
        else
        {
            var masks = dimension.Masks!;
            switch (fixedSlots)
            {
                case 1:
                    Loop(numbers, new FixedValues<One>(masks, sentinel, end), cells, start, end);
                    break;
                case 2:
                    Loop(numbers, new FixedValues<Two>(masks, sentinel, end), cells, start, end);
                    break;
                case 3:
                    Loop(numbers, new FixedValues<Three>(masks, sentinel, end), cells, start, end);
                    break;
                case 4:
                    Loop(numbers, new FixedValues<Four>(masks, sentinel, end), cells, start, end);
                    break;
                default:
                    Loop(numbers, new AnyValues(masks, end), cells, start, end);
                    break;
            }
        }
    }

    /// <summary>
    /// The hot loop, compiled once for each shape of numbers and values (struct type arguments): a record's numbers, its
    /// cell from a start a division and a stride a month, and its slots. The cell's index is checked against the table.
    /// </summary>
    [MethodImpl(Jit.Optimized | MethodImplOptions.NoInlining)]
    private static void Loop<TNumbers, TValues>(TNumbers numbers, TValues values, Cells cells, int start, int end)
        where TNumbers : struct, IRecordNumbers
        where TValues : struct, IValueSlots
    {
        var table = cells.Table;
        var divisionStart = cells.DivisionStart;
        var (minMonth, monthStride) = (cells.MinMonth, cells.MonthStride);
        if ((uint)start > (uint)end || (uint)end > (uint)cells.Division.Length || (uint)end > (uint)cells.Month.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(end));
        }

        ref var divisions = ref MemoryMarshal.GetArrayDataReference(cells.Division);
        ref var months = ref MemoryMarshal.GetArrayDataReference(cells.Month);
        for (var i = start; i < end; i++)
        {
            var vector = numbers.Of(i);
            var m = Unsafe.Add(ref months, i);
            var at = divisionStart[Unsafe.Add(ref divisions, i)] + ((m == 0 ? 0 : m - minMonth + 1) * monthStride);
            values.Add(ref table[at], i, vector);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Add(ref long slot, Vector256<long> delta) =>
        Vector256.StoreUnsafe(Vector256.LoadUnsafe(ref slot) + delta, ref slot);

    /// <summary>The columns that place a record's cell.</summary>
    private readonly struct Cells
    {
        public Cells(long[] table, int[] division, int[] divisionStart, int[] month, int minMonth, int monthStride) =>
            (Table, Division, DivisionStart, Month, MinMonth, MonthStride) = (table, division, divisionStart, month, minMonth, monthStride);

        public long[] Table { get; }

        public int[] Division { get; }

        public int[] DivisionStart { get; }

        public int[] Month { get; }

        public int MinMonth { get; }

        public int MonthStride { get; }
    }

    /// <summary>What every record of a width-4 table adds: constant lanes, and up to three lanes read from columns.</summary>
    private sealed class Numbers4
    {
        public Numbers4(int[][] lanes, int[] laneMasks, int end)
        {
            var constants = new long[4];
            var columns = new int[3][];
            var masks = new Vector256<long>[3];
            for (var k = 0; k < 4; k++)
            {
                if (laneMasks[k] == 0)
                {
                    constants[k] = lanes[k][0];
                    continue;
                }

                // Read without a bounds check a record: checked once here for the whole range.
                if ((uint)end > (uint)lanes[k].Length)
                {
                    throw new ArgumentOutOfRangeException(nameof(end));
                }

                var lane = new long[4];
                lane[k] = -1;
                (columns[Columns], masks[Columns]) = (lanes[k], Vector256.Create(lane));
                Columns++;
            }

            Constant = Vector256.Create(constants);
            (Column0, Column1, Column2) = (columns[0], columns[1], columns[2]);
            (Lane0, Lane1, Lane2) = (masks[0], masks[1], masks[2]);
        }

        public int Columns { get; }

        public Vector256<long> Constant { get; }

        public int[]? Column0 { get; }

        public int[]? Column1 { get; }

        public int[]? Column2 { get; }

        public Vector256<long> Lane0 { get; }

        public Vector256<long> Lane1 { get; }

        public Vector256<long> Lane2 { get; }
    }

    /// <summary>A record's numbers: the lanes' constants plus its figures, each broadcast into its lane.</summary>
    private interface IRecordNumbers
    {
        Vector256<long> Of(int i);
    }

    private readonly struct Constant : IRecordNumbers
    {
        private readonly Vector256<long> _constant;

        public Constant(Numbers4 numbers) => _constant = numbers.Constant;

        public Vector256<long> Of(int i) => _constant;
    }

    private readonly struct OneColumn : IRecordNumbers
    {
        private readonly Vector256<long> _constant;
        private readonly int[] _column;
        private readonly Vector256<long> _lane;

        public OneColumn(Numbers4 numbers) => (_constant, _column, _lane) = (numbers.Constant, numbers.Column0!, numbers.Lane0);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Vector256<long> Of(int i) => _constant + (Vector256.Create((long)Figure(_column, i)) & _lane);
    }

    private readonly struct TwoColumns : IRecordNumbers
    {
        private readonly Vector256<long> _constant;
        private readonly int[] _column0;
        private readonly int[] _column1;
        private readonly Vector256<long> _lane0;
        private readonly Vector256<long> _lane1;

        public TwoColumns(Numbers4 numbers) =>
            (_constant, _column0, _column1, _lane0, _lane1) = (numbers.Constant, numbers.Column0!, numbers.Column1!, numbers.Lane0, numbers.Lane1);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Vector256<long> Of(int i) =>
            _constant + (Vector256.Create((long)Figure(_column0, i)) & _lane0) + (Vector256.Create((long)Figure(_column1, i)) & _lane1);
    }

    private readonly struct ThreeColumns : IRecordNumbers
    {
        private readonly Vector256<long> _constant;
        private readonly int[] _column0;
        private readonly int[] _column1;
        private readonly int[] _column2;
        private readonly Vector256<long> _lane0;
        private readonly Vector256<long> _lane1;
        private readonly Vector256<long> _lane2;

        public ThreeColumns(Numbers4 numbers) =>
            (_constant, _column0, _column1, _column2, _lane0, _lane1, _lane2) =
            (numbers.Constant, numbers.Column0!, numbers.Column1!, numbers.Column2!, numbers.Lane0, numbers.Lane1, numbers.Lane2);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Vector256<long> Of(int i) =>
            _constant + (Vector256.Create((long)Figure(_column0, i)) & _lane0) + (Vector256.Create((long)Figure(_column1, i)) & _lane1) +
            (Vector256.Create((long)Figure(_column2, i)) & _lane2);
    }

    /// <summary>A column's figure without a bounds check (<see cref="Numbers4"/> checked the range).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Figure(int[] column, int i) => Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(column), i);

    /// <summary>Where a record's numbers go within its cell.</summary>
    private interface IValueSlots
    {
        void Add(ref long cell, int i, Vector256<long> numbers);
    }

    /// <summary>No dimension: the subtotal only.</summary>
    private readonly struct NoValues : IValueSlots
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Add(ref long cell, int i, Vector256<long> numbers) => DenseScan.Add(ref cell, numbers);
    }

    /// <summary>A one-valued dimension: the value's slot (the subtotal is their sum).</summary>
    private readonly struct OneValue : IValueSlots
    {
        private readonly int[] _values;

        public OneValue(int[] values, int end) => _values = (uint)end <= (uint)values.Length ? values : throw new ArgumentOutOfRangeException(nameof(end));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Add(ref long cell, int i, Vector256<long> numbers) =>
            DenseScan.Add(ref Unsafe.Add(ref cell, (Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_values), i) + 1) * 4), numbers);
    }

    /// <summary>A many-valued dimension with at most <typeparamref name="TCount"/> values a record: that many slots, the rest the spare one.</summary>
    private readonly struct FixedValues<TCount> : IValueSlots
        where TCount : struct, ISlotCount
    {
        private readonly ulong[] _masks;
        private readonly ulong _sentinel;

        public FixedValues(ulong[] masks, ulong sentinel, int end) =>
            (_masks, _sentinel) = ((uint)end <= (uint)masks.Length ? masks : throw new ArgumentOutOfRangeException(nameof(end)), sentinel);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Add(ref long cell, int i, Vector256<long> numbers)
        {
            var mask = Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_masks), i);
            ref var first = ref Unsafe.Add(ref cell, 4);
            if (TCount.Value >= 4)
            {
                DenseScan.Add(ref Unsafe.Add(ref first, Bits.TrailingZeros(mask | _sentinel) * 4), numbers);
                mask &= mask - 1;
            }

            if (TCount.Value >= 3)
            {
                DenseScan.Add(ref Unsafe.Add(ref first, Bits.TrailingZeros(mask | _sentinel) * 4), numbers);
                mask &= mask - 1;
            }

            if (TCount.Value >= 2)
            {
                DenseScan.Add(ref Unsafe.Add(ref first, Bits.TrailingZeros(mask | _sentinel) * 4), numbers);
                mask &= mask - 1;
            }

            DenseScan.Add(ref Unsafe.Add(ref first, Bits.TrailingZeros(mask | _sentinel) * 4), numbers);
        }
    }

    /// <summary>A many-valued dimension with more values a record than fixed slots: the subtotal, then a slot a value.</summary>
    private readonly struct AnyValues : IValueSlots
    {
        private readonly ulong[] _masks;

        public AnyValues(ulong[] masks, int end) => _masks = (uint)end <= (uint)masks.Length ? masks : throw new ArgumentOutOfRangeException(nameof(end));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Add(ref long cell, int i, Vector256<long> numbers)
        {
            DenseScan.Add(ref cell, numbers);
            var mask = Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_masks), i);
            ref var first = ref Unsafe.Add(ref cell, 4);
            while (mask != 0)
            {
                DenseScan.Add(ref Unsafe.Add(ref first, Bits.TrailingZeros(mask) * 4), numbers);
                mask &= mask - 1;
            }
        }
    }

    /// <summary>A number of fixed slots, known when the loop is compiled.</summary>
    private interface ISlotCount
    {
        static abstract int Value { get; }
    }

    private readonly struct One : ISlotCount
    {
        public static int Value => 1;
    }

    private readonly struct Two : ISlotCount
    {
        public static int Value => 2;
    }

    private readonly struct Three : ISlotCount
    {
        public static int Value => 3;
    }

    private readonly struct Four : ISlotCount
    {
        public static int Value => 4;
    }
#endif
}
