using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using NodaTime.Text;
using Parquet;
using Parquet.Schema;
using SafetyModel.Primitives;

namespace SafetyModel.Parquet;

/// <summary>The values of one column for the rows of the row group being built, and how to write them.</summary>
internal abstract class ColumnBuffer
{
    private const decimal ExactLimit = 100_000_000_000_000_000_000m; // 10^20: DECIMAL(38,18) holds 20 digits before the point.

    protected ColumnBuffer(ParquetColumn column, Field field)
    {
        Column = column;
        Field = field;
    }

    public ParquetColumn Column { get; }

    public Field Field { get; }

    public static ColumnBuffer For(ParquetColumn column) => column.Type switch
    {
        ParquetColumnType.Integer32 => new Values<int>(column, new DataField<int?>(column.Name), e => e.GetInt32()),
        ParquetColumnType.Integer64 => new Values<long>(column, new DataField<long?>(column.Name), e => e.GetInt64()),
        ParquetColumnType.Boolean => new Values<bool>(column, new DataField<bool?>(column.Name), e => e.GetBoolean()),
        ParquetColumnType.ExactNumber => new Values<decimal>(column, new DecimalDataField(column.Name, 38, 18, false, true), Exact),
        ParquetColumnType.Date => new Values<DateOnly>(column, new DataField<DateOnly?>(column.Name), e => Date(e.GetString()!)),
        ParquetColumnType.TextList => new TextLists(column),
        _ => new Texts(column),
    };

    public abstract void Add(JsonElement? value);

    public abstract void AddValue(object? value);

    public abstract Task WriteAsync(ParquetRowGroupWriter writer, CancellationToken cancellationToken);

    public abstract void Clear();

    internal static DateOnly Date(string text)
    {
        var date = LocalDatePattern.Iso.Parse(text).GetValueOrThrow();
        return date.Year >= 1
            ? new DateOnly(date.Year, date.Month, date.Day)
            : throw new ArgumentException($"The date {text} is before the year 1, which a Parquet DATE read by .NET cannot hold.");
    }

    private static decimal Exact(JsonElement element)
    {
        var value = element.GetDecimal();
        return Math.Abs(value) < ExactLimit && decimal.Round(value, 18) == value
            ? value
            : throw new ArgumentException($"The number {element.GetRawText()} does not fit DECIMAL(38,18) (20 digits before the point, 18 after) exactly.");
    }

    private sealed class Values<T> : ColumnBuffer
        where T : struct
    {
        private readonly List<T?> _values = new();
        private readonly Func<JsonElement, T> _read;

        public Values(ParquetColumn column, DataField field, Func<JsonElement, T> read)
            : base(column, field) => _read = read;

        public override void Add(JsonElement? value) =>
            _values.Add(value is { ValueKind: not JsonValueKind.Null } element ? _read(element) : null);

        public override void AddValue(object? value) => _values.Add((T?)value);

        public override Task WriteAsync(ParquetRowGroupWriter writer, CancellationToken cancellationToken) =>
            writer.WriteAsync<T>((DataField)Field, _values.ToArray(), null, null, cancellationToken);

        public override void Clear() => _values.Clear();
    }

    private sealed class Texts : ColumnBuffer
    {
        private readonly List<string?> _values = new();

        public Texts(ParquetColumn column)
            : base(column, new DataField<string>(column.Name, true))
        {
        }

        public override void Add(JsonElement? value) => _values.Add(value switch
        {
            null or { ValueKind: JsonValueKind.Null } => null,
            { ValueKind: JsonValueKind.String } element when Column.Type == ParquetColumnType.Text => element.GetString(),
            { } element => element.GetRawText(),
        });

        public override void AddValue(object? value) => _values.Add((string?)value);

        public override Task WriteAsync(ParquetRowGroupWriter writer, CancellationToken cancellationToken) =>
            writer.WriteAsync((DataField)Field, _values, null);

        public override void Clear() => _values.Clear();
    }

    private sealed class TextLists : ColumnBuffer
    {
        private readonly List<ReadOnlyMemory<char>> _values = new();
        private readonly List<int> _definitions = new();
        private readonly List<int> _repetitions = new();

        public TextLists(ParquetColumn column)
            : base(column, new ListField(column.Name, new DataField<string>("element", true)))
        {
        }

        private DataField Item => (DataField)((ListField)Field).Item;

        public override void Add(JsonElement? value)
        {
            var max = Item.MaxDefinitionLevel;
            if (value is not { ValueKind: JsonValueKind.Array } array)
            {
                _definitions.Add(max - 3);
                _repetitions.Add(0);
                return;
            }

            var first = true;
            foreach (var item in array.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String)
                {
                    _values.Add(item.GetString().AsMemory());
                    _definitions.Add(max);
                }
                else
                {
                    _definitions.Add(max - 1);
                }

                _repetitions.Add(first ? 0 : 1);
                first = false;
            }

            if (first)
            {
                _definitions.Add(max - 2);
                _repetitions.Add(0);
            }
        }

        public override void AddValue(object? value) => throw new NotSupportedException("A list column is always a contract member.");

        public override Task WriteAsync(ParquetRowGroupWriter writer, CancellationToken cancellationToken) =>
            writer.WriteAllPartsAsync<ReadOnlyMemory<char>>(Item, _values.ToArray(), _definitions.ToArray(), _repetitions.ToArray(), cancellationToken);

        public override void Clear()
        {
            _values.Clear();
            _definitions.Clear();
            _repetitions.Clear();
        }
    }
}
