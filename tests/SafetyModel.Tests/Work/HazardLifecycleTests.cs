using NodaTime;
using SafetyModel.Diagnostics;
using SafetyModel.Documents;
using SafetyModel.Records;
using SafetyModel.Tests.Validation;
using SafetyModel.Validation;
using SafetyModel.Work;

namespace SafetyModel.Tests.Work;

/// <summary>A hazard's life: the state machine, the standing on a day, and the rules over a generated year of a town's hazards.</summary>
public class HazardLifecycleTests
{
    private static readonly ValidationContext Context = new(new FixedClock(TownHazardYear.Today));

    [Fact]
    public void A_generated_year_validates_to_exactly_the_expected_issues()
    {
        var valid = TownHazardYear.Valid();
        var impossible = TownHazardYear.Impossible();
        var expected = valid
            .Where((h, i) => i % TownHazardYear.Shapes is 2 or 6) // still open past the deadline on 2025-03-31: overdue (SM4008)
            .Select(h => (h.Id, "SM4008", "/rectificationDeadline"))
            .Concat(impossible.SelectMany(x => x.Issues.Select(issue => (x.Hazard.Id, issue.Code, issue.Path))))
            .ToList();

        var found = valid.Concat(impossible.Select(x => x.Hazard))
            .SelectMany(h => RecordKinds.Hazard.Validate(h, Context).Issues.Select(issue => (h.Id, issue.Code, issue.Path.ToString())))
            .ToList();

        impossible.Should().HaveCount(14);
        expected.Should().HaveCount(30 + 15);
        found.Should().BeEquivalentTo(expected);
    }

    public static TheoryData<string, string, string?, bool, int, int> Standings => new()
    {
        // id, day, state (null: not yet found), overdue, days open, days overdue — computed by hand from the offsets in TownHazardYear.
        { "H-000", "2024-01-10", "Closed", false, 4, 0 },
        { "H-000", "2024-02-15", "Closed", false, 4, 0 },
        { "H-000", "2024-06-30", "Closed", false, 4, 0 },
        { "H-001", "2024-01-10", "Rectifying", false, 5, 0 },
        { "H-001", "2024-02-15", "Closed", false, 13, 0 },
        { "H-001", "2024-06-30", "Closed", false, 13, 0 },
        { "H-002", "2024-01-10", "Rectifying", false, 2, 0 },
        { "H-002", "2024-02-15", "Rectifying", true, 38, 18 },
        { "H-002", "2024-06-30", "Rectifying", true, 174, 154 },
        { "H-003", "2024-01-10", null, false, 0, 0 },
        { "H-003", "2024-02-15", "AwaitingRecheck", false, 35, 0 },
        { "H-003", "2024-06-30", "Closed", false, 38, 0 },
        { "H-004", "2024-01-10", null, false, 0, 0 },
        { "H-004", "2024-02-15", "Closed", false, 20, 0 },
        { "H-004", "2024-06-30", "Closed", false, 20, 0 },
        { "H-005", "2024-01-10", null, false, 0, 0 },
        { "H-005", "2024-02-15", "Rectifying", false, 29, 0 },
        { "H-005", "2024-06-30", "Closed", false, 56, 0 },
        { "H-006", "2024-01-10", null, false, 0, 0 },
        { "H-006", "2024-02-15", "Rectifying", false, 26, 0 },
        { "H-006", "2024-06-30", "Rectifying", true, 162, 132 },
        { "H-007", "2024-01-10", null, false, 0, 0 },
        { "H-007", "2024-02-15", "AwaitingRecheck", false, 23, 0 },
        { "H-007", "2024-06-30", "AwaitingRecheck", false, 159, 0 },
    };

    [Theory]
    [MemberData(nameof(Standings))]
    public void The_standing_at_three_dates_is_the_hand_computed_one(string id, string day, string? state, bool overdue, int daysOpen, int daysOverdue)
    {
        var hazard = TownHazardYear.Valid().Single(h => h.Id == id);

        var standing = hazard.StandingOn(NodaTime.Text.LocalDatePattern.Iso.Parse(day).Value);

        standing.State.Should().Be(state is null ? null : Enum.Parse<HazardState>(state));
        standing.IsOverdue.Should().Be(overdue);
        standing.DaysOpen.Should().Be(daysOpen);
        standing.DaysOverdue.Should().Be(daysOverdue);
    }

