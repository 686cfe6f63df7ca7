using System;
using System.Collections.Generic;
using System.Linq;
using System.Collections.Concurrent;
using NodaTime;
using SafetyModel.Primitives;
using SafetyModel.Records;

namespace SafetyModel.Aggregation;

/// <summary>
/// Records encoded once into columns — division, month, inspection types, counts — so that aggregating them again and
/// again (by town, then by quarter, then by sector …) scans flat arrays instead of walking objects. Build one with
/// <see cref="Create(IEnumerable{IRecord})"/> and pass it to <see cref="Aggregator.Aggregate(RecordBatch, AggregationQuery)"/>; the tables are
/// the same as from the records themselves.
/// </summary>
/// <remarks>
/// Immutable and safe to share between threads. Each record's kind is found once, in the batch's
/// <see cref="Catalogue"/>; the columns a query needs are encoded on its first use and kept: a dimension's values, a
/// count measure's per-record figures. The records are kept too (for the measures that are not
/// counts, and to be read back through <see cref="Records"/>); a batch of 10,000,000 inspections takes about 300 MB
/// besides them.
/// </remarks>
public sealed class RecordBatch
{
    private readonly IRecord[] _records;
    private readonly System.Collections.ObjectModel.ReadOnlyCollection<IRecord> _readOnlyRecords;
    private readonly RecordKind[] _kinds;
    private readonly int[] _kind;
    private readonly int[] _division;
    private readonly DivisionCode[] _divisionCodes;
    private readonly int[] _month;
    private readonly int _minMonth;
    private readonly int _maxMonth;
    private readonly ConcurrentDictionary<AggregationDimension, Column> _dimensions = new();
    private readonly ConcurrentDictionary<Measure, int[]> _measures = new();

    private RecordBatch(IRecord[] records, RecordCatalogue catalogue, int[] kind, RecordKind[] kinds)
    {
        _records = records;
        _readOnlyRecords = new System.Collections.ObjectModel.ReadOnlyCollection<IRecord>(records);
        Catalogue = catalogue;
        _kind = kind;
        _kinds = kinds;
        _division = new int[records.Length];
        _month = new int[records.Length];
        var divisions = new Dictionary<DivisionCode, int>();
        var codes = new List<DivisionCode>();
        (_minMonth, _maxMonth) = (int.MaxValue, int.MinValue);
        for (var i = 0; i < records.Length; i++)
        {
            var record = records[i];
            if (!divisions.TryGetValue(record.Division, out var division))
            {
                division = codes.Count;
                codes.Add(record.Division);
                divisions.Add(record.Division, division);
            }

            _division[i] = division;
            var month = Accumulation.MonthIndex(record.ReferenceDate);
            _month[i] = month;
            if (month != 0)
            {
                (_minMonth, _maxMonth) = (Math.Min(_minMonth, month), Math.Max(_maxMonth, month));
            }
        }

        _divisionCodes = codes.ToArray();
    }

    /// <summary>Gets the number of records.</summary>
    public int Count => _records.Length;

    /// <summary>Gets the records, in the order given.</summary>
    public IReadOnlyList<IRecord> Records => _readOnlyRecords;

    /// <summary>Gets the catalogue the records' kinds were found in; a query over the batch uses the same.</summary>
    public RecordCatalogue Catalogue { get; }

    /// <summary>Encodes records of the built-in kinds (<see cref="RecordCatalogue.Default"/>) into a batch.</summary>
    /// <param name="records">The records.</param>
    /// <returns>The batch.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// A record is null, is of a type the catalogue has no kind for, or adds a negative figure to a measure (validate
    /// records first); the message names the record's index and id.
    /// </exception>
    public static RecordBatch Create(IEnumerable<IRecord> records) => Create(records, RecordCatalogue.Default);

    /// <summary>Encodes records into a batch, finding their kinds in a catalogue.</summary>
    /// <param name="records">The records.</param>
    /// <param name="catalogue">The catalogue that holds the records' kinds.</param>
    /// <returns>The batch.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// A record is null, is of a type the catalogue has no kind for, or adds a negative figure to a measure (validate
    /// records first); the message names the record's index and id.
    /// </exception>
    public static RecordBatch Create(IEnumerable<IRecord> records, RecordCatalogue catalogue)
    {
        if (records is null)
        {
            throw new ArgumentNullException(nameof(records));
        }

        if (catalogue is null)
        {
            throw new ArgumentNullException(nameof(catalogue));
        }

        var plan = new QueryPlan(new AggregationQuery { Catalogue = catalogue });
        var list = new List<IRecord>(records is ICollection<IRecord> collection ? collection.Count : 0);
        var kind = new List<int>(list.Capacity);
        var kinds = new List<RecordKind>();
        var index = 0L;
        foreach (var record in records)
        {
            list.Add(Aggregator.Checked(record, index, nameof(records), calendar: false, plan));
            var recordKind = plan.For(record, index, nameof(records)).Kind;
            var k = kinds.IndexOf(recordKind);
            if (k < 0)
            {
                k = kinds.Count;
                kinds.Add(recordKind);
            }

            kind.Add(k);
            index++;
        }

        return new RecordBatch(list.ToArray(), catalogue, kind.ToArray(), kinds.ToArray());
    }

