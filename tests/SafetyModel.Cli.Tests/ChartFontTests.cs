using System.Diagnostics;
using System.Threading.Tasks;
using NodaTime;
using SafetyModel.Aggregation;
using SafetyModel.Cli.Charts;
using SafetyModel.Cli.Commands;
using SafetyModel.Cli.Demo;
using SafetyModel.Primitives;
using SafetyModel.Records;
using SkiaSharp;

namespace SafetyModel.Cli.Tests;

/// <summary>
/// Charts with Chinese labels on Linux: the fontconfig build of Skia finds the installed CJK font (.ci/run installs
/// fonts-noto-cjk), divisions are labelled by name, counts get whole-number ticks, and with no font the tool says which
/// package to install.
/// </summary>
public class ChartFontTests
{
    /// <summary>Skipped where no font with Chinese glyphs is installed — but never in CI, which installs one.</summary>
    private static string RequireChineseFont()
    {
        var family = ChineseFonts.Find();
        if (family is null && Environment.GetEnvironmentVariable("CI") == "true")
        {
            throw new InvalidOperationException($"CI installs {ChineseFonts.Package}, yet no font with Chinese glyphs is found: the fontconfig build of SkiaSharp is not in use, or .ci/run did not install the font.");
        }

        Assert.SkipWhen(family is null, $"no font with Chinese glyphs is installed here (apt-get install {ChineseFonts.Package})");
        return family!;
    }

    [Fact]
    public void Demo_chart_labels_towns_by_their_Chinese_names_in_a_typeface_that_has_their_glyphs()
    {
        var family = RequireChineseFont();
        var path = Path.Combine(TempDirectory.Create(), "demo.png");
        var table = Aggregator.Aggregate(DemoDataset.Create(), DemoCommand.Query);

        var drawing = BarChart.Write(table, Measure.Records, path, DemoDataset.Registry, "2022年乌审旗各镇（苏木）安全检查次数（按季度）");

        drawing.ChineseFont.Should().Be(family);
        drawing.CategoryLabels.Should().Equal(DemoDataset.Towns.Select(t => DemoDataset.Registry.TryGetName(t, out var name) ? name : null),
            "each town is labelled by its name, not its code");
        drawing.CategoryLabels.Should().Contain("乌兰陶勒盖镇").And.Contain("苏力德苏木");
        drawing.LegendLabels.Should().Equal("2022年第一季度", "2022年第二季度", "2022年第三季度", "2022年第四季度");
        drawing.YLabel.Should().Be("记录数");
        using (var typeface = ScottPlot.Fonts.GetTypeface(family, bold: false, italic: false))
        {
            typeface.FamilyName.Should().Be(family, "the plot draws with the family found, not a substitute");
            foreach (var label in drawing.CategoryLabels.Concat(drawing.LegendLabels).Append(drawing.Title))
            {
                typeface.ContainsGlyphs(label).Should().BeTrue($"'{label}' is drawn with real glyphs, not empty boxes");
            }
        }

        using var bitmap = SKBitmap.Decode(path);
        bitmap.Should().NotBeNull();
        bitmap.Width.Should().Be(BarChart.Width);
        bitmap.Height.Should().Be(BarChart.Height);
        DarkPixels(bitmap, 0, bitmap.Height - 36, bitmap.Width * 3 / 4, bitmap.Height).Should().BeGreaterThan(200, "the town names are drawn under the bars");
        DarkPixels(bitmap, bitmap.Width / 5, 0, bitmap.Width * 4 / 5, 30).Should().BeGreaterThan(200, "the title is drawn");
    }

    [Fact]
    public void A_count_axis_has_whole_number_ticks_only()
    {
        var records = new IRecord[]
        {
            RecordFiles.Inspection("I-1", 5),
            new SafetyModel.Work.Inspection { Id = "I-2", Division = DivisionCode.Parse("150626100"), Start = new LocalDate(2022, 5, 1) },
            new SafetyModel.Work.Inspection { Id = "I-3", Division = DivisionCode.Parse("150626100"), Start = new LocalDate(2022, 6, 1) },
        };
        var table = Aggregator.Aggregate(records, new AggregationQuery { DivisionLevel = DivisionLevel.Township, Measures = new[] { Measure.Records } });

        var drawing = BarChart.Write(table, Measure.Records, Path.Combine(TempDirectory.Create(), "c.png"), DivisionRegistry.SampleWushenBanner, "记录数");

        drawing.ValueTicks.Should().HaveCountGreaterThan(1).And.OnlyContain(t => t == Math.Floor(t), "there is no half a record");
    }

    [Fact]
    public async Task A_chart_without_any_Chinese_font_is_labelled_with_codes_and_the_tool_names_the_package_to_install()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "a configuration without fonts is made through fontconfig, which chooses the fonts on Linux only");
        var directory = TempDirectory.Create();
        var records = RecordFiles.JsonLines("r.jsonl", new IRecord[] { RecordFiles.Inspection("I-1", 5) });
        // fontconfig with a configuration that lists no font folder: a machine with no fonts at all.
        var config = TempDirectory.File("fonts.conf", "<?xml version=\"1.0\"?><!DOCTYPE fontconfig SYSTEM \"fonts.dtd\"><fontconfig><cachedir>" + Path.Combine(directory, "cache") + "</cachedir></fontconfig>");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = directory };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "SafetyModel.Cli.dll"), "aggregate", records, "--by", "township", "--chart", "chart.png" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["FONTCONFIG_FILE"] = config;
        using var process = Process.Start(start)!;
        var cancel = TestContext.Current.CancellationToken;
        var output = process.StandardOutput.ReadToEndAsync(cancel);
        var error = await process.StandardError.ReadToEndAsync(cancel);
        await process.WaitForExitAsync(cancel);

        process.ExitCode.Should().Be(0, error);
        File.Exists(Path.Combine(directory, "chart.png")).Should().BeTrue();
        error.Should().Contain("no font with Chinese glyphs is installed").And.Contain("apt-get install fonts-noto-cjk");
        (await output).Should().Contain("labelled with codes");
    }

    private static int DarkPixels(SKBitmap bitmap, int left, int top, int right, int bottom)
    {
        var count = 0;
        for (var y = top; y < bottom; y++)
        {
            for (var x = left; x < right; x++)
            {
                var p = bitmap.GetPixel(x, y);
                if (p.Red < 100 && p.Green < 100 && p.Blue < 100)
                {
                    count++;
                }
            }
        }

        return count;
    }
}
