using System;
using System.Collections.Generic;
using SafetyModel.Accidents;
using SafetyModel.Primitives;
using SafetyModel.Work;

namespace SafetyModel.Records;

/// <summary>How the records of one kind give their values for one dimension: one value, or a list (inspection types).</summary>
internal abstract class DimensionReader
{
    protected DimensionReader(AggregationDimension dimension) => Dimension = dimension;

    public AggregationDimension Dimension { get; }

    /// <summary>
    /// Puts the record's values into a buffer (grown when too small) and returns how many there are: one for a
    /// single-valued dimension (the empty value for none), the list's length for a many-valued one (0 for none).
    /// </summary>
    public abstract int Read(IRecord record, ref DimensionValue[] buffer);

    /// <summary>Gets whether the values depend on the query (its unit directory or its category mapping), so a batch does not keep them.</summary>
    public virtual bool DependsOnQuery => false;

    /// <summary>
    /// Gives a visitor the list member and item reading of a many-valued dimension declared with its member, so that
    /// the values can be read from JSON without the record; <see langword="default"/> for any other reader.
    /// </summary>
    public virtual TResult? Accept<TResult>(IListMemberVisitor<TResult> visitor) => default;

    /// <summary>The reader for a query with a unit directory and a category mapping; the reader itself unless it reads them.</summary>
    public virtual DimensionReader Bind(UnitDirectory? units, AccidentCategoryMapping? mapping) => this;
}

/// <summary>
/// The unit (<see cref="AggregationDimension.Unit"/>) or its industry 门类 (<see cref="AggregationDimension.Industry"/>) of
/// a record that names a unit by id (<see cref="IUnitLinked"/>), looked up in the query's unit directory.
/// </summary>
internal sealed class UnitLinkReader : DimensionReader
{
    private readonly UnitDirectory _units;

    public UnitLinkReader(AggregationDimension dimension, UnitDirectory? units = null)
        : base(dimension) => _units = units ?? UnitDirectory.Empty;

    public override bool DependsOnQuery => true;

    public override DimensionReader Bind(UnitDirectory? units, AccidentCategoryMapping? mapping) => new UnitLinkReader(Dimension, units);

    public override int Read(IRecord record, ref DimensionValue[] buffer)
    {
        var id = ((IUnitLinked)record).UnitId;
        _units.TryGet(id, out var unit);
        buffer[0] = Dimension == AggregationDimension.Unit
            ? (string.IsNullOrEmpty(id) ? default : new DimensionValue(id!, unit?.Name))
            : IndustryOf(unit);
        return 1;
    }

    /// <summary>A unit's 门类 as a value: its letter and name; no value when the unit or its code is missing or invalid.</summary>
    public static DimensionValue IndustryOf(SupervisedUnit? unit) =>
        unit?.Industry?.Section is { } section ? new DimensionValue(section.Code, section.ChineseName) : default;
}

/// <summary>A single-valued dimension of records of type <typeparamref name="T"/>.</summary>
internal sealed class SingleDimensionReader<T> : DimensionReader
    where T : class, IRecord
{
    private readonly Func<T, DimensionValue> _value;

    public SingleDimensionReader(AggregationDimension dimension, Func<T, DimensionValue> value)
        : base(dimension) => _value = value;

    public override int Read(IRecord record, ref DimensionValue[] buffer)
    {
        buffer[0] = _value((T)record);
        return 1;
    }
}

/// <summary>A multi-valued dimension of records of type <typeparamref name="T"/>: a list the record owns, read by index without copying.</summary>
internal sealed class ListDimensionReader<T, TValue> : DimensionReader
    where T : class, IRecord
{
    private readonly Func<T, IReadOnlyList<TValue>> _values;
    private readonly Func<TValue, DimensionValue> _value;

    private readonly string? _member;

    public ListDimensionReader(AggregationDimension dimension, Func<T, IReadOnlyList<TValue>> values, Func<TValue, DimensionValue> value, string? member = null)
        : base(dimension) => (_values, _value, _member) = (values, value, member);

    public override TResult? Accept<TResult>(IListMemberVisitor<TResult> visitor) where TResult : default =>
        _member is null ? default : visitor.Visit(_member, _value);

    public override int Read(IRecord record, ref DimensionValue[] buffer)
    {
        var values = _values((T)record);
        var count = values.Count;
        if (count > buffer.Length)
        {
            Array.Resize(ref buffer, Math.Max(count, buffer.Length * 2));
        }

        for (var i = 0; i < count; i++)
        {
            buffer[i] = _value(values[i]);
        }

        return count;
    }
}

/// <summary>
/// An accident's category (<see cref="AggregationDimension.AccidentCategory"/>): its code and name, or, when the query
/// maps categories between schemes, the category it maps to — a category the mapping does not map is keyed by its scheme
/// and code (<c>GB 6441-2025 0201</c>) so that it never merges with a category of the target scheme.
/// </summary>
internal sealed class AccidentCategoryReader : DimensionReader
{
    private readonly AccidentCategoryMapping? _mapping;

    public AccidentCategoryReader(AccidentCategoryMapping? mapping = null)
        : base(AggregationDimension.AccidentCategory) => _mapping = mapping;

    public override bool DependsOnQuery => true;

    public override DimensionReader Bind(UnitDirectory? units, AccidentCategoryMapping? mapping) => mapping is null ? this : new AccidentCategoryReader(mapping);

    public override int Read(IRecord record, ref DimensionValue[] buffer)
    {
        var category = ((Accident)record).Category;
        buffer[0] = category is null ? default
            : _mapping is null ? new DimensionValue(category.Code, category.ChineseName)
            : _mapping.Map(category) is { } mapped ? new DimensionValue(mapped.Code, mapped.ChineseName)
            : new DimensionValue(category.Scheme + " " + category.Code, category.ChineseName);
        return 1;
    }
}

/// <summary>Receives a many-valued dimension's list member and how an item of it reads as a value.</summary>
/// <typeparam name="TResult">What the visitor makes of them.</typeparam>
internal interface IListMemberVisitor<TResult>
{
    TResult Visit<TValue>(string member, Func<TValue, DimensionValue> value);
}
