using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using SafetyModel.Primitives;
using SafetyModel.Records;

namespace SafetyModel.Aggregation;

/// <summary>
/// A query read against its catalogue: for each record kind met, what the kind adds to each of the query's measures and
/// how it gives its value for the query's dimension — worked out once per kind, so that the loops over records only
/// index arrays. Both engines (records one by one, and <see cref="RecordBatch"/> columns) read records through it.
/// </summary>
internal sealed class QueryPlan
{
    private readonly Dictionary<Type, KindPlan> _plans = new();
    private Type? _lastType;
    private KindPlan? _lastPlan;

    public QueryPlan(AggregationQuery query)
    {
        Query = query;
        Measures = [.. query.Measures];
        Dimension = query.Dimension;
    }

    public AggregationQuery Query { get; }

    public Measure[] Measures { get; }

    public AggregationDimension Dimension { get; }

    /// <summary>The plan of a kind the catalogue holds, by its record type.</summary>
    public KindPlan For(Type recordType)
    {
        if (!_plans.TryGetValue(recordType, out var plan))
        {
            var kind = Query.Catalogue.Kinds.First(k => k.RecordType == recordType);
            plan = new KindPlan(kind, Measures, Dimension, Query.Units, Query.CategoryMapping);
            _plans.Add(recordType, plan);
        }

        return plan;
    }

    /// <summary>The plan of a record's kind.</summary>
    /// <exception cref="ArgumentException">The query's catalogue has no kind for the record's type.</exception>
    public KindPlan For(IRecord record, long index, string parameter)
    {
        var type = record.GetType();
        if (ReferenceEquals(type, _lastType))
        {
            return _lastPlan!;
        }

        if (!_plans.TryGetValue(type, out var plan))
        {
            var kind = Query.Catalogue.KindOf(record) ?? throw new ArgumentException(
                $"The record at index {index} ('{record.Id}') is a {type.Name}, a type the query's catalogue has no kind for ({Query.Catalogue}); declare a RecordKind<{type.Name}> and add it with RecordCatalogue.With.",
                parameter);
            plan = new KindPlan(kind, Measures, Dimension, Query.Units, Query.CategoryMapping);
            _plans.Add(type, plan);
        }

        (_lastType, _lastPlan) = (type, plan);
        return plan;
    }
}

/// <summary>One kind's part of a <see cref="QueryPlan"/>.</summary>
internal sealed class KindPlan
{
    private readonly Contribution?[] _counts;
    private readonly Contribution?[] _contributions;
    private readonly long[] _constant;
    private readonly DimensionReader? _reader;
    private readonly bool _byKind;
    private readonly Contribution[] _figures;
    private readonly DimensionValue _kindValue;

    public KindPlan(RecordKind kind, Measure[] measures, AggregationDimension dimension, Work.UnitDirectory? units, Accidents.AccidentCategoryMapping? mapping)
    {
        Kind = kind;
        _contributions = new Contribution?[measures.Length];
        _counts = new Contribution?[measures.Length];
        _constant = new long[measures.Length];
        for (var i = 0; i < measures.Length; i++)
        {
            var contribution = kind.ContributionTo(measures[i]);
            _contributions[i] = contribution;
            if (contribution is { Measure.Kind: MeasureKind.Count })
            {
                _counts[i] = contribution;
            }
            else if (measures[i] == Measure.Records)
            {
                _constant[i] = 1;
            }

            HasExtras |= contribution is { Measure.Kind: not MeasureKind.Count };
        }

        // The figures a record states in a member (not the 1 a record adds to a count of records of its kind).
        _figures = kind.Measures.Select(kind.ContributionTo).Where(c => c is { NeedsDay: false, Member: not null }).ToArray()!;
        _byKind = dimension == AggregationDimension.RecordType;
        _kindValue = new DimensionValue(kind.Code, kind.ChineseName);
        _reader = _byKind || dimension == AggregationDimension.None ? null : kind.ReaderOf(dimension)?.Bind(units, mapping);
    }

    public RecordKind Kind { get; }

    /// <summary>Gets whether the kind adds to a measure of the query that is not a count.</summary>
    public bool HasExtras { get; }

    /// <summary>What a record adds to the count measure at an index: 1 to <see cref="Measure.Records"/>; 0 to a measure the kind does not add to or that is not a count.</summary>
    public long Count(int measure, IRecord record, LocalDate asOf) => _counts[measure] is { } count ? count.Count(record, asOf) : _constant[measure];

    /// <summary>
    /// The first figure of the kind (for a measure queried or not) that a table cannot add up — negative, or above
    /// <see cref="Measure.MaximumFigure"/> — and what is wrong with it; the same test validation reports by.
    /// </summary>
    public (Contribution Figure, FigureProblem Problem)? BadFigure(IRecord record)
    {
        foreach (var figure in _figures)
        {
            if (figure.Check(record) is var problem && problem != FigureProblem.None)
            {
                return (figure, problem);
            }
        }

        return null;
    }

    /// <summary>The kind's contribution to the measure at an index, or <see langword="null"/>.</summary>
    public Contribution? ContributionTo(int measure) => _contributions[measure];

    /// <summary>
    /// Puts the record's values for the query's dimension into a buffer of at least one (grown when too small) and
    /// returns how many: at least one, since a record with none has the empty value (未注明).
    /// </summary>
    public int Values(IRecord record, ref DimensionValue[] buffer)
    {
        if (_byKind)
        {
            buffer[0] = _kindValue;
            return 1;
        }

        if (_reader is null || _reader.Read(record, ref buffer) is var count && count == 0)
        {
            buffer[0] = default;
            return 1;
        }

        return count;
    }
}
