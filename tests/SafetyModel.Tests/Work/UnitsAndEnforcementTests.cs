using NodaTime;
using SafetyModel.Accidents;
using SafetyModel.Diagnostics;
using SafetyModel.Documents;
using SafetyModel.Primitives;
using SafetyModel.Records;
using SafetyModel.Reports;
using SafetyModel.Serialization;
using SafetyModel.Tests.Validation;
using SafetyModel.Validation;
using SafetyModel.Work;

namespace SafetyModel.Tests.Work;

/// <summary>Supervised units, enforcement actions, the links by unitId and a unit's file (一企一档).</summary>
public class UnitsAndEnforcementTests
{
    private static readonly ValidationContext Today = FixedClock.On(2022, 7, 7).Context;
    private static DivisionCode Town => DivisionCode.Parse("150626103");

    internal static SupervisedUnit GasStation => new()
    {
        Id = "U-1", Division = Town, Name = "乌审旗某某加油站", CreditCode = UnifiedSocialCreditCode.Parse("91330100799655058B"),
        IndustryCode = "F5265", SizeBand = SizeBand.Small, SupervisionCategory = SupervisionCategory.Key, Sector = Sector.HazardousChemicals,
        RegisteredOn = new LocalDate(2021, 3, 1),
    };

    internal static SupervisedUnit Quarry => new() { Id = "U-2", Division = Town, Name = "某某砂石料场", IndustryCode = "B1019", Sector = Sector.NonCoalMining };

    internal static EnforcementAction Penalty(decimal? fine = 20_000m, string? other = null) => new()
    {
        Id = "E-3", Division = DivisionCode.Parse("150626"), Kind = EnforcementDocumentKind.PenaltyDecision, Number = DocumentNumber.Parse("乌应急罚〔2022〕3号"),
        IssuingBody = "乌审旗应急管理局", UnitId = "U-1", HazardIds = new[] { "H-1" }, InspectedOn = new LocalDate(2022, 5, 10), IssuedOn = new LocalDate(2022, 6, 2),
        FineYuan = fine, OtherPenalty = other,
    };

    internal static IReadOnlyList<IRecord> Batch() => new IRecord[]
    {
        new Inspection { Id = "I-1", Division = Town, Start = new LocalDate(2022, 5, 10), UnitId = "U-1", Inspected = new[] { "乌审旗某某加油站" }, HazardsFound = 2 },
        new Hazard { Id = "H-1", Division = Town, Description = "消防器材过期", FoundOn = new LocalDate(2022, 5, 10), UnitId = "U-1", RectificationDeadline = new LocalDate(2022, 5, 20), Status = HazardStatus.Rectifying },
        new Hazard { Id = "H-2", Division = Town, Description = "卸油区无静电接地", FoundOn = new LocalDate(2022, 5, 10), InspectionId = "I-1", Status = HazardStatus.Rectified, RectifiedOn = new LocalDate(2022, 5, 15) },
        new EnforcementAction { Id = "E-1", Division = Town, Kind = EnforcementDocumentKind.OnSiteInspectionRecord, UnitId = "U-1", IssuedOn = new LocalDate(2022, 5, 10) },
        new EnforcementAction { Id = "E-2", Division = Town, Kind = EnforcementDocumentKind.RectificationOrder, UnitId = "U-1", IssuedOn = new LocalDate(2022, 5, 10), Deadline = new LocalDate(2022, 5, 20), HazardIds = new[] { "H-1", "H-2" } },
        Penalty(),
        new Accident { Id = "A-1", Division = Town, OccurredAt = new LocalDateTime(2022, 6, 20, 9, 30), UnitId = "U-2", MinorInjuries = 1 },
        GasStation,
        Quarry,
    };

    [Fact]
    public void A_unit_and_an_enforcement_action_write_their_members_in_the_contract()
    {
        var json = SafetyJson.Serialize<IRecord>(Penalty());

        json.Should().Contain("\"type\":\"enforcement\"").And.Contain("\"kind\":\"penalty-decision\"").And.Contain("\"number\":\"乌应急罚〔2022〕3号\"")
            .And.Contain("\"fineYuan\":20000").And.Contain("\"hazardIds\":[\"H-1\"]");
        SafetyJson.Serialize<IRecord>(GasStation).Should().Contain("\"type\":\"unit\"").And.Contain("\"industryCode\":\"F5265\"").And.Contain("\"sizeBand\":\"small\"")
            .And.Contain("\"supervisionCategory\":\"key\"").And.Contain("\"creditCode\":\"91330100799655058B\"");
        SafetyJson.Deserialize<IRecord>(json).Should().Be(Penalty());
    }

