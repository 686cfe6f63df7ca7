using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using NodaTime.Text;
using Parquet;
using Parquet.Schema;
using SafetyModel.Primitives;

namespace SafetyModel.Parquet;

/// <summary>The rows of one table waiting to be written as a row group: each record's JSON spread over the table's columns.</summary>
internal sealed class RowGroupBuffer
{
    private readonly ColumnBuffer[] _columns;
    private readonly DivisionRegistry? _divisions;
    private readonly HashSet<string> _members;
    private readonly Dictionary<string, HashSet<string>> _properties;
    private readonly Dictionary<string, JsonElement> _present = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Code, DivisionLevel Level), (string? Code, string? Name)> _ancestors = new();

    public RowGroupBuffer(ParquetTable table, DivisionRegistry? divisions)
    {
        Table = table;
        _divisions = divisions;
        _columns = table.Columns.Select(ColumnBuffer.For).ToArray();
        Schema = new ParquetSchema(_columns.Select(c => c.Field));
        _members = new HashSet<string>(table.Columns.Where(c => c.Role == ParquetColumnRole.Member).Select(c => c.Member), StringComparer.Ordinal) { "type" };
        _properties = table.Columns.Where(c => c.Property is not null).GroupBy(c => c.Member)
            .ToDictionary(g => g.Key, g => new HashSet<string>(g.Select(c => c.Property!), StringComparer.Ordinal), StringComparer.Ordinal);
    }

    public ParquetTable Table { get; }

    public ParquetSchema Schema { get; }

    public int Count { get; private set; }

    public void Add(JsonElement record, IRecord value)
    {
        _present.Clear();
        foreach (var property in record.EnumerateObject())
        {
            if (property.Value.ValueKind != JsonValueKind.Null)
            {
                _present[property.Name] = property.Value;
            }
        }

        foreach (var buffer in _columns)
        {
            var column = buffer.Column;
            var member = column.Member.Length > 0 && _present.TryGetValue(column.Member, out var found) ? found : (JsonElement?)null;
            switch (column.Role)
            {
                case ParquetColumnRole.Member when column.Property is null:
                    buffer.Add(member);
                    break;
                case ParquetColumnRole.Member:
                    buffer.Add(member is { ValueKind: JsonValueKind.Object } parent && parent.TryGetProperty(column.Property, out var inner) ? inner : null);
                    break;
                case ParquetColumnRole.Presence:
                    buffer.AddValue(member is { ValueKind: JsonValueKind.Object });
                    break;
                case ParquetColumnRole.DivisionAncestor:
                    buffer.AddValue(CachedAncestor(member, column.Level!.Value).Code);
                    break;
                case ParquetColumnRole.DivisionName:
                    buffer.AddValue(CachedAncestor(member, column.Level!.Value).Name);
                    break;
                case ParquetColumnRole.DateOfDateTime:
                    buffer.AddValue(member is { ValueKind: JsonValueKind.String } text ? DateOf(text.GetString()!) : null);
                    break;
                case ParquetColumnRole.RecordType:
                    buffer.AddValue(Table.Kind.Code);
                    break;
                case ParquetColumnRole.ReferenceDate:
                    buffer.AddValue(value.ReferenceDate is { } date ? ColumnBuffer.Date(LocalDatePattern.Iso.Format(date)) : null);
                    break;
                case ParquetColumnRole.Unknown:
                    buffer.AddValue(Unknown(record));
                    break;
            }
        }

        Count++;
    }

    public async Task WriteAsync(ParquetWriter writer, CancellationToken cancellationToken)
    {
        if (Count == 0)
        {
            return;
        }

        using (var group = writer.CreateRowGroup())
        {
            foreach (var column in _columns)
            {
                await column.WriteAsync(group, cancellationToken).ConfigureAwait(false);
            }
        }

        foreach (var column in _columns)
        {
            column.Clear();
        }

        Count = 0;
    }

    private (string? Code, string? Name) CachedAncestor(JsonElement? member, DivisionLevel level)
    {
        if (member is not { ValueKind: JsonValueKind.String } text)
        {
            return default;
        }

        var code = text.GetString()!;
        if (!_ancestors.TryGetValue((code, level), out var found))
        {
            if (_ancestors.Count > 100_000)
            {
                _ancestors.Clear(); // divisions repeat; the cache stays small whatever the input
            }

            var ancestor = Ancestor(member, level);
            found = (ancestor?.Code, ancestor is { } a && _divisions is not null && _divisions.TryGetName(a, out var name) ? name : null);
            _ancestors[(code, level)] = found;
        }

        return found;
    }

    internal static DivisionCode? Ancestor(JsonElement? member, DivisionLevel level) =>
        member is { ValueKind: JsonValueKind.String } text && DivisionCode.TryParse(text.GetString(), out var code) && code != default
            ? (code.Level >= level ? code.AncestorAt(level) : code).WithEdition(null)
            : null;

    internal static DateOnly DateOf(string localDateTime)
    {
        var value = LocalDateTimePattern.ExtendedIso.Parse(localDateTime).GetValueOrThrow().Date;
        return ColumnBuffer.Date(LocalDatePattern.Iso.Format(value));
    }

    private string? Unknown(JsonElement record)
    {
        List<JsonProperty>? top = null;
        List<(string Member, List<JsonProperty> Properties)>? nested = null;
        foreach (var property in record.EnumerateObject())
        {
            if (!_members.Contains(property.Name))
            {
                (top ??= new()).Add(property);
            }
            else if (_properties.TryGetValue(property.Name, out var known) && property.Value.ValueKind == JsonValueKind.Object)
            {
                var extra = property.Value.EnumerateObject().Where(p => !known.Contains(p.Name)).ToList();
                if (extra.Count > 0)
                {
                    (nested ??= new()).Add((property.Name, extra));
                }
            }
        }

        if (top is null && nested is null)
        {
            return null;
        }

        using var stream = new System.IO.MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            foreach (var property in top ?? Enumerable.Empty<JsonProperty>())
            {
                property.WriteTo(writer);
            }

            foreach (var (member, properties) in nested ?? Enumerable.Empty<(string, List<JsonProperty>)>())
            {
                writer.WriteStartObject(member);
                foreach (var property in properties)
                {
                    property.WriteTo(writer);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
