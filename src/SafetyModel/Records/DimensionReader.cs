using System;
using System.Collections.Generic;
using SafetyModel.Primitives;

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

    public ListDimensionReader(AggregationDimension dimension, Func<T, IReadOnlyList<TValue>> values, Func<TValue, DimensionValue> value)
        : base(dimension) => (_values, _value) = (values, value);

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
