using System;
using System.Collections.Generic;
using NodaTime;
using SafetyModel.Contract;
using SafetyModel.Diagnostics;
using SafetyModel.Primitives;

namespace SafetyModel.Work;

/// <summary>
/// A safety inspection (安全检查) in an inspection log: when (a day or a run of days), where, of what kind(s), by whom,
/// of which units or places, under which campaign, and how many hidden hazards it found.
/// </summary>
/// <remarks>Built with an object initializer; collections are copied when set. Equality compares every member.</remarks>
[ContractObject("inspection", Order = 1)]
public sealed partial class Inspection : IUnitLinked, IEquatable<Inspection>
{
    private readonly InspectionType[] _types = Array.Empty<InspectionType>();
    private readonly string[] _inspected = Array.Empty<string>();

    /// <summary>Gets the record's identifier, unique within a batch.</summary>
    [ContractMember("id")]
    public string Id { get; init; } = string.Empty;

    /// <summary>Gets the division where the inspection took place.</summary>
    [ContractMember("division")]
    public DivisionCode Division { get; init; }

    /// <summary>Gets the first (or only) day of the inspection.</summary>
    [ContractMember("start", Required = true)]
    public LocalDate Start { get; init; }

    /// <summary>Gets the last day, for an inspection over several days; otherwise <see langword="null"/>.</summary>
    [ContractMember("end")]
    public LocalDate? End { get; init; }

    /// <summary>Gets the kinds of inspection (a holiday inspection of fire safety has two).</summary>
    [ContractMember("types")]
    public IReadOnlyList<InspectionType> Types { get => _types; init => _types = Sequences.Copy(value, nameof(Types)); }

    /// <summary>The types as the array the inspection owns, for loops that must not go through an interface (aggregation). Never modified.</summary>
    internal InspectionType[] TypesArray => _types;

    /// <summary>Gets the body that inspected, such as 乌兰陶勒盖镇安全生产委员会.</summary>
    [ContractMember("inspectingBody")]
    public string? InspectingBody { get; init; }

    /// <summary>Gets the units or places inspected.</summary>
    [ContractMember("inspected")]
    public IReadOnlyList<string> Inspected { get => _inspected; init => _inspected = Sequences.Copy(value, nameof(Inspected)); }

    /// <summary>Gets the id of the supervised unit inspected (<see cref="SupervisedUnit"/>), when the inspection is of one unit; <see cref="Inspected"/> names the units and places as written.</summary>
    [ContractMember("unitId")]
    public string? UnitId { get; init; }

    /// <summary>Gets the campaign the inspection belongs to, if any.</summary>
    [ContractMember("campaignId")]
    public string? CampaignId { get; init; }

    /// <summary>Gets the number of hidden hazards found, if recorded.</summary>
    [ContractMember("hazardsFound")]
    public int? HazardsFound { get; init; }

    /// <summary>Gets the days of the inspection.</summary>
    public DateInterval Days => new(Start, End is { } end && end >= Start ? end : Start);

    /// <inheritdoc />
    LocalDate? IRecord.ReferenceDate => Start;

    /// <summary>Returns the id, day and kinds.</summary>
    /// <returns>A readable one-line description.</returns>
    public override string ToString() => $"{Id} {Start:uuuu-MM-dd} {string.Join("、", (IEnumerable<InspectionType>)_types)}";
}
