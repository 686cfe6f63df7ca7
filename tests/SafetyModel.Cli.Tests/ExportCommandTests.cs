using System.Threading.Tasks;
using SafetyModel.Parquet;
using SafetyModel.Primitives;

namespace SafetyModel.Cli.Tests;

/// <summary><c>safetymodel export</c>: records to Parquet, streamed; bad lines stop it with no file left, or are skipped and counted when asked.</summary>
public class ExportCommandTests
{
    private static string Lines(params string[] lines) => TempDirectory.File("records.jsonl", string.Join("\n", lines) + "\n");

    private static string InspectionLine(int i) =>
        SafetyModel.Serialization.SafetyJson.Serialize(RecordFiles.Inspection($"i{i}", 1 + (i % 12)), SafetyModel.Records.RecordCatalogue.Default);

    private static List<IRecord> ReadBack(string directory) =>
        Directory.GetFiles(directory, "*.parquet", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .SelectMany(f => ParquetImport.ReadFileAsync(f).ToBlockingEnumerable()).ToList();

    [Fact]
    public void Export_to_Parquet_writes_one_table_per_kind_that_reads_back_to_the_records()
    {
        var records = new IRecord[] { RecordFiles.Inspection("a", 3), RecordFiles.OverdueHazard("h"), RecordFiles.Inspection("b", 4) };
        var input = RecordFiles.JsonLines("records.jsonl", records);
        var output = Path.Combine(TempDirectory.Create(), "out");

        var run = CliRun.Of(TempDirectory.Create(), null, false, "export", input, "--format", "parquet", "--output", output);

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().StartWith($"exported 3 records to 2 parquet files in {output} (hazard 1, inspection 2)");
        ReadBack(output).Should().BeEquivalentTo(records, o => o.Using<IRecord>(c => c.Subject.Should().Be(c.Expectation)).WhenTypeIs<IRecord>());
    }

    [Fact]
    public void Export_partitions_by_year_and_county_on_request()
    {
        var input = Lines(InspectionLine(1), InspectionLine(2));
        var output = Path.Combine(TempDirectory.Create(), "out");

        var run = CliRun.Of(TempDirectory.Create(), null, false, "export", input, "--format", "parquet", "--output", output, "--partition-by", "year,旗");

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Contain("inspection/year=2022/county=150626000000/part-00000.parquet");
        File.Exists(Path.Combine(output, "inspection", "year=2022", "county=150626000000", "part-00000.parquet")).Should().BeTrue();
    }

    [Fact]
    public void A_bad_line_in_the_middle_stops_the_export_with_its_file_and_line_and_leaves_no_file()
    {
        var input = Lines([.. Enumerable.Range(0, 50).Select(InspectionLine), "{\"type\":\"inspection\",\"start\":\"not a date\"}", .. Enumerable.Range(50, 50).Select(InspectionLine)]);
        var output = Path.Combine(TempDirectory.Create(), "out");

        var run = CliRun.Of(TempDirectory.Create(), null, false, "export", input, "--format", "parquet", "--output", output);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain($"{input}, line 51:").And.Contain("wrote no file").And.Contain("--skip-invalid");
        (Directory.Exists(output) ? Directory.GetFiles(output, "*", SearchOption.AllDirectories) : []).Should().BeEmpty();
    }

    [Fact]
    public void Skip_invalid_leaves_bad_lines_out_and_reports_each_and_their_count()
    {
        var input = Lines(InspectionLine(1), "{not json", InspectionLine(2), "{\"type\":\"inspection\",\"start\":\"2022-13-01\"}", InspectionLine(3));
        var output = Path.Combine(TempDirectory.Create(), "out");

        var run = CliRun.Of(TempDirectory.Create(), null, false, "export", input, "--format", "parquet", "--output", output, "--skip-invalid");

        run.ExitCode.Should().Be(1);
        run.Output.Should().StartWith("exported 3 records");
        run.Error.Should().Contain("line 2:").And.Contain("line 4:").And.Contain("2 invalid lines skipped");
        ReadBack(output).Select(r => r.Id).Should().Equal("i1", "i2", "i3");
    }

    [Fact]
    public void Export_refuses_an_unknown_format_or_partition_key_and_never_overwrites()
    {
        var input = Lines(InspectionLine(1));
        var output = Path.Combine(TempDirectory.Create(), "out");

        CliRun.Of("export", input, "--format", "csv", "--output", output).ExitCode.Should().Be(2);
        var badKey = CliRun.Of("export", input, "--format", "parquet", "--output", output, "--partition-by", "decade");
        badKey.ExitCode.Should().Be(2);
        badKey.Error.Should().Contain("“decade” is not a partition key");
        CliRun.Of("export", input, "--format", "parquet", "--output", output).ExitCode.Should().Be(0);
        var again = CliRun.Of("export", input, "--format", "parquet", "--output", output);
        again.ExitCode.Should().Be(2);
        again.Error.Should().Contain("nothing was exported").And.Contain("is there already");
    }
}
