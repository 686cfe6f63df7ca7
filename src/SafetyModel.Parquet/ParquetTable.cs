using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.Json;
using SafetyModel.Primitives;
using SafetyModel.Records;
using SafetyModel.Serialization;

namespace SafetyModel.Parquet;

/// <summary>
/// The Parquet table of one record kind: one row per record, flat columns derived from the kind's JSON contract as the
/// catalogue's published JSON Schema (<see cref="SafetyJson.GetSchema(RecordCatalogue)"/>) declares it, so that a town's
/// own kind gets a table the same way as the built-in ones.
/// </summary>
/// <remarks>
/// The rules, one per contract shape: a text, integer, number or Boolean member is one column of that type (numbers as
/// <c>DECIMAL(38,18)</c>, never floating point); an ISO date is a <c>DATE</c>; a local date-time is ISO 8601 text (it
/// may carry nanoseconds, which not every engine's <c>TIMESTAMP</c> holds) plus a <c>*_date</c> <c>DATE</c> column; a
/// division code is its text plus the codes and names of the province, prefecture, county and township that hold it; a
/// list of texts (open-list codes) is a <c>LIST&lt;STRING&gt;</c>; an object whose properties are all flat (a quantity:
/// 概数 as an interval) is one column per property, <c>*_lower</c>, <c>*_upper</c>, <c>*_text</c>, <c>*_qualifier</c>…;
/// anything else (a list of objects) is JSON text. Members the contract does not know go to one <c>_unknown</c> JSON
/// column, so an export reads back to equal records.
/// </remarks>
public sealed class ParquetTable
{
    private static readonly ConditionalWeakTable<RecordCatalogue, IReadOnlyList<ParquetTable>> Tables = new();

    private static readonly (DivisionLevel Level, string Suffix, string English)[] Ancestors =
    {
        (DivisionLevel.Province, "province", "province (省级)"),
        (DivisionLevel.Prefecture, "prefecture", "prefecture (地级)"),
        (DivisionLevel.County, "county", "county (县级)"),
        (DivisionLevel.Township, "township", "township (乡级)"),
    };

    private readonly Dictionary<string, ParquetColumn> _byName;

    private ParquetTable(RecordKind kind, ParquetColumn[] columns)
    {
        Kind = kind;
        Columns = columns;
        _byName = columns.ToDictionary(c => c.Name, StringComparer.Ordinal);
    }

    /// <summary>The name of the Parquet file key-value metadata entry that holds the record kind's code.</summary>
    public const string KindMetadataKey = "safetymodel.kind";

    /// <summary>The name of the Parquet file key-value metadata entry that holds the JSON contract's schema version.</summary>
    public const string SchemaVersionMetadataKey = "safetymodel.schema-version";

    /// <summary>The name of the column that holds the members the contract does not know, as one JSON object.</summary>
    public const string UnknownColumnName = "_unknown";

    /// <summary>Gets the record kind the table holds.</summary>
    public RecordKind Kind { get; }

    /// <summary>Gets the table's columns, in file order.</summary>
    public IReadOnlyList<ParquetColumn> Columns { get; }

    /// <summary>Returns the table of every kind of a catalogue, in the catalogue's order.</summary>
    /// <param name="catalogue">The record kinds.</param>
    /// <returns>One table per kind.</returns>
    public static IReadOnlyList<ParquetTable> All(RecordCatalogue catalogue)
    {
        if (catalogue is null)
        {
            throw new ArgumentNullException(nameof(catalogue));
        }

        return Tables.GetValue(catalogue, Build);
    }

    /// <summary>Returns the table of one kind of a catalogue.</summary>
    /// <param name="catalogue">The record kinds.</param>
    /// <param name="kindCode">The kind's code (<c>inspection</c>).</param>
    /// <returns>The kind's table.</returns>
    /// <exception cref="ArgumentException">The catalogue has no kind of that code.</exception>
    public static ParquetTable For(RecordCatalogue catalogue, string kindCode) =>
        All(catalogue).FirstOrDefault(t => t.Kind.Code == kindCode)
        ?? throw new ArgumentException($"The catalogue has no record kind '{kindCode}'; its kinds are {catalogue}.", nameof(kindCode));