    [Fact]
    public void A_credit_code_with_a_wrong_check_character_is_refused_when_read()
    {
        var json = SafetyJson.Serialize<IRecord>(GasStation).Replace("91330100799655058B", "91330100799655058C");

        ((Action)(() => SafetyJson.Deserialize<IRecord>(json))).Should().Throw<JsonContractException>().WithMessage("*creditCode*");
    }

    [Fact]
    public void Valid_units_and_enforcement_actions_have_no_issues()
    {
        foreach (var record in Batch())
        {
            RecordCatalogue.Default.Validate(record, Today).Issues.Where(i => i.Code != ValidationCodes.HazardOverdue).Should().BeEmpty(record.Id);
        }
    }

    [Theory]
    [InlineData("Z99", ValidationCodes.IndustryCodeUnknown)]
    [InlineData("C", null)]
    [InlineData("B26", ValidationCodes.IndustryDivisionOutsideSection)]
    [InlineData("f5265", ValidationCodes.IndustryCodeUnknown)]
    public void A_units_industry_code_is_checked_against_GB_T_4754(string code, string? expected)
    {
        var unit = new SupervisedUnit { Id = "U-9", Division = Town, Name = "某厂", IndustryCode = code };

        var issues = RecordCatalogue.Default.Validate(unit, Today).Issues;

        issues.Select(i => i.Code).Should().Equal(expected is null ? Array.Empty<string>() : new[] { expected });
        if (expected is not null)
        {
            issues.Single().Path.ToString().Should().Be("/industryCode");
            issues.Single().Severity.Should().Be(ValidationSeverity.Error);
        }
    }

    [Fact]
    public void A_unit_without_a_name_is_an_error() =>
        RecordCatalogue.Default.Validate(new SupervisedUnit { Id = "U-9", Division = Town }, Today).Issues
            .Should().ContainSingle(i => i.Code == ValidationCodes.UnitNameMissing && i.Path.ToString() == "/name");

    [Fact]
    public void A_penalty_decision_states_a_fine_or_another_penalty()
    {
        Codes(Penalty(fine: null)).Should().Equal(ValidationCodes.PenaltyWithoutPenalty);
        Codes(Penalty(fine: null, other: "警告")).Should().BeEmpty();
        Codes(Penalty(fine: 0m, other: null)).Should().BeEmpty("a stated fine of 0 is a stated fine");
    }

    [Fact]
    public void A_negative_fine_is_reported_at_its_member_and_refused_by_aggregation()
    {
        var action = Penalty(fine: -1m);

        RecordCatalogue.Default.Validate(action, Today).Issues.Should().ContainSingle(i => i.Code == ValidationCodes.NegativeCount && i.Path.ToString() == "/fineYuan");
        ((Action)(() => SafetyModel.Aggregation.Aggregator.Aggregate(new IRecord[] { action }, new SafetyModel.Aggregation.AggregationQuery { Measures = new[] { Measure.Fines } })))
            .Should().Throw<ArgumentException>().WithMessage("*fineYuan*SM4010*");
    }

    [Fact]
    public void Enforcement_dates_run_in_order()
    {
        var action = new EnforcementAction
        {
            Id = "E-9", Division = Town, Kind = EnforcementDocumentKind.RectificationOrder, InspectedOn = new LocalDate(2022, 5, 12),
            IssuedOn = new LocalDate(2022, 5, 10), Deadline = new LocalDate(2022, 5, 1),
        };

        var issues = RecordCatalogue.Default.Validate(action, Today).Issues;

        issues.Select(i => (i.Code, i.Path.ToString())).Should().BeEquivalentTo(new[]
        {
            (ValidationCodes.InspectedAfterIssue, "/inspectedOn"), (ValidationCodes.EnforcementDeadlineBeforeIssue, "/deadline"),
        });
        issues.First(i => i.Code == ValidationCodes.EnforcementDeadlineBeforeIssue).Message.Chinese.Should().StartWith("期限 ").And.Contain("早于文书作出日期");
    }

    [Fact]
    public void Orders_set_a_deadline_and_only_penalty_decisions_state_fines()
    {
        Codes(new EnforcementAction { Id = "E-9", Division = Town, Kind = EnforcementDocumentKind.SuspensionOrder, IssuedOn = new LocalDate(2022, 5, 10) })
            .Should().Equal(ValidationCodes.OrderWithoutDeadline);
        Codes(new EnforcementAction { Id = "E-9", Division = Town, Kind = EnforcementDocumentKind.OnSiteInspectionRecord, IssuedOn = new LocalDate(2022, 5, 10), FineYuan = 500m })
            .Should().Equal(ValidationCodes.FineOutsidePenalty);
        Codes(new EnforcementAction { Id = "E-9", Division = Town, IssuedOn = new LocalDate(2022, 5, 10) }).Should().Equal(ValidationCodes.EnforcementKindMissing);
    }

