using System;
using System.Collections.Generic;
using System.Linq;
using System.Collections.Concurrent;
using System.Threading.Tasks;
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
public sealed class RecordBatch : IColumnSource
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
    private readonly ConcurrentDictionary<AggregationDimension, DimensionColumn> _dimensions = new();
    private readonly ConcurrentDictionary<Measure, int[]?> _measures = new();

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

    IRecord[] IColumnSource.Records => _records;

    int[] IColumnSource.Kind => _kind;

    RecordKind[] IColumnSource.Kinds => _kinds;

    int[] IColumnSource.Division => _division;

    DivisionCode[] IColumnSource.DivisionCodes => _divisionCodes;

    int[] IColumnSource.Month => _month;

    int IColumnSource.MinMonth => _minMonth;

    int IColumnSource.MaxMonth => _maxMonth;

    /// <summary>Gets the catalogue the records' kinds were found in; a query over the batch uses the same.</summary>
    public RecordCatalogue Catalogue { get; }

    /// <summary>Encodes records of the built-in kinds (<see cref="RecordCatalogue.Default"/>) into a batch.</summary>
    /// <param name="records">The records.</param>
    /// <returns>The batch.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// A record is null, is of a type the catalogue has no kind for, or adds a figure that is negative or above <see cref="Measure.MaximumFigure"/> to a measure (validate
    /// records first); the message names the record's index and id.
    /// </exception>
    public static RecordBatch Create(IEnumerable<IRecord> records) => Create(records, RecordCatalogue.Default);

    /// <summary>Encodes records into a batch, finding their kinds in a catalogue.</summary>
    /// <param name="records">The records.</param>
    /// <param name="catalogue">The catalogue that holds the records' kinds.</param>
    /// <returns>The batch.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// A record is null, is of a type the catalogue has no kind for, or adds a figure that is negative or above <see cref="Measure.MaximumFigure"/> to a measure (validate
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
            var k = kind.Count > 0 && ReferenceEquals(kinds[kind[kind.Count - 1]], recordKind) ? kind[kind.Count - 1] : kinds.IndexOf(recordKind);
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

    /// <summary>Aggregates the batch: the one accumulation core reads its columns (<see cref="Accumulation.AddColumns"/>).</summary>
    internal StatisticsTable Aggregate(AggregationQuery query, ParallelOptions? parallel)
    {
        if (!ReferenceEquals(query.Catalogue, Catalogue))
        {
            throw new ArgumentException("The query's catalogue is not the one the batch was created with (RecordBatch.Catalogue); give the query the batch's catalogue.", nameof(query));
        }

        var accumulation = new Accumulation(query);
        accumulation.AddColumns(this, parallel);
        return accumulation.Build();
    }

    /// <summary>
    /// A count measure's per-record figures, from each record's kind (0 for kinds that do not add to it, and for the
    /// measures that are not counts, which are read from the records); null for <see cref="Measure.Records"/>, which is
    /// 1 each. Kept, but for measures that depend on the day; refused (false) when a figure does not fit an int.
    /// </summary>
    bool IColumnSource.TryGetMeasureColumn(Measure measure, LocalDate? asOf, out int[]? column)
    {
        column = null;
        if (measure == Measure.Records)
        {
            return true;
        }

        if (_measures.TryGetValue(measure, out column))
        {
            return column is not null;
        }

        var contributions = Array.ConvertAll(_kinds, k => k.ContributionTo(measure) is { Measure.Kind: MeasureKind.Count } c ? c : null);
        if (Array.TrueForAll(contributions, c => c is null))
        {
            // No kind of the batch adds to the measure: every figure is 0, and the scan reads no column for it.
            column = Array.Empty<int>();
            return true;
        }

        var figures = new int[_records.Length];
        var day = asOf ?? default;
        var narrow = true;
        for (var i = 0; i < figures.Length && narrow; i++)
        {
            if (contributions[_kind[i]] is { } contribution)
            {
                var figure = contribution.Count(_records[i], day);
                narrow = figure <= int.MaxValue;
                figures[i] = (int)figure;
            }
        }

        // A figure wider than an int (a kind of the user's may count past 2³¹) is not kept in a column: null, read one by one.
        column = narrow ? figures : null;
        column = Array.Exists(contributions, c => c is { NeedsDay: true }) ? column : _measures.GetOrAdd(measure, column!);
        return column is not null;
    }

    DimensionColumn IColumnSource.DimensionColumn(AggregationDimension dimension, AggregationQuery query)
    {
        if (_dimensions.TryGetValue(dimension, out var kept))
        {
            return kept;
        }

        // A record's unit, industry and mapped category come from the query: encoded for each query, not kept.
        return Array.Exists(_kinds, k => k.ReaderOf(dimension) is { DependsOnQuery: true })
            ? Encode(dimension, query.Units, query.CategoryMapping)
            : _dimensions.GetOrAdd(dimension, Encode(dimension, null, null));
    }

    /// <summary>
    /// A dimension's values for every record, from each record's kind: bit masks over the batch's distinct codes for a
    /// many-valued dimension (at most 64 codes; more and the records are read one by one), else one value's index.
    /// </summary>
    private DimensionColumn Encode(AggregationDimension dimension, SafetyModel.Work.UnitDirectory? units, SafetyModel.Accidents.AccidentCategoryMapping? mapping)
    {
        var plans = Array.ConvertAll(_kinds, k => new KindPlan(k, Array.Empty<Measure>(), dimension, units, mapping));
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var codes = new List<string>();
        var names = new List<string?>();
        var masks = dimension.IsMultiValued ? new ulong[_records.Length] : null;
        var values = dimension.IsMultiValued ? null : new int[_records.Length];
        var buffer = new DimensionValue[4];
        var maxValues = 0;
        for (var i = 0; i < _records.Length; i++)
        {
            var record = _records[i];
            var plan = plans[_kind[i]];
            var count = plan.Values(record, ref buffer);
            maxValues = Math.Max(maxValues, count);
            for (var v = 0; v < count; v++)
            {
                var value = buffer[v];
                if (!index.TryGetValue(value.Code, out var at))
                {
                    at = codes.Count;
                    codes.Add(value.Code);
                    names.Add(value.Name);
                    index.Add(value.Code, at);
                }
                else if (names[at] is null && value.Name is not null)
                {
                    // The first name given wins, as in the record path: a unit's own record names it, a record that
                    // only links to it by id (no directory) does not, whichever comes first.
                    names[at] = value.Name;
                }

                if (masks is not null)
                {
                    if (at > 63)
                    {
                        // More than 64 distinct values: one mask per record will not do, so the records are read one by one.
                        return new DimensionColumn(Array.Empty<string>(), Array.Empty<string?>(), null, null, 0, tooMany: true);
                    }

                    masks[i] |= 1UL << at;
                }
                else
                {
                    values![i] = at;
                }
            }
        }

        return new DimensionColumn(codes.ToArray(), names.ToArray(), masks, values, maxValues, tooMany: false);
    }

}
