using NodaTime;
using SafetyModel.Documents;
using SafetyModel.Primitives;
using SafetyModel.Work;

namespace SafetyModel.Tests.Work;

/// <summary>
/// A generated year (2024) of a town's hazards with full histories: 120 hazards of eight shapes (fixed at once, assigned
/// and closed, overdue, extended, failed re-check, listed 重大 closed by the listing body, listed 重大 overdue and
/// interviewed, awaiting re-check), each hazard found three days after the one before, and fourteen impossible
/// histories, each with the issues it must give. Synthetic data for edge cases and volume.
/// </summary>
internal static class TownHazardYear
{
    public static readonly DivisionCode Town = DivisionCode.Parse("150626103000");
    public static readonly LocalDate Today = new(2025, 3, 31);
    public const string Town安监站 = "乌兰陶勒盖镇应急管理办公室";
    public const string County = "乌审旗安全生产委员会";
    public const int Shapes = 8;
    public const int Count = 120;

    private static readonly LocalDate FirstFound = new(2024, 1, 2);

    public static LocalDate FoundOn(int i) => FirstFound.PlusDays(3 * i);

    /// <summary>The valid hazards, <c>H-000</c> to <c>H-119</c>; shape = index % 8.</summary>
    public static IReadOnlyList<Hazard> Valid() => Enumerable.Range(0, Count).Select(Valid).ToArray();

    public static Hazard Valid(int i)
    {
        var f = FoundOn(i);
        HazardEvent E(HazardEventKind kind, int day, string? by = null) => new() { Kind = kind, Date = f.PlusDays(day), By = by };
        HazardEvent Assign(int day, int deadline) => new() { Kind = HazardEventKind.Assigned, Date = f.PlusDays(day), By = Town安监站, Assignee = "企业负责人", Deadline = f.PlusDays(deadline) };
        HazardEvent Recheck(int day, RecheckOutcome outcome, string by = Town安监站) => new() { Kind = HazardEventKind.Rechecked, Date = f.PlusDays(day), By = by, Outcome = outcome };
        HazardEvent Listing(int day) => new()
        {
            Kind = HazardEventKind.Escalated, Date = f.PlusDays(day), By = County, Level = SupervisionLevel.County, DocumentNumber = DocumentNumber.Parse($"乌安委发〔2024〕{i + 1}号"),
        };

        var reported = E(HazardEventKind.Reported, 0, "企业");
        var hazard = new Hazard
        {
            Id = $"H-{i:000}", Division = Town, FoundOn = f, Description = $"隐患{i}", Sector = Sector.IndustryAndTrade, ResponsiblePerson = "张三", ResponsibleUnit = $"企业{i % 7}",
            FundsTenThousandYuan = (i % 8) is 1 or 3 or 5 ? (i % 5) + 0.5m : null,
        };
        return (i % Shapes) switch
        {
            0 => With(hazard, HazardStatus.Verified, deadline: null, rectified: f.PlusDays(1), verified: f.PlusDays(4),
                reported, E(HazardEventKind.RectificationReported, 1, "企业"), Recheck(3, RecheckOutcome.Passed), E(HazardEventKind.Closed, 4, Town安监站)),
            1 => With(hazard, HazardStatus.Verified, f.PlusDays(15), f.PlusDays(10), f.PlusDays(13),
                reported, Assign(1, 15), E(HazardEventKind.RectificationStarted, 2, "企业"), E(HazardEventKind.RectificationReported, 10, "企业"), Recheck(12, RecheckOutcome.Passed), E(HazardEventKind.Closed, 13, Town安监站)),
            2 => With(hazard, HazardStatus.Rectifying, f.PlusDays(20), null, null,
                reported, Assign(1, 20), E(HazardEventKind.RectificationStarted, 2, "企业")),
            3 => With(hazard, HazardStatus.Verified, f.PlusDays(40), f.PlusDays(35), f.PlusDays(38),
                reported, Assign(1, 10), E(HazardEventKind.RectificationStarted, 2, "企业"),
                new HazardEvent { Kind = HazardEventKind.DeadlineExtended, Date = f.PlusDays(8), By = Town安监站, Reason = "设备到货延迟", Deadline = f.PlusDays(40) },
                E(HazardEventKind.RectificationReported, 35, "企业"), Recheck(37, RecheckOutcome.Passed), E(HazardEventKind.Closed, 38, Town安监站)),
            4 => With(hazard, HazardStatus.Verified, f.PlusDays(20), f.PlusDays(18), f.PlusDays(20),
                reported, Assign(1, 20), E(HazardEventKind.RectificationStarted, 2, "企业"), E(HazardEventKind.RectificationReported, 10, "企业"), Recheck(12, RecheckOutcome.Failed),
                E(HazardEventKind.RectificationReported, 18, "企业"), Recheck(19, RecheckOutcome.Passed), E(HazardEventKind.Closed, 20, Town安监站)),
            5 => Major(With(hazard, HazardStatus.Verified, f.PlusDays(60), f.PlusDays(50), f.PlusDays(56),
                reported, Assign(1, 60), Listing(2), E(HazardEventKind.RectificationStarted, 3, "企业"), E(HazardEventKind.Interviewed, 30, County),
                E(HazardEventKind.RectificationReported, 50, "企业"), Recheck(55, RecheckOutcome.Passed, County), E(HazardEventKind.Closed, 56, County))),
            6 => Major(With(hazard, HazardStatus.Rectifying, f.PlusDays(30), null, null,
                reported, Assign(1, 30), Listing(2), E(HazardEventKind.RectificationStarted, 3, "企业"), E(HazardEventKind.Interviewed, 40, County))),
            _ => With(hazard, HazardStatus.Rectified, f.PlusDays(15), f.PlusDays(5), null,
                reported, Assign(1, 15), E(HazardEventKind.RectificationReported, 5, "企业")),
        };
    }

