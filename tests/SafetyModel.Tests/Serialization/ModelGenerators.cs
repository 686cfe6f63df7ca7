using CsCheck;
using NodaTime;
using SafetyModel.Accidents;
using SafetyModel.Diagnostics;
using SafetyModel.Documents;
using SafetyModel.Primitives;
using SafetyModel.Reports;
using SafetyModel.Text;
using SafetyModel.Work;

namespace SafetyModel.Tests.Serialization;

/// <summary>Random valid model graphs for the JSON property tests: every member, known and unknown codes, awkward text.</summary>
internal static class ModelGenerators
{
    private static readonly Gen<char> TextChar = Gen.Char["abcXYZ019 乌兰陶勒盖镇安全生产检查隐患“”\"\\/\n\t<>&'+é-"];

    public static readonly Gen<string> Text = Gen.OneOf(Gen.String[TextChar, 0, 24], Gen.Const(string.Empty), Gen.Const("😀乌兰\u0001"));

    public static readonly Gen<string?> OptionalText = Gen.OneOf(Text.Select(s => (string?)s), Gen.Const((string?)null));

    public static readonly Gen<string[]> TextList = Text.Array[0, 4];

    private static readonly Gen<string> Code = Gen.String[Gen.Char["abcdefghijkxyz0123456789-"], 1, 12]
        .Where(c => c[0] != '-' && c[^1] != '-');

    public static readonly Gen<LocalDate> Date = Gen.Int[-40000, 60000].Select(days => new LocalDate(1970, 1, 1).PlusDays(days));

    public static readonly Gen<LocalDate?> OptionalDate = Gen.OneOf(Date.Select(d => (LocalDate?)d), Gen.Const((LocalDate?)null));

    public static readonly Gen<LocalDateTime> DateTime = Gen.Select(Date, Gen.Int[0, 86399], Gen.OneOf(Gen.Const(0), Gen.Int[0, 999_999_999]))
        .Select((d, s, n) => d.AtMidnight().PlusSeconds(s).PlusNanoseconds(n));

    public static readonly Gen<LocalDateTime?> OptionalDateTime = Gen.OneOf(DateTime.Select(d => (LocalDateTime?)d), Gen.Const((LocalDateTime?)null));

    public static readonly Gen<DivisionCode> Division = Gen.OneOf(
        Gen.Const(default(DivisionCode)),
        Gen.OneOf("150626103000", "150626100000", "150626", "110101001001", "650102").Select(c => DivisionCode.Parse(c)),
        Gen.Int[1980, 2030].Select(edition => DivisionCode.Parse("150626103", edition)));

    public static readonly Gen<decimal> Number = Gen.OneOf(
        Gen.Int[0, 100_000].Select(i => (decimal)i),
        Gen.Long[-1_000_000_000, 1_000_000_000_000].Select(l => l / 1000m),
        Gen.OneOf(0m, 1.10m, 500m, 1_000_000_000_000_000m, -0.0001m));

    public static readonly Gen<int?> OptionalInt = Gen.OneOf(Gen.Int.Select(i => (int?)i), Gen.Const((int?)null));

    public static Gen<T> Open<T>(IReadOnlyList<T> known, Func<string, T> fromCode) =>
        Gen.OneOf(Gen.OneOf(known.ToArray()), Code.Select(fromCode));

    public static Gen<T?> Optional<T>(Gen<T> gen)
        where T : struct =>
        Gen.OneOf(gen.Select(v => (T?)v), Gen.Const((T?)null));

    public static Gen<T?> OptionalObject<T>(Gen<T> gen)
        where T : class =>
        Gen.OneOf(gen.Select(v => (T?)v), Gen.Const((T?)null));

    public static Gen<T> Closed<T>()
        where T : struct, Enum => Gen.OneOf(Enum.GetValues<T>());

    public static readonly Gen<QuantityUnit> Unit = Gen.OneOf(Gen.Const(default(QuantityUnit)), Open(QuantityUnit.KnownValues, QuantityUnit.FromCode));

