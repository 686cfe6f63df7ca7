using System;
using System.Collections.Generic;
using NodaTime;
using SafetyModel.Contract;
using SafetyModel.Diagnostics;
using SafetyModel.Primitives;

namespace SafetyModel.Work;

/// <summary>
/// A hidden hazard (事故隐患) in a hazard register: its level (一般 / 重大, 安监总局令第16号), what and where it is, when it
/// was found, the deadline for rectification, and its status (found → rectifying → rectified → verified).
/// </summary>
/// <remarks>
/// <para>Built with an object initializer; holds what it is given, so that validation can report what is wrong. Lists are copied when set.</para>
/// <para>
/// The history (<see cref="Events"/>) and the register's columns (<see cref="Status"/>, <see cref="RectificationDeadline"/>,
/// <see cref="RectifiedOn"/>, <see cref="VerifiedOn"/>) are both kept as stated: the columns are what a register (台账)
/// shows and what the measures count; the history is the evidence. When a hazard has a history, validation reports
/// columns that disagree with it (<c>SM4027</c>, <c>SM4028</c>), and <see cref="StandingOn"/> reads the history.
/// </para>
/// </remarks>
[ContractObject("hazard", Order = 2)]
public sealed partial class Hazard : IUnitLinked, IEquatable<Hazard>
{
    private readonly MajorHazardCriterion[] _majorBasis = Array.Empty<MajorHazardCriterion>();
    private readonly HazardEvent[] _events = Array.Empty<HazardEvent>();

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

    /// <summary>
    /// Gets the basis of a 重大 grading: the clauses of the sector standard it meets (判定依据, such as
    /// <see cref="MajorHazardCriterion.IndustryTrade2023Article3Item2"/>). Empty for a 一般 hazard.
    /// </summary>
    [ContractMember("majorBasis")]
    public IReadOnlyList<MajorHazardCriterion> MajorBasis { get => _majorBasis; init => _majorBasis = Sequences.Copy(value, nameof(MajorBasis)); }

    /// <summary>Gets the person responsible for the rectification (整改责任人).</summary>
    [ContractMember("responsiblePerson")]
    public string? ResponsiblePerson { get; init; }

    /// <summary>Gets the name of the unit responsible (责任单位, usually the 生产经营单位 where the hazard is).</summary>
    [ContractMember("responsibleUnit")]
    public string? ResponsibleUnit { get; init; }

    /// <summary>Gets the funds spent on the rectification (整改资金), in 万元, if recorded; summed by <c>Measure.HazardFunds</c>.</summary>
    [ContractMember("fundsTenThousandYuan")]
    public decimal? FundsTenThousandYuan { get; init; }

    /// <summary>Gets, for a 重大 hazard, its treatment plan (治理方案, 安监总局令第16号 第十五条).</summary>
    [ContractMember("treatmentPlan")]
    public HazardTreatmentPlan? TreatmentPlan { get; init; }

    /// <summary>
    /// Gets the hazard's history, in the order the events happened (<c>/events/3/date</c> in JSON): 上报, 交办, 整改, 复查,
    /// 销号, 延期, 挂牌督办, 约谈. Empty for a register without history. <see cref="HazardLifecycle.Transitions"/> says which
    /// event may follow which.
    /// </summary>
    [ContractMember("events")]
    public IReadOnlyList<HazardEvent> Events { get => _events; init => _events = Sequences.Copy(value, nameof(Events)); }

    /// <summary>Gets a value indicating whether the hazard is listed for supervision (挂牌督办): its history has an escalation.</summary>
    public bool IsListed => Array.Exists(_events, e => e?.Kind == HazardEventKind.Escalated);

    /// <summary>Returns where the hazard stands on a day: state, deadline, overdue, days open and overdue (<see cref="HazardLifecycle.StandingOn"/>).</summary>
    /// <param name="on">The day.</param>
    /// <returns>The standing.</returns>
    public HazardStanding StandingOn(LocalDate on) => HazardLifecycle.StandingOn(this, on);

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
    public override string ToString() => $"{Id} {(Level == HazardLevel.Major ? "重大" : "一般")}事故隐患 {Description} ({HazardStatuses.ChineseName(Status)})";
}