    [Fact]
    public void A_listed_hazard_stands_at_its_listing_level_and_an_extension_moves_its_deadline()
    {
        var listed = TownHazardYear.Valid(5);
        var extended = TownHazardYear.Valid(3);

        listed.StandingOn(new LocalDate(2024, 1, 18)).Listing.Should().BeNull();
        listed.StandingOn(new LocalDate(2024, 1, 19)).Listing.Should().Be(SupervisionLevel.County);
        listed.IsListed.Should().BeTrue();
        extended.StandingOn(new LocalDate(2024, 1, 18)).Deadline.Should().Be(new LocalDate(2024, 1, 21));
        extended.StandingOn(new LocalDate(2024, 1, 19)).Deadline.Should().Be(new LocalDate(2024, 2, 20));
    }

    [Fact]
    public void Without_a_history_the_registers_columns_give_the_standing()
    {
        var hazard = new Hazard
        {
            Id = "H", FoundOn = new LocalDate(2024, 5, 1), RectificationDeadline = new LocalDate(2024, 5, 10), Status = HazardStatus.Verified,
            RectifiedOn = new LocalDate(2024, 5, 20), VerifiedOn = new LocalDate(2024, 5, 25),
        };

        hazard.StandingOn(new LocalDate(2024, 4, 30)).State.Should().BeNull();
        hazard.StandingOn(new LocalDate(2024, 5, 15)).Should().Match<HazardStanding>(s => s.State == HazardState.Assigned && s.IsOverdue && s.DaysOverdue == 5 && s.DaysOpen == 14);
        hazard.StandingOn(new LocalDate(2024, 5, 21)).State.Should().Be(HazardState.AwaitingRecheck);
        hazard.StandingOn(new LocalDate(2024, 6, 30)).Should().Match<HazardStanding>(s => s.State == HazardState.Closed && s.DaysOpen == 24 && s.ClosedOn == new LocalDate(2024, 5, 25));
    }

    [Fact]
    public void Closing_follows_only_a_passed_recheck_and_nothing_follows_closing()
    {
        HazardLifecycle.Transitions.Where(t => t.Event == HazardEventKind.Closed).Should().ContainSingle()
            .Which.Should().Be(new HazardTransition(HazardState.RecheckPassed, HazardEventKind.Closed, null, HazardState.Closed));
        HazardLifecycle.Transitions.Should().NotContain(t => t.From == HazardState.Closed);
        HazardLifecycle.Next(HazardState.AwaitingRecheck, HazardEventKind.Rechecked, RecheckOutcome.Failed).Should().Be(HazardState.Rectifying);
        HazardLifecycle.Next(null, HazardEventKind.Assigned).Should().BeNull("a history starts with 上报");
        HazardLifecycle.Next(HazardState.Assigned, HazardEventKind.Rechecked, RecheckOutcome.Passed).Should().BeNull("a re-check follows 整改完成");
    }

    [Fact]
    public void Side_events_never_move_a_hazard()
    {
        HazardLifecycle.Transitions
            .Where(t => t.Event is HazardEventKind.DeadlineExtended or HazardEventKind.Escalated or HazardEventKind.Interviewed)
            .Should().OnlyContain(t => t.From == t.To);
    }

    [Fact]
    public void Every_state_maps_to_a_register_status_in_order()
    {
        Enum.GetValues<HazardState>().Select(HazardLifecycle.StatusOf).Should().BeInAscendingOrder();
        HazardLifecycle.StatusOf(HazardState.Closed).Should().Be(HazardStatus.Verified);
    }

