using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using SafetyModel.Accidents;
using SafetyModel.Primitives;
using SafetyModel.Work;

namespace SafetyModel.Aggregation;

/// <summary>
/// Records encoded once into columns — division, month, inspection types, counts — so that aggregating them again and
/// again (by town, then by quarter, then by sector …) scans flat arrays instead of walking objects. Build one with
/// <see cref="Create"/> and pass it to <see cref="Aggregator.Aggregate(RecordBatch, AggregationQuery)"/>; the tables are
/// the same as from the records themselves.
/// </summary>
/// <remarks>
/// Immutable and safe to share between threads. The columns a query needs are encoded on its first use and kept: a
/// dimension's values, a count measure's per-record figures. The records are kept too (for the measures that are not
/// counts, and to be read back through <see cref="Records"/>); a batch of 10,000,000 inspections takes about 300 MB
/// besides them.
/// </remarks>
public sealed class RecordBatch
{
    private readonly IRecord[] _records;
    private readonly System.Collections.ObjectModel.ReadOnlyCollection<IRecord> _readOnlyRecords;
    private readonly int[] _division;
    private readonly DivisionCode[] _divisionCodes;
    private readonly int[] _month;
    private readonly int _minMonth;
    private readonly int _maxMonth;
    private readonly int[] _extras;
    private readonly Column?[] _dimensions = new Column?[(int)AggregationDimension.RecordType + 1];
    private readonly int[]?[] _measures = new int[]?[(int)Measure.InspectedUnits + 1];

    private RecordBatch(IRecord[] records)
    {
        _records = records;
        _readOnlyRecords = new System.Collections.ObjectModel.ReadOnlyCollection<IRecord>(records);
        _division = new int[records.Length];
        _month = new int[records.Length];
        var divisions = new Dictionary<DivisionCode, int>();
        var codes = new List<DivisionCode>();
        var extras = new List<int>();
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

            if (record is Accident or Training or PublicityActivity)
            {
                extras.Add(i);
            }
        }