    /// <summary>The impossible histories (<c>X-01</c> …), each with the (code, path) issues validation must give and nothing else.</summary>
    public static IReadOnlyList<(Hazard Hazard, (string Code, string Path)[] Issues)> Impossible()
    {
        var f = new LocalDate(2024, 6, 3);
        var basic = new Hazard { Division = Town, FoundOn = f, Description = "不可能的记录", Sector = Sector.FireSafety };
        var basicMajor = new Hazard { Division = Town, FoundOn = f, Description = "不可能的记录", Sector = Sector.FireSafety, Level = HazardLevel.Major };
        var basicLate = new Hazard { Division = Town, FoundOn = new LocalDate(2025, 3, 20), Description = "不可能的记录", Sector = Sector.FireSafety };
        HazardEvent E(HazardEventKind kind, int day, string? by = "企业") => new() { Kind = kind, Date = f.PlusDays(day), By = by };
        HazardEvent Assign(int day, int? deadline) => new() { Kind = HazardEventKind.Assigned, Date = f.PlusDays(day), By = Town安监站, Assignee = "企业负责人", Deadline = deadline is { } d ? f.PlusDays(d) : null };
        HazardEvent Recheck(int day, RecheckOutcome? outcome, string by = Town安监站) => new() { Kind = HazardEventKind.Rechecked, Date = f.PlusDays(day), By = by, Outcome = outcome };
        var reported = E(HazardEventKind.Reported, 0);
        var closedHistory = new[] { reported, Assign(1, 10), E(HazardEventKind.RectificationReported, 5), Recheck(6, RecheckOutcome.Passed), E(HazardEventKind.Closed, 7, Town安监站) };
        Hazard Id(Hazard h, int n) => Copy(h, $"X-{n:00}");
        var major = Major(With(basicMajor, HazardStatus.Verified, f.PlusDays(10), f.PlusDays(5), f.PlusDays(7), closedHistory));
        var withoutEmergencyPlan = Copy(major, major.Id, new HazardTreatmentPlan
        {
            Responsible = major.TreatmentPlan!.Responsible, Measures = major.TreatmentPlan.Measures, FundsTenThousandYuan = major.TreatmentPlan.FundsTenThousandYuan, TimeLimit = major.TreatmentPlan.TimeLimit,
        });

        return new (Hazard, (string, string)[])[]
        {
            // Closed straight after rectification reported: no re-check.
            (Id(With(basic, HazardStatus.Rectified, null, f.PlusDays(2), null, reported, E(HazardEventKind.RectificationReported, 2), E(HazardEventKind.Closed, 3, Town安监站)), 1),
                new[] { ("SM4020", "/events/2/kind") }),
            // Re-checked before rectification was reported done.
            (Id(With(basic, HazardStatus.Found, f.PlusDays(10), null, null, reported, Assign(1, 10), Recheck(2, RecheckOutcome.Passed)), 2),
                new[] { ("SM4020", "/events/2/kind"), ("SM4008", "/rectificationDeadline") }),
            // Dates going backwards.
            (Id(With(basic, HazardStatus.Rectified, f.PlusDays(20), f.PlusDays(4), null, reported, Assign(5, 20), E(HazardEventKind.RectificationReported, 4)), 3),
                new[] { ("SM4021", "/events/2/date") }),
            // Reported before it was found.
            (Id(With(basic, HazardStatus.Rectified, null, f.PlusDays(1), null, E(HazardEventKind.Reported, -2), E(HazardEventKind.RectificationReported, 1)), 4),
                new[] { ("SM4022", "/events/0/date") }),
            // A history that does not start with 上报.
            (Id(With(basic, HazardStatus.Found, null, null, null, Assign(0, 10)), 5),
                new[] { ("SM4020", "/events/0/kind") }),
            // A listed 重大 hazard re-checked by the town, not the listing county, and closed.
            (Id(Major(With(basicMajor, HazardStatus.Verified, f.PlusDays(30), f.PlusDays(20), f.PlusDays(22),
                    reported, Assign(1, 30), new HazardEvent { Kind = HazardEventKind.Escalated, Date = f.PlusDays(2), By = County, Level = SupervisionLevel.County, DocumentNumber = DocumentNumber.Parse("乌安委发〔2024〕99号") },
                    E(HazardEventKind.RectificationReported, 20), Recheck(21, RecheckOutcome.Passed), E(HazardEventKind.Closed, 22, County))), 6),
                new[] { ("SM4025", "/events/5/kind") }),
            // Assigned without a deadline.
            (Id(With(basic, HazardStatus.Rectified, null, f.PlusDays(3), null, reported, Assign(1, null), E(HazardEventKind.RectificationReported, 3)), 7),
                new[] { ("SM4023", "/events/1/deadline") }),
            // An "extension" to an earlier day.
            (Id(With(basic, HazardStatus.Verified, f.PlusDays(10), f.PlusDays(9), f.PlusDays(12),
                    reported, Assign(1, 20), new HazardEvent { Kind = HazardEventKind.DeadlineExtended, Date = f.PlusDays(2), By = Town安监站, Reason = "整改提前", Deadline = f.PlusDays(10) },
                    E(HazardEventKind.RectificationReported, 9), Recheck(11, RecheckOutcome.Passed), E(HazardEventKind.Closed, 12, Town安监站)), 8),
                new[] { ("SM4024", "/events/2/deadline") }),
            // An interview after 销号.
            (Id(With(basic, HazardStatus.Verified, f.PlusDays(10), f.PlusDays(5), f.PlusDays(7), closedHistory.Append(E(HazardEventKind.Interviewed, 9, County)).ToArray()), 9),
                new[] { ("SM4020", "/events/5/kind") }),
            // Rectification reported on a day after today.
            (Id(With(basicLate, HazardStatus.Rectified, null, new LocalDate(2025, 4, 2), null,
                    new HazardEvent { Kind = HazardEventKind.Reported, Date = new LocalDate(2025, 3, 20) }, new HazardEvent { Kind = HazardEventKind.RectificationReported, Date = new LocalDate(2025, 4, 2) }), 10),
                new[] { ("SM4026", "/events/1/date") }),
            // The register says rectified; the history says closed.
            (Id(With(basic, HazardStatus.Rectified, f.PlusDays(10), f.PlusDays(5), f.PlusDays(7), closedHistory), 11),
                new[] { ("SM4027", "/status") }),
            // The register's rectification date is a day off the history's.
            (Id(With(basic, HazardStatus.Verified, f.PlusDays(10), f.PlusDays(6), f.PlusDays(7), closedHistory), 12),
                new[] { ("SM4028", "/rectifiedOn") }),
            // A 重大 hazard's plan without its emergency plan (预案).
            (Id(withoutEmergencyPlan, 13),
                new[] { ("SM4030", "/treatmentPlan/emergencyPlan") }),
            // A re-check that does not say whether it passed.
            (Id(With(basic, HazardStatus.Rectified, null, f.PlusDays(2), null, reported, E(HazardEventKind.RectificationReported, 2), Recheck(3, null)), 14),
                new[] { ("SM4023", "/events/2/outcome") }),
        };
    }

