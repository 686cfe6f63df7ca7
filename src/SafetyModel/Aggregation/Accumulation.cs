using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Threading.Tasks;
using NodaTime;
using SafetyModel.Primitives;
using SafetyModel.Records;

namespace SafetyModel.Aggregation;

/// <summary>The groups of one aggregation while records are added, then the rows of its table.</summary>
internal sealed class Accumulation
{
    private const int NoPeriod = int.MinValue;

    internal const int PeriodOffset = 1 << 20; // period keys (year × 12 + month at most ±120,000) shifted to be positive
    private const int CodeCacheSize = 64;

    private readonly AggregationQuery _query;
    private readonly QueryPlan _plan;
    private readonly Measure[] _measures;
    private readonly Dictionary<long, Quantity>?[] _countQuantities;
    private readonly AggregationDimension _dimension;
    private readonly bool _byPeriod;
    private readonly PeriodGranularity _granularity;
    private readonly long[] _delta;
    private readonly bool _hasExtras;
    private readonly ReportingPeriod[]? _customPeriods;
    private long _outside;
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<int, ReportingPeriod> _periods = new();

    // The hot loop: a group is division × period × dimension indices → a slot in flat arrays (its packed key kept for the build).
    private readonly List<long> _slotKeys = new();
    private readonly List<int> _periodKeys = new();
    private int[] _periodWindow = new int[64];
    private int _periodWindowStart;
    private int _noPeriodIndex = -1;
    private int[]?[]?[] _cells = new int[]?[]?[16];
    private readonly Dictionary<DivisionCode, int> _divisionIndex = new();
    private readonly List<DivisionCode> _divisions = new();
    private readonly Dictionary<string, int> _dimensionIndex = new(StringComparer.Ordinal);
    private readonly List<string> _dimensions = new();
    private readonly string?[] _codeCache = new string?[CodeCacheSize];
    private readonly int[] _codeCacheIndex = new int[CodeCacheSize];
    private readonly bool[] _codeCacheNamed = new bool[CodeCacheSize];
    private readonly DivisionCode[] _divisionCache = new DivisionCode[CodeCacheSize];
    private readonly int[] _divisionCacheIndex = new int[CodeCacheSize];
    private long[] _counts = new long[64];
    private DimensionValue[] _values = new DimensionValue[4];
    private Extra[] _extras = new Extra[16];

    public Accumulation(AggregationQuery query)
    {
        _query = query;
        _plan = new QueryPlan(query);
        _measures = _plan.Measures;
        _countQuantities = new Dictionary<long, Quantity>?[_measures.Length];
        _dimension = query.Dimension;
        _byPeriod = query.Granularity is not null;
        _granularity = query.Granularity ?? PeriodGranularity.Year;
        _delta = new long[_measures.Length];
        _hasExtras = Array.Exists(_measures, IsExtra);
        _customPeriods = query.Granularity == PeriodGranularity.Custom ? query.SortedPeriods() : null;
    }

    /// <summary>Gets whether the query groups by custom periods, which are read from each record's date, not its month.</summary>
    public bool ByDay => _customPeriods is not null;

    /// <summary>Adds a record: its counts and, for the measures that are not counts, its figures.</summary>
    /// <exception cref="ArgumentException">The query's catalogue has no kind for the record.</exception>
    public void Add(IRecord record, long index, string parameter) => Add(record, _plan.For(record, index, parameter), counts: true);

    /// <summary>Adds only what a record gives the measures that are not counts (losses, people); the counts came in groups.</summary>
    public void AddExtras(IRecord record, KindPlan plan) => Add(record, plan, counts: false);

    /// <summary>Gets the plan the records are read by.</summary>
    public QueryPlan Plan => _plan;

    /// <summary>
    /// Adds the counts of a group found by <see cref="RecordBatch"/>: <paramref name="division"/> already at the query's
    /// level, <paramref name="monthIndex"/> as in <see cref="MonthIndex(LocalDate?)"/>, <paramref name="dimension"/> the value's
    /// code or <see langword="null"/> for the division-and-period subtotal.
    /// </summary>
    public void AddGroup(DivisionCode division, int monthIndex, string? dimension, string? dimensionName, ReadOnlySpan<long> counts)
    {
        var divisionIndex = (int)DivisionIndex(division);
        var periodKey = PeriodOfMonth(monthIndex);
        var period = PeriodIndex(periodKey);
        int dimensionIndex;
        if (dimension is null)
        {
            dimensionIndex = _dimension == AggregationDimension.None ? 1 : 0;
        }
        else
        {
            dimensionIndex = (int)DimensionIndex(new DimensionValue(dimension, dimensionName));
        }

        var at = Slot(divisionIndex, period, periodKey, dimensionIndex) * _measures.Length;
        for (var i = 0; i < _measures.Length; i++)
        {
            _counts[at + i] = checked(_counts[at + i] + counts[i]);
        }
    }

    /// <summary>The division a record's code is grouped under at the query's level: the code truncated, or none when the query does not group by division.</summary>
    public DivisionCode GroupDivision(DivisionCode raw) => GroupDivision(_query, raw);

