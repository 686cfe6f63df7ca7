using System.CommandLine;
using System.Globalization;
using SafetyModel.Cli.Output;
using SafetyModel.Primitives;

namespace SafetyModel.Cli.Commands;

/// <summary>
/// <c>safetymodel quantity &lt;text&gt;</c>: a figure as documents write it (<c>500余份</c>, <c>约3000人</c>,
/// <c>两次</c>) read into a <see cref="Quantity"/>: the interval it stands for, its qualifier (概数) and unit. Exit 0
/// when read, 1 when the text is not a quantity.
/// </summary>
internal static class QuantityCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var text = new Argument<string>("text");
        var format = CommonOptions.Format();
        var command = new Command("quantity") { text, format };
        command.SetAction(result => Run(
            environment,
            result.GetRequiredValue(text),
            CommonOptions.ParseFormat(result.GetValue(format)),
            CommonOptions.LanguageOf(result)));
        return command;
    }

    public static int Run(CliEnvironment environment, string text, OutputFormat format, Language language)
    {
        var result = Quantity.ParseDetailed(text);
        if (format == OutputFormat.Json)
        {
            using var json = new JsonOutput(environment.Output, "quantity");
            json.Writer.WriteString("input", text);
            json.Writer.WriteBoolean("success", result.Success);
            if (result.Success)
            {
                json.WriteContract("value", result.Value);
                json.Writer.WriteString("english", result.Value.ToEnglishString());
                json.Writer.WriteString("chinese", result.Value.ToChineseString());
                if (InYuan(result.Value) is { } yuan)
                {
                    json.Writer.WriteString("inYuan", yuan);
                }

                json.Writer.WriteNull("error");
            }
            else
            {
                json.Writer.WriteNull("value");
                json.Writer.WriteNull("english");
                json.Writer.WriteNull("chinese");
                json.Writer.WritePropertyName("error");
                json.WriteDiagnostic(result.Error!);
            }

            json.WriteDiagnostics("notes", result.Notes);
        }
        else
        {
            var output = environment.Output;
            output.WriteLine($"“{text}”");
            if (!result.Success)
            {
                output.WriteLine(language.Pick("  not a quantity:", "  不是数量："));
                TextParsing.WriteError(output, "    ", result.Error!, language);
                return ExitCodes.ProblemsFound;
            }

            var quantity = result.Value;
            var table = new TextTable(language.Pick("part", "要素"), language.Pick("value", "值"));
            table.Add(language.Pick("stated number", "所述数字"), quantity.StatedUpper is { } upper ? $"{quantity.Stated.ToString(CultureInfo.InvariantCulture)}–{upper.ToString(CultureInfo.InvariantCulture)}" : quantity.Stated.ToString(CultureInfo.InvariantCulture));
            table.Add(language.Pick("qualifier", "限定"), EnumCodes.Of(quantity.Qualifier));
            table.Add(language.Pick("unit", "单位"), quantity.Unit.Code.Length == 0 ? "-" : quantity.Unit.Code == quantity.Unit.ChineseName ? quantity.Unit.Code : $"{quantity.Unit.Code} ({quantity.Unit.ChineseName})");
            table.Add(language.Pick("lower bound", "下限"), quantity.Lower.ToString());
            table.Add(language.Pick("upper bound", "上限"), quantity.Upper?.ToString() ?? language.Pick("none (unbounded)", "无（无上限）"));
            if (InYuan(quantity) is { } yuan)
            {
                table.Add(language.Pick("in yuan", "折合元"), yuan);
            }

            table.Add(language.Pick("exact", "精确数"), quantity.IsExact ? language.Pick("yes", "是") : language.Pick("no (an approximate figure, 概数)", "否（概数）"));
            table.Add(language.Pick("meaning", "含义"), language == Language.Chinese ? quantity.ToChineseString() : quantity.ToEnglishString());
            table.Write(output, "  ");
            TextParsing.WriteNotes(output, "  ", result.Notes, language);
        }

        return result.Success ? ExitCodes.Ok : ExitCodes.ProblemsFound;
    }

    /// <summary>An amount in 万元 or 亿元 in plain 元 (<c>1,200万元</c> is 12,000,000 元), its interval for an approximate one; otherwise null.</summary>
    private static string? InYuan(Quantity quantity)
    {
        var factor = quantity.Unit == QuantityUnit.TenThousandYuan ? 10_000m : quantity.Unit == QuantityUnit.HundredMillionYuan ? 100_000_000m : 0m;
        if (factor == 0)
        {
            return null;
        }

        string Yuan(decimal value) => (value * factor).ToString("#,0.##", CultureInfo.InvariantCulture);
        if (quantity.IsExact)
        {
            return Yuan(quantity.Stated) + " 元";
        }

        var lower = Yuan(quantity.Lower.Value) + (quantity.Lower.Inclusive ? " ≤ n" : " < n");
        return quantity.Upper is { } upper ? $"{lower} {(upper.Inclusive ? "≤" : "<")} {Yuan(upper.Value)} 元" : lower + " 元";
    }
}
