using System;
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
        var files = CommonOptions.RefusingOptions(new Argument<string[]>("files") { Arity = ArgumentArity.OneOrMore });
        var format = CommonOptions.Format();
        var inputFormat = CommonOptions.InputFormat();
        var today = new Option<string?>("--today");
        var registry = new Option<string>("--registry")
        {
            DefaultValueFactory = _ => Registries.None,
        };
        var maxIssues = new Option<int>("--max-issues")
        {
            DefaultValueFactory = _ => TableLimit,
        };
        maxIssues.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--max-issues must be at least 1.");
            }
        });
        var strict = new Option<bool>("--strict");
        var command = new Command("validate")
        {
            files, format, inputFormat, today, registry, maxIssues, strict,
        };
        command.SetAction(result => Run(
            environment,
            result.GetRequiredValue(files),
            CommonOptions.ParseInputFormat(result.GetValue(inputFormat)),
            new ValidationContext(DateOptions.ClockFor(DateOptions.Parse("--today", result.GetValue(today))), registry: Registries.Load(result.GetValue(registry), environment)),
            CommonOptions.ParseFormat(result.GetValue(format)),
            CommonOptions.LanguageOf(result),
            result.GetValue(maxIssues),
            result.GetValue(strict)));
        return command;
    }

    public static int Run(
        CliEnvironment environment, IReadOnlyList<string> files, RecordFormat inputFormat, ValidationContext context, OutputFormat format, Language language,
        int maxIssues = TableLimit, bool strict = false)
    {
        using var found = new IssueStream(environment.Output, files, format, language, maxIssues);

        // Unreadable lines are issues in reading order, among the records' own; none is kept by the reader.
        var reader = new RecordReader(
            environment, inputFormat, keep: 0,
            onFailure: failure => found.Add(new Finding(failure.File, failure.Line, null, new ValidationIssue(failure.Error.Code, ValidationSeverity.Error, failure.Error.Pointer, failure.Error.Reason, failure.Error.Arguments))));

        // The duplicate-id rule keeps 8 bytes a record in memory (a hash of its id), not the ids or their places.
        using var duplicates = new DuplicateIdFinder();
        var fileIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = files.Count - 1; i >= 0; i--)
        {
            fileIndex[files[i]] = i;
        }

        var count = 0L;
        var links = new UnitLinkTracker();
        foreach (var sourced in reader.Read(files))
        {
            var record = sourced.Record;
            var place = new IdPlace(fileIndex[sourced.File], sourced.Line, EnvelopeIndex(sourced.Pointer), count);
            duplicates.Add(record.Id ?? string.Empty, place);
            links.Add(record, place);
            count++;
            foreach (var issue in Check(record, context))
            {
                found.Add(new Finding(sourced.File, sourced.Line, record.Id, issue.At(sourced.Pointer)));
            }

            foreach (var issue in SafetyJson.FindUnknownMembers(record, strict))
            {
                found.Add(new Finding(sourced.File, sourced.Line, record.Id, issue.At(sourced.Pointer)));
            }
        }

        foreach (var (id, at, first) in duplicates.Find())
        {
            // The rule names the first record by its index among those read; a user wants its file and line.
            var duplicate = RecordRules.DuplicateId(SafeText.Cut(id), at.Ordinal, first.Ordinal);
            var firstFile = files[first.File];
            var where = first.Line > 0 ? $"{firstFile}:{first.Line.ToString(CultureInfo.InvariantCulture)}" : $"{firstFile}{PointerOf(first)}";
            var message = new LocalizedText(
                $"{duplicate.Message.English.TrimEnd('.')} (first at {where}).",
                $"{duplicate.Message.Chinese.TrimEnd('。')}（首次出现于 {where}）。");
            var arguments = new DiagnosticArguments(duplicate.Arguments.Concat(new KeyValuePair<string, object?>[]
            {
                new("firstInput", firstFile),
                new("firstLine", first.Line > 0 ? first.Line : null),
            }));
            var file = files[at.File];
            found.Add(new Finding(file, at.Line, id, new ValidationIssue(duplicate.Code, duplicate.Severity, PointerOf(at).Append("id"), message, arguments)));
        }

        foreach (var (issue, at) in links.Issues())
        {
            // RecordRules.UnitLink's path starts with the record's index; the record's own place replaces it.
            found.Add(new Finding(files[at.File], at.Line, null, new ValidationIssue(issue.Code, issue.Severity, PointerOf(at).Append("unitId"), issue.Message, issue.Arguments)));
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

        found.Finish(count, reader.Reports.Count, reader.FailureCount);
        return found.Errors + found.Warnings > 0 ? ExitCodes.ProblemsFound : ExitCodes.Ok;

        static int EnvelopeIndex(JsonPointer pointer) =>
            pointer.IsRoot ? -1 : int.Parse(pointer.Segments[1], CultureInfo.InvariantCulture);

        static JsonPointer PointerOf(IdPlace place) =>
            place.RecordIndex < 0 ? JsonPointer.Root : JsonPointer.Root.Append("records").Append(place.RecordIndex);
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

    private static void WriteHeader(TextWriter output, IReadOnlyList<string> files, long records, int reports, Language language) =>
        output.WriteLine(language.Pick(
            $"{string.Join(", ", files.Select(InputFile.DisplayName))}: {records} records, {reports} reports",
            $"{string.Join("，", files.Select(InputFile.DisplayName))}：记录{records}条，报告{reports}份"));

    private static string Where(Finding finding, bool withFile, Language language)
    {
        var place = withFile ? InputFile.DisplayName(finding.File) + ":" : string.Empty;
        if (finding.Line > 0)
        {
            place += language.Pick("line ", "第") + finding.Line.ToString(CultureInfo.InvariantCulture) + language.Pick(" ", "行 ");
        }

        place += PointerText.Of(finding.Issue.Path, language);
        return finding.RecordId is { Length: > 0 } id ? $"{place} ({id})" : place;
    }

    /// <summary>An issue and where it was found, with the id of its record (the record's own string, whole: output cuts it).</summary>
    private sealed record Finding(string File, long Line, string? RecordId, ValidationIssue Issue)
    {
        /// <summary>What holding it costs, in characters, roughly: its id and the rest of an issue.</summary>
        public long Weight => (RecordId?.Length ?? 0) + 256;
    }

    /// <summary>
    /// The issues found, written out as they are found: every one counted by severity, the first <c>limit</c> listed.
    /// The first <see cref="Held"/> (and at most <see cref="HeldWeight"/> characters of ids) are held and written in
    /// input order (file, then line) with the counts; past that, they are streamed — the held ones first, then each as
    /// found, a table in blocks of at most <see cref="Held"/> rows, JSON through a writer that is drained as it fills —
    /// so memory does not grow with the issues, whatever <c>--max-issues</c> says.
    /// </summary>
    private sealed class IssueStream(TextWriter output, IReadOnlyList<string> files, OutputFormat format, Language language, int limit) : IDisposable
    {
        public const int Held = 1_000;

        /// <summary>The most characters of ids held (4 Mi): a thousand issues of records with 1 MiB ids are not held whole.</summary>
        public const long HeldWeight = 4L << 20;

        private readonly List<Finding> _held = new();
        private readonly Dictionary<string, int> _order = files.Select((f, i) => (f, i)).GroupBy(x => x.f).ToDictionary(g => g.Key, g => g.First().i);
        private JsonOutput? _json;
        private bool _streaming;
        private long _listed;
        private long _weight;

        public long Errors { get; private set; }

        public long Warnings { get; private set; }

        public long Information { get; private set; }

        public long UnlistedCount { get; private set; }

        public void Add(Finding finding)
        {
            switch (finding.Issue.Severity)
            {
                case ValidationSeverity.Error:
                    Errors++;
                    break;
                case ValidationSeverity.Warning:
                    Warnings++;
                    break;
                default:
                    Information++;
                    break;
            }

            if (_listed >= limit)
            {
                UnlistedCount++;
                return;
            }

            _listed++;
            if (_json is { } json)
            {
                Write(json, finding);
                return;
            }

            _held.Add(finding);
            _weight += finding.Weight;
            if (!_streaming && (_held.Count > Held || _weight > HeldWeight))
            {
                // From here on the issues are written as found; the held ones go first, in input order.
                _streaming = true;
                if (format == OutputFormat.Json)
                {
                    _json = Begin();
                }

                Flush(InInputOrder(_held).ToList());
            }
            else if (_streaming && (_held.Count >= Held || _weight > HeldWeight))
            {
                Flush(_held.ToList());
            }
        }

        /// <summary>Writes what is held and the counts.</summary>
        public void Finish(long records, int reports, long unreadableLines)
        {
            if (format == OutputFormat.Json)
            {
                _json ??= Begin();
                Flush(InInputOrder(_held).ToList());
                _json.Writer.WriteEndArray();
                _json.Writer.WriteNumber("records", records);
                _json.Writer.WriteNumber("reports", reports);
                _json.Writer.WriteNumber("unreadableLines", unreadableLines);
                _json.Writer.WriteNumber("errors", Errors);
                _json.Writer.WriteNumber("warnings", Warnings);
                _json.Writer.WriteNumber("information", Information);
                _json.Writer.WriteNumber("unlistedIssues", UnlistedCount);
                return;
            }

            if (!_streaming)
            {
                WriteHeader(output, files, records, reports, language);
            }

            Flush(InInputOrder(_held).ToList());
            if (_streaming)
            {
                WriteHeader(output, files, records, reports, language);
            }

            if (UnlistedCount > 0)
            {
                output.WriteLine(language.Pick($"  … and {UnlistedCount} more, not listed (--max-issues).", $"  ……另有{UnlistedCount}条未列出（--max-issues）。"));
            }

            output.WriteLine(language.Pick(
                $"{Errors} errors, {Warnings} warnings, {Information} information",
                $"错误{Errors}条，警告{Warnings}条，提示{Information}条"));
        }

        public void Dispose() => _json?.Dispose();

        private IEnumerable<Finding> InInputOrder(List<Finding> findings) =>
            findings.OrderBy(f => _order[f.File]).ThenBy(f => f.Line);

        private JsonOutput Begin()
        {
            var json = new JsonOutput(output, "validate");
            json.Writer.WriteStartArray("inputs");
            foreach (var file in files)
            {
                json.Writer.WriteStringValue(InputFile.DisplayName(file));
            }

            json.Writer.WriteEndArray();
            json.Writer.WriteStartArray("issues");
            return json;
        }

        private void Flush(List<Finding> findings)
        {
            _held.Clear();
            _weight = 0;
            if (findings.Count == 0)
            {
                return;
            }

            if (_json is { } json)
            {
                foreach (var finding in findings)
                {
                    Write(json, finding);
                }

                return;
            }

            WriteIssues(output, findings.Select(f => (Where(f, files.Count > 1, language), f.Issue)), language, int.MaxValue);
            output.Flush();
        }

        private static void Write(JsonOutput json, Finding finding)
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
    }
}
