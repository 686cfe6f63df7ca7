using System.Collections.Generic;
using System.IO;
using NodaTime;
using SafetyModel.Cli.Output;
using SafetyModel.Documents;
using SafetyModel.Primitives;
using SafetyModel.Work;

namespace SafetyModel.Cli.Demo;

/// <summary>
/// The demo's hazard: a synthetic 重大 hazard of a unit in 乌兰陶勒盖镇 through its whole life — reported, assigned,
/// listed by the banner, extended, interviewed, re-checked (failed, then passed by the listing body) and closed — and
/// where it stood on a few days.
/// </summary>
internal static class DemoHazard
{
    public static Hazard Create()
    {
        var found = new LocalDate(DemoDataset.Year, 3, 12);
        const string Town = "乌兰陶勒盖镇应急管理办公室";
        const string Banner = "乌审旗安全生产委员会";
        return new Hazard
        {
            Id = "H-DEMO-1",
            Division = DivisionCode.Parse("150626103000"),
            Level = HazardLevel.Major,
            Description = "特种作业人员未取得相应资格上岗作业（电焊）",
            Place = "某建材企业生产车间",
            Sector = Sector.IndustryAndTrade,
            FoundOn = found,
            MajorBasis = new[] { MajorHazardCriterion.IndustryTrade2023Article3Item2 },
            ResponsiblePerson = "企业主要负责人",
            ResponsibleUnit = "某建材企业",
            UnitId = DemoUnit.Id,
            FundsTenThousandYuan = 3.2m,
            TreatmentPlan = new HazardTreatmentPlan
            {
                Goals = "持证上岗", Measures = "停止无证人员作业，组织培训考核", FundsTenThousandYuan = 3.5m, Responsible = "企业主要负责人、安全管理人员",
                TimeLimit = found.PlusDays(45), SafetyMeasures = "动火作业停止", EmergencyPlan = "火灾专项应急预案",
            },
            Events = new[]
            {
                new HazardEvent { Kind = HazardEventKind.Reported, Date = found, By = Town },
                new HazardEvent { Kind = HazardEventKind.Assigned, Date = found.PlusDays(1), By = Town, Assignee = "某建材企业", Deadline = found.PlusDays(30) },
                new HazardEvent { Kind = HazardEventKind.Escalated, Date = found.PlusDays(3), By = Banner, Level = SupervisionLevel.County, DocumentNumber = DocumentNumber.Parse($"乌安委发〔{DemoDataset.Year}〕8号") },
                new HazardEvent { Kind = HazardEventKind.RectificationStarted, Date = found.PlusDays(4), By = "某建材企业" },
                new HazardEvent { Kind = HazardEventKind.DeadlineExtended, Date = found.PlusDays(28), By = Banner, Reason = "培训考核排期", Deadline = found.PlusDays(45) },
                new HazardEvent { Kind = HazardEventKind.RectificationReported, Date = found.PlusDays(38), By = "某建材企业" },
                new HazardEvent { Kind = HazardEventKind.Rechecked, Date = found.PlusDays(40), By = Banner, Outcome = RecheckOutcome.Failed, Note = "一人证书未取得" },
                new HazardEvent { Kind = HazardEventKind.Interviewed, Date = found.PlusDays(46), By = Banner, Note = "逾期约谈企业主要负责人" },
                new HazardEvent { Kind = HazardEventKind.RectificationReported, Date = found.PlusDays(50), By = "某建材企业" },
                new HazardEvent { Kind = HazardEventKind.Rechecked, Date = found.PlusDays(52), By = Banner, Outcome = RecheckOutcome.Passed },
                new HazardEvent { Kind = HazardEventKind.Closed, Date = found.PlusDays(53), By = Banner },
            },
            Status = HazardStatus.Verified,
            RectificationDeadline = found.PlusDays(45),
            RectifiedOn = found.PlusDays(50),
            VerifiedOn = found.PlusDays(53),
        };
    }

    /// <summary>The days the demo shows the hazard's standing on.</summary>
    public static IReadOnlyList<LocalDate> Days(Hazard hazard) => new[] { hazard.FoundOn.PlusDays(20), hazard.FoundOn.PlusDays(48), hazard.FoundOn.PlusDays(60) };

    public static void Write(TextWriter output, Hazard hazard, Language language)
    {
        output.WriteLine(SafeText.ForTerminal($"  {hazard.Id} {hazard.Description} — {hazard.ResponsibleUnit}", SafeText.MessageLimit));
        foreach (var e in hazard.Events)
        {
            var detail = e.Kind switch
            {
                HazardEventKind.Assigned => language.Pick($" to {e.Assignee}, deadline {e.Deadline:uuuu-MM-dd}", $" 交{e.Assignee}，期限{e.Deadline:uuuu-MM-dd}"),
                HazardEventKind.DeadlineExtended => language.Pick($" to {e.Deadline:uuuu-MM-dd} ({e.Reason})", $" 至{e.Deadline:uuuu-MM-dd}（{e.Reason}）"),
                HazardEventKind.Escalated => $" {HazardLifecycle.ChineseName(e.Level!.Value)} {e.DocumentNumber}",
                HazardEventKind.Rechecked => e.Outcome == RecheckOutcome.Passed ? language.Pick(" passed", " 合格") : language.Pick(" failed", " 不合格"),
                _ => string.Empty,
            };
            output.WriteLine(SafeText.ForTerminal($"    {e}{detail}{(e.Note is null ? string.Empty : "：" + e.Note)}", SafeText.MessageLimit));
        }

        foreach (var day in Days(hazard))
        {
            output.WriteLine(SafeText.ForTerminal($"  {hazard.StandingOn(day)}", SafeText.MessageLimit));
        }
    }
}