    /// <summary>The division a record's code is grouped under at a query's level.</summary>
    public static DivisionCode GroupDivision(AggregationQuery query, DivisionCode raw) =>
        query.DivisionLevel is not { } level || raw == default ? (query.DivisionLevel is null ? default : raw) : raw.TruncatedTo(level);

    /// <summary>
    /// Adds records given as columns (a <see cref="RecordBatch"/>): the counts by scanning a dense table of division
    /// group × month × dimension value, whose groups then enter this core as <see cref="AddGroup"/> does; the measures
    /// that are not counts from the records whose kinds add to them. Falls back to the records one by one when the dense
    /// table would be too large or the periods are found by day.
    /// </summary>
    public void AddColumns(IColumnSource source, ParallelOptions? parallel = null)
    {
        if (Aggregator.GroupsByCalendar(_query) && source.MinMonth <= source.MaxMonth &&
            (source.MinMonth < MonthIndex(ReportingPeriod.FirstDay) || source.MaxMonth > MonthIndex(ReportingPeriod.LastDay)))
        {
            for (var i = 0; i < source.Records.Length; i++)
            {
                Aggregator.Checked(source.Records[i], i, "batch", calendar: true, _plan);
            }
        }

        // Divisions at the query's level: the batch's distinct codes map onto the groups'.
        var groupOf = new int[source.DivisionCodes.Length];
        var groups = new List<DivisionCode>();
        var groupIndex = new Dictionary<DivisionCode, int>();
        for (var d = 0; d < source.DivisionCodes.Length; d++)
        {
            var code = GroupDivision(source.DivisionCodes[d]);
            if (!groupIndex.TryGetValue(code, out var g))
            {
                g = groups.Count;
                groups.Add(code);
                groupIndex.Add(code, g);
            }

            groupOf[d] = g;
        }

        // Months: slot 0 for records without a date, then one per month from the first to the last.
        var months = source.MaxMonth < source.MinMonth ? 1 : source.MaxMonth - source.MinMonth + 2;
        var dimension = _query.Dimension == AggregationDimension.None ? null : source.DimensionColumn(_query.Dimension, _query);
        var values = dimension?.Codes.Length ?? 0;
        var layout = new DenseLayout(groups.Count, months, values, _query.Measures.Count);
        var measures = new int[]?[_query.Measures.Count];
        var narrow = true;
        for (var m = 0; m < measures.Length && narrow; m++)
        {
            narrow = source.TryGetMeasureColumn(_query.Measures[m], _query.AsOf, out measures[m]);
        }

        if (layout.Size > 1 << 25 || dimension is { TooMany: true } || ByDay || !narrow)
        {
            // Too many groups for a dense table (a dimension with very many values), custom periods (found by day
            // rather than by the month column), or a figure too wide for a column: the records one by one instead.
            for (var i = 0; i < source.Records.Length; i++)
            {
                Add(source.Records[i], i, "batch");
            }

            return;
        }

        var counts = Scan(source, groupOf, layout, dimension, measures, parallel);
        var group = new long[layout.RecordCount];
        for (var g = 0; g < groups.Count; g++)
        {
            for (var month = 0; month < months; month++)
            {
                for (var v = 0; v <= values; v++)
                {
                    var at = layout.Offset(layout.Cell(g, month), v);
                    if (counts[at + layout.RecordCount] == 0)
                    {
                        continue;
                    }

                    Array.Copy(counts, at, group, 0, group.Length);
                    var monthIndex = month == 0 ? 0 : source.MinMonth + month - 1;
                    AddGroup(groups[g], monthIndex, v == 0 ? null : dimension!.Codes[v - 1], v == 0 ? null : dimension!.Names[v - 1], group);
                }
            }
        }

        // The measures that are not counts are read from the records of the kinds that add to them.
        var plans = Array.ConvertAll(source.Kinds, k => _plan.For(k.RecordType));
        if (Array.Exists(plans, p => p.HasExtras))
        {
            for (var i = 0; i < source.Records.Length; i++)
            {
                if (plans[source.Kind[i]] is { HasExtras: true } kindPlan)
                {
                    AddExtras(source.Records[i], kindPlan);
                }
            }
        }
    }

    /// <summary>
    /// Scans the columns into a dense table (<see cref="DenseLayout"/>), on one thread or, given parallel options that
    /// allow it and enough records, on several: each thread scans a contiguous range into a table of its own, and the
    /// tables are added up in range order, so the result does not depend on the threads.
    /// </summary>
    private static long[] Scan(IColumnSource source, int[] groupOf, DenseLayout layout, DimensionColumn? dimension, int[]?[] measures, ParallelOptions? parallel)
    {
        var count = source.Division.Length;
        var threads = parallel is null ? 1 : parallel.MaxDegreeOfParallelism is > 0 and var max ? max : Environment.ProcessorCount;
        threads = (int)Math.Min(threads, Math.Max(1, count / MinimumRecordsPerThread));
        var table = new long[layout.Size];
        if (threads <= 1)
        {
            ScanRange(source, table, groupOf, layout, dimension, measures, 0, count);
            return table;
        }

        var tables = new long[threads][];
        tables[0] = table;
        Parallel.For(0, threads, parallel!, t =>
        {
            var own = t == 0 ? table : new long[layout.Size];
            ScanRange(source, own, groupOf, layout, dimension, measures, (int)((long)count * t / threads), (int)((long)count * (t + 1) / threads));
            tables[t] = own;
        });

        for (var t = 1; t < threads; t++)
        {
            var other = tables[t];
            for (var i = 0; i < table.Length; i++)
            {
                table[i] += other[i];
            }
        }

        return table;
    }

