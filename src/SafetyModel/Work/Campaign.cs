using System;
using System.Collections.Generic;
using NodaTime;
using SafetyModel.Contract;
using SafetyModel.Diagnostics;
using SafetyModel.Primitives;

namespace SafetyModel.Work;

/// <summary>
/// A campaign or special action (专项行动): its kind, name, period, theme and lead body, and the activities and
/// inspections carried out under it. <see cref="SafetyMonth"/> builds the yearly 安全生产月.
/// </summary>
[ContractObject("campaign", Order = 6)]
public sealed partial class Campaign : IRecord, IEquatable<Campaign>
{
    private readonly string[] _activityIds = Array.Empty<string>();
    private readonly string[] _inspectionIds = Array.Empty<string>();

    /// <summary>Gets the record's identifier, unique within a batch.</summary>
    [ContractMember("id")]
    public string Id { get; init; } = string.Empty;

    /// <summary>Gets the kind of campaign (安全生产月, 专项整治, 大排查大整治 …).</summary>
    [ContractMember("kind")]
    public CampaignKind Kind { get; init; }

    /// <summary>Gets the name, such as 2022年“安全生产月”活动.</summary>
    [ContractMember("name")]
    public string Name { get; init; } = string.Empty;

    /// <summary>Gets the period the campaign runs over.</summary>
    [ContractMember("period")]
    public ReportingPeriod? Period { get; init; }

    /// <summary>Gets the theme (主题), if any.</summary>
    [ContractMember("theme")]
    public string? Theme { get; init; }

    /// <summary>Gets the body that leads the campaign.</summary>
    [ContractMember("leadBody")]
    public string? LeadBody { get; init; }

    /// <summary>Gets the division the campaign covers.</summary>
    [ContractMember("division")]
    public DivisionCode Division { get; init; }

    /// <summary>Gets the ids of the activities carried out under it.</summary>
    [ContractMember("activityIds")]
    public IReadOnlyList<string> ActivityIds { get => _activityIds; init => _activityIds = Sequences.Copy(value, nameof(ActivityIds)); }

    /// <summary>Gets the ids of the inspections carried out under it.</summary>
    [ContractMember("inspectionIds")]
    public IReadOnlyList<string> InspectionIds { get => _inspectionIds; init => _inspectionIds = Sequences.Copy(value, nameof(InspectionIds)); }

    /// <summary>Returns whether a day falls within the campaign's period.</summary>
    /// <param name="date">The day.</param>
    /// <returns><see langword="true"/> when the campaign has a period and the day lies in it.</returns>
    public bool Covers(LocalDate date) => Period?.Contains(date) ?? false;

    /// <inheritdoc />
    LocalDate? IRecord.ReferenceDate => Period?.Start;

    /// <summary>Returns the name and period.</summary>
    /// <returns>A readable one-line description.</returns>
    public override string ToString() => $"{Name} ({Period?.ChineseName})";
}
