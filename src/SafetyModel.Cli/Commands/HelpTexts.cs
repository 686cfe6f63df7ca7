using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using SafetyModel.Cli.Export;
using SafetyModel.Cli.Output;

namespace SafetyModel.Cli.Commands;

/// <summary>
/// Gives every command, option and argument of the tool its help text in the chosen language, from
/// <see cref="CliTexts"/>: the commands declare their symbols, the table says what each is.
/// </summary>
internal static class HelpTexts
{
    /// <summary>Sets the description of the root, each command and each of their options and arguments.</summary>
    public static void Apply(Command root, Language language)
    {
        Describe(root, root.Name, language);
        Apply(root, string.Empty, language);
    }

    /// <summary>Every key the tool's symbols look up, for the test that the table has a text for each.</summary>
    public static IEnumerable<string> KeysOf(Command root)
    {
        yield return root.Name;
        foreach (var key in KeysOf(root, string.Empty))
        {
            yield return key;
        }
    }

    /// <summary>The key of an option or argument of a command: <c>validate --strict</c>, <c>validate &lt;files&gt;</c>.</summary>
    public static string KeyOf(string commandPath, Symbol symbol) =>
        (commandPath.Length == 0 ? string.Empty : commandPath + " ") + (symbol is Argument ? $"<{symbol.Name}>" : symbol.Name);

    private static void Apply(Command command, string path, Language language)
    {
        foreach (var option in command.Options)
        {
            var key = KeyOf(path, option);
            Describe(
                option,
                CliTexts.Has(key) ? key : option.Name,
                language,
                ("formats", string.Join(language.Pick(", ", "、"), (option.HelpName ?? string.Empty).Split('|'))),
                ("export-formats", string.Join("; ", ExportFormats.Names.Select(n => CliTexts.Get("export-format " + n, language)))));
        }

        foreach (var argument in command.Arguments)
        {
            Describe(argument, KeyOf(path, argument), language);
        }

        foreach (var subcommand in command.Subcommands)
        {
            var subPath = path.Length == 0 ? subcommand.Name : path + " " + subcommand.Name;
            Describe(subcommand, subPath, language);
            Apply(subcommand, subPath, language);
        }
    }

    private static IEnumerable<string> KeysOf(Command command, string path)
    {
        foreach (var symbol in command.Options.Cast<Symbol>().Concat(command.Arguments))
        {
            var key = KeyOf(path, symbol);
            yield return symbol is Option && !CliTexts.Has(key) ? symbol.Name : key;
        }

        foreach (var subcommand in command.Subcommands)
        {
            var subPath = path.Length == 0 ? subcommand.Name : path + " " + subcommand.Name;
            yield return subPath;
            foreach (var key in KeysOf(subcommand, subPath))
            {
                yield return key;
            }
        }
    }

    /// <summary>Gives a symbol its text; a symbol the table lacks keeps the text it was declared with (a test finds it).</summary>
    private static void Describe(Symbol symbol, string key, Language language, params (string Name, string Value)[] values)
    {
        if (CliTexts.Has(key))
        {
            symbol.Description = CliTexts.Get(key, language, values);
        }
    }
}
