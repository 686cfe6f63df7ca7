using System;
using NodaTime;
using SafetyModel.Contract;
using SafetyModel.Diagnostics;
using SafetyModel.Primitives;

namespace SafetyModel.Accidents;

/// <summary>
/// A work-safety accident (生产安全事故) record: when and where, its category, its casualties and direct loss, and
/// the grade those figures give under 国务院令第493号, with the reporting deadlines that follow.
/// </summary>
/// <remarks>
/// <para>
/// Built with an object initializer. The record holds what it is given, even figures that break the rules (negative
/// counts, a stated grade that the figures contradict), so that validation can report them; <see cref="Assessment"/>
/// reads negative figures as 0.
/// </para>
/// <para>
/// Missing persons (失踪) are kept apart from deaths and not graded: the regulation's text grades on deaths; some
/// statistical systems count missing persons as deaths after 30 days — add them yourself where yours does.
/// </para>
/// </remarks>
[ContractObject("accident", Order = 7)]
public sealed partial class Accident : IUnitLinked, IEquatable<Accident>
{
    /// <summary>Gets the record's identifier, unique within a batch.</summary>
    [ContractMember("id")]
    public string Id { get; init; } = string.Empty;

    /// <summary>Gets when the accident happened (local time where it happened).</summary>
    [ContractMember("occurredAt", Required = true)]
    public LocalDateTime OccurredAt { get; init; }

    /// <summary>Gets where it happened, as described.</summary>
    [ContractMember("place")]
    public string? Place { get; init; }

    /// <summary>Gets the division where it happened.</summary>
    [ContractMember("division")]
    public DivisionCode Division { get; init; }

    /// <summary>Gets the id of the supervised unit (生产经营单位) where the accident happened, its record in the same batch (<c>SafetyModel.Work.SupervisedUnit</c>), if recorded.</summary>
    [ContractMember("unitId")]
    public string? UnitId { get; init; }

    /// <summary>Gets the category, in a versioned scheme such as GB 6441-1986.</summary>
    [ContractMember("category")]
    public AccidentCategory? Category { get; init; }

    /// <summary>Gets a value indicating whether it is a road-traffic accident (道路交通事故), which has a 7-day casualty revision window.</summary>
    [ContractMember("roadTraffic")]
    public bool RoadTraffic { get; init; }

    /// <summary>Gets the number of deaths.</summary>
    [ContractMember("deaths")]
    public int Deaths { get; init; }

    /// <summary>Gets the number of serious injuries, acute industrial poisoning (急性工业中毒) included.</summary>
    [ContractMember("seriousInjuries")]
    public int SeriousInjuries { get; init; }

    /// <summary>Gets the number of minor injuries.</summary>
    [ContractMember("minorInjuries")]
    public int MinorInjuries { get; init; }

    /// <summary>Gets the number of missing persons.</summary>
    [ContractMember("missing")]
    public int Missing { get; init; }

    /// <summary>Gets the direct economic loss, in 万元.</summary>
    [ContractMember("directLossTenThousandYuan")]
    public decimal DirectLossTenThousandYuan { get; init; }

    /// <summary>Gets the grade the record states, if it states one (checked against the figures by validation).</summary>
    [ContractMember("statedGrade")]
    public AccidentGrade? StatedGrade { get; init; }

    /// <summary>Gets when the unit head learned of the accident; <see langword="null"/> means at <see cref="OccurredAt"/>.</summary>
    [ContractMember("unitHeadInformedAt")]
    public LocalDateTime? UnitHeadInformedAt { get; init; }

    /// <summary>Gets when the unit reported to the county-level authority, if known.</summary>
    [ContractMember("reportedAt")]
    public LocalDateTime? ReportedAt { get; init; }

    /// <summary>Gets the grade the figures reach, criterion by criterion (negative figures read as 0).</summary>
    public AccidentGradeAssessment Assessment =>
        AccidentGrading.Assess(Math.Max(0, Deaths), Math.Max(0, SeriousInjuries), Math.Max(0m, DirectLossTenThousandYuan));

    /// <summary>Gets the grade the figures reach (国务院令第493号 第三条).</summary>
    public AccidentGrade Grade => Assessment.Grade;

    /// <summary>Gets a value indicating whether casualty changes must be re-reported within 7 days rather than 30: road traffic or fire (火灾).</summary>
    public bool HasShortRevisionWindow => RoadTraffic || Category?.ChineseName == "火灾";

    /// <summary>Gets the deadline of the unit's report: an hour after the unit head learned of the accident (第九条).</summary>
    public LocalDateTime ReportDeadline => AccidentReporting.UnitReportDeadline(UnitHeadInformedAt ?? OccurredAt);

    /// <summary>Gets a value indicating whether the unit reported after <see cref="ReportDeadline"/> (迟报); false when the report time is unknown.</summary>
    public bool ReportedLate => ReportedAt is { } reported && reported > ReportDeadline;

    /// <summary>Gets the last day on which casualty changes are re-reported (第十三条): 30 days, or 7 for road traffic and fire.</summary>
    public LocalDate CasualtyRevisionUntil =>
        OccurredAt.Date.PlusDays(HasShortRevisionWindow ? AccidentReporting.RoadTrafficAndFireRevisionDays : AccidentReporting.CasualtyRevisionDays);

    /// <summary>Gets the day the investigation report is due (第二十九条): 60 days after the accident.</summary>
    public LocalDate InvestigationReportDue => OccurredAt.Date.PlusDays(AccidentReporting.InvestigationReportDays);

    /// <inheritdoc />
    LocalDate? IRecord.ReferenceDate => OccurredAt.Date;

    /// <summary>Returns the id, time, category, casualties and grade.</summary>
    /// <returns>A readable one-line description.</returns>
    public override string ToString() =>
        $"{Id} {OccurredAt:uuuu-MM-dd HH:mm} {Category?.ChineseName ?? "?"}: {Deaths} dead, {SeriousInjuries} seriously injured, {DirectLossTenThousandYuan}万元 — {AccidentGrading.ChineseName(Grade)}";
}
