using System.CommandLine;
using System.IO;
using System.Linq;
using NodaTime;
using SafetyModel.Aggregation;
using SafetyModel.Cli.Charts;
using SafetyModel.Cli.Demo;
using SafetyModel.Cli.Output;
using SafetyModel.Extraction;
using SafetyModel.Primitives;
using SafetyModel.Records;
using SafetyModel.Reports;
using SafetyModel.Validation;
using SafetyModel.Work;

namespace SafetyModel.Cli.Commands;

/// <summary>
/// <c>safetymodel demo</c>: the whole library on real input. The bundled seed letter is parsed (metadata, outline),
/// its figures extracted and validated (the letter's 7 inspections against the 12 its 其中 parts add up to); then a
/// generated year of inspections in the towns of 乌审旗 is rolled up by town × quarter × inspection type, printed, and
/// drawn as a chart. The chart goes into <c>--output-dir</c>, by default a new folder under the system's temporary
/// folder (never silently into the working directory), or to the file <c>--chart</c> names; <c>--chart none</c> draws
/// none. Where it went is printed.
/// </summary>
internal static class DemoCommand
{
    public const string DefaultChart = "safetymodel-demo.png";

    public static readonly AggregationQuery Query = new()
    {
        DivisionLevel = DivisionLevel.Township,
        Granularity = PeriodGranularity.Quarter,
        Dimension = AggregationDimension.InspectionType,
        Measures = new[] { Measure.Records, Measure.InspectionHazardsFound },
    };

    public static Command Create(CliEnvironment environment)
    {
        var chart = new Option<string?>("--chart");
        var outputDirectory = new Option<string?>("--output-dir") { HelpName = "dir" };
        var format = CommonOptions.Format();
        var command = new Command("demo", "Show the library on the bundled seed letter and a generated banner dataset: parse, extract, validate, aggregate, chart.")
        {
            chart, outputDirectory, format,
        };
        command.SetAction(result => Run(
            environment,
            ChartPath(environment, result.GetValue(chart), result.GetValue(outputDirectory)),
            CommonOptions.ParseFormat(result.GetValue(format)),
            CommonOptions.LanguageOf(result)));
        return command;
    }

    /// <summary>
    /// Where the chart goes: the file <paramref name="chart"/> names (null for <c>none</c>), else
    /// <see cref="DefaultChart"/> in <paramref name="directory"/> (made when missing), else in a new temporary folder.
    /// </summary>
    public static string? ChartPath(CliEnvironment environment, string? chart, string? directory)
    {
        if (chart is not null && directory is not null)
        {
            throw new CliException("--chart and --output-dir: give one of them (--chart names the file, --output-dir the folder it goes into).");
        }

        if (chart is not null)
        {
            return AggregateCommand.ChartPath(environment, chart);
        }

        if (directory is null)
        {
            return Path.Combine(Directory.CreateTempSubdirectory("safetymodel-demo-").FullName, DefaultChart);
        }

        var full = environment.Resolve(directory);
        if (File.Exists(full))
        {
            throw new CliException($"--output-dir {directory}: is a file; give a folder.");
        }

        try
        {
            Directory.CreateDirectory(full);
        }
        catch (System.Exception e) when (e is IOException or System.UnauthorizedAccessException or System.NotSupportedException or System.ArgumentException)
        {
            throw new CliException($"--output-dir {directory}: cannot be made: {e.Message}", e);
        }

        return Path.Combine(full, DefaultChart);
    }

