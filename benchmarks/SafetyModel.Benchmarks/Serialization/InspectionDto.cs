using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;

namespace SafetyModel.Benchmarks.Serialization;

/// <summary>The same shape as the contract's inspection, as a plain mutable DTO of strings and lists (the peers' model).</summary>
public sealed class InspectionDto
{
    public string Type { get; set; } = "inspection";

    public string Id { get; set; } = string.Empty;

    public string? Division { get; set; }

    public DateOnly Start { get; set; }

    public DateOnly? End { get; set; }

    public List<string> Types { get; set; } = new();

    public string? InspectingBody { get; set; }

    public List<string> Inspected { get; set; } = new();

    public string? CampaignId { get; set; }

    public int? HazardsFound { get; set; }
}

/// <summary>The envelope of the DTO peer: the same bytes as <see cref="SafetyModel.Serialization.RecordSet"/>.</summary>
public sealed class RecordSetDto
{
    public string SchemaVersion { get; set; } = "1.0";

    public List<InspectionDto> Records { get; set; } = new();
}

/// <summary>The peer: System.Text.Json's source generator over the DTOs, camelCase, nulls omitted.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(RecordSetDto))]
internal sealed partial class DtoContext : JsonSerializerContext
{
}
