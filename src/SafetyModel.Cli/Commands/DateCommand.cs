using System.CommandLine;
using NodaTime.Text;
using SafetyModel.Cli.Output;
using SafetyModel.Text;

namespace SafetyModel.Cli.Commands;

/// <summary>
/// <c>safetymodel date &lt;text&gt;</c>: a date as documents write it (<c>2022年7月7日</c>, <c>二〇二二年七月七日</c>,
/// <c>2022.7.7</c>) read into an ISO date, with a note for each normalisation. Exit 0 when read, 1 when not a date.
/// </summary>
internal static class DateCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var text = new Argument<string>("text") { Description = "The date, such as 2022年7月7日 or 二〇二二年七月七日." };
        var year = new Option<int?>("--year")
        {
            Description = "The year to assume when the text has none (7月7日): 1 to 9999.",
            CustomParser = result =>
            {
                var token = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
                if (int.TryParse(token, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) && value is >= 1 and <= 9999)
                {
                    return value;
                }

                result.AddError($"--year takes a year from 1 to 9999, such as 2022; '{SafeText.ForTerminal(token)}' is not one.");
                return null;
            },
        };
        var format = CommonOptions.Format();
        var command = new Command("date", "Read a Chinese date into an ISO date (yyyy-MM-dd), noting each normalisation.") { text, year, format };
        command.SetAction(result => Run(
            environment,
            result.GetRequiredValue(text),
            result.GetValue(year),
            CommonOptions.ParseFormat(result.GetValue(format)),
            Languages.Parse(result.GetValue(CommonOptions.Language))));
        return command;
    }

    public static int Run(CliEnvironment environment, string text, int? year, OutputFormat format, Language language)
    {
        var result = year is { } y ? ChineseDates.ParseDetailed(text, y) : ChineseDates.ParseDetailed(text);
        var iso = result.Success ? LocalDatePattern.Iso.Format(result.Value) : null;
        if (format == OutputFormat.Json)
        {
            using var json = new JsonOutput(environment.Output, "date");
            json.Writer.WriteString("input", text);
            json.Writer.WriteBoolean("success", result.Success);
            if (iso is not null)
            {
                json.Writer.WriteString("value", iso);
                json.Writer.WriteString("dayOfWeek", result.Value.DayOfWeek.ToString().ToLowerInvariant());
                json.Writer.WriteNull("error");
            }
            else
            {
                json.Writer.WriteNull("value");
                json.Writer.WriteNull("dayOfWeek");
                json.Writer.WritePropertyName("error");
                json.WriteDiagnostic(result.Error!);
            }

            json.WriteDiagnostics("notes", result.Notes);
        }
        else
        {
            var output = environment.Output;
            output.WriteLine($"“{text}”");
            if (iso is null)
            {
                output.WriteLine(language.Pick("  not a date:", "  不是日期："));
                TextParsing.WriteError(output, "    ", result.Error!, language);
            }
            else
            {
                var table = new TextTable(language.Pick("part", "要素"), language.Pick("value", "值"));
                table.Add(language.Pick("date (ISO 8601)", "日期（ISO 8601）"), iso);
                table.Add(language.Pick("in Chinese", "中文"), ChineseDates.Format(result.Value));
                table.Add(language.Pick("day of week", "星期"), result.Value.DayOfWeek.ToString());
                table.Write(output, "  ");
                TextParsing.WriteNotes(output, "  ", result.Notes, language);
            }
        }

        return result.Success ? ExitCodes.Ok : ExitCodes.ProblemsFound;
    }
}
