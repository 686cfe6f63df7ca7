using System;
using System.Collections.Generic;
using SafetyModel.Primitives;

namespace SafetyModel.Records;

/// <summary>How the records of one kind give their values for one dimension: one value, or a list (inspection types).</summary>
internal abstract class DimensionReader
{
    protected DimensionReader(AggregationDimension dimension) => Dimension = dimension;

    public AggregationDimension Dimension { get; }

    /// <summary>Gets how many values the record has (one for a single-valued dimension, even when that value is "none").</summary>
    public abstract int Count(IRecord record);

    /// <summary>Gets the record's value at an index below <see cref="Count"/>.</summary>
    public abstract DimensionValue Value(IRecord record, int index);
}

/// <summary>A single-valued dimension of records of type <typeparamref name="T"/>.</summary>
internal sealed class SingleDimensionReader<T> : DimensionReader
    where T : class, IRecord
{
    private readonly Func<T, DimensionValue> _value;

    public SingleDimensionReader(AggregationDimension dimension, Func<T, DimensionValue> value)
        : base(dimension) => _value = value;

    public override int Count(IRecord record) => 1;

    public override DimensionValue Value(IRecord record, int index) => _value((T)record);
}

/// <summary>A multi-valued dimension of records of type <typeparamref name="T"/>: a list the record owns, read by index without copying.</summary>
internal sealed class ListDimensionReader<T, TValue> : DimensionReader
    where T : class, IRecord
{
    private readonly Func<T, IReadOnlyList<TValue>> _values;
    private readonly Func<TValue, DimensionValue> _value;

    public ListDimensionReader(AggregationDimension dimension, Func<T, IReadOnlyList<TValue>> values, Func<TValue, DimensionValue> value)
        : base(dimension) => (_values, _value) = (values, value);

    public override int Count(IRecord record) => _values((T)record).Count;

    public override DimensionValue Value(IRecord record, int index) => _value(_values((T)record)[index]);
}