        _divisionCodes = codes.ToArray();
        _extras = extras.ToArray();
    }

    /// <summary>Gets the number of records.</summary>
    public int Count => _records.Length;

    /// <summary>Gets the records, in the order given.</summary>
    public IReadOnlyList<IRecord> Records => _readOnlyRecords;

    /// <summary>Encodes records into a batch.</summary>
    /// <param name="records">The records, of any types.</param>
    /// <returns>The batch.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// A record is null or states a negative count (validate records first with <c>RecordRules.Common</c>); the message
    /// names the record's index and id.
    /// </exception>
    public static RecordBatch Create(IEnumerable<IRecord> records)
    {
        if (records is null)
        {
            throw new ArgumentNullException(nameof(records));
        }

        var list = new List<IRecord>(records is ICollection<IRecord> collection ? collection.Count : 0);
        var index = 0L;
        foreach (var record in records)
        {
            list.Add(Aggregator.Checked(record, index++, nameof(records), calendar: false));
        }

        return new RecordBatch(list.ToArray());
    }

    /// <summary>Returns the number of records.</summary>
    /// <returns>A readable description.</returns>
    public override string ToString() =>
        $"{_records.Length} record{(_records.Length == 1 ? string.Empty : "s")} in {_divisionCodes.Length} division{(_divisionCodes.Length == 1 ? string.Empty : "s")}";

    /// <summary>Aggregates the batch: counts by scanning columns, the other measures from the records that carry them.</summary>
    internal StatisticsTable Aggregate(AggregationQuery query)
    {
        if (Aggregator.GroupsByCalendar(query) && _minMonth <= _maxMonth &&
            (_minMonth < Accumulation.MonthIndex(ReportingPeriod.FirstDay) || _maxMonth > Accumulation.MonthIndex(ReportingPeriod.LastDay)))
        {
            for (var i = 0; i < _records.Length; i++)
            {
                Aggregator.Checked(_records[i], i, "batch", calendar: true);
            }
        }

        var accumulation = new Accumulation(query);
        var measures = new int[]?[query.Measures.Count];
        for (var m = 0; m < measures.Length; m++)
        {
            measures[m] = MeasureColumn(query.Measures[m], query);
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
            foreach (var record in _records)
            {
                accumulation.Add(record);
            }

            return accumulation.Build();
        }

        var counts = new long[cells];
        Scan(counts, groupOf, months, dimension, values + 1, measures);
        var group = new long[width - 1];
        for (var g = 0; g < groups.Count; g++)
        {
            for (var month = 0; month < months; month++)
            {
                for (var v = 0; v <= values; v++)
                {
                    var at = ((((long)g * months) + month) * (values + 1) + v) * width;
                    if (counts[at + width - 1] == 0)
                    {
                        continue;
                    }

                    Array.Copy(counts, at, group, 0, group.Length);
                    var monthIndex = month == 0 ? 0 : _minMonth + month - 1;
                    accumulation.AddGroup(groups[g], monthIndex, v == 0 ? null : dimension!.Codes[v - 1], v == 0 ? null : dimension!.Names[v - 1], group);
                }
            }
        }

        if (query.Measures.Contains(Measure.InspectedUnits))
        {
            // The units inspected are read from the inspections, which the list of records with extras leaves out.
            foreach (var record in _records)
            {
                accumulation.AddExtras(record);
            }
        }
        else if (HasExtras(query.Measures))
        {
            foreach (var i in _extras)
            {
                accumulation.AddExtras(_records[i]);
            }
        }

        return accumulation.Build();
    }

    private static bool HasExtras(IReadOnlyList<Measure> measures)
    {
        foreach (var measure in measures)
        {
            if (Accumulation.IsExtra(measure))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The hot loop: every record adds its counts to its group's subtotal cell and to each of its dimension values' cells.</summary>
    private void Scan(long[] counts, int[] groupOf, int months, Column? dimension, int stride, int[]?[] measures)
    {
        var width = measures.Length + 1;
        Span<long> delta = stackalloc long[width];
        delta[width - 1] = 1; // the number of records
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
            var cell = (((long)groupOf[division[i]] * months) + (m == 0 ? 0 : m - minMonth + 1)) * stride;
            AddTo(counts, cell * width, delta);
            if (masks is not null)
            {
                var mask = masks[i];
                while (mask != 0)
                {
                    AddTo(counts, (cell + Bits.TrailingZeros(mask) + 1) * width, delta);
                    mask &= mask - 1;
                }
            }
            else if (values is not null)
            {
                AddTo(counts, (cell + values[i] + 1) * width, delta);
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

    /// <summary>A count measure's per-record figures (null for <see cref="Measure.Records"/>, which is 1 each); kept, but for overdue hazards, which depend on the day.</summary>
    private int[]? MeasureColumn(Measure measure, AggregationQuery query)
    {
        if (measure == Measure.Records)
        {
            return null;
        }

        if (measure != Measure.HazardsOverdue && Volatile.Read(ref _measures[(int)measure]) is { } kept)
        {
            return kept;
        }

        var column = new int[_records.Length];
        for (var i = 0; i < column.Length; i++)
        {
            column[i] = (int)Accumulation.Delta(measure, _records[i], query.AsOf);
        }

        if (measure != Measure.HazardsOverdue)
        {
            Interlocked.CompareExchange(ref _measures[(int)measure], column, null);
        }

        return column;
    }

    private Column DimensionColumn(AggregationDimension dimension)
    {
        if (Volatile.Read(ref _dimensions[(int)dimension]) is { } kept)
        {
            return kept;
        }

        var column = dimension == AggregationDimension.InspectionType ? InspectionTypes() : Single(dimension);
        return Interlocked.CompareExchange(ref _dimensions[(int)dimension], column, null) ?? column;
    }

    /// <summary>Inspection types as bit masks over the batch's distinct type codes (the empty code for none).</summary>
    private Column InspectionTypes()
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var codes = new List<string>();
        var masks = new ulong[_records.Length];
        for (var i = 0; i < masks.Length; i++)
        {
            if (_records[i] is Inspection { TypesArray.Length: > 0 } inspection)
            {
                foreach (var type in inspection.TypesArray)
                {
                    masks[i] |= 1UL << Bit(type.Code);
                }
            }
            else
            {
                masks[i] = 1UL << Bit(string.Empty);
            }

            if (codes.Count > 64)
            {
                // More than 64 distinct types: one value per record will not do, so the records are read one by one.
                return new Column(Array.Empty<string>(), Array.Empty<string?>(), null, null, tooMany: true);
            }
        }

        return new Column(codes.ToArray(), new string?[codes.Count], masks, null, tooMany: false);

        int Bit(string code)
        {
            if (!index.TryGetValue(code, out var bit))
            {
                bit = codes.Count;
                codes.Add(code);
                index.Add(code, bit);
            }

            return Math.Min(bit, 63);
        }
    }

    private Column Single(AggregationDimension dimension)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var codes = new List<string>();
        var names = new List<string?>();
        var values = new int[_records.Length];
        for (var i = 0; i < values.Length; i++)
        {
            var code = Accumulation.DimensionOf(dimension, _records[i], out var name);
            if (!index.TryGetValue(code, out var value))
            {
                value = codes.Count;
                codes.Add(code);
                names.Add(name);
                index.Add(code, value);
            }

            values[i] = value;
        }

        return new Column(codes.ToArray(), names.ToArray(), null, values, tooMany: false);
    }

    /// <summary>A dimension's values for every record: a bit mask (inspection types) or one value's index.</summary>
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
