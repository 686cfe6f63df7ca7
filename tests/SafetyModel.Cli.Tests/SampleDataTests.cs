namespace SafetyModel.Cli.Tests;

/// <summary>samples/data/records.jsonl: what a newcomer runs in the first minute works on it.</summary>
public class SampleDataTests
{
    private static string SampleRecords => Path.Combine(DocumentationTests.RepositoryRoot(), "samples", "data", "records.jsonl");

    [Fact]
    public void The_sample_records_validate_with_no_error()
    {
        var run = CliRun.Of("validate", SampleRecords, "--language", "en");

        run.ExitCode.Should().Be(0, run.Output + run.Error);
        run.Output.Should().Contain("0 errors, 0 warnings, 0 information");
        File.ReadLines(SampleRecords).Count().Should().BeInRange(300, 1000, "a few hundred records");
    }

    [Fact]
    public void The_sample_records_aggregate_by_township_and_quarter_with_every_kind_and_town()
    {
        var run = CliRun.Of("aggregate", SampleRecords, "--by", "township,quarter", "--language", "en");

        run.ExitCode.Should().Be(0, run.Error);
        run.Error.Should().BeEmpty();
        run.Output.Should().Contain("乌兰陶勒盖镇").And.Contain("嘎鲁图镇").And.Contain("苏力德苏木").And.Contain("2022-Q4");
        var byKind = CliRun.Of("aggregate", SampleRecords, "--by", "record-type", "--format", "csv");
        byKind.ExitCode.Should().Be(0, byKind.Error);
        foreach (var kind in new[] { "inspection", "hazard", "meeting", "training", "publicity", "unit", "enforcement" })
        {
            byKind.Output.Should().Contain("detail,,,,," + kind + ",");
        }
    }

    [Fact]
    public void The_sample_holds_hazard_histories_units_and_enforcement_that_the_presets_read()
    {
        File.ReadLines(SampleRecords).Count(l => l.Contains("\"events\":", StringComparison.Ordinal)).Should().BeGreaterThan(20, "closed hazards carry their history");
        File.ReadLines(SampleRecords).Count(l => l.Contains("\"unitId\":", StringComparison.Ordinal)).Should().BeGreaterThan(50, "inspections, hazards and documents name their unit");

        var hazards = CliRun.Of("aggregate", SampleRecords, "--preset", "hazard-quarterly", "--format", "csv");
        var enforcement = CliRun.Of("aggregate", SampleRecords, "--preset", "enforcement-summary", "--format", "csv");

        hazards.ExitCode.Should().Be(0, hazards.Error);
        enforcement.ExitCode.Should().Be(0, enforcement.Error);
        enforcement.Output.Split('\n').Should().Contain(l => l.Contains(",D,", StringComparison.Ordinal), "the gas stations' 门类 D has rows");
    }
}
