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
    private Extra[] _extras;

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
        _extras = _hasExtras ? new Extra[16] : Array.Empty<Extra>();
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

        var counts = DenseScan.Scan(source, groupOf, layout, dimension, measures, parallel).AsSpan();
        var found = 0;
        for (var slot = 0; slot < counts.Length / layout.Width; slot++)
        {
            // Every slot but the spare ones that has records becomes a group.
            found += slot % (layout.SpareSlot + 1) == layout.SpareSlot || counts[(slot * layout.Width) + layout.RecordCount] == 0 ? 0 : 1;
        }

        Reserve(found);
        for (var g = 0; g < groups.Count; g++)
        {
            for (var month = 0; month < months; month++)
            {
                for (var v = 0; v <= values; v++)
                {
                    var at = (int)layout.Offset(layout.Cell(g, month), v);
                    if (counts[at + layout.RecordCount] == 0)
                    {
                        continue;
                    }

                    var monthIndex = month == 0 ? 0 : source.MinMonth + month - 1;
                    AddGroup(groups[g], monthIndex, v == 0 ? null : dimension!.Codes[v - 1], v == 0 ? null : dimension!.Names[v - 1], counts.Slice(at, layout.RecordCount));
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

    /// <summary>Makes room for this many more groups at once (the batch scan knows how many it adds).</summary>
    private void Reserve(int groups)
    {
        var slots = _slotKeys.Count + groups;
        _slotKeys.Capacity = Math.Max(_slotKeys.Capacity, slots);
        if ((long)slots * _measures.Length > _counts.Length)
        {
            Array.Resize(ref _counts, slots * _measures.Length);
        }

        if (_hasExtras && slots > _extras.Length)
        {
            Array.Resize(ref _extras, slots);
        }
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

        if (_hasExtras && slot >= _extras.Length)
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
    /// <summary>
    /// The table: the groups' slots sorted by division code, then period (no period last), then dimension code (ordinal)
    /// with the period's subtotal after its details; a subtotal for each division when grouped by division and period;
    /// the total last. Sorted as numbers (each slot's ranks packed in one key), so building allocates little beyond the rows.
    /// </summary>
    public StatisticsTable Build()
    {
        var slots = _slotKeys.Count;
        var byDimension = _dimension != AggregationDimension.None;
        var divisionRank = Ranks(_divisions.ToArray(), Comparer<DivisionCode>.Default);
        var dimensionRank = Ranks(_dimensions.ToArray(), StringComparer.Ordinal);
        var order = new long[slots];
        var sorted = new int[slots];
        for (var s = 0; s < slots; s++)
        {
            var packed = _slotKeys[s];
            var period = (int)((packed >> 20) & 0x3FFFFF);
            var dimension = (int)(packed & 0xFFFFF);
            var dimensionOrder = !byDimension ? 0 : dimension == 0 ? 0xFFFFF : dimensionRank[dimension - 1];
            order[s] = ((long)divisionRank[(int)(packed >> 42)] << 42) | ((long)(period == 0 ? 0x3FFFFF : period) << 20) | (long)dimensionOrder;
            sorted[s] = s;
        }

        Array.Sort(order, sorted);
        var divisionSubtotals = _query.Granularity is not null && _query.DivisionLevel is not null;
        var rows = new List<StatisticsRow>(slots + (divisionSubtotals ? _divisions.Count : 0) + 1);
        var divisionCounts = new long[_measures.Length];
        var totalCounts = new long[_measures.Length];
        Extra totalExtra = default;
        for (var i = 0; i < slots;)
        {
            var division = (int)(_slotKeys[sorted[i]] >> 42);
            Array.Clear(divisionCounts, 0, divisionCounts.Length);
            Extra divisionExtra = default;
            for (; i < slots && (int)(_slotKeys[sorted[i]] >> 42) == division; i++)
            {
                var slot = sorted[i];
                var packed = _slotKeys[slot];
                var period = (int)((packed >> 20) & 0x3FFFFF);
                var periodKey = period == 0 ? NoPeriod : period - PeriodOffset;
                var dimension = (int)(packed & 0xFFFFF);
                var extra = _hasExtras ? _extras[slot] : default;
                var subtotal = !byDimension || dimension == 0;
                rows.Add(Row(
                    byDimension && dimension == 0 ? StatisticsRowKind.PeriodSubtotal : StatisticsRowKind.Detail,
                    _divisions[division],
                    periodKey,
                    byDimension && dimension != 0 ? _dimensions[dimension - 1] : null,
                    _counts,
                    slot * _measures.Length,
                    extra));
                if (subtotal)
                {
                    // Each record once: the period's subtotal, or without a dimension the period's only row.
                    Merge(divisionCounts, ref divisionExtra, _counts, slot * _measures.Length, extra);
                }
            }

            if (divisionSubtotals)
            {
                rows.Add(Row(StatisticsRowKind.DivisionSubtotal, _divisions[division], NoPeriod, null, divisionCounts, 0, divisionExtra, period: false));
            }

            Merge(totalCounts, ref totalExtra, divisionCounts, 0, divisionExtra);
        }

        var totalValues = Values(totalCounts, 0, totalExtra);
        rows.Add(new StatisticsRow(StatisticsRowKind.Total, null, null, null, null, totalValues, _query.Measures, totalExtra.Unsummed, Rates(null, null, totalValues)));
        return new StatisticsTable(_query, rows, _outside);
    }

    /// <summary>Each item's place in the items' order.</summary>
    private static int[] Ranks<T>(T[] items, IComparer<T> comparer)
    {
        var at = new int[items.Length];
        for (var i = 0; i < at.Length; i++)
        {
            at[i] = i;
        }

        Array.Sort(items, at, comparer);
        var ranks = new int[items.Length];
        for (var r = 0; r < at.Length; r++)
        {
            ranks[at[r]] = r;
        }

        return ranks;
    }

    /// <summary>Adds a group's counts and other measures to a subtotal's (its own counts and sets).</summary>
    private void Merge(long[] counts, ref Extra extra, long[] from, int offset, Extra other)
    {
        for (var i = 0; i < counts.Length; i++)
        {
            counts[i] = checked(counts[i] + from[offset + i]);
        }

        if (_hasExtras)
        {
            extra.Merge(other);
        }
    }

    private StatisticsRow Row(StatisticsRowKind kind, DivisionCode code, int periodKey, string? dimension, long[] counts, int offset, Extra extra, bool period = true)
    {
        var division = _query.DivisionLevel is null ? (DivisionCode?)null : code;
        var reportingPeriod = period ? PeriodFrom(periodKey) : null;
        var values = Values(counts, offset, extra);
        return new StatisticsRow(
            kind,
            division,
            reportingPeriod,
            dimension,
            dimension is null ? null : _names.TryGetValue(dimension, out var name) ? name : NameOf(dimension),
            values,
            _query.Measures,
            extra.Unsummed,
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

    private Quantity[] Values(long[] counts, int offset, Extra extra)
    {
        var values = new Quantity[_measures.Length];
        for (var i = 0; i < values.Length; i++)
        {
            var measure = _measures[i];
            values[i] = measure.Kind switch
            {
                MeasureKind.Sum => Quantity.Exact(extra.Sums?[i] ?? 0m, measure.Unit),
                MeasureKind.People => (extra.People?[i] ?? default).ToQuantity(measure.Unit),
                MeasureKind.Distinct => Quantity.Exact(extra.Names?[i]?.Count ?? 0, measure.Unit),
                _ => Count(i, counts[offset + i], measure.Unit),
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
}
