using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using SafetyModel.Records;
using SafetyModel.Serialization;

namespace SafetyModel.AspNetCore;

/// <summary>
/// Gives the contract's types their real shape in a document of <c>Microsoft.AspNetCore.OpenApi</c>: the contract's
/// converters hide the shape from the schema generator, which would show every record, quantity, period and division
/// code as an empty object or as its .NET properties. The transformer takes the JSON Schema the contract publishes
/// (<see cref="SafetyJson.GetSchema(RecordCatalogue)"/>, schemas/safetymodel.schema.json) with the catalogue of
/// <see cref="SafetyModelOptions"/>: each of its definitions becomes a component schema of the same name, and each schema
/// the generator makes for a type of the contract is replaced by that type's definition, members, descriptions and all.
/// Added by <see cref="SafetyModelOpenApiExtensions.AddSafetyModelSchemas"/>.
/// </summary>
public sealed class SafetyModelSchemaTransformer : IOpenApiSchemaTransformer, IOpenApiDocumentTransformer
{
    private const string DefinitionPrefix = "#/$defs/";
    private readonly object _gate = new();
    private RecordCatalogue? _catalogue;
    private Dictionary<string, JsonElement>? _definitions;

    /// <inheritdoc/>
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (schema is null || context is null)
        {
            throw new ArgumentNullException(schema is null ? nameof(schema) : nameof(context));
        }

        var type = context.JsonTypeInfo.Type;
        type = Nullable.GetUnderlyingType(type) ?? type;
        var definitions = Definitions(context.ApplicationServices);
        if (DefinitionOf(type, definitions) is { } name)
        {
            // The references below resolve only to components the document already holds.
            if (context.Document is { } document)
            {
                AddComponents(document, definitions, replace: false);
            }

            var description = schema.Description;
            var real = Convert(definitions[name], context.Document);
            if (real is OpenApiSchema converted)
            {
                Replace(schema, converted);
            }
            else
            {
                Replace(schema, new OpenApiSchema { AllOf = new List<IOpenApiSchema> { real } });
            }

            // A member's own description (from the generator's XML comments) wins over the type's.
            schema.Description = description ?? schema.Description;
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        if (document is null || context is null)
        {
            throw new ArgumentNullException(document is null ? nameof(document) : nameof(context));
        }

        AddComponents(document, Definitions(context.ApplicationServices), replace: true);
        return Task.CompletedTask;
    }

    // Each definition as a component schema of its name; one the generator made for a type of the same name is
    // given the definition's shape.
    private static void AddComponents(OpenApiDocument document, Dictionary<string, JsonElement> definitions, bool replace)
    {
        foreach (var (name, definition) in definitions)
        {
            var existing = document.Components?.Schemas is { } schemas && schemas.TryGetValue(name, out var found) ? found : null;
            if (existing is null)
            {
                document.AddComponent(name, Convert(definition, document));
            }
            else if (replace && existing is OpenApiSchema schema && Convert(definition, document) is OpenApiSchema converted)
            {
                Replace(schema, converted);
            }
        }
    }