    /// <summary>Below this many records a second thread costs more than it saves.</summary>
    private const int MinimumRecordsPerThread = 1 << 16;

    /// <summary>
    /// The hot loop: every record adds its counts to its group's subtotal slot and to each of its dimension values'
    /// slots. A many-valued dimension is read as a fixed number of slots per record (the most values any record has, up
    /// to <see cref="FixedValueSlots"/>), the missing ones landing in the layout's spare slot, so that the loop does not
    /// branch on how many values a record has. The sums cannot overflow: a figure in a column fits an
    /// <see cref="int"/> and there are fewer than 2³¹ records, so no slot passes 2⁶² (the columns refuse a wider figure).
    /// </summary>
    [MethodImpl(Jit.Optimized)]
    private static void ScanRange(IColumnSource source, long[] table, int[] groupOf, DenseLayout layout, DimensionColumn? dimension, int[]?[] measures, int start, int end)
    {
        var width = layout.Width;
        var division = source.Division;
        var month = source.Month;
        var minMonth = source.MinMonth;
        var masks = dimension?.Masks;
        var values = dimension?.Values;
        var fixedSlots = masks is not null && dimension!.MaxValues <= FixedValueSlots ? dimension.MaxValues : 0;
        Span<int> slotOfBit = stackalloc int[65];
        for (var b = 0; b < 64; b++)
        {
            slotOfBit[b] = (b + 1) * width;
        }

        slotOfBit[64] = layout.SpareSlot * width;
        // What a record adds, worked out once however many slots it falls in: 1 for the number of records and for
        // Measure.Records, 0 for a measure no kind of the batch adds to, else the figure in the measure's column. Each
        // lane reads an array at i & mask: the column with mask ~0, or a one-element array of its constant with mask 0,
        // so building a record's numbers does not branch.
        var lanes = new int[width][];
        var laneMasks = new int[width];
        for (var k = 0; k < width; k++)
        {
            var column = k < measures.Length ? measures[k] : null;
            (lanes[k], laneMasks[k]) = k == layout.RecordCount || (k < measures.Length && column is null) ? (new[] { 1 }, 0)
                : column is { Length: > 0 } ? (column, ~0)
                : (new[] { 0 }, 0);
        }

#if NET8_0_OR_GREATER
        if (width == 4 && System.Runtime.Intrinsics.Vector256.IsHardwareAccelerated)
        {
            ScanRange4(table, division, groupOf, month, minMonth, layout, masks, values, fixedSlots, slotOfBit, lanes, laneMasks, start, end);
            return;
        }
#endif

        Span<long> delta = stackalloc long[width];
        for (var i = start; i < end; i++)
        {
            for (var k = 0; k < width; k++)
            {
                delta[k] = lanes[k][i & laneMasks[k]];
            }

            var m = month[i];
            var at = (int)layout.Offset(layout.Cell(groupOf[division[i]], m == 0 ? 0 : m - minMonth + 1), 0);
            AddTo(table, at, delta);
            if (masks is not null)
            {
                var mask = masks[i];
                for (var v = 0; fixedSlots > 0 ? v < fixedSlots : mask != 0; v++)
                {
                    AddTo(table, at + slotOfBit[Bits.TrailingZeros(mask)], delta);
                    mask &= mask - 1;
                }
            }
            else if (values is not null)
            {
                AddTo(table, at + ((values[i] + 1) * width), delta);
            }
        }
    }

#if NET8_0_OR_GREATER
    /// <summary>
    /// <see cref="ScanRange"/> for four numbers a slot: one 256-bit add a slot. A record's numbers are the lanes'
    /// constants plus its figures, each broadcast into its lane (no read for a constant lane); a cell is found from a
    /// start per division and a stride per month; the fixed slots are unrolled.
    /// </summary>
    [MethodImpl(Jit.Optimized)]
    private static void ScanRange4(
        long[] table, int[] division, int[] groupOf, int[] month, int minMonth, DenseLayout layout, ulong[]? masks, int[]? values, int fixedSlots, ReadOnlySpan<int> slotOfBit, int[][] lanes, int[] laneMasks, int start, int end)
    {
        // The constant lanes, and up to four columns with the lane each fills.
        var constants = new long[4];
        var columns = new List<(int[] Column, System.Runtime.Intrinsics.Vector256<long> Lane)>();
        for (var k = 0; k < 4; k++)
        {
            if (laneMasks[k] == 0)
            {
                constants[k] = lanes[k][0];
            }
            else
            {
                var lane = new long[4];
                lane[k] = -1;
                columns.Add((lanes[k], System.Runtime.Intrinsics.Vector256.Create(lane)));
            }
        }

        var constant = System.Runtime.Intrinsics.Vector256.Create(constants);
        var (c0, s0) = columns.Count > 0 ? columns[0] : (Array.Empty<int>(), default);
        var (c1, s1) = columns.Count > 1 ? columns[1] : (Array.Empty<int>(), default);
        var more = columns.Count > 2;

        // Where each division's cells start, and how far apart months are (the table is under 2²⁵ numbers).
        var monthStride = (int)layout.Offset(1, 0);
        var divisionStart = new int[groupOf.Length];
        for (var d = 0; d < divisionStart.Length; d++)
        {
            divisionStart[d] = (int)layout.Offset(layout.Cell(groupOf[d], 0), 0);
        }

        ref var slots = ref MemoryMarshal.GetReference(slotOfBit);

        // The columns are read without a bounds check a record: checked once here for the whole range.
        if ((uint)end > (uint)division.Length || (uint)end > (uint)month.Length || (uint)start > (uint)end ||
            (c0.Length > 0 && (uint)end > (uint)c0.Length) || (c1.Length > 0 && (uint)end > (uint)c1.Length) || (masks is not null && (uint)end > (uint)masks.Length))
        {
            throw new ArgumentOutOfRangeException(nameof(end));
        }

        ref var divisions = ref MemoryMarshal.GetArrayDataReference(division);
        ref var months = ref MemoryMarshal.GetArrayDataReference(month);
        ref var figures0 = ref MemoryMarshal.GetArrayDataReference(c0);
        ref var figures1 = ref MemoryMarshal.GetArrayDataReference(c1);
        ref var maskColumn = ref masks is null ? ref Unsafe.NullRef<ulong>() : ref MemoryMarshal.GetArrayDataReference(masks);
        for (var i = start; i < end; i++)
        {
            var vector = constant;
            if (c0.Length > 0)
            {
                vector += System.Runtime.Intrinsics.Vector256.Create((long)Unsafe.Add(ref figures0, i)) & s0;
                if (c1.Length > 0)
                {
                    vector += System.Runtime.Intrinsics.Vector256.Create((long)Unsafe.Add(ref figures1, i)) & s1;
                    for (var c = 2; more && c < columns.Count; c++)
                    {
                        vector += System.Runtime.Intrinsics.Vector256.Create((long)columns[c].Column[i]) & columns[c].Lane;
                    }
                }
            }

            var m = Unsafe.Add(ref months, i);
            ref var cell = ref table[divisionStart[Unsafe.Add(ref divisions, i)] + ((m == 0 ? 0 : m - minMonth + 1) * monthStride)];
            Add(ref cell, vector);
            if (fixedSlots > 0)
            {
                // The record's values, then the spare slot for those it does not have: as many as the most any record has.
                var mask = Unsafe.Add(ref maskColumn, i);
                switch (fixedSlots)
                {
                    case 4:
                        Add(ref Unsafe.Add(ref cell, Unsafe.Add(ref slots, Bits.TrailingZeros(mask))), vector);
                        mask &= mask - 1;
                        goto case 3;
                    case 3:
                        Add(ref Unsafe.Add(ref cell, Unsafe.Add(ref slots, Bits.TrailingZeros(mask))), vector);
                        mask &= mask - 1;
                        goto case 2;
                    case 2:
                        Add(ref Unsafe.Add(ref cell, Unsafe.Add(ref slots, Bits.TrailingZeros(mask))), vector);
                        mask &= mask - 1;
                        goto default;
                    default:
                        Add(ref Unsafe.Add(ref cell, Unsafe.Add(ref slots, Bits.TrailingZeros(mask))), vector);
                        break;
                }
            }
            else if (masks is not null)
            {
                var mask = masks[i];
                while (mask != 0)
                {
                    Add(ref Unsafe.Add(ref cell, slotOfBit[Bits.TrailingZeros(mask)]), vector);
                    mask &= mask - 1;
                }
            }
            else if (values is not null)
            {
                Add(ref Unsafe.Add(ref cell, (values[i] + 1) * 4), vector);
            }
        }
    }
#endif

