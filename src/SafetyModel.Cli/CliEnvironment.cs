using System;
using System.IO;

namespace SafetyModel.Cli;

/// <summary>
/// What a command reads from and writes to: standard output and error, standard input and the working directory.
/// The program passes the console; tests pass writers and streams of their own.
/// </summary>
internal sealed class CliEnvironment
{
    public CliEnvironment(TextWriter output, TextWriter error, Func<Stream> openInput, string workingDirectory, bool errorIsTerminal)
    {
        Output = output;
        Error = error;
        OpenInput = openInput;
        WorkingDirectory = workingDirectory;
        ErrorIsTerminal = errorIsTerminal;
    }

    /// <summary>Standard output: the result of the command.</summary>
    public TextWriter Output { get; }

    /// <summary>Standard error: messages about the run (errors, progress).</summary>
    public TextWriter Error { get; }

    /// <summary>Opens standard input, for the file name <c>-</c>.</summary>
    public Func<Stream> OpenInput { get; }

    /// <summary>The directory relative paths are resolved against.</summary>
    public string WorkingDirectory { get; }

    /// <summary>Whether standard error is a terminal, so that progress can be shown on it.</summary>
    public bool ErrorIsTerminal { get; }

    /// <summary>The console of this process.</summary>
    public static CliEnvironment FromConsole() =>
        new(SafetyModel.Cli.Output.StandardOutput.OpenWriter(), Console.Error, Console.OpenStandardInput, Environment.CurrentDirectory, !Console.IsErrorRedirected);

    /// <summary>Resolves a path the user gave against <see cref="WorkingDirectory"/>.</summary>
    public string Resolve(string path) => Path.GetFullPath(path, WorkingDirectory);
}
