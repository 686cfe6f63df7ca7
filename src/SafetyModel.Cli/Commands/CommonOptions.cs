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
                    result.AddError(CliTexts.Get("usage.unknown-option", Languages.Current, ("option", SafeText.ForTerminal(token.Value))));
                }
            }
        });
        return argument;
    }

    /// <summary>The name of <c>--language en|zh</c>, an option of the root that every command has.</summary>
    public const string LanguageName = "--language";

    /// <summary>The language a command runs in: <c>--language</c>, else the system's UI language.</summary>
    public static Language LanguageOf(ParseResult result) => Languages.Parse(result.GetValue<string>(LanguageName));

    /// <summary><c>--encoding utf-8|gb18030</c> for text input.</summary>
    public static Option<string> Encoding()
    {
        var option = new Option<string>("--encoding")
        {
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

    /// <summary>
    /// <c>--language en|zh</c>: the language of help, messages and table output. It has no default value of its own
    /// to show in the help: when it is not given, the system's UI language decides (<see cref="Languages.Default"/>).
    /// </summary>
    public static Option<string> CreateLanguage()
    {
        var option = new Option<string>(LanguageName)
        {
            HelpName = "en|zh",
            Recursive = true,
        };
        option.AcceptOnlyFromAmong(Languages.Names);
        return option;
    }

    public static bool IsOneOf(string value, params string[] names) => names.Contains(value, StringComparer.OrdinalIgnoreCase);
}
