using System.Text;
using System.Text.Json;

namespace SafetyModel.Cli.Tests;

/// <summary>One run of the tool in process: its exit code, standard output and standard error.</summary>
public sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static readonly string SeedPath = Path.Combine(AppContext.BaseDirectory, "seed", "wulantaolegai-2022-h1-safety-summary.txt");

    /// <summary>Runs <c>safetymodel</c> with the arguments, in a working directory, with standard input from bytes.</summary>
    public static CliRun Of(string workingDirectory, byte[]? input, bool errorIsTerminal, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var environment = new CliEnvironment(output, error, () => new MemoryStream(input ?? Array.Empty<byte>()), workingDirectory, errorIsTerminal);
        var exit = SafetyModelCli.Run(args, environment);
        return new CliRun(exit, output.ToString(), error.ToString());
    }

    /// <summary>Runs <c>safetymodel</c> in a fresh temporary directory with empty standard input.</summary>
    public static CliRun Of(params string[] args) => Of(TempDirectory.Create(), null, false, args);

    /// <summary>Runs with standard input holding UTF-8 text.</summary>
    public static CliRun WithInput(string input, params string[] args) => Of(TempDirectory.Create(), Encoding.UTF8.GetBytes(input), false, args);

    /// <summary>Standard output read as JSON.</summary>
    public JsonElement Json()
    {
        using var document = JsonDocument.Parse(Output);
        return document.RootElement.Clone();
    }
}
