using SafetyModel.Tests.Text;

namespace SafetyModel.Tests;

public class ReadmeTests
{
    private static readonly string Root = MessageCatalogTests.RepositoryRoot();

    [Theory]
    [InlineData("## Usage\n", "QuickStart")]
    [InlineData("## A tour of the API\n", "Tour")]
    public void A_code_example_is_the_code_its_sample_compiles_and_runs(string section, string sampleName)
    {
        var readme = File.ReadAllText(Path.Combine(Root, "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var sample = File.ReadAllText(Path.Combine(Root, "samples", sampleName, "Program.cs")).Replace("\r\n", "\n", StringComparison.Ordinal);

        var example = Between(Between(readme, section, "\n## "), "```csharp\n", "```");
        var block = Between(sample, "// readme:begin\n", "// readme:end");

        example.Should().Be(block);
    }

    [Fact]
    public void The_readme_links_the_documents_it_promises_and_each_exists()
    {
        var readme = File.ReadAllText(Path.Combine(Root, "README.md"));

        foreach (var document in new[] { "docs/json-format.md", "docs/validation-rules.md", "docs/benchmarks.md", "docs/glossary.md", "docs/cli.md" })
        {
            readme.Should().Contain($"]({document})");
            File.Exists(Path.Combine(Root, document)).Should().BeTrue(document + " is linked from the README");
        }
    }

    [Fact]
    public void The_quick_start_holds_exactly_the_two_set_up_commands()
    {
        var readme = File.ReadAllText(Path.Combine(Root, "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);

        var quickStart = Between(readme, "## Quick start\n", "\n## ");

        Between(quickStart, "```\n", "```").Should().Be("dotnet run --project src/SafetyModel.Cli -- demo\ndotnet test\n");
    }

    private static string Between(string text, string start, string end)
    {
        var from = text.IndexOf(start, StringComparison.Ordinal);
        from.Should().BeGreaterThanOrEqualTo(0, "the text should contain {0}", start);
        from += start.Length;
        var to = text.IndexOf(end, from, StringComparison.Ordinal);
        to.Should().BeGreaterThan(from, "the text should contain {0} after {1}", end, start);
        return text.Substring(from, to - from);
    }
}