    /// <summary>The most values a record may have for the scan to read a fixed number of slots for each (more and it loops).</summary>
    private const int FixedValueSlots = 4;

#if NET8_0_OR_GREATER
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Add(ref long slot, System.Runtime.Intrinsics.Vector256<long> delta) =>
        System.Runtime.Intrinsics.Vector256.StoreUnsafe(System.Runtime.Intrinsics.Vector256.LoadUnsafe(ref slot) + delta, ref slot);
#endif

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AddTo(long[] table, int at, ReadOnlySpan<long> delta)
    {
        var target = table.AsSpan(at, delta.Length);
        for (var k = 0; k < delta.Length; k++)
        {
            target[k] += delta[k];
        }
    }

    /// <summary>Whether a measure is not a count: amounts, people summed as intervals, distinct names — read from the records that carry them.</summary>
    public static bool IsExtra(Measure measure) => measure.Kind != MeasureKind.Count;

    /// <summary>A date as a month index, <c>year × 12 + month − 1</c>, offset to be positive; 0 for no date.</summary>
    public static int MonthIndex(LocalDate? date) => date is { } d ? MonthIndex(d.Year, d.Month) : 0;

    /// <summary>A year and month (1–12) as a month index.</summary>
    public static int MonthIndex(int year, int month) => PeriodOffset + (year * 12) + month - 1;

