using System.Reflection;
using System.Text.RegularExpressions;
using SafetyModel.Diagnostics;
using SafetyModel.Text;
using SafetyModel.Validation;

namespace SafetyModel.Tests.Text;

public class MessageCatalogTests
{
    public static TheoryData<string> PublishedCodes() => new(PublishedCodeList());

    private static List<string> PublishedCodeList()
    {
        var codes = new List<string>();
        foreach (var type in new[] { typeof(ParseCodes), typeof(ValidationCodes), typeof(SafetyModel.Diagnostics.JsonContractCodes) })
        {
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                codes.Add((string)field.GetRawConstantValue()!);
            }
        }

        return codes;
    }

    [Theory]
    [MemberData(nameof(PublishedCodes))]
    public void Every_published_code_has_a_message_in_both_languages_with_the_same_arguments(string code)
    {
        var (english, chinese) = MessageCatalog.Templates(code);

        english.Should().NotBeNullOrWhiteSpace();
        chinese.Should().NotBeNullOrWhiteSpace();
        Placeholders(chinese!).Should().BeEquivalentTo(Placeholders(english!));
    }

    [Fact]
    public void Published_codes_are_unique_and_well_formed()
    {
        var codes = PublishedCodeList().ToList();

        codes.Should().OnlyHaveUniqueItems();
        codes.Should().OnlyContain(c => Regex.IsMatch(c, "^SM[0-9]{4}$"));
    }

    [Fact]
    public void Every_catalogue_entry_is_a_published_code()
    {
        var published = PublishedCodeList().ToHashSet();

        MessageCatalog.Codes().Should().OnlyContain(code => published.Contains(code));
    }

    [Fact]
    public void The_resources_agree_with_messages_tsv()
    {
        var tsv = Path.Combine(RepositoryRoot(), "src", "SafetyModel", "Resources", "messages.tsv");
        var rows = File.ReadAllLines(tsv)
            .Where(line => line.Length > 0 && line[0] != '#')
            .Select(line => line.Split('\t'))
            .ToList();

        rows.Should().NotBeEmpty();
        foreach (var row in rows)
        {
            MessageCatalog.Templates(row[0]).Should().Be((row[1], row[2]), "tools/resx.py writes the resources from messages.tsv");
        }

        MessageCatalog.Codes().Should().HaveCount(rows.Count);
    }

    [Fact]
    public void Every_published_code_is_documented_with_its_constant()
    {
        var page = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "diagnostic-codes.md"));

        foreach (var type in new[] { typeof(ParseCodes), typeof(ValidationCodes), typeof(SafetyModel.Diagnostics.JsonContractCodes) })
        {
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                page.Should().Contain($"| {field.GetRawConstantValue()} | `{type.Name}.{field.Name}` |", "tools/diagnostic-codes.py lists every code");
            }
        }
    }

    [Fact]
    public void Every_validation_code_is_in_the_validation_rules_page_with_its_severity()
    {
        var page = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "validation-rules.md"));

        foreach (var field in typeof(ValidationCodes).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            page.Should().MatchRegex($@"\| {field.GetRawConstantValue()} \| `ValidationCodes\.{field.Name}` \| (error|warning|information) \|");
        }
    }

    private static IEnumerable<string> Placeholders(string template) =>
        Regex.Matches(template, "{([A-Za-z]+)}").Select(m => m.Groups[1].Value);

    internal static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SafetyModel.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (with SafetyModel.sln) was not found above " + AppContext.BaseDirectory);
    }
}
