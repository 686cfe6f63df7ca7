using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using SafetyModel.Accidents;
using SafetyModel.Cli.Input;
using SafetyModel.Cli.Output;
using SafetyModel.Diagnostics;
using SafetyModel.Primitives;
using SafetyModel.Records;
using SafetyModel.Serialization;
using SafetyModel.Text;
using SafetyModel.Validation;
using SafetyModel.Work;

namespace SafetyModel.Cli.Commands;

/// <summary>
/// <c>safetymodel validate &lt;files...&gt;</c>: records and reports in the JSON contract checked by the package's rule
/// sets (each record by its kind's rules, <see cref="RecordCatalogue.Validate"/>; <see cref="RecordRules.DuplicateIds"/>
/// and <see cref="RecordRules.UnitLinks"/> over all files; <see cref="ReportRules.Default"/>). Lines of a JSON Lines
/// file that cannot be read are listed as errors with their line. Exit 0 when no error or warning is found, 1 when
/// one is, 2 when an input cannot be read.
/// </summary>
internal static class ValidateCommand
{
    /// <summary>The most issues listed unless <c>--max-issues</c> says otherwise; the rest are counted.</summary>
    public const int TableLimit = 10_000;

    public static Command Create(CliEnvironment environment)
    {
        var files = CommonOptions.RefusingOptions(new Argument<string[]>("files") { Description = "Record files (.json envelope, record or report; .jsonl lines), or - for standard input.", Arity = ArgumentArity.OneOrMore });
        var format = CommonOptions.Format();
        var inputFormat = CommonOptions.InputFormat();
        var today = new Option<string?>("--today") { Description = "The date to validate as of (yyyy-MM-dd), for dates in the future and overdue hazards; default: today in China Standard Time." };
        var registry = new Option<string>("--registry")
        {
            Description = "Division codes records must use: none (the default; not checked), sample (乌审旗) or a file of code,name lines.",
            DefaultValueFactory = _ => Registries.None,
        };
        var maxIssues = new Option<int>("--max-issues")
        {
            Description = $"List at most this many issues (the first found); the rest are counted by severity. Default {TableLimit}.",
            DefaultValueFactory = _ => TableLimit,
        };
        maxIssues.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--max-issues must be at least 1.");
            }
        });
        var strict = new Option<bool>("--strict")
        {
            Description = "Members the contract does not define (a misspelled \"hazardFound\") are errors, not warnings (SM8014).",
        };
        var command = new Command("validate", "Validate records and reports (JSON or JSON Lines): every issue with its code, severity, location and message.")
        {
            files, format, inputFormat, today, registry, maxIssues, strict,
        };
        command.SetAction(result => Run(
            environment,
            result.GetRequiredValue(files),
            CommonOptions.ParseInputFormat(result.GetValue(inputFormat)),
            new ValidationContext(DateOptions.ClockFor(DateOptions.Parse("--today", result.GetValue(today))), registry: Registries.Load(result.GetValue(registry), environment)),
            CommonOptions.ParseFormat(result.GetValue(format)),
            Languages.Parse(result.GetValue(CommonOptions.Language)),
            result.GetValue(maxIssues),
            result.GetValue(strict)));
        return command;
    }

    public static int Run(
        CliEnvironment environment, IReadOnlyList<string> files, RecordFormat inputFormat, ValidationContext context, OutputFormat format, Language language,
        int maxIssues = TableLimit, bool strict = false)
    {
        var found = new Findings(maxIssues);
        // Unreadable lines are issues in reading order, among the records' own; none is kept by the reader.
        var reader = new RecordReader(
            environment, inputFormat, keep: 0,
            onFailure: failure => found.Add(new Finding(failure.File, failure.Line, null, new ValidationIssue(failure.Error.Code, ValidationSeverity.Error, failure.Error.Pointer, failure.Error.Reason, failure.Error.Arguments))));
        // Where each record was read, for the duplicate-id rule's indices; the records themselves are not kept.
        var places = new List<(string File, long Line, JsonPointer Pointer, string Id)>();
        var count = 0L;

        IEnumerable<IRecord> Checked()
        {
            foreach (var sourced in reader.Read(files))
            {
                count++;
                places.Add((sourced.File, sourced.Line, sourced.Pointer, sourced.Record.Id));
                foreach (var issue in Check(sourced.Record, context))
                {
                    found.Add(new Finding(sourced.File, sourced.Line, sourced.Record.Id, issue.At(sourced.Pointer)));
                }

                foreach (var issue in SafetyJson.FindUnknownMembers(sourced.Record, strict))
                {
                    found.Add(new Finding(sourced.File, sourced.Line, sourced.Record.Id, issue.At(sourced.Pointer)));
                }

                yield return sourced.Record;
            }
        }

        foreach (var duplicate in RecordRules.Batch(Checked()))
        {
            // The rule's path starts with the index in the batch; the record's own location replaces it.
            var index = int.Parse(duplicate.Path.Segments[0], CultureInfo.InvariantCulture);
            var place = places[index];
            var within = JsonPointer.Root;
            foreach (var segment in duplicate.Path.Segments.Skip(1))
            {
                within = within.Append(segment);
            }

            if (!duplicate.Arguments.ContainsKey("first"))
            {
                // A unit link (RecordRules.UnitLinks): only the place changes.
                found.Add(new Finding(place.File, place.Line, place.Id, new ValidationIssue(duplicate.Code, duplicate.Severity, place.Pointer.Append(within), duplicate.Message, duplicate.Arguments)));
                continue;
            }

            // The rule names the first record by its index in the batch; a user wants its file and line.
            var first = places[System.Convert.ToInt32(duplicate.Arguments["first"], CultureInfo.InvariantCulture)];
            var where = first.Line > 0 ? $"{first.File}:{first.Line.ToString(CultureInfo.InvariantCulture)}" : $"{first.File}{first.Pointer}";
            var message = new LocalizedText(
                $"{duplicate.Message.English.TrimEnd('.')} (first at {where}).",
                $"{duplicate.Message.Chinese.TrimEnd('。')}（首次出现于 {where}）。");
            var arguments = new DiagnosticArguments(duplicate.Arguments.Concat(new KeyValuePair<string, object?>[]
            {
                new("firstInput", first.File),
                new("firstLine", first.Line > 0 ? first.Line : null),
            }));
            found.Add(new Finding(place.File, place.Line, place.Id, new ValidationIssue(duplicate.Code, duplicate.Severity, place.Pointer.Append(within), message, arguments)));
        }

        foreach (var report in reader.Reports)
        {
            foreach (var issue in ReportRules.Default.Validate(report.Report, context).Issues)
            {
                found.Add(new Finding(report.File, 0, null, issue.At(report.Pointer)));
            }

            foreach (var issue in SafetyJson.FindUnknownMembers(report.Report, strict))
            {
                found.Add(new Finding(report.File, 0, null, issue.At(report.Pointer)));
            }
        }

        foreach (var (file, issue) in reader.UnknownEnvelopeMembers(strict))
        {
            found.Add(new Finding(file, 0, null, issue));
        }

        // Issues in input order: by file, then line (records of a JSON document, line 0, keep the rules' order).
        var order = files.Select((f, i) => (f, i)).GroupBy(x => x.f).ToDictionary(g => g.Key, g => g.First().i);
        var listed = found.Listed.OrderBy(f => order[f.File]).ThenBy(f => f.Line).ToList();
        var (errors, warnings, information) = (found.Errors, found.Warnings, found.Information);
        if (format == OutputFormat.Json)
        {
            using var json = new JsonOutput(environment.Output, "validate");
            json.Writer.WriteStartArray("inputs");
            foreach (var file in files)
            {
                json.Writer.WriteStringValue(InputFile.DisplayName(file));
            }

            json.Writer.WriteEndArray();
            json.Writer.WriteNumber("records", count);
            json.Writer.WriteNumber("reports", reader.Reports.Count);
            json.Writer.WriteNumber("unreadableLines", reader.FailureCount);
            json.Writer.WriteNumber("errors", errors);
            json.Writer.WriteNumber("warnings", warnings);
            json.Writer.WriteNumber("information", information);
            json.Writer.WriteNumber("unlistedIssues", found.UnlistedCount);
            json.Writer.WriteStartArray("issues");
            foreach (var finding in listed)
            {
                json.Writer.WriteStartObject();
                json.Writer.WriteString("input", InputFile.DisplayName(finding.File));
                if (finding.Line > 0)
                {
                    json.Writer.WriteNumber("line", finding.Line);
                }
                else
                {
                    json.Writer.WriteNull("line");
                }

                json.Writer.WriteString("recordId", finding.RecordId is null ? null : SafeText.Cut(finding.RecordId));
                json.WriteIssueMembers(finding.Issue);
                json.Writer.WriteEndObject();
                if (json.Writer.BytesPending > 1 << 16)
                {
                    json.Drain();
                }
            }

            json.Writer.WriteEndArray();
        }
        else
        {
            WriteTable(environment.Output, files, count, reader.Reports.Count, listed, found.UnlistedCount, errors, warnings, information, language);
        }

        return errors + warnings > 0 ? ExitCodes.ProblemsFound : ExitCodes.Ok;
    }

    /// <summary>The rules of the package that apply to one record.</summary>
    public static IEnumerable<ValidationIssue> Check(IRecord record, ValidationContext context)
    {
        return RecordCatalogue.Default.Validate(record, context).Issues;
    }

    public static void WriteIssues(TextWriter output, IEnumerable<(string Where, ValidationIssue Issue)> issues, Language language, int limit = TableLimit, long unlisted = 0)
    {
        var table = new TextTable(language.Pick("severity", "级别"), language.Pick("code", "代码"), language.Pick("where", "位置"), language.Pick("message", "说明"));
        var shown = 0;
        var more = 0L;
        foreach (var (where, issue) in issues)
        {
            if (shown == limit)
            {
                more++;
                continue;
            }

            table.Add(Severity(issue.Severity, language), issue.Code, where, language.Pick(issue.Message));
            shown++;
        }

        if (shown > 0)
        {
            table.Write(output, "  ");
        }

        more += unlisted;
        if (more > 0)
        {
            output.WriteLine(language.Pick($"  … and {more} more, not listed (--max-issues).", $"  ……另有{more}条未列出（--max-issues）。"));
        }
    }

    public static string Severity(ValidationSeverity severity, Language language) => severity switch
    {
        ValidationSeverity.Error => language.Pick("error", "错误"),
        ValidationSeverity.Warning => language.Pick("warning", "警告"),
        _ => language.Pick("info", "提示"),
    };

    private static void WriteTable(
        TextWriter output, IReadOnlyList<string> files, long records, int reports, List<Finding> found, long unlisted, long errors, long warnings, long information, Language language)
    {
        output.WriteLine(language.Pick(
            $"{string.Join(", ", files.Select(InputFile.DisplayName))}: {records} records, {reports} reports",
            $"{string.Join("，", files.Select(InputFile.DisplayName))}：记录{records}条，报告{reports}份"));
        WriteIssues(output, found.Select(f => (Where(f, files.Count > 1), f.Issue)), language, int.MaxValue, unlisted);
        output.WriteLine(language.Pick(
            $"{errors} errors, {warnings} warnings, {information} information",
            $"错误{errors}条，警告{warnings}条，提示{information}条"));
    }

    private static string Where(Finding finding, bool withFile)
    {
        var place = withFile ? InputFile.DisplayName(finding.File) + ":" : string.Empty;
        if (finding.Line > 0)
        {
            place += "line " + finding.Line.ToString(CultureInfo.InvariantCulture) + " ";
        }

        place += finding.Issue.Path.IsRoot ? "/" : finding.Issue.Path.ToString();
        return finding.RecordId is { Length: > 0 } id ? $"{place} ({id})" : place;
    }

    private sealed record Finding(string File, long Line, string? RecordId, ValidationIssue Issue);

    /// <summary>The issues found: every one counted by severity, the first <c>limit</c> kept to be listed — memory does not grow with the issues.</summary>
    private sealed class Findings(int limit)
    {
        private readonly List<Finding> _listed = new();

        public IReadOnlyList<Finding> Listed => _listed;

        public long Errors { get; private set; }

        public long Warnings { get; private set; }

        public long Information { get; private set; }

        public long UnlistedCount { get; private set; }

        public void Add(Finding finding)
        {
            Count(finding.Issue.Severity, 1);
            if (_listed.Count < limit)
            {
                _listed.Add(finding);
            }
            else
            {
                UnlistedCount++;
            }
        }

        private void Count(ValidationSeverity severity, long count)
        {
            switch (severity)
            {
                case ValidationSeverity.Error:
                    Errors += count;
                    break;
                case ValidationSeverity.Warning:
                    Warnings += count;
                    break;
                default:
                    Information += count;
                    break;
            }
        }
    }
}