    private static Hazard With(Hazard h, HazardStatus status, LocalDate? deadline, LocalDate? rectified, LocalDate? verified, params HazardEvent[] events) => new()
    {
        Id = h.Id, Division = h.Division, Level = h.Level, Description = h.Description, Sector = h.Sector, FoundOn = h.FoundOn, ResponsiblePerson = h.ResponsiblePerson,
        ResponsibleUnit = h.ResponsibleUnit, FundsTenThousandYuan = h.FundsTenThousandYuan, MajorBasis = h.MajorBasis, TreatmentPlan = h.TreatmentPlan,
        Status = status, RectificationDeadline = deadline, RectifiedOn = rectified, VerifiedOn = verified, Events = events,
    };

    private static Hazard Major(Hazard h) => Copy(h, h.Id, new HazardTreatmentPlan
    {
        Goals = "消除隐患", Measures = "停产整改，更换设备", FundsTenThousandYuan = 12.5m, Responsible = "企业主要负责人", TimeLimit = h.RectificationDeadline ?? h.FoundOn.PlusDays(60),
        SafetyMeasures = "设置警戒区", EmergencyPlan = "专项应急预案",
    }, HazardLevel.Major, new[] { MajorHazardCriterion.IndustryTrade2023Article3Item2 });

    private static Hazard Copy(Hazard h, string id, HazardTreatmentPlan? plan = null, HazardLevel? level = null, IReadOnlyList<MajorHazardCriterion>? basis = null) => new()
    {
        Id = id, Division = h.Division, Level = level ?? h.Level, Description = h.Description, Sector = h.Sector, FoundOn = h.FoundOn, ResponsiblePerson = h.ResponsiblePerson,
        ResponsibleUnit = h.ResponsibleUnit, FundsTenThousandYuan = h.FundsTenThousandYuan, MajorBasis = basis ?? h.MajorBasis, TreatmentPlan = plan ?? h.TreatmentPlan,
        Status = h.Status, RectificationDeadline = h.RectificationDeadline, RectifiedOn = h.RectifiedOn, VerifiedOn = h.VerifiedOn, Events = h.Events,
    };
}
