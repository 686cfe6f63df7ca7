using System.Collections.Generic;
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using SafetyModel.Aggregation;
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
    private const int ProgressEvery = 100_000;

    /// <summary>How many unreadable lines are listed before the run stops.</summary>
    private const int ListedFailures = 20;

    public static Command Create(CliEnvironment environment)
    {
        var files = CommonOptions.RefusingOptions(new Argument<string[]>("files") { Description = "Record files (.json envelope or record; .jsonl lines), or - for standard input.", Arity = ArgumentArity.OneOrMore });
        var by = new Option<string?>("--by")
        {
            Description = "Up to three of: a division level (province|prefecture|county|township|village, or 省|市|旗|乡镇|村), a period (month|quarter|half-year|year) and a dimension (inspection-type|sector|hazard-level|accident-grade|accident-category|campaign|industry|unit|enforcement-document|record-type; by industry or unit a record's unitId is looked up among the unit records of the input), comma-separated.",
            HelpName = "level,period,dimension",
        };
        var measure = new Option<string?>("--measure")
        {
            Description = "Measures, comma-separated: records (default), inspection-hazards-found, hazards-found, hazards-rectified, hazards-overdue (needs --as-of), accidents, deaths, serious-injuries, minor-injuries, missing, direct-loss, people-trained, people-reached, inspected-units (distinct units named by inspections), enforcement-documents, enforcement-inspections, enforcement-units-inspected, rectification-orders, rectification-reviews, penalty-decisions, fines (元), suspension-orders, closures-requested.",
            HelpName = "measure,...",
        };
        var periods = new Option<string?>("--periods")
        {
            Description = "Group by these periods instead of a period length: codes (2022-06-01/2022-09-30, 2022-05, 2022-Q3) or Chinese (2022年上半年), comma-separated, not overlapping. Records outside all of them are counted and left out.",
            HelpName = "period,...",
        };
        var rate = new Option<string?>("--rate")
        {
            Description = "Rates to work out for every row: rectification-rate (隐患整改率, hazards-rectified ÷ hazards-found × 100; adds the two measures).",
            HelpName = "rate,...",
        };
        var asOf = new Option<string?>("--as-of") { Description = "The day hazards-overdue is judged on (yyyy-MM-dd)." };
        var chart = new Option<string?>("--chart") { Description = "Also draw the first measure as a bar chart into this PNG file." };
        var registry = new Option<string>("--registry")
        {
            Description = "Division names for the table: sample (乌审旗, the default), none, or a file of code,name lines.",
            DefaultValueFactory = _ => Registries.Sample,
        };
        var format = CommonOptions.Format("table", "table", "csv", "json", "xlsx");
        var output = new Option<string?>("--output", "-o") { Description = "With --format xlsx: the workbook to write (a title row, frozen Chinese header, 小计/合计 rows, figures as numbers)." };
        var inputFormat = CommonOptions.InputFormat();
        var command = new Command("aggregate", "Roll records up by division, period and dimension into a statistics table (text, CSV, JSON or an .xlsx) and a chart.")
        {
            files, by, measure, periods, rate, asOf, chart, registry, format, output, inputFormat,
        };
        command.SetAction(result => Run(
            environment,
            result.GetRequiredValue(files),
            CommonOptions.ParseInputFormat(result.GetValue(inputFormat)),
            QuerySpec.Parse(result.GetValue(by), result.GetValue(measure), DateOptions.Parse("--as-of", result.GetValue(asOf)), result.GetValue(periods), result.GetValue(rate)),
            Registries.Load(result.GetValue(registry), environment),
            result.GetValue(chart) is { } path ? ChartPath(environment, path) : null,
            CommonOptions.ParseFormat(result.GetValue(format)),
            Languages.Parse(result.GetValue(CommonOptions.Language)),
            result.GetValue(format) == "xlsx" ? result.GetValue(output) ?? throw new CliException("--format xlsx needs --output <file.xlsx>: a workbook is not written to a terminal.") : null));
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
        CliEnvironment environment, IReadOnlyList<string> files, RecordFormat inputFormat, AggregationQuery query, DivisionRegistry? registry, string? chart, OutputFormat format, Language language, string? xlsx = null)
    {
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
                        var where = sourced.Line > 0 ? $"line {sourced.Line}" : sourced.Pointer.ToString();
                        environment.Error.WriteLine(SafeText.ForTerminal(
                            $"safetymodel: warning: {InputFile.DisplayName(sourced.File)}, {where}, {sourced.Pointer.Append(issue.Path)}: {issue.Code} '{issue.Arguments["member"]}' is not a member of the contract and is not counted (a misspelled member?); 'safetymodel validate --strict' refuses it.",
                            SafeText.MessageLimit));
                    }
                }

                yield return sourced.Record;
            }
        }

        StatisticsTable table;
        try
        {
            table = query.Dimension == AggregationDimension.Industry || query.Dimension == AggregationDimension.Unit
                ? WithUnits(Records().ToList(), query)
                : Aggregator.Aggregate(Records(), query);
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
            if (count >= ProgressEvery && environment.ErrorIsTerminal)
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

        var drawn = chart is not null && BarChart.Write(table, query.Measures[0], chart, registry, ChineseTitle(query));
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

            environment.Error.WriteLine(language.Pick($"{count} records: {query}; table written to {xlsx}", $"记录{count}条：{query}；统计表已写入 {xlsx}"));
            return ExitCodes.Ok;
        }

        switch (format)
        {
            case OutputFormat.Csv:
                table.ToCsv(environment.Output);
                if (table.RecordsOutsidePeriods > 0)
                {
                    // CSV has no place for a remark, and a total without it would silently leave records out.
                    environment.Error.WriteLine(language.Pick(
                        $"safetymodel: {table.RecordsOutsidePeriods} records fall in none of the periods and are left out of the table.",
                        $"safetymodel：另有{table.RecordsOutsidePeriods}条记录不在所列期间内，未计入本表。"));
                }

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
                environment.Output.WriteLine(language.Pick($"{count} records: {query}", $"记录{count}条：{query}"));
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

    /// <summary>The chart's file, refused before any work when it names a directory.</summary>
    private static string ChartPath(CliEnvironment environment, string path)
    {
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
