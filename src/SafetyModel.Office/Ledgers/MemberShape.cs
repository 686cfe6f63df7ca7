using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using SafetyModel.Records;
using SafetyModel.Serialization;

namespace SafetyModel.Office;

/// <summary>What a cell must be read as for one member of a kind, taken from the JSON contract's schema (so a town's own kind works too).</summary>
internal sealed class MemberShape
{
    private MemberShape(string name, ShapeKind kind, bool isArray, bool required, string? list, IReadOnlyList<string> values)
    {
        Name = name;
        Kind = kind;
        IsArray = isArray;
        Required = required;
        List = list;
        Values = values;
    }

    public enum ShapeKind
    {
        Text,
        Integer,
        Number,
        Boolean,
        Date,
        Quantity,
        ClosedList,
        OpenList,
        Unsupported,
    }

    public string Name { get; }

    public ShapeKind Kind { get; }

    public bool IsArray { get; }

    public bool Required { get; }

    /// <summary>The list's name in the schema (<c>InspectionType</c>), for list members.</summary>
    public string? List { get; }

    /// <summary>A closed list's codes.</summary>
    public IReadOnlyList<string> Values { get; }

    /// <summary>Reads a kind's members from the schema of the catalogue's JSON contract.</summary>
    public static IReadOnlyList<MemberShape>? Of(RecordCatalogue catalogue, string kind)
    {
        using var schema = JsonDocument.Parse(SafetyJson.GetSchema(catalogue));
        var definitions = schema.RootElement.GetProperty("$defs");
        foreach (var definition in definitions.EnumerateObject())
        {
            if (definition.Value.TryGetProperty("properties", out var properties) &&
                properties.TryGetProperty("type", out var type) && type.TryGetProperty("const", out var code) &&
                code.ValueKind == JsonValueKind.String && code.GetString() == kind)
            {
                var required = definition.Value.TryGetProperty("required", out var r)
                    ? r.EnumerateArray().Select(e => e.GetString()).ToList()
                    : new List<string?>();
                return properties.EnumerateObject()
                    .Where(p => p.Name != "type")
                    .Select(p => Shape(p.Name, p.Value, definitions, required.Contains(p.Name)))
                    .ToList();
            }
        }

        return null;
    }

    private static MemberShape Shape(string name, JsonElement schema, JsonElement definitions, bool required)
    {
        if (schema.TryGetProperty("anyOf", out var anyOf))
        {
            var first = anyOf.EnumerateArray().FirstOrDefault(e => !(e.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String && t.GetString() == "null"));
            return first.ValueKind == JsonValueKind.Object ? Shape(name, first, definitions, required) : new MemberShape(name, ShapeKind.Unsupported, false, required, null, Array.Empty<string>());
        }

        if (schema.TryGetProperty("$ref", out var reference) && reference.GetString() is { } path && path.StartsWith("#/$defs/", StringComparison.Ordinal))
        {
            var listName = path.Substring("#/$defs/".Length);
            if (listName == "date")
            {
                return new MemberShape(name, ShapeKind.Date, false, required, null, Array.Empty<string>());
            }

            if (listName == "Quantity")
            {
                return new MemberShape(name, ShapeKind.Quantity, false, required, null, Array.Empty<string>());
            }

            if (!definitions.TryGetProperty(listName, out var definition))
            {
                return new MemberShape(name, ShapeKind.Unsupported, false, required, null, Array.Empty<string>());
            }

            if (definition.TryGetProperty("enum", out var values))
            {
                return new MemberShape(name, ShapeKind.ClosedList, false, required, listName, values.EnumerateArray().Select(v => v.GetString() ?? string.Empty).ToList());
            }

            if (definition.TryGetProperty("examples", out _) && char.IsUpper(listName[0]))
            {
                return new MemberShape(name, ShapeKind.OpenList, false, required, listName, Array.Empty<string>());
            }

            if (definition.TryGetProperty("type", out var defType) && defType.GetString() == "string")
            {
                return new MemberShape(name, ShapeKind.Text, false, required, null, Array.Empty<string>());
            }

            return new MemberShape(name, ShapeKind.Unsupported, false, required, listName, Array.Empty<string>());
        }

        var type = schema.TryGetProperty("type", out var t2) && t2.ValueKind == JsonValueKind.String ? t2.GetString() : null;
        switch (type)
        {
            case "string":
                return new MemberShape(name, ShapeKind.Text, false, required, null, Array.Empty<string>());
            case "integer":
                return new MemberShape(name, ShapeKind.Integer, false, required, null, Array.Empty<string>());
            case "number":
                return new MemberShape(name, ShapeKind.Number, false, required, null, Array.Empty<string>());
            case "boolean":
                return new MemberShape(name, ShapeKind.Boolean, false, required, null, Array.Empty<string>());
            case "array" when schema.TryGetProperty("items", out var items):
                var item = Shape(name, items, definitions, required);
                return item.IsArray || item.Kind == ShapeKind.Unsupported
                    ? new MemberShape(name, ShapeKind.Unsupported, true, required, null, Array.Empty<string>())
                    : new MemberShape(name, item.Kind, true, required, item.List, item.Values);
            default:
                return new MemberShape(name, ShapeKind.Unsupported, false, required, null, Array.Empty<string>());
        }
    }
}
