using System;
using System.CommandLine;
using System.Globalization;
using System.Linq;
using SafetyModel.Cli.Commands;

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
            var root = Build(environment);
            var parsed = root.Parse(args);
            if (parsed.Errors.Count > 0)
            {
                foreach (var error in parsed.Errors)
                {
                    environment.Error.WriteLine($"safetymodel: {error.Message}");
                }

                var command = parsed.CommandResult.Command;
                var name = command == root ? "safetymodel" : "safetymodel " + string.Join(" ", parsed.CommandResult.Command.Name);
                environment.Error.WriteLine($"Run '{name} --help' for usage.");
                return ExitCodes.BadInput;
            }

            return parsed.Invoke(new InvocationConfiguration
            {
                Output = environment.Output,
                Error = environment.Error,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (CliException e)
        {
            environment.Error.WriteLine($"safetymodel: {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            environment.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"safetymodel: internal error ({e.GetType().Name}): {e.Message}"));
            environment.Error.WriteLine("This is a fault in the tool, not in your input; please report it with the command line and the input.");
            environment.Error.WriteLine(e.StackTrace?.Split('\n').FirstOrDefault()?.Trim());
            return ExitCodes.InternalError;
        }
    }
}
