using System;
using NodaTime;
using SafetyModel.Contract;
using SafetyModel.Diagnostics;
using SafetyModel.Primitives;

namespace SafetyModel.Work;

/// <summary>
/// A hidden hazard (事故隐患) in a hazard register: its level (一般 / 重大, 安监总局令第16号), what and where it is, when it
/// was found, the deadline for rectification, and its status (found → rectifying → rectified → verified).
/// </summary>
/// <remarks>Built with an object initializer; holds what it is given, so that validation can report what is wrong.</remarks>
[ContractObject("hazard", Order = 2)]
public sealed partial class Hazard : IUnitLinked, IEquatable<Hazard>
{
    /// <summary>Gets the record's identifier, unique within a batch.</summary>
    [ContractMember("id")]
    public string Id { get; init; } = string.Empty;

    /// <summary>Gets the division where the hazard is.</summary>
    [ContractMember("division")]
    public DivisionCode Division { get; init; }

    /// <summary>Gets 隐患等级: general (一般事故隐患) or major (重大事故隐患), as graded by the 判定标准 that applies.</summary>
    [ContractMember("level")]
    public HazardLevel Level { get; init; } = HazardLevel.General;

    /// <summary>Gets what the hazard is.</summary>
    [ContractMember("description")]
    public string Description { get; init; } = string.Empty;

    /// <summary>Gets where it is: a unit, a site or a place.</summary>
    [ContractMember("place")]
    public string? Place { get; init; }

    /// <summary>Gets the sector it belongs to, if recorded.</summary>
    [ContractMember("sector")]
    public Sector? Sector { get; init; }

    /// <summary>Gets the id of the supervised unit the hazard is in (<see cref="SupervisedUnit"/>), if recorded.</summary>
    [ContractMember("unitId")]
    public string? UnitId { get; init; }

    /// <summary>Gets the inspection that found it, if recorded.</summary>
    [ContractMember("inspectionId")]
    public string? InspectionId { get; init; }

    /// <summary>Gets the day it was found.</summary>
    [ContractMember("foundOn", Required = true)]
    public LocalDate FoundOn { get; init; }

    /// <summary>Gets the rectification deadline, if one was set.</summary>
    [ContractMember("rectificationDeadline")]
    public LocalDate? RectificationDeadline { get; init; }

    /// <summary>Gets where the hazard stands in its rectification: found, being rectified, rectified (整改完成) or verified (验收).</summary>
    [ContractMember("status")]
    public HazardStatus Status { get; init; }

    /// <summary>Gets the day it was rectified, if it was.</summary>
    [ContractMember("rectifiedOn")]
    public LocalDate? RectifiedOn { get; init; }

    /// <summary>Gets the day the rectification was verified, if it was.</summary>
    [ContractMember("verifiedOn")]
    public LocalDate? VerifiedOn { get; init; }

    /// <summary>Gets a value indicating whether the hazard has been rectified (rectified or verified).</summary>
    public bool IsRectified => Status >= HazardStatus.Rectified;

    /// <summary>Returns whether the hazard is overdue on a day: not rectified and past its deadline.</summary>
    /// <param name="today">The day to judge on.</param>
    /// <returns><see langword="true"/> when unrectified after its deadline.</returns>
    public bool IsOverdueOn(LocalDate today) => !IsRectified && RectificationDeadline is { } deadline && today > deadline;

    /// <summary>Returns whether the hazard is overdue now, by a clock, in a zone (China Standard Time by default).</summary>
    /// <param name="clock">The clock.</param>
    /// <param name="zone">The zone, or <see langword="null"/> for Asia/Shanghai.</param>
    /// <returns><see langword="true"/> when unrectified after its deadline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is <see langword="null"/>.</exception>
    public bool IsOverdue(IClock clock, DateTimeZone? zone = null) =>
        IsOverdueOn((clock ?? throw new ArgumentNullException(nameof(clock))).GetCurrentInstant().InZone(zone ?? DateTimeZoneProviders.Tzdb["Asia/Shanghai"]).Date);

    /// <inheritdoc />
    LocalDate? IRecord.ReferenceDate => FoundOn;

    /// <summary>Returns the id, level, description and status.</summary>
    /// <returns>A readable one-line description.</returns>
    public override string ToString() => $"{Id} {(Level == HazardLevel.Major ? "重大" : "一般")}事故隐患 {Description} ({Status})";
}