    private Dictionary<string, JsonElement> Definitions(IServiceProvider services)
    {
        var catalogue = services.GetService<IOptions<SafetyModelOptions>>()?.Value.Catalogue ?? RecordCatalogue.Default;
        lock (_gate)
        {
            if (_definitions is null || !ReferenceEquals(catalogue, _catalogue))
            {
                using var schema = JsonDocument.Parse(SafetyJson.GetSchema(catalogue));
                _definitions = schema.RootElement.GetProperty("$defs").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal);
                _catalogue = catalogue;
            }

            return _definitions;
        }
    }

    // The definition of a type of the contract: a definition named as the type (Inspection, Quantity, InspectionType,
    // divisionCode for DivisionCode), Record for IRecord, date and dateTime for NodaTime's dates.
    private static string? DefinitionOf(Type type, Dictionary<string, JsonElement> definitions)
    {
        var name = type.FullName switch
        {
            "NodaTime.LocalDate" => "date",
            "NodaTime.LocalDateTime" or "NodaTime.Instant" or "NodaTime.OffsetDateTime" => "dateTime",
            "SafetyModel.Primitives.IRecord" => "Record",
            _ when type.Namespace?.StartsWith("SafetyModel", StringComparison.Ordinal) == true && !type.IsGenericType => type.Name,
            _ => null,
        };
        if (name is null)
        {
            return null;
        }

        return definitions.ContainsKey(name) ? name
            : definitions.Keys.FirstOrDefault(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase));
    }

    private static IOpenApiSchema Convert(JsonElement element, OpenApiDocument? document)
    {
        if (element.ValueKind == JsonValueKind.True)
        {
            return new OpenApiSchema();
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return new OpenApiSchema { Not = new OpenApiSchema() };
        }

        var description = element.TryGetProperty("description", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() : null;
        if (element.TryGetProperty("$ref", out var reference) && reference.GetString() is { } target && target.StartsWith(DefinitionPrefix, StringComparison.Ordinal))
        {
            var referenced = new OpenApiSchemaReference(target.Substring(DefinitionPrefix.Length), document);
            if (description is not null)
            {
                referenced.Description = description;
            }

            return referenced;
        }

        var schema = new OpenApiSchema { Description = description };
        foreach (var member in element.EnumerateObject())
        {
            var value = member.Value;
            switch (member.Name)
            {
                case "type":
                    schema.Type = value.ValueKind == JsonValueKind.Array
                        ? value.EnumerateArray().Select(v => TypeOf(v.GetString())).Aggregate((JsonSchemaType)0, (a, b) => a | b)
                        : TypeOf(value.GetString());
                    break;
                case "title":
                    schema.Title = value.GetString();
                    break;
                case "format":
                    schema.Format = value.GetString();
                    break;
                case "pattern":
                    schema.Pattern = value.GetString();
                    break;
                case "const":
                    schema.Const = value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText();
                    break;
                case "enum":
                    schema.Enum = value.EnumerateArray().Select(v => JsonNode.Parse(v.GetRawText())!).ToList();
                    break;
                case "default":
                    schema.Default = JsonNode.Parse(value.GetRawText());
                    break;
                case "examples":
                    schema.Examples = value.EnumerateArray().Select(v => JsonNode.Parse(v.GetRawText())!).ToList();
                    break;
                case "minimum":
                    schema.Minimum = value.GetRawText();
                    break;
                case "maximum":
                    schema.Maximum = value.GetRawText();
                    break;
                case "minLength":
                    schema.MinLength = value.GetInt32();
                    break;
                case "maxLength":
                    schema.MaxLength = value.GetInt32();
                    break;
                case "minItems":
                    schema.MinItems = value.GetInt32();
                    break;
                case "maxItems":
                    schema.MaxItems = value.GetInt32();
                    break;
                case "properties":
                    schema.Properties = value.EnumerateObject().ToDictionary(p => p.Name, p => Convert(p.Value, document), StringComparer.Ordinal);
                    break;
                case "required":
                    schema.Required = new HashSet<string>(value.EnumerateArray().Select(v => v.GetString()!), StringComparer.Ordinal);
                    break;
                case "items":
                    schema.Items = Convert(value, document);
                    break;
                case "additionalProperties":
                    if (value.ValueKind == JsonValueKind.False)
                    {
                        schema.AdditionalPropertiesAllowed = false;
                    }
                    else if (value.ValueKind == JsonValueKind.Object)
                    {
                        schema.AdditionalProperties = Convert(value, document);
                    }

                    break;
                case "anyOf":
                    schema.AnyOf = value.EnumerateArray().Select(v => Convert(v, document)).ToList();
                    break;
                case "oneOf":
                    schema.OneOf = value.EnumerateArray().Select(v => Convert(v, document)).ToList();
                    break;
                case "allOf":
                    schema.AllOf = value.EnumerateArray().Select(v => Convert(v, document)).ToList();
                    break;
                default:
                    break;
            }
        }

        return schema;
    }

    private static JsonSchemaType TypeOf(string? name) => name switch
    {
        "string" => JsonSchemaType.String,
        "integer" => JsonSchemaType.Integer,
        "number" => JsonSchemaType.Number,
        "boolean" => JsonSchemaType.Boolean,
        "object" => JsonSchemaType.Object,
        "array" => JsonSchemaType.Array,
        "null" => JsonSchemaType.Null,
        _ => throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"The contract's schema names the type “{name}”, which JSON Schema does not have.")),
    };

    private static void Replace(OpenApiSchema target, OpenApiSchema source)
    {
        target.Type = source.Type;
        target.Title = source.Title;
        target.Description = source.Description;
        target.Format = source.Format;
        target.Pattern = source.Pattern;
        if (source.Const is not null || target.Const is not null)
        {
            target.Const = source.Const;
        }

        target.Enum = source.Enum;
        target.Default = source.Default;
        target.Examples = source.Examples;
        target.Minimum = source.Minimum;
        target.Maximum = source.Maximum;
        target.MinLength = source.MinLength;
        target.MaxLength = source.MaxLength;
        target.MinItems = source.MinItems;
        target.MaxItems = source.MaxItems;
        target.Properties = source.Properties;
        target.Required = source.Required;
        target.Items = source.Items;
        target.AdditionalProperties = source.AdditionalProperties;
        target.AdditionalPropertiesAllowed = source.AdditionalPropertiesAllowed;
        target.AnyOf = source.AnyOf;
        target.OneOf = source.OneOf;
        target.AllOf = source.AllOf;
        target.Not = source.Not;
    }
}
