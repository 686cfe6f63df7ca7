using System.Collections.Generic;
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using SafetyModel.Aggregation;
using SafetyModel.Diagnostics;
using SafetyModel.Cli.Aggregation;
using SafetyModel.Cli.Charts;
using SafetyModel.Cli.Input;
using SafetyModel.Cli.Output;
using SafetyModel.Serialization;
using SafetyModel.Primitives;
using SafetyModel.Records;
using SafetyModel.Work;

namespace SafetyModel.Cli.Commands;

/// <summary>
/// <c>safetymodel aggregate &lt;files...&gt; --by town,quarter,inspection-type --measure records,...</c>: records rolled up
/// by <see cref="Aggregator"/> into a statistics table (details, 小计, 合计) as text, CSV or JSON, and optionally a bar
/// chart. Files are read streaming; a line that cannot be read stops the run (exit 2) rather than giving totals that
/// silently leave records out. Progress goes to standard error when it is a terminal.
/// </summary>
internal static class AggregateCommand
{
    /// <summary>The <c>--chart</c> value that asks for no chart.</summary>
    public const string NoChart = "none";

    private const int ProgressEvery = 100_000;

    /// <summary>How many unreadable lines are listed before the run stops.</summary>
    private const int ListedFailures = 20;

    public static Command Create(CliEnvironment environment)
    {
        var files = CommonOptions.RefusingOptions(new Argument<string[]>("files") { Arity = ArgumentArity.OneOrMore });
        var by = new Option<string?>("--by")
        {
            HelpName = "level,period,dimension",
        };
        var measure = new Option<string?>("--measure")
        {
            HelpName = "measure,...",
        };
        var periods = new Option<string?>("--periods")
        {
            HelpName = "period,...",
        };
        var rate = new Option<string?>("--rate")
        {
            HelpName = "rate,...",
        };
        var preset = new Option<string?>("--preset") { HelpName = "form" };
        var asOf = new Option<string?>("--as-of");
        var chart = new Option<string?>("--chart");
        var bom = new Option<bool>("--bom");
        var threads = new Option<int>("--threads") { DefaultValueFactory = _ => -1, HelpName = "n" };
        var registry = new Option<string>("--registry")
        {
            DefaultValueFactory = _ => Registries.Sample,
        };
        var format = CommonOptions.Format("table", "table", "csv", "json", "xlsx");
        var output = new Option<string?>("--output", "-o");
        var inputFormat = CommonOptions.InputFormat();
        var command = new Command("aggregate")
        {
            files, by, measure, periods, rate, preset, asOf, chart, registry, format, output, inputFormat, bom, threads,
        };
        command.SetAction(result => Run(
            environment,
            result.GetRequiredValue(files),
            CommonOptions.ParseInputFormat(result.GetValue(inputFormat)),
            result.GetValue(preset) is { } form
                ? QuerySpec.FromPreset(form, result.GetValue(by), result.GetValue(measure), result.GetValue(periods), result.GetValue(rate), DateOptions.Parse("--as-of", result.GetValue(asOf)))
                : QuerySpec.Parse(result.GetValue(by), result.GetValue(measure), DateOptions.Parse("--as-of", result.GetValue(asOf)), result.GetValue(periods), result.GetValue(rate)),
            Registries.Load(result.GetValue(registry), environment),
            ChartPath(environment, result.GetValue(chart)),
            CommonOptions.ParseFormat(result.GetValue(format)),
            CommonOptions.LanguageOf(result),
            result.GetValue(format) == "xlsx" ? result.GetValue(output) ?? throw new CliException("--format xlsx needs --output <file.xlsx>: a workbook is not written to a terminal.") : null,
            result.GetValue(bom),
            Threads(result.GetValue(threads))));
        return command;
    }

    /// <summary>
    /// By industry or unit, a record that names a unit by <c>unitId</c> is placed by the unit's record: the records are
    /// read into memory and the units among them are the query's directory (the library does not look ahead in a stream).
    /// </summary>
    private static StatisticsTable WithUnits(List<IRecord> records, AggregationQuery query) => Aggregator.Aggregate(records, new AggregationQuery
    {
        DivisionLevel = query.DivisionLevel,
        Granularity = query.Granularity,
        Periods = query.Periods,
        Dimension = query.Dimension,
        Measures = query.Measures,
        Rates = query.Rates,
        AsOf = query.AsOf,
        Catalogue = query.Catalogue,
        CategoryMapping = query.CategoryMapping,
        Units = UnitDirectory.From(records),
    });

