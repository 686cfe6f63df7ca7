using System;
using System.Linq;
using SafetyModel.Accidents;
using SafetyModel.Primitives;
using SafetyModel.Validation;
using SafetyModel.Work;

namespace SafetyModel.Records;

/// <summary>
/// The declarations of the built-in record kinds — what each adds to the built-in measures, its values for the
/// built-in dimensions and its rules. <see cref="RecordCatalogue.Default"/> holds them all.
/// </summary>
public static class RecordKinds
{
    /// <summary>Gets 检查 (<c>inspection</c>): adds to inspections, the hazards it states it found and the units it names; by inspection type (every type it has) and campaign.</summary>
    public static RecordKind<Inspection> Inspection { get; } = new RecordKind<Inspection>("inspection", "检查", "inspection", "start")
        .WithCount(Measure.Inspections)
        .WithCount(Measure.InspectionHazardsFound, i => i.HazardsFound ?? 0, "hazardsFound")
        .WithDistinct(Measure.InspectedUnits, i => i.Inspected)
        .WithDimension(AggregationDimension.InspectionType, i => i.TypesArray, t => new DimensionValue(t.Code, t.ChineseName), "types")
        .WithDimension(AggregationDimension.Campaign, i => new DimensionValue(i.CampaignId ?? string.Empty));

    /// <summary>Gets 隐患 (<c>hazard</c>): adds to hazards found, rectified, overdue, listed (挂牌督办) and closed (销号) and to the rectification funds; by sector and level; <see cref="RecordRules.Hazards"/>.</summary>
    public static RecordKind<Hazard> Hazard { get; } = new RecordKind<Hazard>("hazard", "隐患", "hazard", "foundOn")
        .WithCount(Measure.HazardsFound)
        .WithCount(Measure.HazardsRectified, h => h.IsRectified ? 1 : 0)
        .WithCountOn(Measure.HazardsOverdue, (h, day) => h.IsOverdueOn(day) ? 1 : 0)
        .WithCount(Measure.HazardsListed, h => h.IsListed ? 1 : 0)
        .WithCount(Measure.HazardsClosed, h => h.Status == HazardStatus.Verified ? 1 : 0)
        .WithSum(Measure.HazardFunds, h => h.FundsTenThousandYuan ?? 0m, "fundsTenThousandYuan")
        .WithDimension(AggregationDimension.Sector, h => h.Sector is { } sector ? new DimensionValue(sector.Code, sector.ChineseName) : default)
        .WithDimension(AggregationDimension.HazardLevel, h => h.Level == HazardLevel.Major ? new DimensionValue("major", "重大隐患") : new DimensionValue("general", "一般隐患"))
        .WithRules(RecordRules.Hazards);

    /// <summary>Gets 会议 (<c>meeting</c>): adds to meetings.</summary>
    public static RecordKind<Meeting> Meeting { get; } = new RecordKind<Meeting>("meeting", "会议", "meeting", "date")
        .WithCount(Measure.Meetings);

    /// <summary>Gets 宣传 (<c>publicity</c>): adds to the people reached; by campaign.</summary>
    public static RecordKind<PublicityActivity> Publicity { get; } = new RecordKind<PublicityActivity>("publicity", "宣传", "publicity", "date")
        .WithPeople(Measure.PeopleReached, p => p.PeopleReached, "peopleReached")
        .WithDimension(AggregationDimension.Campaign, p => new DimensionValue(p.CampaignId ?? string.Empty));

    /// <summary>Gets 培训 (<c>training</c>): adds to trainings and the people trained.</summary>
    public static RecordKind<Training> Training { get; } = new RecordKind<Training>("training", "培训", "training", "date")
        .WithCount(Measure.Trainings)
        .WithPeople(Measure.PeopleTrained, t => t.PeopleTrained, "peopleTrained");

    /// <summary>Gets 专项行动 (<c>campaign</c>), dated by the first day of its period; <see cref="CampaignRules.Default"/>.</summary>
    public static RecordKind<Campaign> Campaign { get; } = new RecordKind<Campaign>("campaign", "专项行动", "campaign", "period")
        .WithRules(CampaignRules.Default);

