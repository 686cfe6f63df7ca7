using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using SafetyModel.Cli.Input;
using SafetyModel.Cli.Output;
using SafetyModel.Office;
using SafetyModel.Serialization;
using SafetyModel.Validation;

namespace SafetyModel.Cli.Commands;

/// <summary>
/// <c>safetymodel import &lt;ledger.xlsx&gt; --kind inspection [--sheet NAME] [--map column=member,...] [--format jsonl|json] [--output FILE]</c>:
/// a 台账 workbook imported into records (SafetyModel.Office's <see cref="LedgerImport"/>), written as JSON Lines (or
/// one JSON document); every problem on standard error with its cell (<c>Sheet1!D17</c>) and code. Exit 0 when no row
/// had an error, 1 when any did (the other rows are still written), 2 when the input cannot be read at all.
/// </summary>
internal static class ImportCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var file = CommonOptions.RefusingOptions(new Argument<string>("ledger"));
        var kind = new Option<string>("--kind") { Required = true };
        var sheet = new Option<string?>("--sheet");
        var map = new Option<string?>("--map");
        var format = CommonOptions.Format("jsonl", "jsonl", "json");
        var output = new Option<string?>("--output", "-o");
        var command = new Command("import")
        {
            file, kind, sheet, map, format, output,
        };
        command.SetAction(result => Run(
            environment,
            result.GetRequiredValue(file),
            result.GetRequiredValue(kind),
            result.GetValue(sheet),
            ParseMap(result.GetValue(map)),
            result.GetValue(format) == "json",
            result.GetValue(output),
            CommonOptions.LanguageOf(result)));
        return command;
    }

    public static int Run(CliEnvironment environment, string file, string kind, string? sheet, IReadOnlyDictionary<string, string> map, bool json, string? output, Language language)
    {
        var bytes = InputFile.ReadBytes(file, environment);
        var result = LedgerImport.Import(new MemoryStream(bytes, writable: false), kind, new LedgerImportOptions { Sheet = sheet, Columns = map });
        if (result.Issues.Any(i => i.Code.StartsWith("SM90", StringComparison.Ordinal) || i.Code == LedgerCodes.UnknownKind))
        {
            var issue = result.Issues.First(i => i.Code.StartsWith("SM90", StringComparison.Ordinal) || i.Code == LedgerCodes.UnknownKind);
            throw new CliException($"{InputFile.DisplayName(file)}: {issue.Code}: {language.Pick(issue.Message)}");
        }

        foreach (var issue in result.Issues)
        {
            var severity = issue.Severity switch
            {
                ValidationSeverity.Error => language.Pick("error", "错误"),
                ValidationSeverity.Warning => language.Pick("warning", "警告"),
                _ => language.Pick("info", "提示"),
            };
            environment.Error.WriteLine(SafeText.ForTerminal($"{InputFile.DisplayName(file)}: {issue.Cell} {issue.Code} {severity}: {language.Pick(issue.Message)}", SafeText.MessageLimit));
        }

        using (var writer = OpenOutput(environment, output))
        {
            if (json)
            {
                writer.Write(SafetyJson.Serialize(new RecordSet { Records = result.Records.Select(r => r.Record).ToList() }, indented: true));
                writer.WriteLine();
            }
            else
            {
                foreach (var record in result.Records)
                {
                    writer.WriteLine(SafetyJson.Serialize(record.Record));
                }
            }
        }

        environment.Error.WriteLine(language.Pick(
            $"{InputFile.DisplayName(file)}: {result.Records.Count} records, {result.Issues.Count(i => i.Severity == ValidationSeverity.Error)} errors, {result.Issues.Count(i => i.Severity == ValidationSeverity.Warning)} warnings",
            $"{InputFile.DisplayName(file)}：{result.Records.Count} 条记录，{result.Issues.Count(i => i.Severity == ValidationSeverity.Error)} 个错误，{result.Issues.Count(i => i.Severity == ValidationSeverity.Warning)} 个警告"));
        return result.HasErrors ? ExitCodes.ProblemsFound : ExitCodes.Ok;
    }

    internal static IReadOnlyDictionary<string, string> ParseMap(string? text)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(text))
        {
            return map;
        }

        foreach (var pair in text!.Split(',', '，'))
        {
            var at = pair.IndexOf('=', StringComparison.Ordinal);
            if (at <= 0)
            {
                throw new CliException($"--map: “{pair.Trim()}” is not column=member (such as 检查时间=start or D=hazardsFound).");
            }

            map[pair.Substring(0, at).Trim()] = pair.Substring(at + 1).Trim();
        }

        return map;
    }

    private static TextWriter OpenOutput(CliEnvironment environment, string? output)
    {
        if (output is null)
        {
            return new NonClosingWriter(environment.Output);
        }

        try
        {
            return new StreamWriter(environment.Resolve(output), false, new UTF8Encoding(false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new CliException($"--output {output}: cannot be written: {e.Message}", e);
        }
    }

    /// <summary>Standard output, which a command must not close.</summary>
    private sealed class NonClosingWriter : TextWriter
    {
        private readonly TextWriter _inner;

        public NonClosingWriter(TextWriter inner) => _inner = inner;

        public override Encoding Encoding => _inner.Encoding;

        public override void Write(char value) => _inner.Write(value);

        public override void Write(string? value) => _inner.Write(value);

        public override void WriteLine(string? value) => _inner.WriteLine(value);

        protected override void Dispose(bool disposing)
        {
            _inner.Flush();
            base.Dispose(disposing);
        }
    }
}
