using System;
using System.CommandLine;
using System.Linq;
using SafetyModel.Cli.Input;
using SafetyModel.Cli.Output;

namespace SafetyModel.Cli.Commands;

/// <summary>Options several commands share.</summary>
internal static class CommonOptions
{
    /// <summary><c>--format table|json</c> (and more where a command allows them).</summary>
    public static Option<string> Format(string defaultFormat = "table", params string[] formats)
    {
        var allowed = formats.Length > 0 ? formats : new[] { "table", "json" };
        var option = new Option<string>("--format", "-f")
        {
            Description = $"Output format: {string.Join(", ", allowed)} (JSON shapes are documented in docs/cli.md).",
            DefaultValueFactory = _ => defaultFormat,
            HelpName = string.Join("|", allowed),
        };
        option.AcceptOnlyFromAmong(allowed);
        return option;
    }

    /// <summary>
    /// Refuses a file argument that looks like an option (<c>--frob</c>): an option the command does not have would
    /// otherwise be taken for a file name and reported as a missing file. A file whose name begins with <c>-</c> is
    /// given as <c>./-name</c>; <c>-</c> alone is standard input.
    /// </summary>
    public static T RefusingOptions<T>(T argument)
        where T : Argument
    {
        argument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (token.Value.Length > 1 && token.Value[0] == '-')
                {
                    result.AddError($"unknown option '{SafeText.ForTerminal(token.Value)}' (a file whose name begins with '-' is given as ./{SafeText.ForTerminal(token.Value)}).");
                }
            }
        });
        return argument;
    }

    /// <summary><c>--language en|zh</c>, on the root and every command: the language of messages in table output.</summary>
    public static Option<string> Language { get; } = CreateLanguage();

    /// <summary><c>--encoding utf-8|gb18030</c> for text input.</summary>
    public static Option<string> Encoding()
    {
        var option = new Option<string>("--encoding")
        {
            Description = "Encoding of the text: utf-8 (default; a BOM is allowed) or gb18030 (also GBK and GB2312).",
            DefaultValueFactory = _ => "utf-8",
            HelpName = "utf-8|gb18030",
        };
        option.AcceptOnlyFromAmong(TextEncodings.Names);
        return option;
    }

    /// <summary><c>--input-format auto|json|jsonl</c> for record files.</summary>
    public static Option<string> InputFormat()
    {
        var option = new Option<string>("--input-format")
        {
            Description = "How record files are laid out: auto (by extension: .jsonl/.ndjson are JSON Lines, .json one document; others and '-' are sniffed), json or jsonl.",
            DefaultValueFactory = _ => "auto",
            HelpName = "auto|json|jsonl",
        };
        option.AcceptOnlyFromAmong("auto", "json", "jsonl");
        return option;
    }

    public static OutputFormat ParseFormat(string? value) => value switch
    {
        "json" => OutputFormat.Json,
        "csv" => OutputFormat.Csv,
        _ => OutputFormat.Table,
    };

    public static RecordFormat ParseInputFormat(string? value) => value switch
    {
        "json" => RecordFormat.Json,
        "jsonl" => RecordFormat.JsonLines,
        _ => RecordFormat.Auto,
    };

    private static Option<string> CreateLanguage()
    {
        var option = new Option<string>("--language")
        {
            Description = "Language of messages in table output: en or zh (default: the system's UI language). JSON output carries both.",
            DefaultValueFactory = _ => Languages.Default,
            HelpName = "en|zh",
            Recursive = true,
        };
        option.AcceptOnlyFromAmong(Languages.Names);
        return option;
    }

    public static bool IsOneOf(string value, params string[] names) => names.Contains(value, StringComparer.OrdinalIgnoreCase);
}
