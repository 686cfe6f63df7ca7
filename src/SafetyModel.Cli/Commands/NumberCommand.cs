using System.CommandLine;
using System.Globalization;
using SafetyModel.Cli.Output;
using SafetyModel.Diagnostics;
using SafetyModel.Documents;
using SafetyModel.Primitives;
using SafetyModel.Text;

namespace SafetyModel.Cli.Commands;

/// <summary>
/// <c>safetymodel number &lt;text&gt;</c>: a 发文字号 read strictly (GB/T 9704-2012 §7.2.4: 〔〕, no 第, no leading zeros)
/// and leniently (real-world variants, each noted), or the yearless 序号 of a 令 or 公告 (<c>某某部令第15号</c>). Exit 0 when it conforms, 1 when it does not.
/// </summary>
internal static class NumberCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var text = new Argument<string>("text");
        var format = CommonOptions.Format();
        var command = new Command("number")
        {
            text,
            format,
        };
        command.SetAction(result => Run(
            environment,
            result.GetRequiredValue(text),
            CommonOptions.ParseFormat(result.GetValue(format)),
            CommonOptions.LanguageOf(result)));
        return command;
    }

    public static int Run(CliEnvironment environment, string text, OutputFormat format, Language language)
    {
        var strict = DocumentNumber.ParseStrict(text);
        var lenient = DocumentNumber.ParseLenient(text);
        if (format == OutputFormat.Json)
        {
            using var json = new JsonOutput(environment.Output, "number");
            json.Writer.WriteString("input", text);
            json.Writer.WriteBoolean("conforms", strict.Success);
            json.Writer.WriteStartObject("strict");
            Write(json, strict);
            json.Writer.WriteEndObject();
            json.Writer.WriteStartObject("lenient");
            Write(json, lenient);
            json.Writer.WriteEndObject();
        }
        else
        {
            var output = environment.Output;
            output.WriteLine($"发文字号 “{text}”");
            if (strict.Success)
            {
                output.WriteLine(language.Pick("  strict (GB/T 9704-2012 §7.2.4): conforms", "  严格（GB/T 9704-2012 第7.2.4条）：符合"));
            }
            else
            {
                output.WriteLine(language.Pick("  strict (GB/T 9704-2012 §7.2.4): does not conform", "  严格（GB/T 9704-2012 第7.2.4条）：不符合"));
                TextParsing.WriteError(output, "    ", strict.Error!, language);
            }

            if (lenient.Success)
            {
                var number = lenient.Value;
                output.WriteLine(language.Pick($"  lenient: {number}", $"  宽松读取：{number}"));
                var table = new TextTable(language.Pick("component", "要素"), language.Pick("value", "值"));
                table.Add(language.Pick("kind", "类别"), number.Kind == DocumentNumberKind.Sequential
                    ? language.Pick("order or notice number (令/公告序号, no year)", "令、公告序号（无年份）")
                    : language.Pick("document number (发文字号)", "发文字号"));
                table.Add(language.Pick("issuer code (机关代字)", "机关代字"), number.IssuerCode.Length == 0 ? "-" : number.IssuerCode);
                table.Add(language.Pick("year (年份)", "年份"), number.Kind == DocumentNumberKind.Sequential ? "-" : number.Year.ToString(CultureInfo.InvariantCulture));
                table.Add(language.Pick("serial (发文顺序号)", "发文顺序号"), number.Serial.ToString(CultureInfo.InvariantCulture));
                table.Add(language.Pick("canonical form", "规范形式"), number.ToString());
                table.Write(output, "    ");
                TextParsing.WriteNotes(output, "    ", lenient.Notes, language);
            }
            else
            {
                output.WriteLine(language.Pick("  lenient: cannot be read", "  宽松读取：无法识别"));
                TextParsing.WriteError(output, "    ", lenient.Error!, language);
            }
        }

        return strict.Success ? ExitCodes.Ok : ExitCodes.ProblemsFound;
    }

    private static void Write(JsonOutput json, ParseResult<DocumentNumber> result)
    {
        var writer = json.Writer;
        writer.WriteBoolean("success", result.Success);
        if (result.Success)
        {
            var number = result.Value;
            writer.WriteString("canonical", number.ToString());
            writer.WriteString("kind", EnumCodes.Of(number.Kind));
            writer.WriteString("issuerCode", number.IssuerCode);
            if (number.Kind == DocumentNumberKind.Sequential)
            {
                writer.WriteNull("year");
            }
            else
            {
                writer.WriteNumber("year", number.Year);
            }

            writer.WriteNumber("serial", number.Serial);
            writer.WriteNull("error");
        }
        else
        {
            writer.WriteNull("canonical");
            writer.WritePropertyName("error");
            json.WriteDiagnostic(result.Error!);
        }

        json.WriteDiagnostics("notes", result.Notes);
    }
}