    public static readonly Gen<Quantity> Quantity = Gen.Select(Gen.Int[0, 8], Number.Select(Math.Abs), Gen.Int[1, 1000], Unit, OptionalText)
        .Select((kind, n, extra, unit, raw) =>
        {
            var whole = decimal.Round(n); n = Math.Max(n, 0.5m);
            var q = kind switch
            {
                0 => SafetyModel.Primitives.Quantity.Exact(n, unit),
                1 => SafetyModel.Primitives.Quantity.MoreThan(Math.Max(whole, 1), unit),
                2 => SafetyModel.Primitives.Quantity.About(n, unit),
                3 => SafetyModel.Primitives.Quantity.Nearly(n, unit),
                4 => SafetyModel.Primitives.Quantity.LessThan(n, unit),
                5 => SafetyModel.Primitives.Quantity.AtOrAbove(n, unit, ThresholdConvention.Exclusive),
                6 => SafetyModel.Primitives.Quantity.AtOrBelow(n, unit),
                7 => SafetyModel.Primitives.Quantity.Range(n, n + extra, unit),
                _ => SafetyModel.Primitives.Quantity.MoreThan(Math.Max(whole, 1), unit) + SafetyModel.Primitives.Quantity.Exact(extra, unit),
            };
            return q.WithRawText(raw);
        });

    public static readonly Gen<Inspection> Inspection =
        Gen.Select(Text, Division, Date, OptionalDate, Open(InspectionType.KnownValues, InspectionType.FromCode).Array[0, 3], OptionalText, TextList, OptionalText)
            .Select(Gen.Select(OptionalInt, OptionalText), (t, h) => new Inspection
            {
                Id = t.Item1, Division = t.Item2, Start = t.Item3, End = t.Item4, Types = t.Item5, InspectingBody = t.Item6, Inspected = t.Item7, CampaignId = t.Item8, HazardsFound = h.Item1,
                UnitId = h.Item2,
            });

    public static readonly Gen<DocumentNumber?> OptionalDocumentNumber = Gen.OneOf(
        Gen.Const((DocumentNumber?)null),
        Gen.Int[1, 9999].Select(n => (DocumentNumber?)DocumentNumber.Parse($"乌安委发〔2024〕{n}号")));

    public static readonly Gen<HazardEvent> HazardEvent =
        Gen.Select(Closed<HazardEventKind>(), Date, OptionalText, OptionalText, OptionalText, OptionalDate, Optional(Closed<RecheckOutcome>()), OptionalText)
            .Select(Gen.Select(Optional(Closed<SupervisionLevel>()), OptionalDocumentNumber), (t, u) => new HazardEvent
            {
                Kind = t.Item1, Date = t.Item2, By = t.Item3, Note = t.Item4, Assignee = t.Item5, Deadline = t.Item6, Outcome = t.Item7, Reason = t.Item8, Level = u.Item1, DocumentNumber = u.Item2,
            });

    public static readonly Gen<HazardTreatmentPlan> TreatmentPlan =
        Gen.Select(OptionalText, OptionalText, Gen.OneOf(Number.Select(n => (decimal?)n), Gen.Const((decimal?)null)), OptionalText, OptionalText, OptionalDate, OptionalText, OptionalText)
            .Select(OptionalText, (t, emergency) => new HazardTreatmentPlan
            {
                Goals = t.Item1, Measures = t.Item2, FundsTenThousandYuan = t.Item3, Materials = t.Item4, Responsible = t.Item5, TimeLimit = t.Item6, Requirements = t.Item7, SafetyMeasures = t.Item8,
                EmergencyPlan = emergency,
            });

    public static readonly Gen<Hazard> Hazard =
        Gen.Select(Text, Division, Closed<HazardLevel>(), Text, OptionalText, Optional(Open(Sector.KnownValues, Sector.FromCode)), OptionalText, Date)
            .Select(
                Gen.Select(OptionalDate, Closed<HazardStatus>(), OptionalDate, OptionalDate, Open(MajorHazardCriterion.KnownValues, MajorHazardCriterion.FromCode).Array[0, 3], OptionalText, OptionalText),
                Gen.Select(Gen.OneOf(Number.Select(n => (decimal?)n), Gen.Const((decimal?)null)), OptionalObject(TreatmentPlan), HazardEvent.Array[0, 8], OptionalText),
                (t, u, v) => new Hazard
                {
                    Id = t.Item1, Division = t.Item2, Level = t.Item3, Description = t.Item4, Place = t.Item5, Sector = t.Item6, InspectionId = t.Item7, FoundOn = t.Item8,
                    RectificationDeadline = u.Item1, Status = u.Item2, RectifiedOn = u.Item3, VerifiedOn = u.Item4, MajorBasis = u.Item5, ResponsiblePerson = u.Item6, ResponsibleUnit = u.Item7,
                    FundsTenThousandYuan = v.Item1, TreatmentPlan = v.Item2, Events = v.Item3, UnitId = v.Item4,
                });