    private void Add(IRecord record, KindPlan plan, bool counts)
    {
        if (counts)
        {
            Deltas(record, plan);
        }
        else
        {
            Array.Clear(_delta, 0, _delta.Length);
        }

        var periodKey = PeriodOf(record.ReferenceDate);
        if (periodKey < 0)
        {
            _outside += counts ? 1 : 0;
            return;
        }

        var division = (int)DivisionIndex(record.Division);
        var period = PeriodIndex(periodKey);
        if (_dimension == AggregationDimension.None)
        {
            Accumulate(Slot(division, period, periodKey, 1), record, plan);
            return;
        }

        Accumulate(Slot(division, period, periodKey, 0), record, plan);
        var values = plan.Values(record, ref _values);
        for (var i = 0; i < values; i++)
        {
            var value = _values[i];
            if (!AppearsBefore(_values, i))
            {
                Accumulate(Slot(division, period, periodKey, (int)DimensionIndex(value)), record, plan);
            }
        }
    }

    private long DivisionIndex(DivisionCode raw)
    {
        // Records repeat a few codes: the cache is keyed by the record's own code, so a hit costs no truncation.
        var h = raw.GetHashCode() & (CodeCacheSize - 1);
        if (_divisionCacheIndex[h] > 0 && _divisionCache[h] == raw)
        {
            return _divisionCacheIndex[h] - 1;
        }

        var code = _query.DivisionLevel is not { } level ? default : raw == default ? raw : raw.TruncatedTo(level);
        if (!_divisionIndex.TryGetValue(code, out var index))
        {
            index = _divisions.Count;
            _divisions.Add(code);
            _divisionIndex.Add(code, index);
        }

        (_divisionCache[h], _divisionCacheIndex[h]) = (raw, index + 1);
        return index;
    }

    /// <summary>The dimension value's index plus one (zero is the subtotal over every value); a value met for the first time keeps its name.</summary>
    private long DimensionIndex(DimensionValue value)
    {
        var code = value.Code;
        // A direct-mapped cache by reference: a well-known value's code is one shared string, found in a few instructions.
        var h = RuntimeHelpers.GetHashCode(code) & (CodeCacheSize - 1);
        if (ReferenceEquals(_codeCache[h], code) && (value.Name is null || _codeCacheNamed[h]))
        {
            return _codeCacheIndex[h];
        }

        if (!_dimensionIndex.TryGetValue(code, out var index))
        {
            if (value.Name is { } name)
            {
                _names.Add(code, name);
            }

            _dimensions.Add(code);
            index = _dimensions.Count;
            _dimensionIndex.Add(code, index);
        }
        else if (value.Name is { } later && !_names.ContainsKey(code))
        {
            _names.Add(code, later);
        }

        // A hit needs no look-up once the code's name is known; until then a value with a name takes the slow path, so
        // the first name given wins whichever reference of the code comes first (as the columns of a batch keep it).
        (_codeCache[h], _codeCacheIndex[h], _codeCacheNamed[h]) = (code, index, _names.ContainsKey(code));
        return index;
    }

    /// <summary>The dense index of a period key: a window over the keys seen, grown in either direction.</summary>
    private int PeriodIndex(int key)
    {
        if (key == 0)
        {
            // Records without a date: kept out of the window, which would otherwise span from 0 to the dated keys.
            if (_noPeriodIndex < 0)
            {
                _periodKeys.Add(0);
                _noPeriodIndex = _periodKeys.Count - 1;
            }

            return _noPeriodIndex;
        }

        var at = key - _periodWindowStart;
        if (at >= 0 && at < _periodWindow.Length && _periodWindow[at] != 0)
        {
            return _periodWindow[at] - 1;
        }

        if (_periodKeys.Count == (_noPeriodIndex < 0 ? 0 : 1))
        {
            _periodWindowStart = key;
            at = 0;
        }
        else if (at < 0 || at >= _periodWindow.Length)
        {
            var start = Math.Min(_periodWindowStart, key);
            var end = Math.Max(_periodWindowStart + _periodWindow.Length, key + 1);
            var window = new int[Math.Max(end - start, _periodWindow.Length * 2)];
            Array.Copy(_periodWindow, 0, window, _periodWindowStart - start, _periodWindow.Length);
            (_periodWindow, _periodWindowStart) = (window, start);
            at = key - start;
        }

        _periodKeys.Add(key);
        _periodWindow[at] = _periodKeys.Count;
        return _periodKeys.Count - 1;
    }