    public static int Run(
        CliEnvironment environment, IReadOnlyList<string> files, RecordFormat inputFormat, AggregationQuery query, DivisionRegistry? registry, string? chart, OutputFormat format, Language language, string? xlsx = null, bool bom = false, int threads = -1)
    {
        if (bom && format != OutputFormat.Csv)
        {
            throw new CliException("--bom applies to --format csv only (an .xlsx workbook needs none; table and JSON output are UTF-8 without one).");
        }

        // No table is given when a line cannot be read, so the first few are listed and reading stops there.
        var reader = new RecordReader(environment, inputFormat, keep: ListedFailures, stopAfter: ListedFailures);
        var count = 0L;
        SourcedRecord? current = null;
        var unknownMembers = 0L;
        var clock = Stopwatch.StartNew();

        IEnumerable<IRecord> Records()
        {
            foreach (var sourced in reader.Read(files))
            {
                if (++count % ProgressEvery == 0 && environment.ErrorIsTerminal)
                {
                    environment.Error.Write(string.Create(CultureInfo.InvariantCulture, $"\r  {count:N0} records read ({clock.Elapsed.TotalSeconds:F1} s)"));
                }

                current = sourced;
                foreach (var issue in SafetyJson.FindUnknownMembers(sourced.Record))
                {
                    // Kept for the round trip, but no measure reads it: a misspelled figure would silently count as 0.
                    if (++unknownMembers <= ListedFailures)
                    {
                        WarnUnknown(environment, sourced.File, sourced.Line > 0 ? $"line {sourced.Line}" : PointerText.Of(sourced.Pointer, Language.English), issue, sourced.Pointer);
                    }
                }

                yield return sourced.Record;
            }
        }

        StatisticsTable table;
        try
        {
            if (query.Dimension == AggregationDimension.Industry || query.Dimension == AggregationDimension.Unit)
            {
                table = WithUnits(Records().ToList(), query);
            }
            else if (new RecordReader(environment, inputFormat).TryAggregate(files, query, new System.Threading.Tasks.ParallelOptions { MaxDegreeOfParallelism = threads }, Progress(environment, clock)) is { } read)
            {
                // One JSON Lines file: read without making its records, on every core (what the record path would give).
                table = read.Table;
                count = read.Records;
                foreach (var unknown in read.UnknownMembers.Take(ListedFailures))
                {
                    WarnUnknown(environment, files[0], $"line {unknown.LineNumber + 1}", unknown.Issue);
                }

                unknownMembers = read.UnknownMemberCount;
            }
            else
            {
                table = Aggregator.Aggregate(Records(), query);
            }
        }
        catch (System.ArgumentException e)
        {
            // The library names the record by its index in the stream; the user wants its file and line.
            var where = current is null ? string.Empty
                : current.Line > 0 ? $"{InputFile.DisplayName(current.File)}, line {current.Line}: "
                : $"{InputFile.DisplayName(current.File)}, {current.Pointer}: ";
            throw new CliException($"{where}the records cannot be aggregated: {CliException.Reason(e)}", e);
        }
        finally
        {
            if ((count >= ProgressEvery || clock.Elapsed.TotalSeconds >= 1) && environment.ErrorIsTerminal)
            {
                environment.Error.WriteLine();
            }
        }

        if (unknownMembers > ListedFailures)
        {
            environment.Error.WriteLine($"safetymodel: warning: … and {unknownMembers - ListedFailures} more members not in the contract.");
        }

        if (reader.FailureCount > 0)
        {
            foreach (var failure in reader.Failures)
            {
                environment.Error.WriteLine(SafeText.ForTerminal($"safetymodel: {InputFile.DisplayName(failure.File)}, line {failure.Line}: {RecordReader.Describe(failure.Error, withLine: false)}", SafeText.MessageLimit));
            }

            throw new CliException(reader.Stopped
                ? $"more than {ListedFailures} lines cannot be read, so reading stopped and no table is given: totals without them would be wrong. 'safetymodel validate' lists every one."
                : $"{reader.FailureCount} lines cannot be read, so no table is given: totals without them would be wrong. 'safetymodel validate' lists every one.");
        }

        var drawing = chart is null ? null : BarChart.Write(table, query.Measures[0], chart, registry, ChineseTitle(query));
        if (drawing is { Chinese: false })
        {
            environment.Error.WriteLine("safetymodel: warning: " + ChineseFonts.Advice(language == Language.Chinese));
        }

        var drawn = drawing is { Chinese: true };
        if (xlsx is not null)
        {
            try
            {
                using var stream = new System.IO.FileStream(environment.Resolve(xlsx), System.IO.FileMode.Create, System.IO.FileAccess.Write);
                SafetyModel.Office.StatisticsWorkbook.Write(stream, table, registry, english: false);
            }
            catch (System.Exception e) when (e is System.IO.IOException or System.UnauthorizedAccessException or System.NotSupportedException)
            {
                throw new CliException($"--output {xlsx}: cannot be written: {e.Message}", e);
            }

            environment.Error.WriteLine(language.Pick($"{count} records: {StatisticsView.Title(query, language)}; table written to {xlsx}", $"记录{count}条，{StatisticsView.Title(query, language)}；统计表已写入 {xlsx}"));
            WarnOutsidePeriods(environment, table, language);
            return ExitCodes.Ok;
        }

        switch (format)
        {
            case OutputFormat.Csv:
                if (bom)
                {
                    environment.Output.Write('\uFEFF');
                }

                table.ToCsv(environment.Output, registry);
                WarnOutsidePeriods(environment, table, language);
                break;
            case OutputFormat.Json:
                using (var json = new JsonOutput(environment.Output, "aggregate"))
                {
                    json.Writer.WriteNumber("records", count);
                    StatisticsView.WriteJson(json, "table", table, registry);
                    if (chart is null)
                    {
                        json.Writer.WriteNull("chart");
                    }
                    else
                    {
                        json.Writer.WriteString("chart", chart);
                    }
                }

                break;
            default:
                environment.Output.WriteLine(language.Pick($"{count} records: {StatisticsView.Title(query, language)}", $"记录{count}条，{StatisticsView.Title(query, language)}"));
                StatisticsView.WriteTable(environment.Output, table, registry, language);
                if (table.RecordsOutsidePeriods > 0)
                {
                    environment.Output.WriteLine(language.Pick(
                        $"{table.RecordsOutsidePeriods} records fall in none of the periods and are left out.",
                        $"另有{table.RecordsOutsidePeriods}条记录不在所列期间内，未计入。"));
                }

                if (chart is not null)
                {
                    environment.Output.WriteLine(language.Pick(
                        $"chart: {chart}{(drawn ? string.Empty : " (no font with Chinese glyphs: labelled with codes)")}",
                        $"图表：{chart}{(drawn ? string.Empty : "（未找到中文字体，以代码标注）")}"));
                }

                break;
        }

        return ExitCodes.Ok;
    }