    public static readonly Gen<Meeting> Meeting =
        Gen.Select(Text, Division, Date, Closed<MeetingKind>(), OptionalInt, TextList, Gen.Bool)
            .Select((id, division, date, kind, attendance, topics, training) => new Meeting
            {
                Id = id, Division = division, Date = date, Kind = kind, Attendance = attendance, Topics = topics, DoublesAsTraining = training,
            });

    public static readonly Gen<Figure> Figure = Gen.Select(Open(Indicator.KnownValues, Indicator.FromCode), Quantity).Select((i, q) => new Figure(i, q));

    public static readonly Gen<PublicityActivity> Publicity =
        Gen.Select(Text, Division, Date, Open(PublicityKind.KnownValues, PublicityKind.FromCode).Array[0, 3], OptionalText, OptionalText, Figure.Array[0, 3], OptionalObject(Quantity))
            .Select(t => new PublicityActivity
            {
                Id = t.Item1, Division = t.Item2, Date = t.Item3, Kinds = t.Item4, Description = t.Item5, CampaignId = t.Item6, Materials = t.Item7, PeopleReached = t.Item8,
            });

    public static readonly Gen<Training> Training =
        Gen.Select(Text, Division, Date, OptionalText, OptionalObject(Quantity))
            .Select((id, division, date, topic, people) => new Training { Id = id, Division = division, Date = date, Topic = topic, PeopleTrained = people });

    public static readonly Gen<ReportingPeriod> Period = Gen.OneOf(
        Gen.Select(Gen.Int[1990, 2100], Gen.Int[1, 12]).Select((y, m) => ReportingPeriod.ForMonth(y, m)),
        Gen.Select(Gen.Int[1990, 2100], Gen.Int[1, 4]).Select((y, q) => ReportingPeriod.ForQuarter(y, q)),
        Gen.Select(Gen.Int[1990, 2100], Gen.Int[1, 2]).Select((y, h) => ReportingPeriod.ForHalfYear(y, h)),
        Gen.Int[1990, 2100].Select(ReportingPeriod.ForYear),
        Gen.Select(Date, Gen.Int[0, 400]).Select((d, n) => ReportingPeriod.ForInterval(new DateInterval(d, d.PlusDays(n)))));

    public static readonly Gen<Campaign> Campaign =
        Gen.Select(Text, Open(CampaignKind.KnownValues, CampaignKind.FromCode), Text, OptionalObject(Period), OptionalText, OptionalText, Division, TextList)
            .Select(TextList, (t, inspections) => new Campaign
            {
                Id = t.Item1, Kind = t.Item2, Name = t.Item3, Period = t.Item4, Theme = t.Item5, LeadBody = t.Item6, Division = t.Item7, ActivityIds = t.Item8, InspectionIds = inspections,
            });

    public static readonly Gen<AccidentCategory> Category = Gen.OneOf(
        Gen.OneOf(AccidentCategoryScheme.Gb6441Of1986.Categories.ToArray()),
        Gen.Select(Code, Code, Code.Select(c => "类别" + c), Code).Select((s, c, zh, en) => new AccidentCategory(s, c, zh, en)));

