using System.CommandLine;
using NodaTime.Text;
using SafetyModel.Cli.Output;
using SafetyModel.Primitives;
using SafetyModel.Text;

namespace SafetyModel.Cli.Commands;

/// <summary>
/// <c>safetymodel date &lt;text&gt;</c>: a date as documents write it (<c>2022年7月7日</c>, <c>二〇二二年七月七日</c>,
/// <c>2022.7.7</c>) read into an ISO date, with a note for each normalisation. Exit 0 when read, 1 when not a date.
/// </summary>
internal static class DateCommand
{
    /// <summary>星期一 … 星期日, in the order of <see cref="NodaTime.IsoDayOfWeek"/> (Monday is 1).</summary>
    private static readonly string[] ChineseWeekdays = { "星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日" };

    public static Command Create(CliEnvironment environment)
    {
        var text = new Argument<string>("text");
        var year = new Option<int?>("--year")
        {
            CustomParser = result =>
            {
                var token = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
                if (int.TryParse(token, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) && value is >= 1 and <= 9999)
                {
                    return value;
                }

                result.AddError(CliTexts.Get("date.year-out-of-range", Languages.Current, ("year", SafeText.ForTerminal(token))));
                return null;
            },
        };
        var format = CommonOptions.Format();
        var command = new Command("date") { text, year, format };
        command.SetAction(result => Run(
            environment,
            result.GetRequiredValue(text),
            result.GetValue(year),
            CommonOptions.ParseFormat(result.GetValue(format)),
            CommonOptions.LanguageOf(result)));
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
                json.Writer.WriteString("dayOfWeek", EnumCodes.Of(result.Value.DayOfWeek));
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
                table.Add(language.Pick("day of week", "星期"), language == Language.Chinese ? ChineseWeekdays[(int)result.Value.DayOfWeek - 1] : EnumCodes.Of(result.Value.DayOfWeek));
                table.Write(output, "  ");
                TextParsing.WriteNotes(output, "  ", result.Notes, language);
            }
        }

        return result.Success ? ExitCodes.Ok : ExitCodes.ProblemsFound;
    }
}
