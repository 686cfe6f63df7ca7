using SafetyModel.Cli.Demo;
using SkiaSharp;

namespace SafetyModel.Cli.Tests;

public class DemoCommandTests
{
    [Fact]
    public void Demo_reads_the_seed_letter_shows_the_7_against_12_warning_and_prints_the_roll_up()
    {
        var directory = TempDirectory.Create();

        var run = CliRun.Of(directory, null, false, "demo", "--language", "en");

        run.ExitCode.Should().Be(0, run.Error);
        run.Error.Should().BeEmpty();
        run.Output.Should().Contain("乌兰镇政函〔2022〕297号")
            .And.Contain("2022年上半年 (2022-H1)")
            .And.Contain("150626103000 乌兰陶勒盖镇")
            .And.Contain("Stated figures (8)")
            .And.Contain("more than 500 copies (500 < n < 600)")
            .And.Contain("SM5001")
            .And.Contain("The parts add up to 12, more than the stated total of 7.")
            .And.Contain("0 errors, 1 warnings, 2 information")
            .And.Contain($"({DemoDataset.Create().Count} records, 2022), by town × quarter × inspection type");
        var total = run.Output.Split('\n').Single(l => l.TrimStart().StartsWith("total", StringComparison.Ordinal));
        total.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1].Should().Be(DemoDataset.Create().Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Demo_writes_its_chart_into_the_output_directory_as_a_PNG_of_the_documented_size()
    {
        var directory = TempDirectory.Create();

        var run = CliRun.Of(directory, null, false, "demo", "--output-dir", "out/charts", "--language", "en");

        run.ExitCode.Should().Be(0, run.Error);
        var path = Path.Combine(directory, "out", "charts", "safetymodel-demo.png");
        run.Output.Should().Contain("5. Chart: " + path);
        File.ReadAllBytes(path).Take(8).Should().Equal(0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A);
        using var bitmap = SKBitmap.Decode(path);
        bitmap.Should().NotBeNull();
        bitmap.Width.Should().Be(1000);
        bitmap.Height.Should().Be(560);
        Charts.Has(bitmap, Charts.FirstSeries).Should().BeTrue("the first quarter's bars are drawn");
        Charts.Has(bitmap, Charts.SecondSeries).Should().BeTrue("the second quarter's bars are drawn");
    }

    [Fact]
    public void Demo_writes_nothing_into_the_working_directory_by_default_and_says_where_the_chart_went()
    {
        var directory = TempDirectory.Create();

        var run = CliRun.Of(directory, null, false, "demo", "--language", "en");

        run.ExitCode.Should().Be(0, run.Error);
        Directory.EnumerateFileSystemEntries(directory).Should().BeEmpty("the demo's chart goes into a new temporary folder unless asked otherwise");
        var line = run.Output.Split('\n').Single(l => l.StartsWith("5. Chart: ", StringComparison.Ordinal));
        var path = line["5. Chart: ".Length..].Split(' ')[0].TrimEnd('\r');
        path.Should().StartWith(Path.GetTempPath()).And.EndWith("safetymodel-demo.png");
        File.Exists(path).Should().BeTrue();
        Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
    }

    [Fact]
    public void Demo_with_chart_none_draws_no_chart()
    {
        var directory = TempDirectory.Create();

        var run = CliRun.Of(directory, null, false, "demo", "--chart", "none", "--format", "json");

        run.ExitCode.Should().Be(0, run.Error);
        Directory.EnumerateFileSystemEntries(directory).Should().BeEmpty();
        run.Json().GetProperty("chart").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
    }

    [Fact]
    public void Demo_refuses_both_chart_and_output_dir_and_an_output_dir_that_is_a_file()
    {
        var file = TempDirectory.File("taken", "x");

        CliRun.Of("demo", "--chart", "a.png", "--output-dir", "d").Error.Should().Contain("give one of them");
        var run = CliRun.Of("demo", "--output-dir", file);
        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("is a file");
    }

    [Fact]
    public void Demo_in_JSON_carries_the_report_the_three_issues_the_dataset_and_the_table()
    {
        var directory = TempDirectory.Create();
        var chart = Path.Combine(directory, "charts", "demo.png");
        Directory.CreateDirectory(Path.GetDirectoryName(chart)!);

        var run = CliRun.Of(directory, null, false, "demo", "--format", "json", "--chart", "charts/demo.png");

        run.ExitCode.Should().Be(0, run.Error);
        var json = run.Json();
        json.GetProperty("command").GetString().Should().Be("demo");
        json.GetProperty("version").GetInt32().Should().Be(1);
        json.GetProperty("seed").GetProperty("characters").GetInt32().Should().Be(File.ReadAllText(CliRun.SeedPath).Length);
        json.GetProperty("report").GetProperty("statedFigures").GetArrayLength().Should().Be(8);
        json.GetProperty("validation").GetProperty("issues").EnumerateArray().Select(i => i.GetProperty("code").GetString())
            .Should().Equal("SM1041", "SM5001", "SM5002");
        var warning = json.GetProperty("validation").GetProperty("issues")[1];
        warning.GetProperty("path").GetString().Should().Be("/statedFigures/2");
        warning.GetProperty("arguments").GetProperty("partsSum").GetInt32().Should().Be(12);
        json.GetProperty("dataset").GetProperty("records").GetInt32().Should().Be(DemoDataset.Create().Count);
        json.GetProperty("dataset").GetProperty("divisions").GetArrayLength().Should().Be(6);
        var rows = json.GetProperty("table").GetProperty("rows");
        var total = rows[rows.GetArrayLength() - 1];
        total.GetProperty("kind").GetString().Should().Be("total");
        total.GetProperty("values").GetProperty("records").GetProperty("stated").GetInt32().Should().Be(DemoDataset.Create().Count);
        json.GetProperty("chart").GetString().Should().Be(chart);
        File.Exists(chart).Should().BeTrue();
    }

    [Fact]
    public void Demo_dataset_is_the_same_every_run()
    {
        DemoDataset.Create().Should().Equal(DemoDataset.Create());
    }

    [Fact]
    public void Demo_refuses_a_chart_path_in_a_directory_that_does_not_exist()
    {
        var run = CliRun.Of("demo", "--chart", "no/such/dir/chart.png");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("does not exist");
        run.Output.Should().BeEmpty();
    }
}