    public static readonly Gen<Accident> Accident =
        Gen.Select(Text, DateTime, OptionalText, Division, OptionalObject(Category), Gen.Bool, Gen.Int, Gen.Int)
            .Select(Gen.Select(Gen.Int, Gen.Int, Number, Optional(Closed<AccidentGrade>()), OptionalDateTime, OptionalDateTime, OptionalText), (t, u) => new Accident
            {
                Id = t.Item1, OccurredAt = t.Item2, Place = t.Item3, Division = t.Item4, Category = t.Item5, RoadTraffic = t.Item6, Deaths = t.Item7, SeriousInjuries = t.Item8,
                MinorInjuries = u.Item1, Missing = u.Item2, DirectLossTenThousandYuan = u.Item3, StatedGrade = u.Item4, UnitHeadInformedAt = u.Item5, ReportedAt = u.Item6,
                UnitId = u.Item7,
            });

    /// <summary>Industry codes as given: valid ones of every level, malformed ones and none (the record holds what it is given).</summary>
    public static readonly Gen<string?> IndustryCode = Gen.OneOf(
        Gen.Const((string?)null),
        Gen.OneOf(IndustryClassification.Sections.ToArray()).Select(c => (string?)c.Code),
        Gen.Select(Gen.OneOf(IndustryClassification.Divisions.ToArray()), Gen.Int[0, 99]).Select((d, n) => (string?)(d.Section.Code + d.Code + n.ToString("00", System.Globalization.CultureInfo.InvariantCulture))),
        Text.Select(t => (string?)t));

    public static readonly Gen<UnifiedSocialCreditCode?> CreditCode = Gen.OneOf(
        Gen.Const((UnifiedSocialCreditCode?)null),
        Gen.Select(Gen.Char["0123456789ABCDEFGHJKLMNPQRTUWXY"].Array[2], Gen.Char["0123456789"].Array[6], Gen.Char["0123456789ABCDEFGHJKLMNPQRTUWXY"].Array[9])
            .Select((authority, division, organisation) => new string(authority) + new string(division) + new string(organisation))
            .Select(first17 => (UnifiedSocialCreditCode?)UnifiedSocialCreditCode.Parse(first17 + UnifiedSocialCreditCode.CheckCharacter(first17))));

    public static readonly Gen<SupervisedUnit> SupervisedUnit =
        Gen.Select(Text, Division, Text, CreditCode, OptionalText, IndustryCode, Optional(Closed<SizeBand>()), Optional(Open(SupervisionCategory.KnownValues, SupervisionCategory.FromCode)))
            .Select(Gen.Select(Optional(Open(Sector.KnownValues, Sector.FromCode)), OptionalDate), (t, u) => new SupervisedUnit
            {
                Id = t.Item1, Division = t.Item2, Name = t.Item3, CreditCode = t.Item4, Address = t.Item5, IndustryCode = t.Item6, SizeBand = t.Item7, SupervisionCategory = t.Item8,
                Sector = u.Item1, RegisteredOn = u.Item2,
            });

    private static readonly Gen<DocumentNumber?> EnforcementNumber = Gen.OneOf(
        Gen.Const((DocumentNumber?)null),
        Gen.Select(Gen.OneOf("乌应急罚", "乌应急检记", "乌应急责改", "鄂应急复查"), Gen.Int[1990, 2100], Gen.Int[1, 9999]).Select((issuer, year, serial) => (DocumentNumber?)new DocumentNumber(issuer, year, serial)));

    public static readonly Gen<EnforcementAction> Enforcement =
        Gen.Select(Text, Division, Closed<EnforcementDocumentKind>(), EnforcementNumber, OptionalText, OptionalText, TextList, OptionalDate)
            .Select(Gen.Select(Date, OptionalDate, Optional(Number), OptionalText, Gen.Bool, OptionalText), (t, u) => new EnforcementAction
            {
                Id = t.Item1, Division = t.Item2, Kind = t.Item3, Number = t.Item4, IssuingBody = t.Item5, UnitId = t.Item6, HazardIds = t.Item7, InspectedOn = t.Item8,
                IssuedOn = u.Item1, Deadline = u.Item2, FineYuan = u.Item3, OtherPenalty = u.Item4, ClosureRequested = u.Item5, FollowsId = u.Item6,
            });

    public static readonly Gen<IRecord> Record = Gen.OneOf<IRecord>(
        Inspection.Select(r => (IRecord)r), Hazard.Select(r => (IRecord)r), Meeting.Select(r => (IRecord)r), Publicity.Select(r => (IRecord)r),
        Training.Select(r => (IRecord)r), Campaign.Select(r => (IRecord)r), Accident.Select(r => (IRecord)r), SupervisedUnit.Select(r => (IRecord)r), Enforcement.Select(r => (IRecord)r));