    /// <summary>Finds a column by name.</summary>
    /// <param name="name">The column's name.</param>
    /// <returns>The column, or null when the table has none of that name.</returns>
    public ParquetColumn? Find(string name) => name is not null && _byName.TryGetValue(name, out var column) ? column : null;

    /// <summary>Returns the kind's code and its number of columns.</summary>
    /// <returns>Such as <c>inspection: 20 columns</c>.</returns>
    public override string ToString() => $"{Kind.Code}: {Columns.Count} columns";

    private static IReadOnlyList<ParquetTable> Build(RecordCatalogue catalogue)
    {
        using var schema = JsonDocument.Parse(SafetyJson.GetSchema(catalogue));
        var defs = schema.RootElement.GetProperty("$defs");
        var tables = new List<ParquetTable>();
        foreach (var kind in catalogue.Kinds)
        {
            var definition = FindKind(defs, kind.Code);
            tables.Add(new ParquetTable(kind, ColumnsOf(defs, definition, kind).ToArray()));
        }

        return tables;
    }

    private static JsonElement FindKind(JsonElement defs, string code)
    {
        foreach (var def in defs.EnumerateObject())
        {
            if (def.Value.TryGetProperty("properties", out var properties) && properties.TryGetProperty("type", out var type)
                && type.TryGetProperty("const", out var constant) && constant.ValueKind == JsonValueKind.String && constant.GetString() == code)
            {
                return def.Value;
            }
        }

        throw new InvalidOperationException($"The catalogue's JSON Schema declares no record kind '{code}'.");
    }

    private static IEnumerable<ParquetColumn> ColumnsOf(JsonElement defs, JsonElement definition, RecordKind kind)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        ParquetColumn Add(ParquetColumn column) =>
            names.Add(column.Name)
                ? column
                : throw new InvalidOperationException($"The record kind '{kind.Code}' would have two columns named '{column.Name}'; rename one of its contract members.");

        yield return Add(new ParquetColumn("type", ParquetColumnType.Text, ParquetColumnRole.RecordType, string.Empty, null,
            $"The record kind, '{kind.Code}' ({kind.ChineseName}): the JSON contract's type, so that the files of every kind read as one table."));
        yield return Add(new ParquetColumn("reference_date", ParquetColumnType.Date, ParquetColumnRole.ReferenceDate, kind.DateMember, null,
            $"The date the kind dates the record by ({kind.DateMember}; IRecord.ReferenceDate), which the aggregator groups periods by."));
        foreach (var property in definition.GetProperty("properties").EnumerateObject())
        {
            if (property.Name == "type")
            {
                continue;
            }

            var member = property.Name;
            var column = ColumnName(member);
            var (shape, refName) = Resolve(defs, property.Value);
            var description = Describe(property.Value, shape);
            if (refName == "divisionCode")
            {
                yield return Add(new ParquetColumn(column, ParquetColumnType.Text, ParquetColumnRole.Member, member, null, description));
                foreach (var (level, suffix, english) in Ancestors)
                {
                    yield return Add(new ParquetColumn($"{column}_{suffix}", ParquetColumnType.Text, ParquetColumnRole.DivisionAncestor, member, null,
                        $"{member} rolled up to the {english} as the aggregator does it: the code truncated to that level, without its edition year (a code at or above the level is itself).", level));
                    yield return Add(new ParquetColumn($"{column}_{suffix}_name", ParquetColumnType.Text, ParquetColumnRole.DivisionName, member, null,
                        $"The name of {column}_{suffix}, from the division registry given to the export (null without one).", level));
                }

                continue;
            }

            if (refName == "dateTime")
            {
                yield return Add(new ParquetColumn(column, ParquetColumnType.Text, ParquetColumnRole.Member, member, null, description + " (ISO 8601 local date-time text)"));
                yield return Add(new ParquetColumn(column + "_date", ParquetColumnType.Date, ParquetColumnRole.DateOfDateTime, member, null, $"The calendar date of {member}."));
                continue;
            }

            if (ScalarType(shape) is { } scalar)
            {
                yield return Add(new ParquetColumn(column, scalar, ParquetColumnRole.Member, member, null, description));
                continue;
            }

            if (TypeOf(shape) == "array" && shape.TryGetProperty("items", out var items) && ScalarType(Resolve(defs, items).Shape) == ParquetColumnType.Text)
            {
                yield return Add(new ParquetColumn(column, ParquetColumnType.TextList, ParquetColumnRole.Member, member, null, description));
                continue;
            }

            if (FlatProperties(defs, shape) is { } flat)
            {
                var required = shape.TryGetProperty("required", out var list) && list.GetArrayLength() > 0;
                if (!required)
                {
                    yield return Add(new ParquetColumn(column + "_present", ParquetColumnType.Boolean, ParquetColumnRole.Presence, member, null, $"Whether {member} is given."));
                }

                foreach (var (name, type, inner) in flat)
                {
                    var suffix = name == "rawText" ? "text" : ColumnName(name);
                    yield return Add(new ParquetColumn($"{column}_{suffix}", type, ParquetColumnRole.Member, member, name, $"{member}: {Describe(inner, inner)}"));
                }

                continue;
            }

            yield return Add(new ParquetColumn(column + "_json", ParquetColumnType.Json, ParquetColumnRole.Member, member, null, description + " (JSON text, as in the JSON contract)"));
        }