    [Fact]
    public void Unit_links_are_warnings_against_a_register_and_information_without_one()
    {
        var batch = Batch().Append(new Inspection { Id = "I-9", Division = Town, Start = new LocalDate(2022, 6, 1), UnitId = "U-404" }).ToList();

        RecordRules.UnitLinks(batch).Should().ContainSingle().Which.Should().Match<ValidationIssue>(i =>
            i.Code == ValidationCodes.UnitNotInBatch && i.Severity == ValidationSeverity.Warning && i.Path.ToString() == "/9/unitId");

        var withoutUnits = batch.Where(r => r is not SupervisedUnit).ToList();
        var issues = RecordRules.UnitLinks(withoutUnits).ToList();
        issues.Should().HaveCount(7).And.OnlyContain(i => i.Code == ValidationCodes.UnitsNotGiven && i.Severity == ValidationSeverity.Information);
    }

    [Fact]
    public void A_unit_given_after_the_records_that_name_it_satisfies_them()
    {
        var batch = Batch().Reverse().Concat(new[] { (IRecord)GasStation }).ToList();

        RecordRules.UnitLinks(batch).Should().BeEmpty();
        RecordRules.Batch(batch).Should().ContainSingle(i => i.Code == ValidationCodes.DuplicateRecordId, "the unit given twice is a duplicate id");
    }

    [Fact]
    public void A_units_file_holds_its_inspections_hazards_accidents_and_enforcement_in_date_order()
    {
        var file = UnitFile.For("U-1", Batch());

        file.Unit.Should().Be(GasStation);
        file.Inspections.Select(i => i.Id).Should().Equal("I-1");
        file.Hazards.Select(h => h.Id).Should().Equal(new[] { "H-1", "H-2" }, "H-2 names no unit but was found by an inspection of the unit");
        file.EnforcementActions.Select(a => a.Id).Should().Equal("E-1", "E-2", "E-3");
        file.Accidents.Should().BeEmpty();
        file.OpenHazards.Select(h => h.Id).Should().Equal("H-1");
        file.OverdueHazardsOn(new LocalDate(2022, 7, 7)).Select(h => h.Id).Should().Equal("H-1");
        file.OverdueHazardsOn(new LocalDate(2022, 5, 20)).Should().BeEmpty("the deadline day itself is not overdue");
        file.HazardsByStatus().Should().Equal(new KeyValuePair<HazardStatus, int>(HazardStatus.Rectifying, 1), new KeyValuePair<HazardStatus, int>(HazardStatus.Rectified, 1));
        file.Fines.Should().Be(20_000m);
        file.ToString().Should().Be("乌审旗某某加油站: 1 inspections, 2 hazards (1 open), 0 accidents, 3 enforcement documents");
    }

    [Fact]
    public void Every_unit_named_or_held_gets_a_file_and_a_unit_without_records_an_empty_one()
    {
        var files = UnitFile.ForAll(Batch());

        files.Keys.Should().Equal("U-1", "U-2");
        files["U-2"].Accidents.Select(a => a.Id).Should().Equal("A-1");
        files["U-2"].Unit.Should().Be(Quarry);
        var none = UnitFile.For("U-404", Batch());
        none.Unit.Should().BeNull();
        none.Inspections.Should().BeEmpty();
    }

    [Fact]
    public void Enforcement_documents_have_their_codes_and_Chinese_names()
    {
        Enum.GetValues<EnforcementDocumentKind>().Select(k => (EnforcementDocuments.Code(k), EnforcementDocuments.ChineseName(k))).Should().Equal(
            ("on-site-inspection-record", "现场检查记录"), ("rectification-order", "责令限期整改指令书"), ("rectification-review", "整改复查意见书"),
            ("penalty-decision", "行政处罚决定书"), ("suspension-order", "责令停产停业整顿"));
        Penalty().ToString().Should().Be("E-3 2022-06-02 行政处罚决定书 乌应急罚〔2022〕3号");
    }

    private static IEnumerable<string> Codes(EnforcementAction action) => RecordCatalogue.Default.Validate(action, Today).Issues.Select(i => i.Code);
}