    /// <summary>Returns the number of records.</summary>
    /// <returns>A readable description.</returns>
    public override string ToString() =>
        $"{_records.Length} record{(_records.Length == 1 ? string.Empty : "s")} in {_divisionCodes.Length} division{(_divisionCodes.Length == 1 ? string.Empty : "s")}";

    /// <summary>Aggregates the batch: counts by scanning columns, the other measures from the records that carry them.</summary>
    internal StatisticsTable Aggregate(AggregationQuery query)
    {
        if (!ReferenceEquals(query.Catalogue, Catalogue))
        {
            throw new ArgumentException("The query's catalogue is not the one the batch was created with (RecordBatch.Catalogue); give the query the batch's catalogue.", nameof(query));
        }

        var accumulation = new Accumulation(query);
        var plan = accumulation.Plan;
        if (Aggregator.GroupsByCalendar(query) && _minMonth <= _maxMonth &&
            (_minMonth < Accumulation.MonthIndex(ReportingPeriod.FirstDay) || _maxMonth > Accumulation.MonthIndex(ReportingPeriod.LastDay)))
        {
            for (var i = 0; i < _records.Length; i++)
            {
                Aggregator.Checked(_records[i], i, "batch", calendar: true, plan);
            }
        }

        // Divisions at the query's level: the batch's distinct codes map onto the groups'.
        var groupOf = new int[_divisionCodes.Length];
        var groups = new List<DivisionCode>();
        var groupIndex = new Dictionary<DivisionCode, int>();
        for (var d = 0; d < _divisionCodes.Length; d++)
        {
            var raw = _divisionCodes[d];
            var code = query.DivisionLevel is not { } level || raw == default ? (query.DivisionLevel is null ? default : raw) : raw.TruncatedTo(level);
            if (!groupIndex.TryGetValue(code, out var g))
            {
                g = groups.Count;
                groups.Add(code);
                groupIndex.Add(code, g);
            }

            groupOf[d] = g;
        }

        // Months: slot 0 for records without a date, then one per month from the first to the last.
        var months = _maxMonth < _minMonth ? 1 : _maxMonth - _minMonth + 2;
        var dimension = query.Dimension == AggregationDimension.None ? null : DimensionColumn(query.Dimension);
        var values = dimension?.Codes.Length ?? 0;
        var width = query.Measures.Count + 1; // the measures, then the number of records (a group exists when it is not 0)
        var cells = (long)groups.Count * months * (values + 1) * width;
        if (cells > 1 << 25 || dimension is { TooMany: true } || accumulation.ByDay)
        {
            // Too many groups for a dense table (a dimension with very many values), or custom periods, which are
            // found by day rather than by the month column: the records one by one instead.
            for (var i = 0; i < _records.Length; i++)
            {
                accumulation.Add(_records[i], i, "batch");
            }

            return accumulation.Build();
        }

        var measures = new int[]?[query.Measures.Count];
        for (var m = 0; m < measures.Length; m++)
        {
            measures[m] = MeasureColumn(query.Measures[m], query.AsOf);
        }

        var layout = new DenseLayout(months, values, width);
        var counts = new long[cells];
        Scan(counts, groupOf, layout, dimension, measures);
        var group = new long[width - 1];
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
                    var monthIndex = month == 0 ? 0 : _minMonth + month - 1;
                    accumulation.AddGroup(groups[g], monthIndex, v == 0 ? null : dimension!.Codes[v - 1], v == 0 ? null : dimension!.Names[v - 1], group);
                }
            }
        }

        // The measures that are not counts are read from the records of the kinds that add to them.
        var plans = Array.ConvertAll(_kinds, k => plan.For(k.RecordType));
        if (Array.Exists(plans, p => p.HasExtras))
        {
            for (var i = 0; i < _records.Length; i++)
            {
                if (plans[_kind[i]] is { HasExtras: true } kindPlan)
                {
                    accumulation.AddExtras(_records[i], kindPlan);
                }
            }
        }

        return accumulation.Build();
    }

    /// <summary>The hot loop: every record adds its counts to its group's subtotal cell and to each of its dimension values' cells.</summary>
    private void Scan(long[] counts, int[] groupOf, DenseLayout layout, Column? dimension, int[]?[] measures)
    {
        Span<long> delta = stackalloc long[layout.Width];
        delta[layout.RecordCount] = 1;
        var division = _division;
        var month = _month;
        var minMonth = _minMonth;
        var masks = dimension?.Masks;
        var values = dimension?.Values;
        for (var i = 0; i < division.Length; i++)
        {
            // What the record adds, worked out once however many cells it falls in.
            for (var k = 0; k < measures.Length; k++)
            {
                delta[k] = measures[k] is { } column ? column[i] : 1;
            }

            var m = month[i];
            var cell = layout.Cell(groupOf[division[i]], m == 0 ? 0 : m - minMonth + 1);
            AddTo(counts, layout.Offset(cell, 0), delta);
            if (masks is not null)
            {
                var mask = masks[i];
                while (mask != 0)
                {
                    AddTo(counts, layout.Offset(cell, Bits.TrailingZeros(mask) + 1), delta);
                    mask &= mask - 1;
                }
            }
            else if (values is not null)
            {
                AddTo(counts, layout.Offset(cell, values[i] + 1), delta);
            }
        }
    }

    private static void AddTo(long[] counts, long at, ReadOnlySpan<long> delta)
    {
        var target = counts.AsSpan((int)at, delta.Length);
        for (var k = 0; k < delta.Length; k++)
        {
            target[k] += delta[k];
        }
    }

    /// <summary>
    /// A count measure's per-record figures, from each record's kind (0 for kinds that do not add to it, and for the
    /// measures that are not counts, which are read from the records); null for <see cref="Measure.Records"/>, which is
    /// 1 each. Kept, but for measures that depend on the day.
    /// </summary>
    private int[]? MeasureColumn(Measure measure, LocalDate? asOf)
    {
        if (measure == Measure.Records)
        {
            return null;
        }

        if (_measures.TryGetValue(measure, out var kept))
        {
            return kept;
        }

        var contributions = Array.ConvertAll(_kinds, k => k.ContributionTo(measure) is { Measure.Kind: MeasureKind.Count } c ? c : null);
        var column = new int[_records.Length];
        var day = asOf ?? default;
        for (var i = 0; i < column.Length; i++)
        {
            if (contributions[_kind[i]] is { } contribution)
            {
                column[i] = (int)contribution.Count(_records[i], day);
            }
        }

        return Array.Exists(contributions, c => c is { NeedsDay: true }) ? column : _measures.GetOrAdd(measure, column);
    }

    private Column DimensionColumn(AggregationDimension dimension) =>
        _dimensions.TryGetValue(dimension, out var kept) ? kept : _dimensions.GetOrAdd(dimension, Encode(dimension));

    /// <summary>
    /// A dimension's values for every record, from each record's kind: bit masks over the batch's distinct codes for a
    /// many-valued dimension (at most 64 codes; more and the records are read one by one), else one value's index.
    /// </summary>
    private Column Encode(AggregationDimension dimension)
    {
        var plans = Array.ConvertAll(_kinds, k => new KindPlan(k, Array.Empty<Measure>(), dimension));
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var codes = new List<string>();
        var names = new List<string?>();
        var masks = dimension.IsMultiValued ? new ulong[_records.Length] : null;
        var values = dimension.IsMultiValued ? null : new int[_records.Length];
        for (var i = 0; i < _records.Length; i++)
        {
            var record = _records[i];
            var plan = plans[_kind[i]];
            var count = plan.ValueCount(record);
            for (var v = 0; v < count; v++)
            {
                var value = plan.Value(record, v);
                if (!index.TryGetValue(value.Code, out var at))
                {
                    at = codes.Count;
                    codes.Add(value.Code);
                    names.Add(value.Name);
                    index.Add(value.Code, at);
                }

                if (masks is not null)
                {
                    if (at > 63)
                    {
                        // More than 64 distinct values: one mask per record will not do, so the records are read one by one.
                        return new Column(Array.Empty<string>(), Array.Empty<string?>(), null, null, tooMany: true);
                    }

                    masks[i] |= 1UL << at;
                }
                else
                {
                    values![i] = at;
                }
            }
        }

        return new Column(codes.ToArray(), names.ToArray(), masks, values, tooMany: false);
    }

    /// <summary>
    /// The dense table of the scan: for each division group and month slot (0 for records without a date) a cell, whose
    /// value slots are 0 (the group-and-month subtotal, every record once) and 1 + each dimension value's index; each
    /// slot holds the measures' sums and then the number of records.
    /// </summary>
    private readonly struct DenseLayout
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

    /// <summary>A dimension's values for every record: a bit mask (many-valued) or one value's index.</summary>
    private sealed class Column
    {
        public Column(string[] codes, string?[] names, ulong[]? masks, int[]? values, bool tooMany)
        {
            Codes = codes;
            Names = names;
            Masks = masks;
            Values = values;
            TooMany = tooMany;
        }

        public string[] Codes { get; }

        public string?[] Names { get; }

        public ulong[]? Masks { get; }

        public int[]? Values { get; }

        public bool TooMany { get; }
    }
}