    /// <summary>The slot of a group: division × period × dimension arrays, so the hot loop indexes instead of hashing.</summary>
    private int Slot(int division, int period, int periodKey, int dimension)
    {
        if (division >= _cells.Length)
        {
            Array.Resize(ref _cells, Math.Max(_cells.Length * 2, division + 1));
        }

        var byPeriod = _cells[division] ??= new int[Math.Max(16, period + 1)][];
        if (period >= byPeriod.Length)
        {
            Array.Resize(ref byPeriod, Math.Max(byPeriod.Length * 2, period + 1));
            _cells[division] = byPeriod;
        }

        var byDimension = byPeriod[period] ??= new int[Math.Max(8, dimension + 1)];
        if (dimension >= byDimension.Length)
        {
            Array.Resize(ref byDimension, Math.Max(byDimension.Length * 2, dimension + 1));
            byPeriod[period] = byDimension;
        }

        var slot = byDimension[dimension] - 1;
        if (slot >= 0)
        {
            return slot;
        }

        slot = _slotKeys.Count;
        _slotKeys.Add(((long)division << 42) | ((long)periodKey << 20) | (long)dimension);
        byDimension[dimension] = slot + 1;
        if ((slot + 1) * _measures.Length > _counts.Length)
        {
            Array.Resize(ref _counts, _counts.Length * 2);
        }

        if (slot >= _extras.Length)
        {
            Array.Resize(ref _extras, _extras.Length * 2);
        }

        return slot;
    }

    /// <summary>What a record adds to each count measure (0 for the others), worked out once however many groups it falls in.</summary>
    private void Deltas(IRecord record, KindPlan plan)
    {
        var asOf = _query.AsOf ?? default;
        for (var i = 0; i < _measures.Length; i++)
        {
            _delta[i] = plan.Count(i, record, asOf);
        }
    }

    private void Accumulate(int slot, IRecord record, KindPlan plan)
    {
        var at = slot * _delta.Length;
        for (var i = 0; i < _delta.Length; i++)
        {
            _counts[at + i] = checked(_counts[at + i] + _delta[i]);
        }

        if (_hasExtras && plan.HasExtras)
        {
            AccumulateExtras(ref _extras[slot], record, plan);
        }
    }

    /// <summary>The measures that are not counts: amounts, people as intervals, distinct names.</summary>
    private void AccumulateExtras(ref Extra extra, IRecord record, KindPlan plan)
    {
        for (var i = 0; i < _measures.Length; i++)
        {
            if (plan.ContributionTo(i) is not { } contribution)
            {
                continue;
            }

            switch (contribution.Measure.Kind)
            {
                case MeasureKind.Sum:
                    (extra.Sums ??= new decimal[_measures.Length])[i] += contribution.Amount(record);
                    break;
                case MeasureKind.People when contribution.People(record) is { } people && !(extra.People ??= new PeopleSum[_measures.Length])[i].Add(people):
                    extra.Unsummed++;
                    break;
                case MeasureKind.Distinct:
                    foreach (var unit in contribution.Names(record))
                    {
                        var name = unit.Trim();
                        if (name.Length > 0)
                        {
                            var names = extra.Names ??= new HashSet<string>?[_measures.Length];
                            (names[i] ??= new HashSet<string>(StringComparer.Ordinal)).Add(name);
                        }
                    }

                    break;
            }
        }
    }

    /// <summary>The groups as the table builder reads them: details and (with a dimension) division-and-period subtotals.</summary>
    private (Dictionary<Key, Group> Details, Dictionary<Key, Group> Subtotals) Groups()
    {
        var details = new Dictionary<Key, Group>(_slotKeys.Count);
        var subtotals = new Dictionary<Key, Group>();
        for (var slot = 0; slot < _slotKeys.Count; slot++)
        {
            var packed = _slotKeys[slot];
            var division = _divisions[(int)(packed >> 42)];
            var period = (int)((packed >> 20) & 0x3FFFFF);
            var dimension = (int)(packed & 0xFFFFF);
            var group = new Group(_measures.Length);
            Array.Copy(_counts, slot * _measures.Length, group.Counts, 0, _measures.Length);
            group.Extra = _extras[slot];
            var periodKey = period == 0 ? NoPeriod : period - PeriodOffset;
            if (_query.Dimension == AggregationDimension.None)
            {
                details.Add(new Key(division, periodKey, null), group);
            }
            else if (dimension == 0)
            {
                subtotals.Add(new Key(division, periodKey, null), group);
            }
            else
            {
                details.Add(new Key(division, periodKey, _dimensions[dimension - 1]), group);
            }
        }

        return (details, subtotals);
    }

