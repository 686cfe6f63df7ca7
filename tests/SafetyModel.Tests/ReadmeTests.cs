using SafetyModel.Tests.Text;

namespace SafetyModel.Tests;

public class ReadmeTests
{
    private static readonly string Root = MessageCatalogTests.RepositoryRoot();

    [Fact]
    public void The_usage_example_is_the_code_the_quick_start_sample_compiles_and_runs()
    {
        var readme = File.ReadAllText(Path.Combine(Root, "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var sample = File.ReadAllText(Path.Combine(Root, "samples", "QuickStart", "Program.cs")).Replace("\r\n", "\n", StringComparison.Ordinal);

        var example = Between(readme, "```csharp\n", "```");
        var block = Between(sample, "// readme:begin\n", "// readme:end");

        example.Should().Be(block);
    }

    [Fact]
    public void The_quick_start_holds_exactly_the_two_set_up_commands()
    {
        var readme = File.ReadAllText(Path.Combine(Root, "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);

        var quickStart = Between(readme, "## Quick start\n", "\n## ");

        Between(quickStart, "```\n", "```").Should().Be("dotnet run --project samples/QuickStart\ndotnet test\n");
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
