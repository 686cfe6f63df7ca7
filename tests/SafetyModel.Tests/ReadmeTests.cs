using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
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
    public void The_usage_block_compiles_as_pasted_against_the_package_and_its_dependencies()
    {
        var readme = File.ReadAllText(Path.Combine(Root, "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var example = Between(Between(readme, "## Usage\n", "\n## "), "```csharp\n", "```");

        // Nothing added: no usings, no variables, no implicit usings of a project template.
        Compile(example).Should().BeEmpty("the README's Usage block is a whole program");
    }

    [Fact]
    public void The_tour_compiles_with_the_usings_the_readme_names_for_it()
    {
        var readme = File.ReadAllText(Path.Combine(Root, "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var section = Between(readme, "## A tour of the API\n", "\n## ");
        var example = Between(section, "```csharp\n", "```");
        var usings = Between(section, "; with `", "` above it").Replace("\n", " ", StringComparison.Ordinal);

        Compile(usings + "\n" + example).Should().BeEmpty("the tour compiles with the usings the README states: {0}", usings);
    }

    [Fact]
    public void The_readme_links_the_documents_it_promises_and_each_exists()
    {
        var readme = File.ReadAllText(Path.Combine(Root, "README.md"));

        foreach (var document in new[] { "docs/json-format.md", "docs/validation-rules.md", "docs/benchmarks.md", "docs/glossary.md", "docs/cli.md" })
        {
            readme.Should().Contain($"]({RepositoryUrl()}/blob/main/{document})");
            File.Exists(Path.Combine(Root, document)).Should().BeTrue(document + " is linked from the README");
        }
    }

    [Fact]
    public void Every_link_in_the_packed_readme_is_absolute_and_those_into_the_repository_name_what_is_there()
    {
        // The README is the package's page on nuget.org, where a relative link leads nowhere.
        var readme = File.ReadAllText(Path.Combine(Root, "README.md"));
        var repository = RepositoryUrl();
        var links = Regex.Matches(readme, @"\]\(([^)\s]+)\)").Select(m => m.Groups[1].Value).ToList();

        links.Should().NotBeEmpty();
        links.Should().OnlyContain(l => l.StartsWith("https://", StringComparison.Ordinal), "a relative link breaks on the package page");
        foreach (var link in links.Where(l => l.StartsWith(repository + "/", StringComparison.Ordinal)))
        {
            var match = Regex.Match(link, "^" + Regex.Escape(repository) + "/(blob|tree)/main/([^#]+)");
            match.Success.Should().BeTrue("{0} names a file (blob) or a folder (tree) on the main branch", link);
            var path = Path.Combine(Root, match.Groups[2].Value);
            (match.Groups[1].Value == "blob" ? File.Exists(path) : Directory.Exists(path)).Should().BeTrue("{0} is in the repository", link);
        }
    }

    /// <summary>The repository the packages name (RepositoryUrl in Directory.Build.props).</summary>
    private static string RepositoryUrl() =>
        XDocument.Load(Path.Combine(Root, "Directory.Build.props")).Descendants("RepositoryUrl").Single().Value;

    /// <summary>Compiles a program of top-level statements against the package, its dependencies and the framework; returns its errors.</summary>
    private static List<string> Compile(string program)
    {
        var package = typeof(SafetyModel.Text.ChineseNumerals).Assembly;
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var dependencies = package.GetReferencedAssemblies().Select(a => a.Name + ".dll").ToHashSet(StringComparer.OrdinalIgnoreCase);
        var references = platform
            .Where(p => Path.GetDirectoryName(p) == runtime || dependencies.Contains(Path.GetFileName(p)) || p == package.Location)
            .Append(package.Location)
            .Distinct()
            .Select(p => MetadataReference.CreateFromFile(p));
        var compilation = CSharpCompilation.Create(
            "ReadmeExample",
            new[] { CSharpSyntaxTree.ParseText(program, new CSharpParseOptions(LanguageVersion.Latest)) },
            references,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        using var output = new MemoryStream();
        return compilation.Emit(output).Diagnostics
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .Select(d => d.ToString())
            .ToList();
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