    public static int Run(CliEnvironment environment, string? chart, OutputFormat format, Language language)
    {
        var text = SeedText.Read();
        var registry = DemoDataset.Registry;
        var parsed = SummaryText.ParseDetailed(text, new SummaryTextOptions { Registry = registry });
        var report = parsed.GetValueOrThrow();
        var validation = ReportRules.Default.ValidateParsed(parsed, new ValidationContext(SystemClock.Instance, registry: registry));
        var records = DemoDataset.Create();
        var hazard = DemoHazard.Create();
        var unitRecords = DemoUnit.Create(hazard);
        var unitFile = UnitFile.For(DemoUnit.Id, unitRecords);
        var unitDay = hazard.FoundOn.PlusDays(48);
        var table = Aggregator.Aggregate(records, Query);
        var drawing = chart is null ? null : BarChart.Write(table, Measure.Records, chart, registry, $"{DemoDataset.Year}年乌审旗各镇（苏木）安全检查次数（按季度）");
        if (drawing is { Chinese: false })
        {
            environment.Error.WriteLine("safetymodel: warning: " + ChineseFonts.Advice(language == Language.Chinese));
        }


        if (format == OutputFormat.Json)
        {
            using var json = new JsonOutput(environment.Output, "demo");
            json.Writer.WriteStartObject("seed");
            json.Writer.WriteString("name", SeedText.Name);
            json.Writer.WriteNumber("characters", text.Length);
            json.Writer.WriteEndObject();
            json.WriteContract("report", report);
            json.WriteDiagnostics("notes", parsed.Notes);
            json.Writer.WriteStartObject("validation");
            json.Writer.WriteNumber("errors", validation.ErrorCount);
            json.Writer.WriteNumber("warnings", validation.WarningCount);
            json.Writer.WriteNumber("information", validation.InformationCount);
            json.Writer.WriteStartArray("issues");
            foreach (var issue in validation.Issues)
            {
                json.Writer.WriteStartObject();
                json.WriteIssueMembers(issue);
                json.Writer.WriteEndObject();
            }

            json.Writer.WriteEndArray();
            json.Writer.WriteEndObject();
            json.Writer.WriteStartObject("dataset");
            json.Writer.WriteNumber("year", DemoDataset.Year);
            json.Writer.WriteNumber("records", records.Count);
            json.Writer.WriteStartArray("divisions");
            foreach (var town in DemoDataset.Towns)
            {
                json.Writer.WriteStringValue(town.Code);
            }

            json.Writer.WriteEndArray();
            json.Writer.WriteEndObject();
            StatisticsView.WriteJson(json, "table", table, registry);
            if (chart is null)
            {
                json.Writer.WriteNull("chart");
            }
            else
            {
                json.Writer.WriteString("chart", chart);
            }

            json.WriteContract("hazard", hazard);
            json.Writer.WriteStartArray("hazardStandings");
            foreach (var day in DemoHazard.Days(hazard))
            {
                var standing = hazard.StandingOn(day);
                json.Writer.WriteStartObject();
                json.Writer.WriteString("on", day.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                json.Writer.WriteString("state", standing.State is { } state ? EnumCodes.Of(state) : null);
                json.Writer.WriteString("stateName", standing.State is { } named ? HazardLifecycle.ChineseName(named) : null);
                json.Writer.WriteBoolean("overdue", standing.IsOverdue);
                json.Writer.WriteNumber("daysOpen", standing.DaysOpen);
                json.Writer.WriteNumber("daysOverdue", standing.DaysOverdue);
                json.Writer.WriteEndObject();
            }

            json.Writer.WriteEndArray();
            json.Writer.WriteStartObject("unitFile");
            json.WriteContract("unit", unitFile.Unit!);
            json.Writer.WriteNumber("inspections", unitFile.Inspections.Count);
            json.Writer.WriteNumber("hazards", unitFile.Hazards.Count);
            json.Writer.WriteNumber("openHazards", unitFile.OpenHazards.Count);
            json.Writer.WriteNumber("accidents", unitFile.Accidents.Count);
            json.Writer.WriteStartArray("enforcementActions");
            foreach (var action in unitFile.EnforcementActions)
            {
                json.WriteContractValue<IRecord>(action);
            }

            json.Writer.WriteEndArray();
            json.Writer.WriteNumber("finesYuan", unitFile.Fines);
            json.Writer.WriteEndObject();
            return ExitCodes.Ok;
        }

        var output = environment.Output;
        output.WriteLine(language.Pick("SafetyModel demo", "SafetyModel 演示"));
        output.WriteLine();
        output.WriteLine(language.Pick(
            $"1. The seed letter ({text.Length} characters, bundled), read as a 公文 and a work summary report",
            $"1. 种子公文（{text.Length}字符，随工具附带），按公文和工作总结读取"));
        output.WriteLine();
        ReportView.WriteDocument(output, report, registry, language);
        output.WriteLine();
        output.WriteLine(language.Pick("2. Figures stated in its prose, each with the characters it came from", "2. 正文所述数字及其原文位置"));
        output.WriteLine();
        ReportView.WriteFigures(output, report.StatedFigures, language);
        output.WriteLine();
        output.WriteLine(language.Pick(
            $"3. Validation (ReportRules.Default): {validation.ErrorCount} errors, {validation.WarningCount} warnings, {validation.InformationCount} information",
            $"3. 校验（ReportRules.Default）：错误{validation.ErrorCount}条，警告{validation.WarningCount}条，提示{validation.InformationCount}条"));
        ValidateCommand.WriteIssues(output, validation.Issues.Select(i => (PointerText.Of(i.Path, language), i)), language);
        output.WriteLine();
        output.WriteLine(language.Pick(
            $"4. A generated year of inspections in the {DemoDataset.Towns.Count} towns of 乌审旗 ({records.Count} records, {DemoDataset.Year}), by town × quarter × inspection type",
            $"4. 生成的乌审旗{DemoDataset.Towns.Count}个镇（苏木）{DemoDataset.Year}年检查记录（{records.Count}条），按镇 × 季度 × 检查类型汇总"));
        output.WriteLine();
        StatisticsView.WriteTable(output, table, registry, language);
        output.WriteLine();
        output.WriteLine(drawing is null
            ? language.Pick("5. Chart: none (--chart none)", "5. 图表：未绘制（--chart none）")
            : language.Pick(
                $"5. Chart: {chart}{(drawing.Chinese ? string.Empty : " (no font with Chinese glyphs is installed: divisions are labelled with their codes)")}",
                $"5. 图表：{chart}{(drawing.Chinese ? string.Empty : "（未安装中文字体，行政区划以代码标注）")}"));
        output.WriteLine();
        output.WriteLine(language.Pick(
            "6. A hazard's life (上报 → 交办 → 整改 → 复查 → 销号, with 挂牌督办, 延期 and 约谈), and where it stood on three days",
            "6. 一处隐患的处理全过程（上报 → 交办 → 整改 → 复查 → 销号，含挂牌督办、延期、约谈）及三个日期的状态"));
        output.WriteLine();
        DemoHazard.Write(output, hazard, language);
        output.WriteLine();
        output.WriteLine(language.Pick(
            "7. The unit's file (一企一档): its inspections, hazards, accidents and enforcement documents",
            "7. 企业档案（一企一档）：检查、隐患、事故和执法文书"));
        output.WriteLine();
        DemoUnit.Write(output, unitFile, unitDay, language);
        return ExitCodes.Ok;
    }
}
