using System.Globalization;
using SafetyModel.Aggregation;
using SafetyModel.Cli.Demo;
using SafetyModel.Primitives;
using SafetyModel.Work;

namespace SafetyModel.Cli.Tests;

public class AggregatePresetTests
{
    private static IRecord[] Hazards() => new IRecord[]
    {
        RecordFiles.OverdueHazard("H-1"),
        DemoHazard.Create(),
        new Hazard { Id = "H-3", Division = RecordFiles.Town, FoundOn = new NodaTime.LocalDate(2022, 8, 1), Status = HazardStatus.Rectified, RectifiedOn = new NodaTime.LocalDate(2022, 8, 3), FundsTenThousandYuan = 0.5m },
    };

    /// <summary>The CSV the tool writes: with the names of its default registry (乌审旗) beside the codes.</summary>
    private static string Csv(StatisticsTable table)
    {
        var writer = new StringWriter(CultureInfo.InvariantCulture);
        table.ToCsv(writer, DivisionRegistry.SampleWushenBanner);
        return writer.ToString();
    }

    [Fact]
    public void A_preset_gives_exactly_the_packages_form()
    {
        var records = Hazards();
        var path = RecordFiles.JsonLines("hazards.jsonl", records);

        var run = CliRun.Of("aggregate", path, "--preset", "hazard-quarterly", "-f", "csv");

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Be(Csv(Aggregator.Aggregate(records, AggregationPresets.HazardQuarterly.Query)));
        run.Output.Should().Contain("hazards-listed").And.Contain("rectification-rate");
    }

    [Fact]
    public void A_preset_is_also_found_by_its_Chinese_title()
    {
        var records = Hazards();
        var path = RecordFiles.JsonLines("hazards.jsonl", records);

        var run = CliRun.Of("aggregate", path, "--preset", "隐患排查治理统计分析表（年度）", "-f", "csv");

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Be(Csv(Aggregator.Aggregate(records, AggregationPresets.HazardAnnual.Query)));
    }

    [Theory]
    [InlineData("--by", "town")]
    [InlineData("--measure", "records")]
    [InlineData("--rate", "rectification-rate")]
    [InlineData("--periods", "2022-Q1")]
    public void A_preset_refuses_the_options_that_would_change_its_rows_or_columns(string option, string value)
    {
        var path = RecordFiles.JsonLines("hazards.jsonl", Hazards());

        var run = CliRun.Of("aggregate", path, "--preset", "hazard-quarterly", option, value);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("--preset hazard-quarterly fixes the form's rows and columns").And.Contain(option);
    }

    [Fact]
    public void An_unknown_preset_is_refused_with_the_list_of_forms()
    {
        var path = RecordFiles.JsonLines("hazards.jsonl", Hazards());

        var run = CliRun.Of("aggregate", path, "--preset", "hazard-monthly");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("“hazard-monthly” is not a statistics form").And.Contain("hazard-quarterly").And.Contain("hazard-annual").And.Contain("enforcement-summary");
    }

    [Fact]
    public void The_enforcement_summary_preset_rolls_enforcement_actions_up_by_county_quarter_and_industry()
    {
        var unit = new SupervisedUnit { Id = "U-1", Name = "某某加油站", Division = DivisionCode.Parse("150626103000"), IndustryCode = "F52" };
        var action = new EnforcementAction
        {
            Id = "E-1", Division = DivisionCode.Parse("150626103000"), Kind = EnforcementDocumentKind.PenaltyDecision, UnitId = "U-1",
            IssuedOn = new NodaTime.LocalDate(2022, 5, 10), FineYuan = 20000,
        };
        var path = RecordFiles.JsonLines("enforcement.jsonl", new IRecord[] { unit, action });

        var run = CliRun.Of("aggregate", path, "--preset", "enforcement-summary", "-f", "csv");

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Contain("2022-Q2").And.Contain("20000");
        run.Output.Split('\n').Should().Contain(l => l.Contains(",F,", System.StringComparison.Ordinal), "the row of 门类 F (批发和零售业)");
    }

    [Fact]
    public void The_demo_shows_a_hazards_life_and_its_standing()
    {
        var run = CliRun.Of(TempDirectory.Create(), null, false, "demo", "--language", "en");

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Contain("6. A hazard's life").And.Contain("挂牌督办 乌审旗安全生产委员会 县级 乌安委发〔2022〕8号").And.Contain("已销号");
        DemoHazard.Create().StandingOn(DemoHazard.Days(DemoHazard.Create())[1]).IsOverdue.Should().BeTrue("on day 48 the extended deadline (day 45) has passed after a failed re-check");
    }

    [Fact]
    public void The_demo_shows_the_units_file_with_its_enforcement_documents()
    {
        var run = CliRun.Of(TempDirectory.Create(), null, false, "demo", "--language", "en");

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Contain("7. The unit's file (一企一档)").And.Contain("U-DEMO-1").And.Contain("非金属矿物制品业")
            .And.Contain("行政处罚决定书 乌应急罚〔2022〕5号, fine 20000 元").And.Contain("fines in all: 20000 元");
    }

    [Fact]
    public void The_demo_units_records_validate_without_issues_and_link_each_other()
    {
        var records = DemoUnit.Create(DemoHazard.Create());
        var context = new SafetyModel.Validation.ValidationContext(new FixedTestClock(new NodaTime.LocalDate(2023, 1, 1)));

        records.SelectMany(r => SafetyModel.Records.RecordCatalogue.Default.Validate(r, context).Issues).Should().BeEmpty();
        SafetyModel.Validation.RecordRules.Batch(records).Should().BeEmpty("every unitId names the demo unit");
    }

    [Fact]
    public void The_demo_hazard_is_valid_but_for_nothing()
    {
        var context = new SafetyModel.Validation.ValidationContext(new FixedTestClock(new NodaTime.LocalDate(2023, 1, 1)));

        SafetyModel.Records.RecordKinds.Hazard.Validate(DemoHazard.Create(), context).Issues.Should().BeEmpty();
    }

    [Fact]
    public void Validate_points_into_a_hazards_history()
    {
        var demo = DemoHazard.Create();
        var broken = new Hazard
        {
            Id = "H-X", Division = demo.Division, Level = demo.Level, Description = demo.Description, FoundOn = demo.FoundOn, MajorBasis = demo.MajorBasis, TreatmentPlan = demo.TreatmentPlan,
            Status = HazardStatus.Rectified, RectifiedOn = demo.FoundOn.PlusDays(2),
            Events = new[]
            {
                new HazardEvent { Kind = HazardEventKind.Reported, Date = demo.FoundOn },
                new HazardEvent { Kind = HazardEventKind.RectificationReported, Date = demo.FoundOn.PlusDays(2) },
                new HazardEvent { Kind = HazardEventKind.Closed, Date = demo.FoundOn.PlusDays(3) },
            },
        };
        var path = RecordFiles.JsonLines("hazards.jsonl", new IRecord[] { demo, broken });

        var run = CliRun.Of("validate", path, "--today", "2022-07-07");

        run.ExitCode.Should().Be(1);
        run.Output.Should().Contain("SM4020").And.Contain("/events/2/kind (H-X)").And.Contain("1 errors, 0 warnings");
    }

    private sealed class FixedTestClock(NodaTime.LocalDate today) : NodaTime.IClock
    {
        public NodaTime.Instant GetCurrentInstant() => today.AtMidnight().InUtc().ToInstant();
    }
}
