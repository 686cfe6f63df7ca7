using System.CommandLine;
using SafetyModel.Cli.Input;
using SafetyModel.Cli.Output;
using SafetyModel.Extraction;
using SafetyModel.Primitives;

namespace SafetyModel.Cli.Commands;

/// <summary>
/// <c>safetymodel parse &lt;file|-&gt;</c>: a document (函, 报告, 总结) — text, .docx or .ofd, told apart by content — read into a work summary report: the
/// document's metadata and outline, the reporting period, the division and every figure the prose states, each with
/// the characters it came from. Exit 0 when read, 1 when the text cannot be read as a document, 2 when the input
/// cannot be read at all.
/// </summary>
internal static class ParseCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var file = CommonOptions.RefusingOptions(new Argument<string>("file"));
        var format = CommonOptions.Format();
        var encoding = CommonOptions.Encoding();
        var registry = new Option<string>("--registry")
        {
            DefaultValueFactory = _ => Registries.Sample,
        };
        var division = new Option<string?>("--division");
        var command = new Command("parse")
        {
            file, format, encoding, registry, division,
        };
        command.SetAction(result =>
        {
            var divisionText = result.GetValue(division);
            DivisionCode? code = null;
            if (divisionText is not null)
            {
                var parsed = DivisionCode.ParseDetailed(divisionText);
                if (!parsed.Success)
                {
                    throw new CliException($"--division: “{divisionText}” is not a division code: {parsed.Error!.Message.English}");
                }

                code = parsed.Value;
            }

            return Run(
                environment,
                result.GetRequiredValue(file),
                TextEncodings.Get(result.GetValue(encoding)!),
                Registries.Load(result.GetValue(registry), environment),
                code,
                CommonOptions.ParseFormat(result.GetValue(format)),
                CommonOptions.LanguageOf(result));
        });
        return command;
    }

    public static int Run(
        CliEnvironment environment, string file, System.Text.Encoding encoding, DivisionRegistry? registry, DivisionCode? division, OutputFormat format, Language language)
    {
        var text = DocumentInput.ReadText(file, environment, encoding);
        var result = SummaryText.ParseDetailed(text, new SummaryTextOptions { Registry = registry, Division = division });
        if (format == OutputFormat.Json)
        {
            using var json = new JsonOutput(environment.Output, "parse");
            json.Writer.WriteString("input", InputFile.DisplayName(file));
            json.Writer.WriteNumber("characters", text.Length);
            json.Writer.WriteBoolean("success", result.Success);
            if (result.Success)
            {
                json.WriteContract("report", result.Value);
                json.Writer.WriteNull("error");
            }
            else
            {
                json.Writer.WriteNull("report");
                json.Writer.WritePropertyName("error");
                json.WriteDiagnostic(result.Error!);
            }

            json.WriteDiagnostics("notes", result.Notes);
        }
        else
        {
            var output = environment.Output;
            output.WriteLine($"{InputFile.DisplayName(file)}: {text.Length} {language.Pick("characters", "字符")}");
            output.WriteLine();
            if (!result.Success)
            {
                output.WriteLine(language.Pick("Cannot be read as a document:", "无法作为公文读取："));
                TextParsing.WriteError(output, "  ", result.Error!, language);
                return ExitCodes.ProblemsFound;
            }

            ReportView.WriteDocument(output, result.Value, registry, language);
            output.WriteLine();
            ReportView.WriteFigures(output, result.Value.StatedFigures, language);
            if (result.Notes.Count > 0)
            {
                output.WriteLine();
                ReportView.WriteNotes(output, result.Notes, text, language);
            }
        }

        return result.Success ? ExitCodes.Ok : ExitCodes.ProblemsFound;
    }
}