    /// <summary>
    /// Gets 事故 (<c>accident</c>): adds to accidents, deaths, injuries, the missing and the direct loss; by the grade its
    /// figures reach (国务院令第493号 第三条) and its category; <see cref="RecordRules.Accidents"/>.
    /// </summary>
    public static RecordKind<Accident> Accident { get; } = new RecordKind<Accident>("accident", "事故", "accident", "occurredAt")
        .WithCount(Measure.Accidents)
        .WithCount(Measure.Deaths, a => a.Deaths, "deaths")
        .WithCount(Measure.SeriousInjuries, a => a.SeriousInjuries, "seriousInjuries")
        .WithCount(Measure.MinorInjuries, a => a.MinorInjuries, "minorInjuries")
        .WithCount(Measure.Missing, a => a.Missing, "missing")
        .WithSum(Measure.DirectLoss, a => a.DirectLossTenThousandYuan, "directLossTenThousandYuan")
        .WithDimension(AggregationDimension.AccidentGrade, a => GradeOf(a))
        .WithReader(new AccidentCategoryReader())
        .WithRules(RecordRules.Accidents);

    /// <summary>
    /// Gets 生产经营单位 (<c>unit</c>), a supervised unit: adds to the records only; by its own id and name
    /// (<see cref="AggregationDimension.Unit"/>) and its GB/T 4754-2017 门类 (<see cref="AggregationDimension.Industry"/>);
    /// <see cref="UnitRules.Default"/>.
    /// </summary>
    public static RecordKind<SupervisedUnit> Unit { get; } = new RecordKind<SupervisedUnit>("unit", "生产经营单位", "supervised unit", "registeredOn")
        .WithDimension(AggregationDimension.Unit, u => new DimensionValue(u.Id, u.Name.Length > 0 ? u.Name : null))
        .WithDimension(AggregationDimension.Industry, u => UnitLinkReader.IndustryOf(u))
        .WithDimension(AggregationDimension.Sector, u => u.Sector is { } sector ? new DimensionValue(sector.Code, sector.ChineseName) : default)
        .WithRules(UnitRules.Default);

    /// <summary>
    /// Gets 执法 (<c>enforcement</c>), an enforcement document: adds to the enforcement statistics (安全生产行政执法统计调查制度) —
    /// documents of every kind, inspections and the units they name (现场检查记录), rectification orders and reviews,
    /// penalty decisions and their fines (元), suspension orders and closures requested; by document kind, and by unit and
    /// industry through its <c>unitId</c>; <see cref="EnforcementRules.Default"/>.
    /// </summary>
    public static RecordKind<EnforcementAction> Enforcement { get; } = new RecordKind<EnforcementAction>("enforcement", "执法", "enforcement action", "issuedOn")
        .WithCount(Measure.EnforcementDocuments)
        .WithCount(Measure.EnforcementInspections, a => a.Kind == EnforcementDocumentKind.OnSiteInspectionRecord ? 1 : 0)
        .WithDistinct(Measure.EnforcementUnitsInspected, a => a.Kind == EnforcementDocumentKind.OnSiteInspectionRecord && !string.IsNullOrEmpty(a.UnitId) ? new[] { a.UnitId! } : Array.Empty<string>())
        .WithCount(Measure.RectificationOrders, a => a.Kind == EnforcementDocumentKind.RectificationOrder ? 1 : 0)
        .WithCount(Measure.RectificationReviews, a => a.Kind == EnforcementDocumentKind.RectificationReview ? 1 : 0)
        .WithCount(Measure.PenaltyDecisions, a => a.Kind == EnforcementDocumentKind.PenaltyDecision ? 1 : 0)
        .WithSum(Measure.Fines, a => a.FineYuan ?? 0m, "fineYuan")
        .WithCount(Measure.SuspensionOrders, a => a.Kind == EnforcementDocumentKind.SuspensionOrder ? 1 : 0)
        .WithCount(Measure.ClosuresRequested, a => a.ClosureRequested ? 1 : 0)
        .WithDimension(AggregationDimension.EnforcementDocument, a => EnforcementDocuments.IsDefined(a.Kind)
            ? new DimensionValue(EnumCodes.Of(a.Kind), EnforcementDocuments.ChineseName(a.Kind))
            : default)
        .WithRules(EnforcementRules.Default);

    private static DimensionValue GradeOf(Accident accident)
    {
        var grade = AccidentGrading.Grade(accident.Deaths, accident.SeriousInjuries, accident.DirectLossTenThousandYuan);
        return new DimensionValue(EnumCodes.Of(grade), AccidentGrading.ChineseName(grade));
    }
}