    [Fact]
    public void Each_kind_names_the_members_it_needs()
    {
        var hazard = new Hazard
        {
            Id = "H", Division = TownHazardYear.Town, FoundOn = new LocalDate(2024, 5, 1),
            Events = new[]
            {
                new HazardEvent { Kind = HazardEventKind.Reported, Date = new LocalDate(2024, 5, 1) },
                new HazardEvent { Kind = HazardEventKind.Escalated, Date = new LocalDate(2024, 5, 2) },
                new HazardEvent { Kind = HazardEventKind.Assigned, Date = new LocalDate(2024, 5, 2), Deadline = new LocalDate(2024, 6, 1) },
                new HazardEvent { Kind = HazardEventKind.DeadlineExtended, Date = new LocalDate(2024, 5, 3), Deadline = new LocalDate(2024, 7, 1) },
            },
        };

        RecordKinds.Hazard.Validate(hazard, Context).Issues.Where(i => i.Code == ValidationCodes.HazardEventMemberMissing).Select(i => i.Path.ToString())
            .Should().Equal("/events/1/level", "/events/1/documentNumber", "/events/1/by", "/events/2/assignee", "/events/3/reason");
    }

    [Fact]
    public void A_major_hazard_with_a_history_needs_a_plan_and_a_basis_and_a_general_one_names_none()
    {
        var events = new[] { new HazardEvent { Kind = HazardEventKind.Reported, Date = new LocalDate(2024, 5, 1) } };
        var major = new Hazard { Id = "M", Division = TownHazardYear.Town, Level = HazardLevel.Major, FoundOn = new LocalDate(2024, 5, 1), Events = events };
        var general = new Hazard
        {
            Id = "G", Division = TownHazardYear.Town, FoundOn = new LocalDate(2024, 5, 1), MajorBasis = new[] { MajorHazardCriterion.IndustryTrade2023Article3Item1 },
            TreatmentPlan = new HazardTreatmentPlan { FundsTenThousandYuan = -1m, Responsible = "r", Measures = "m", TimeLimit = new LocalDate(2024, 6, 1), EmergencyPlan = "e" },
        };

        RecordKinds.Hazard.Validate(major, Context).Issues.Select(i => (i.Code, i.Path.ToString())).Should().BeEquivalentTo(new[]
        {
            (ValidationCodes.MajorHazardWithoutPlan, "/treatmentPlan"), (ValidationCodes.MajorHazardWithoutBasis, "/majorBasis"),
        });
        RecordKinds.Hazard.Validate(general, Context).Issues.Select(i => (i.Code, i.Path.ToString())).Should().BeEquivalentTo(new[]
        {
            (ValidationCodes.GeneralHazardWithMajorBasis, "/majorBasis"), (ValidationCodes.TreatmentPlanFundsNegative, "/treatmentPlan/fundsTenThousandYuan"),
        });
    }

    [Fact]
    public void A_register_without_history_is_held_only_to_the_register_rules()
    {
        var hazard = new Hazard { Id = "R", Division = TownHazardYear.Town, Level = HazardLevel.Major, FoundOn = new LocalDate(2024, 5, 1), Status = HazardStatus.Found };

        RecordKinds.Hazard.Validate(hazard, Context).Issues.Should().BeEmpty();
    }

    [Fact]
    public void The_shipped_grading_clauses_are_the_three_management_clauses_of_the_2023_industry_and_trade_standard()
    {
        MajorHazardCriterion.KnownValues.Select(c => c.Code).Should().Equal("industry-trade-2023-3-1", "industry-trade-2023-3-2", "industry-trade-2023-3-3");
        MajorHazardCriterion.FromCode("hazardous-chemicals-2017-1").IsKnown.Should().BeFalse();
    }

    [Fact]
    public void A_treatment_plan_is_fully_resourced_only_with_all_five_items()
    {
        var plan = new HazardTreatmentPlan { Responsible = "r", Measures = "m", FundsTenThousandYuan = 1m, TimeLimit = new LocalDate(2024, 6, 1), EmergencyPlan = "e" };

        plan.IsFullyResourced.Should().BeTrue();
        new HazardTreatmentPlan { Responsible = "r", Measures = "m", FundsTenThousandYuan = 1m, TimeLimit = new LocalDate(2024, 6, 1) }.IsFullyResourced.Should().BeFalse();
    }

    [Fact]
    public void An_event_reads_as_its_day_kind_and_body()
    {
        new HazardEvent { Kind = HazardEventKind.Escalated, Date = new LocalDate(2024, 5, 2), By = "乌审旗安全生产委员会", DocumentNumber = DocumentNumber.Parse("乌安委发〔2024〕3号") }
            .ToString().Should().Be("2024-05-02 挂牌督办 乌审旗安全生产委员会");
    }
}