    public StatisticsTable Build()
    {
        var (detailGroups, subtotalGroups) = Groups();
        var rows = new List<StatisticsRow>(_slotKeys.Count + (2 * _divisions.Count) + 1);
        var periodRows = _query.Dimension == AggregationDimension.None ? detailGroups : subtotalGroups;
        var details = detailGroups.ToArray();
        Array.Sort(Array.ConvertAll(details, p => p.Key), details, KeyOrder.Instance);
        var total = new Group(_measures.Length);
        var d = 0;
        foreach (var division in periodRows.Keys.Select(k => k.Division).Distinct().OrderBy(x => x))
        {
            var divisionTotal = new Group(_measures.Length);
            foreach (var period in periodRows.Keys.Where(k => k.Division == division).Select(k => k.Period).Distinct().OrderBy(p => p == NoPeriod ? int.MaxValue : p))
            {
                while (d < details.Length && details[d].Key.Division == division && details[d].Key.Period == period)
                {
                    var (key, group) = (details[d].Key, details[d].Value);
                    rows.Add(Row(StatisticsRowKind.Detail, key, group));
                    d++;
                }

                var subtotal = periodRows[new Key(division, period, null)];
                if (_query.Dimension != AggregationDimension.None)
                {
                    rows.Add(Row(StatisticsRowKind.PeriodSubtotal, new Key(division, period, null), subtotal));
                }

                divisionTotal.Merge(subtotal);
            }

            if (_query.Granularity is not null && _query.DivisionLevel is not null)
            {
                rows.Add(Row(StatisticsRowKind.DivisionSubtotal, new Key(division, NoPeriod, null), divisionTotal, period: false));
            }

            total.Merge(divisionTotal);
        }

        var totalValues = Values(total);
        rows.Add(new StatisticsRow(StatisticsRowKind.Total, null, null, null, null, totalValues, _query.Measures, total.Extra.Unsummed, Rates(null, null, totalValues)));
        return new StatisticsTable(_query, rows, _outside);
    }

    private StatisticsRow Row(StatisticsRowKind kind, Key key, Group group, bool period = true)
    {
        var division = _query.DivisionLevel is null ? (DivisionCode?)null : key.Division;
        var reportingPeriod = period ? PeriodFrom(key.Period) : null;
        var values = Values(group);
        return new StatisticsRow(
            kind,
            division,
            reportingPeriod,
            key.Dimension,
            key.Dimension is null ? null : _names.TryGetValue(key.Dimension, out var name) ? name : NameOf(key.Dimension),
            values,
            _query.Measures,
            group.Extra.Unsummed,
            Rates(division, reportingPeriod, values));
    }

    private RateValue[] Rates(DivisionCode? division, ReportingPeriod? period, Quantity[] values)
    {
        var rates = _query.Rates;
        if (rates.Count == 0)
        {
            return Array.Empty<RateValue>();
        }

        var result = new RateValue[rates.Count];
        for (var i = 0; i < result.Length; i++)
        {
            var rate = rates[i];
            var numerator = values[Array.IndexOf(_measures, rate.Numerator)];
            Quantity? denominator;
            if (rate.DenominatorMeasure is { } measure)
            {
                denominator = values[Array.IndexOf(_measures, measure)];
            }
            else
            {
                var figures = rate.Denominator!;
                var divisions = _query.DivisionLevel is null ? (IReadOnlyCollection<DivisionCode>)Array.Empty<DivisionCode>() : _divisions;
                denominator = figures.Find(division, period, divisions) is { } value ? Quantity.Exact(value, figures.Unit) : null;
            }

            result[i] = RateValue.Of(rate, numerator, denominator);
        }

        return result;
    }

    private Quantity[] Values(Group group)
    {
        var values = new Quantity[_measures.Length];
        for (var i = 0; i < values.Length; i++)
        {
            var measure = _measures[i];
            values[i] = measure.Kind switch
            {
                MeasureKind.Sum => Quantity.Exact(group.Extra.Sums?[i] ?? 0m, measure.Unit),
                MeasureKind.People => (group.Extra.People?[i] ?? default).ToQuantity(measure.Unit),
                MeasureKind.Distinct => Quantity.Exact(group.Extra.Names?[i]?.Count ?? 0, measure.Unit),
                _ => Count(i, group.Counts[i], measure.Unit),
            };
        }

        return values;
    }

    /// <summary>
    /// A count as a quantity, one instance a measure and number however many rows hold it (quantities are immutable and
    /// equal by value; a table of thousands of rows holds few distinct small counts).
    /// </summary>
    private Quantity Count(int measure, long count, QuantityUnit unit)
    {
        var counts = _countQuantities[measure] ??= new Dictionary<long, Quantity>();
        if (!counts.TryGetValue(count, out var quantity))
        {
            quantity = Quantity.Exact(count, unit);
            counts.Add(count, quantity);
        }

        return quantity;
    }

    /// <summary>The period key shifted to be positive (0 for a record without a date).</summary>
    private int PeriodOfMonth(int monthIndex)
    {
        if (!_byPeriod)
        {
            return PeriodOffset;
        }

        if (monthIndex == 0)
        {
            return 0;
        }

        var months = monthIndex - PeriodOffset;
        var year = (months / 12) - (months % 12 < 0 ? 1 : 0);
        var month = months - (year * 12) + 1;
        return PeriodOffset + _granularity switch
        {
            PeriodGranularity.Month => months,
            PeriodGranularity.Quarter => (year * 4) + ((month - 1) / 3),
            PeriodGranularity.HalfYear => (year * 2) + ((month - 1) / 6),
            _ => year,
        };
    }

    private int PeriodOf(LocalDate? date)
    {
        if (!_byPeriod)
        {
            return PeriodOffset;
        }

        if (date is not { } d)
        {
            return 0;
        }

        if (_customPeriods is { } periods)
        {
            return CustomPeriodOf(periods, d) is var index and >= 0 ? PeriodOffset + index : -1;
        }

        return PeriodOffset + _granularity switch
        {
            PeriodGranularity.Month => (d.Year * 12) + d.Month - 1,
            PeriodGranularity.Quarter => (d.Year * 4) + ((d.Month - 1) / 3),
            PeriodGranularity.HalfYear => (d.Year * 2) + ((d.Month - 1) / 6),
            _ => d.Year,
        };
    }