    private static readonly Gen<SourceSpan> Source =
        Gen.Select(Gen.Int[0, 500], Gen.Int[0, 100_000], Text.Where(s => s.Length > 0), Text)
            .Select((paragraph, offset, text, around) => new SourceSpan(paragraph, offset, text, around + text + "。"));

    private static readonly Gen<StatedFigure> Leaf =
        Gen.Select(Open(Indicator.KnownValues, Indicator.FromCode), OptionalObject(Quantity), Optional(Open(InspectionType.KnownValues, InspectionType.FromCode)), OptionalText,
                OptionalObject(Period), OptionalObject(Source))
            .Select((i, q, d, l, p, s) => new StatedFigure { Indicator = i, Quantity = q, Dimension = d, Label = l, Period = p, Source = s });

    public static readonly Gen<StatedFigure> StatedFigure = Gen.Select(Leaf, Leaf.Array[0, 5])
        .Select((total, parts) => new StatedFigure
        {
            Indicator = total.Indicator, Quantity = total.Quantity, Dimension = total.Dimension, Label = total.Label, Period = total.Period, Source = total.Source, Parts = parts,
        });

    private static readonly Gen<OutlineSection> Section =
        Gen.Select(Gen.Int[1, 4], Gen.Int[1, 20], Gen.OneOf("一、", "（一）", "1.", "（1）"), Text.Where(s => s.Length > 0), TextList)
            .Select((level, number, marker, heading, paragraphs) => new OutlineSection(level, number, marker, heading, paragraphs));

    public static readonly Gen<OfficialDocument> Document =
        Gen.Select(OptionalText, OptionalObject(Gen.Select(Closed<SecrecyLevel>(), Gen.Int[1, 10]).Select((l, y) => new SecrecyMarking(l, y))), Optional(Closed<Urgency>()), TextList,
                Gen.OneOf(Gen.Const((DocumentNumber?)null), Gen.Const((DocumentNumber?)DocumentNumber.Parse("乌兰镇政函〔2022〕297号"))), TextList,
                Open(DocumentType.KnownValues, DocumentType.FromCode), Optional(Closed<DocumentDirection>()))
            .Select(Gen.Select(TextList, Section.Array[0, 3], OptionalDate, OptionalText, OptionalText, OptionalDate), (t, u) => new OfficialDocument
            {
                CopyNumber = t.Item1, Secrecy = t.Item2, Urgency = t.Item3, IssuingOrgans = t.Item4, Number = t.Item5, Signers = t.Item6, Type = t.Item7, Direction = t.Item8,
                PrimaryRecipients = u.Item1, Outline = u.Item2, Date = u.Item3, Remarks = u.Item4, PrintingOrgan = u.Item5, PrintingDate = u.Item6,
                Title = DocumentTitle.Parse("乌兰陶勒盖镇人民政府关于报送安全生产工作总结的函"),
            });

    public static readonly Gen<WorkSummaryReport> Report =
        Gen.Select(OptionalObject(Document), Division, OptionalObject(Period), StatedFigure.Array[0, 4], Campaign.Array[0, 2],
                Open(InspectionType.KnownValues, InspectionType.FromCode).Array[0, 3], Open(Sector.KnownValues, Sector.FromCode).Array[0, 3])
            .Select(Gen.Select(Gen.Int[0, 5], Gen.OneOf("安全生产工作领导小组", "x")), (t, g) => new WorkSummaryReport
            {
                Document = t.Item1, Division = t.Item2, Period = t.Item3, StatedFigures = t.Item4, Campaigns = t.Item5, RoutineSupervision = t.Item6, FocusAreas = t.Item7,
                LeadershipGroup = new LeadershipGroup
                {
                    Name = g.Item2, FullTimeSafetyOfficers = g.Item1,
                    Members = new[] { new GroupMember(GroupRole.Leader, "镇长", null, "张三"), new GroupMember(GroupRole.Member, null, "派出所") },
                },
            });
}
