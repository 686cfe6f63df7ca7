using System;
using System.CommandLine;
using System.Globalization;
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
    public static RootCommand Build(CliEnvironment environment)
    {
        var root = new RootCommand(
            "safetymodel — read 公文 and work-safety summaries, extract and check their figures, validate JSON records, " +
            "and roll records up into statistics tables and charts. Exit codes: 0 ok, 1 problems found, 2 bad usage or unreadable input.")
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
        root.Options.Add(CommonOptions.Language);
        return root;
    }

    /// <summary>Runs the command the arguments name and returns its exit code; never throws.</summary>
    public static int Run(string[] args, CliEnvironment environment)
    {
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

            var root = Build(environment);
            var parsed = root.Parse(args);
            if (parsed.Errors.Count > 0)
            {
                foreach (var error in parsed.Errors)
                {
                    environment.Error.WriteLine($"safetymodel: {SafeText.ForTerminal(error.Message, SafeText.MessageLimit)}");
                }

                var command = parsed.CommandResult.Command;
                var name = command == root ? "safetymodel" : "safetymodel " + string.Join(" ", parsed.CommandResult.Command.Name);
                environment.Error.WriteLine($"Run '{name} --help' for usage.");
                return ExitCodes.BadInput;
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
