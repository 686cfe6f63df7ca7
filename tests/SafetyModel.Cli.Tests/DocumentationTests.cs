using SafetyModel.Records;
namespace SafetyModel.Cli.Tests;

public class DocumentationTests
{
    [Theory]
    [InlineData("`quantity 500余份 --format json`", 0, "quantity", "500余份", "--format", "json")]
    [InlineData("`number 乌兰镇政函[2022]第0297号 --format json`", 1, "number", "乌兰镇政函[2022]第0297号", "--format", "json")]
    public void The_JSON_examples_in_docs_cli_md_are_what_the_commands_print(string heading, int exitCode, params string[] args)
    {
        var documentation = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "cli.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var from = documentation.IndexOf(heading, StringComparison.Ordinal);
        from.Should().BeGreaterThanOrEqualTo(0, "docs/cli.md shows the output of {0}", heading);
        var start = documentation.IndexOf("```json\n", from, StringComparison.Ordinal) + "```json\n".Length;
        var example = documentation.Substring(start, documentation.IndexOf("```", start, StringComparison.Ordinal) - start);

        var run = CliRun.Of(args);

        run.ExitCode.Should().Be(exitCode);
        run.Output.Replace("\r\n", "\n", StringComparison.Ordinal).Should().Be(example);
    }

    [Fact]
    public void The_glossary_names_every_measure_and_dimension_the_tool_accepts()
    {
        var glossary = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "glossary.md"));

        foreach (var code in SafetyModel.Records.RecordCatalogue.Default.Measures.Select(m => m.Code))
        {
            glossary.Should().Contain($"`{code}`");
        }

        foreach (var code in SafetyModel.Records.RecordCatalogue.Default.Dimensions.Skip(1).Select(d => d.Code))
        {
            glossary.Should().Contain($"`{code}`");
        }
    }

    internal static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SafetyModel.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The tests run outside the repository: SafetyModel.sln is not above " + AppContext.BaseDirectory);
    }
}
