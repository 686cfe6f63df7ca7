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
        foreach (var kind in new[] { "inspection", "hazard", "meeting", "training", "publicity" })
        {
            byKind.Output.Should().Contain("detail,,,,," + kind + ",");
        }
    }
}