    /// <summary>The index of the period (sorted by start, not overlapping) that holds the day, or -1.</summary>
    private static int CustomPeriodOf(ReportingPeriod[] periods, LocalDate date)
    {
        var (low, high) = (0, periods.Length - 1);
        while (low <= high)
        {
            var mid = low + ((high - low) / 2);
            if (date < periods[mid].Start)
            {
                high = mid - 1;
            }
            else if (date > periods[mid].End)
            {
                low = mid + 1;
            }
            else
            {
                return mid;
            }
        }

        return -1;
    }

    private ReportingPeriod? PeriodFrom(int key)
    {
        if (_query.Granularity is not { } granularity || key == NoPeriod)
        {
            return null;
        }

        if (_customPeriods is { } periods)
        {
            return periods[key];
        }

        // One period object a key, however many rows share it.
        if (!_periods.TryGetValue(key, out var period))
        {
            period = granularity switch
            {
                PeriodGranularity.Month => ReportingPeriod.ForMonth(FloorDiv(key, 12), key - (FloorDiv(key, 12) * 12) + 1),
                PeriodGranularity.Quarter => ReportingPeriod.ForQuarter(FloorDiv(key, 4), key - (FloorDiv(key, 4) * 4) + 1),
                PeriodGranularity.HalfYear => ReportingPeriod.ForHalfYear(FloorDiv(key, 2), key - (FloorDiv(key, 2) * 2) + 1),
                _ => ReportingPeriod.ForYear(key),
            };
            _periods.Add(key, period);
        }

        return period;

        static int FloorDiv(int a, int b) => (a / b) - (a % b < 0 ? 1 : 0);
    }

    private static string NameOf(string code) => code.Length == 0 ? "(未注明)" : code;

    /// <summary>Whether a value of a many-valued dimension stood earlier in the record's list (an inspection listing a type twice counts once in its row).</summary>
    private static bool AppearsBefore(DimensionValue[] values, int i)
    {
        for (var j = 0; j < i; j++)
        {
            if (string.Equals(values[j].Code, values[i].Code, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private readonly struct Key : IEquatable<Key>
    {
        public Key(DivisionCode division, int period, string? dimension)
        {
            Division = division;
            Period = period;
            Dimension = dimension;
        }

        public DivisionCode Division { get; }

        public int Period { get; }

        public string? Dimension { get; }

        public bool Equals(Key other) => Division == other.Division && Period == other.Period && string.Equals(Dimension, other.Dimension, StringComparison.Ordinal);

        public override bool Equals(object? obj) => obj is Key other && Equals(other);

        public override int GetHashCode() => HashCode.Combine(Division, Period, Dimension is null ? 0 : StringComparer.Ordinal.GetHashCode(Dimension));
    }

    private sealed class KeyOrder : IComparer<Key>
    {
        public static readonly KeyOrder Instance = new();

        public int Compare(Key x, Key y)
        {
            var c = x.Division.CompareTo(y.Division);
            if (c == 0)
            {
                c = (x.Period == NoPeriod ? int.MaxValue : x.Period).CompareTo(y.Period == NoPeriod ? int.MaxValue : y.Period);
            }

            return c != 0 ? c : string.CompareOrdinal(x.Dimension, y.Dimension);
        }
    }

    /// <summary>The sums of a group that are not counts, by measure index (allocated when the group first meets one).</summary>
    private struct Extra
    {
        public decimal[]? Sums;
        public PeopleSum[]? People;
        public HashSet<string>?[]? Names;
        public int Unsummed;

        public void Merge(Extra other)
        {
            if (other.Sums is not null)
            {
                Sums ??= new decimal[other.Sums.Length];
                for (var i = 0; i < Sums.Length; i++)
                {
                    Sums[i] += other.Sums[i];
                }
            }

            if (other.People is not null)
            {
                People ??= new PeopleSum[other.People.Length];
                for (var i = 0; i < People.Length; i++)
                {
                    People[i].Merge(other.People[i]);
                }
            }

            if (other.Names is not null)
            {
                // A subtotal's own sets: the rows' sets it unions stay as the rows counted them.
                Names ??= new HashSet<string>?[other.Names.Length];
                for (var i = 0; i < Names.Length; i++)
                {
                    if (other.Names[i] is { } names)
                    {
                        (Names[i] ??= new HashSet<string>(StringComparer.Ordinal)).UnionWith(names);
                    }
                }
            }

            Unsummed += other.Unsummed;
        }
    }

    /// <summary>One group's sums, when the table is built.</summary>
    private sealed class Group
    {
        public Group(int measures) => Counts = new long[measures];

        public long[] Counts { get; }

        public Extra Extra;

        public void Merge(Group other)
        {
            for (var i = 0; i < other.Counts.Length; i++)
            {
                Counts[i] = checked(Counts[i] + other.Counts[i]);
            }

            Extra.Merge(other.Extra);
        }
    }
}
