using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using SafetyModel.Cli.Input;
using SafetyModel.Cli.Output;
using SafetyModel.Office;
using SafetyModel.Primitives;

namespace SafetyModel.Cli.Commands;

/// <summary>
/// <c>safetymodel export &lt;records...&gt; --format xlsx --output ledger.xlsx</c>: records (JSON / JSON Lines) written
/// out in a format other tools read. Each format is one entry of <see cref="Formats"/>: a name and a writer of records to
/// a stream, so that another format (Parquet, say) is one line more. Exit 0 when written, 2 when any input line cannot
/// be read (nothing is written then: a ledger without those rows would be wrong) or the output cannot be written.
/// </summary>
internal static class ExportCommand
{
    /// <summary>The export formats: name → writer. Add a format here.</summary>
    public static IReadOnlyDictionary<string, Action<Stream, IReadOnlyList<IRecord>>> Formats { get; } =
        new Dictionary<string, Action<Stream, IReadOnlyList<IRecord>>>(StringComparer.OrdinalIgnoreCase)
        {
            ["xlsx"] = (stream, records) => LedgerExport.Write(stream, records),
        };

    public static Command Create(CliEnvironment environment)
    {
        var files = CommonOptions.RefusingOptions(new Argument<string[]>("records") { Description = "Record files (JSON or JSON Lines), or - for standard input.", Arity = ArgumentArity.OneOrMore });
        var format = new Option<string>("--format", "-f") { Description = $"Output format: {string.Join(", ", Formats.Keys)}.", Required = true, HelpName = string.Join("|", Formats.Keys) };
        format.AcceptOnlyFromAmong(Formats.Keys.ToArray());
        var output = new Option<string>("--output", "-o") { Description = "The file to write.", Required = true };
        var inputFormat = CommonOptions.InputFormat();
        var command = new Command("export", "Write records out for other tools: xlsx (a 台账 sheet per kind, which 'import' reads back).")
        {
            files, format, output, inputFormat,
        };
        command.SetAction(result => Run(
            environment,
            result.GetRequiredValue(files),
            CommonOptions.ParseInputFormat(result.GetValue(inputFormat)),
            result.GetRequiredValue(format),
            result.GetRequiredValue(output),
            Languages.Parse(result.GetValue(CommonOptions.Language))));
        return command;
    }

    public static int Run(CliEnvironment environment, IReadOnlyList<string> files, RecordFormat inputFormat, string format, string output, Language language)
    {
        // Nothing is written when a line cannot be read, so the first few are listed and reading stops there.
        var reader = new RecordReader(environment, inputFormat, keep: 20, stopAfter: 20);
        var records = reader.Read(files).Select(r => r.Record).ToList();
        if (reader.FailureCount > 0)
        {
            foreach (var failure in reader.Failures)
            {
                environment.Error.WriteLine(SafeText.ForTerminal($"safetymodel: {InputFile.DisplayName(failure.File)}, line {failure.Line}: {RecordReader.Describe(failure.Error, withLine: false)}", SafeText.MessageLimit));
            }

            throw new CliException(reader.Stopped
                ? "more than 20 lines cannot be read, so reading stopped and nothing is written: a ledger without them would be wrong."
                : $"{reader.FailureCount} lines cannot be read, so nothing is written: a ledger without them would be wrong.");
        }

        var path = environment.Resolve(output);
        try
        {
            using var stream = new FileStream(path, FileMode.Create, FileAccess.Write);
            Formats[format](stream, records);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new CliException($"--output {output}: cannot be written: {e.Message}", e);
        }

        environment.Error.WriteLine(language.Pick($"{records.Count} records written to {output} ({format}).", $"已将 {records.Count} 条记录写入 {output}（{format}）。"));
        return ExitCodes.Ok;
    }
}
