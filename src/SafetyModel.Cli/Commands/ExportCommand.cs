using System.Collections.Generic;
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using SafetyModel.Cli.Export;
using SafetyModel.Cli.Input;
using SafetyModel.Cli.Output;
using SafetyModel.Primitives;

namespace SafetyModel.Cli.Commands;

/// <summary>
/// <c>safetymodel export &lt;files...&gt; --format parquet|xlsx --output DIR|FILE [--partition-by year,county] [--skip-invalid]</c>:
/// records, streamed from JSON Lines (or JSON documents), written to another format: Parquet tables under a directory,
/// or one .xlsx 台账 workbook. A line that cannot be read stops
/// the export (exit 2) and leaves no file behind; with <c>--skip-invalid</c> such lines are left out, listed and counted
/// on standard error, and the exit code is 1. Progress goes to standard error when it is a terminal.
/// </summary>
internal static class ExportCommand
{
    private const int ProgressEvery = 100_000;
    private const int FailuresShown = 20;

    public static Command Create(CliEnvironment environment)
    {
        var files = CommonOptions.RefusingOptions(new Argument<string[]>("files") { Arity = ArgumentArity.OneOrMore });
        var format = new Option<string>("--format", "-f")
        {
            HelpName = string.Join("|", ExportFormats.Names),
            Required = true,
        };
        format.AcceptOnlyFromAmong(ExportFormats.Names);
        var output = new Option<string>("--output", "-o") { Required = true, HelpName = "DIR|FILE" };
        var partitionBy = new Option<string?>("--partition-by")
        {
            HelpName = "key,...",
        };
        var skipInvalid = new Option<bool>("--skip-invalid");
        var registry = new Option<string>("--registry")
        {
            DefaultValueFactory = _ => Registries.Sample,
        };
        var inputFormat = CommonOptions.InputFormat();
        var command = new Command("export")
        {
            files, format, output, partitionBy, skipInvalid, registry, inputFormat,
        };
        command.SetAction(result => Run(
            environment,
            result.GetRequiredValue(files),
            CommonOptions.ParseInputFormat(result.GetValue(inputFormat)),
            ExportFormats.Find(result.GetRequiredValue(format)),
            new ExportRequest(environment.Resolve(result.GetRequiredValue(output)), result.GetValue(partitionBy), Registries.Load(result.GetValue(registry), environment)),
            result.GetValue(skipInvalid)));
        return command;
    }

    public static int Run(CliEnvironment environment, IReadOnlyList<string> files, RecordFormat inputFormat, IExportFormat format, ExportRequest request, bool skipInvalid)
    {
        var reader = new RecordReader(environment, inputFormat, keep: FailuresShown);
        var count = 0L;
        var clock = Stopwatch.StartNew();

        void StopAtFailure()
        {
            if (!skipInvalid && reader.Failures.Count > 0)
            {
                var failure = reader.Failures[0];
                throw new CliException(
                    $"{InputFile.DisplayName(failure.File)}, line {failure.Line}: {RecordReader.Describe(failure.Error, withLine: false)} " +
                    "The export stopped and wrote no file; fix the line, or give --skip-invalid to leave such lines out (they are counted).");
            }
        }

        IEnumerable<IRecord> Records()
        {
            foreach (var sourced in reader.Read(files))
            {
                StopAtFailure();
                if (++count % ProgressEvery == 0 && environment.ErrorIsTerminal)
                {
                    environment.Error.Write(string.Create(CultureInfo.InvariantCulture, $"\r  {count:N0} records exported ({clock.Elapsed.TotalSeconds:F1} s)"));
                }

                yield return sourced.Record;
            }

            StopAtFailure();
        }

        ExportSummary summary;
        try
        {
            summary = format.Export(Records(), request);
        }
        finally
        {
            if (count >= ProgressEvery && environment.ErrorIsTerminal)
            {
                environment.Error.WriteLine();
            }
        }

        var kinds = string.Join(", ", summary.RecordsByKind.OrderBy(p => p.Key, System.StringComparer.Ordinal).Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key} {p.Value:N0}")));
        environment.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"exported {count:N0} records to {summary.Files.Count} {format.Name} files in {request.Output}{(kinds.Length > 0 ? $" ({kinds})" : string.Empty)}"));
        foreach (var file in summary.Files)
        {
            environment.Output.WriteLine("  " + file);
        }

        if (reader.FailureCount == 0)
        {
            return ExitCodes.Ok;
        }

        foreach (var failure in reader.Failures)
        {
            environment.Error.WriteLine(SafeText.ForTerminal($"safetymodel: skipped {InputFile.DisplayName(failure.File)}, line {failure.Line}: {RecordReader.Describe(failure.Error, withLine: false)}", SafeText.MessageLimit));
        }

        if (reader.FailureCount > FailuresShown)
        {
            environment.Error.WriteLine($"safetymodel: … and {reader.FailureCount - FailuresShown} more lines skipped.");
        }

        environment.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"safetymodel: {reader.FailureCount:N0} invalid lines skipped (--skip-invalid); they are not in the export."));
        return ExitCodes.ProblemsFound;
    }
}