        yield return Add(new ParquetColumn(UnknownColumnName, ParquetColumnType.Json, ParquetColumnRole.Unknown, string.Empty, null,
            "The members the JSON contract does not know, kept from the JSON the record was read from, as one JSON object (null when there are none)."));
    }

    private static List<(string Name, ParquetColumnType Type, JsonElement Shape)>? FlatProperties(JsonElement defs, JsonElement shape)
    {
        if (TypeOf(shape) != "object" || !shape.TryGetProperty("properties", out var properties))
        {
            return null;
        }

        var flat = new List<(string, ParquetColumnType, JsonElement)>();
        foreach (var property in properties.EnumerateObject())
        {
            var (inner, refName) = Resolve(defs, property.Value);
            if (refName is "divisionCode" or "dateTime" || ScalarType(inner) is not { } type)
            {
                return null;
            }

            flat.Add((property.Name, type, property.Value));
        }

        return flat.Count > 0 ? flat : null;
    }

    private static (JsonElement Shape, string? RefName) Resolve(JsonElement defs, JsonElement shape)
    {
        string? refName = null;
        for (var depth = 0; depth < 8; depth++)
        {
            if (shape.TryGetProperty("anyOf", out var anyOf))
            {
                var notNull = anyOf.EnumerateArray().Where(s => TypeOf(s) != "null").ToArray();
                if (notNull.Length != 1)
                {
                    return (shape, refName);
                }

                shape = notNull[0];
                continue;
            }

            if (shape.TryGetProperty("$ref", out var reference) && reference.GetString() is { } pointer && pointer.StartsWith("#/$defs/", StringComparison.Ordinal))
            {
                refName = pointer.Substring("#/$defs/".Length);
                shape = defs.GetProperty(refName);
                continue;
            }

            break;
        }

        return (shape, refName);
    }

    private static string? TypeOf(JsonElement shape) =>
        shape.ValueKind == JsonValueKind.Object && shape.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String ? type.GetString() : null;

    private static ParquetColumnType? ScalarType(JsonElement shape)
    {
        switch (TypeOf(shape))
        {
            case "string":
                return shape.TryGetProperty("format", out var format) && format.GetString() == "date" ? ParquetColumnType.Date : ParquetColumnType.Text;
            case "boolean":
                return ParquetColumnType.Boolean;
            case "number":
                return ParquetColumnType.ExactNumber;
            case "integer":
                var int32 = shape.TryGetProperty("minimum", out var min) && min.TryGetInt64(out var low) && low >= int.MinValue
                    && shape.TryGetProperty("maximum", out var max) && max.TryGetInt64(out var high) && high <= int.MaxValue;
                return int32 ? ParquetColumnType.Integer32 : ParquetColumnType.Integer64;
            default:
                return null;
        }
    }

    private static string Describe(JsonElement property, JsonElement shape) =>
        property.TryGetProperty("description", out var own) ? own.GetString() ?? string.Empty
        : shape.ValueKind == JsonValueKind.Object && shape.TryGetProperty("description", out var inner) ? inner.GetString() ?? string.Empty
        : string.Empty;

    private static string ColumnName(string member) => ParquetColumn.SnakeCase(member);
}