    /// <summary>Progress of a file read without making its records, in megabytes, on a terminal only.</summary>
    private static System.Action<long>? Progress(CliEnvironment environment, Stopwatch clock) => environment.ErrorIsTerminal
        ? bytes => environment.Error.Write(string.Create(CultureInfo.InvariantCulture, $"\r  {bytes / 1048576.0:N0} MB read ({clock.Elapsed.TotalSeconds:F1} s)"))
        : null;

    /// <summary>A member a record has that the contract does not define: kept for the round trip, but no measure reads it.</summary>
    private static void WarnUnknown(CliEnvironment environment, string file, string where, SafetyModel.Validation.ValidationIssue issue, JsonPointer? within = null) =>
        environment.Error.WriteLine(SafeText.ForTerminal(
            $"safetymodel: warning: {InputFile.DisplayName(file)}, {where}, {(within ?? JsonPointer.Root).Append(issue.Path)}: {issue.Code} '{issue.Arguments["member"]}' is not a member of the contract and is not counted (a misspelled member?); 'safetymodel validate --strict' refuses it.",
            SafeText.MessageLimit));

    /// <summary>
    /// CSV and xlsx have no place for a remark, and a total without one would silently leave records out: they are
    /// counted on standard error (JSON has <c>table.recordsOutsidePeriods</c>, the text table a line under it).
    /// </summary>
    private static void WarnOutsidePeriods(CliEnvironment environment, StatisticsTable table, Language language)
    {
        if (table.RecordsOutsidePeriods > 0)
        {
            environment.Error.WriteLine(language.Pick(
                $"safetymodel: {table.RecordsOutsidePeriods} records fall in none of the periods and are left out of the table.",
                $"safetymodel：另有{table.RecordsOutsidePeriods}条记录不在所列期间内，未计入本表。"));
        }
    }

    /// <summary>The <c>--threads</c> value: −1 (the default) for every core, else 1 to 256.</summary>
    private static int Threads(int value) => value == -1 || value is >= 1 and <= 256
        ? value
        : throw new CliException($"--threads {value}: give a number of threads from 1 to 256, or leave it out to use every core.");

    /// <summary>
    /// The chart's file: null when no chart is asked for (no option, or <c>none</c> — never a file named <c>none</c>);
    /// refused before any work when it names a directory.
    /// </summary>
    public static string? ChartPath(CliEnvironment environment, string? path)
    {
        if (path is null || string.Equals(path, NoChart, System.StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var full = environment.Resolve(path);
        return System.IO.Directory.Exists(full)
            ? throw new CliException($"--chart {path}: is a directory; give the name of a PNG file to write, such as {System.IO.Path.Combine(path, "chart.png")}.")
            : full;
    }

    /// <summary>The chart's title when Chinese can be drawn: <c>记录数（乡镇 × 季度）</c>.</summary>
    public static string ChineseTitle(AggregationQuery query)
    {
        var keys = new[]
        {
            query.DivisionLevel is { } level ? QuerySpec.ChineseName(level) : null,
            query.Granularity is { } granularity ? QuerySpec.ChineseName(granularity) : null,
        }.Where(k => k is not null).ToArray();
        var name = StatisticsView.MeasureName(query.Measures[0], Language.Chinese);
        return keys.Length == 0 ? name : $"{name}（按{string.Join(" × ", keys)}）";
    }
}
