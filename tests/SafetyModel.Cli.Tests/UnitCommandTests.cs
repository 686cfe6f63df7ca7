using NodaTime;
using SafetyModel.Diagnostics;
using SafetyModel.Primitives;
using SafetyModel.Work;

namespace SafetyModel.Cli.Tests;

/// <summary>The CLI over supervised units: links checked by validate, tables by industry from the units of the input.</summary>
public class UnitCommandTests
{
    private static IRecord[] Records() => new IRecord[]
    {
        new EnforcementAction { Id = "E-1", Division = RecordFiles.Town, Kind = EnforcementDocumentKind.OnSiteInspectionRecord, UnitId = "U-1", IssuedOn = new LocalDate(2022, 5, 10) },
        new EnforcementAction { Id = "E-2", Division = RecordFiles.Town, Kind = EnforcementDocumentKind.PenaltyDecision, UnitId = "U-1", IssuedOn = new LocalDate(2022, 6, 2), FineYuan = 20_000m },
        new EnforcementAction { Id = "E-3", Division = RecordFiles.Town, Kind = EnforcementDocumentKind.OnSiteInspectionRecord, UnitId = "U-9", IssuedOn = new LocalDate(2022, 6, 3) },
        new SupervisedUnit { Id = "U-1", Division = RecordFiles.Town, Name = "乌审旗某某加油站", IndustryCode = "F5265" },
    };

    [Fact]
    public void Aggregate_by_industry_places_linked_records_by_the_units_of_the_input_even_when_they_come_last()
    {
        var path = RecordFiles.JsonLines("units.jsonl", Records());

        var run = CliRun.Of("aggregate", path, "--by", "industry", "--measure", "enforcement-documents,fines", "-f", "csv");

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Contain("批发和零售业").And.Contain("20000");
        var lines = run.Output.Split('\n');
        lines.Single(l => l.Contains("批发和零售业", StringComparison.Ordinal)).Should().Contain(",2,", "the two documents of U-1");
    }

    [Fact]
    public void Validate_warns_of_a_unit_the_input_does_not_hold_at_the_records_line()
    {
        var path = RecordFiles.JsonLines("units.jsonl", Records());

        var run = CliRun.Of("validate", path, "--today", "2022-07-07", "-f", "json");

        run.ExitCode.Should().Be(1, run.Error);
        var issue = run.Json().GetProperty("issues").EnumerateArray().Single(i => i.GetProperty("code").GetString() == ValidationCodes.UnitNotInBatch);
        issue.GetProperty("line").GetInt32().Should().Be(3);
        issue.GetProperty("path").GetString().Should().Be("/unitId");
        issue.GetProperty("severity").GetString().Should().Be("warning");
    }
}
