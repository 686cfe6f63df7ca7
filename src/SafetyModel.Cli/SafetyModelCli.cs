using System;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
using System.Globalization;
using System.IO;
using System.Linq;
using SafetyModel.Cli.Commands;
using SafetyModel.Cli.Output;

namespace SafetyModel.Cli;

/// <summary>
/// The <c>safetymodel</c> command line: builds the commands and runs one. Exit codes (<see cref="ExitCodes"/>):
/// 0 ok, 1 problems found, 2 bad usage or unreadable input, 70 a fault in the tool.
/// </summary>
internal static class SafetyModelCli
{
    /// <summary>The command line in a language: its commands, options and help texts.</summary>
    public static Command Build(CliEnvironment environment, Language language)
    {
        // A Command rather than a RootCommand: the root's name is what the usage line shows, and a RootCommand takes
        // the name of the assembly (SafetyModel.Cli), not the command the tool installs (safetymodel).
        var root = new Command("safetymodel")
        {
            DemoCommand.Create(environment),
            ParseCommand.Create(environment),
            NumberCommand.Create(environment),
            QuantityCommand.Create(environment),
            DateCommand.Create(environment),
            ValidateCommand.Create(environment),
            AggregateCommand.Create(environment),
            SchemaCommand.Create(environment),
            ImportCommand.Create(environment),
            ExportCommand.Create(environment),
        };
        root.Options.Add(new HelpOption());
        root.Options.Add(new VersionOption());
        root.Options.Add(CommonOptions.CreateLanguage());
        HelpTexts.Apply(root, language);
        return root;
    }

    /// <summary>Runs the command the arguments name and returns its exit code; never throws.</summary>
    public static int Run(string[] args, CliEnvironment environment)
    {
        var uiCulture = CultureInfo.CurrentUICulture;
        try
        {
            // .NET decodes the command line as UTF-8 and puts U+FFFD where bytes are not; a value changed that way
            // would be read without a word, so it is refused (a U+FFFD typed on purpose is vanishingly rare).
            for (var i = 0; i < args.Length; i++)
            {
                if (args[i].IndexOf('\uFFFD') >= 0)
                {
                    environment.Error.WriteLine($"safetymodel: argument {i + 1} ({SafeText.ForTerminal(args[i])}) is not valid UTF-8; the terminal or script passed bytes in another encoding (GB18030?); set a UTF-8 locale, or put the text in a UTF-8 file.");
                    return ExitCodes.BadInput;
                }
            }

            // The language (--language, else the system's UI language) is known once the line is parsed; help and
            // the parser's own messages are then given in it.
            var language = Languages.Parse(Languages.Default);
            var root = Build(environment, language);
            var parsed = root.Parse(args);
            if (parsed.GetResult(CommonOptions.LanguageName) is OptionResult { Tokens.Count: > 0 } given
                && given.Tokens[^1].Value is var chosen && Languages.Names.Contains(chosen) && Languages.Parse(chosen) != language)
            {
                language = Languages.Parse(chosen);
                root = Build(environment, language);
            }

            CultureInfo.CurrentUICulture = CultureOf(language);
            parsed = root.Parse(args);
            if (parsed.Errors.Count > 0)
            {
                foreach (var error in parsed.Errors)
                {
                    environment.Error.WriteLine($"safetymodel: {SafeText.ForTerminal(error.Message, SafeText.MessageLimit)}");
                }

                var command = parsed.CommandResult.Command;
                var name = command == root ? "safetymodel" : "safetymodel " + command.Name;
                environment.Error.WriteLine(CliTexts.Get("usage.run-help", language, ("command", name)));
                return ExitCodes.BadInput;
            }

            if (parsed.Action is HelpAction)
            {
                return WriteHelp(parsed, environment, language);
            }

            var exit = parsed.Invoke(new InvocationConfiguration
            {
                Output = environment.Output,
                Error = environment.Error,
                EnableDefaultExceptionHandler = false,
            });
            environment.Output.Flush();
            return exit;
        }
        catch (OutputFailedException e)
        {
            if (e.PipeClosed)
            {
                return ExitCodes.PipeClosed;
            }

            environment.Error.WriteLine($"safetymodel: cannot write the output: {e.Message}");
            return ExitCodes.OutputFailed;
        }
        catch (CliException e)
        {
            TryFlush(environment);
            environment.Error.WriteLine($"safetymodel: {SafeText.ForTerminal(e.Message, SafeText.MessageLimit)}");
            return ExitCodes.BadInput;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            TryFlush(environment);
            environment.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"safetymodel: internal error ({e.GetType().Name}): {SafeText.ForTerminal(e.Message, SafeText.MessageLimit)}"));
            environment.Error.WriteLine("This is a fault in the tool, not in your input; please report it with the command line and the input.");
            environment.Error.WriteLine(e.StackTrace?.Split('\n').FirstOrDefault()?.Trim());
            return ExitCodes.InternalError;
        }
        finally
        {
            CultureInfo.CurrentUICulture = uiCulture;
        }
    }

    /// <summary>
    /// The UI culture the parser's own texts (headings of the help, parse errors) are given in. Where the system has no
    /// culture data (invariant globalization), there is no zh-Hans culture: those few texts stay English, the tool's
    /// own are still Chinese.
    /// </summary>
    private static CultureInfo CultureOf(Language language)
    {
        if (language == Language.Chinese)
        {
            try
            {
                return CultureInfo.GetCultureInfo("zh-Hans");
            }
            catch (CultureNotFoundException)
            {
                // Invariant globalization: the language is still Chinese for every text of the tool's own.
            }
        }

        return CultureInfo.InvariantCulture;
    }

    /// <summary>
    /// Writes the help System.CommandLine lays out; its headings come from its own translations, all but
    /// "Description:" and "[default: …]", which are given in the language here.
    /// </summary>
    private static int WriteHelp(ParseResult parsed, CliEnvironment environment, Language language)
    {
        using var help = new StringWriter(CultureInfo.InvariantCulture);
        var exit = parsed.Invoke(new InvocationConfiguration { Output = help, Error = environment.Error });
        var text = help.ToString();
        if (language == Language.Chinese)
        {
            text = (text.StartsWith("Description:", StringComparison.Ordinal) ? "说明:" + text.Substring("Description:".Length) : text)
                .Replace(" [default: ", " [默认: ", StringComparison.Ordinal);
        }

        environment.Output.Write(text);
        environment.Output.Flush();
        return exit;
    }

    /// <summary>Writes out what a failed command had written before its error, if the output still takes it.</summary>
    private static void TryFlush(CliEnvironment environment)
    {
        try
        {
            environment.Output.Flush();
        }
        catch (OutputFailedException)
        {
            // The error message that follows matters more than the output the reader can no longer take.
        }
    }
}
