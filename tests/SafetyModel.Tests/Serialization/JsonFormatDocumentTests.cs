using System.Text.RegularExpressions;
using SafetyModel.Primitives;
using SafetyModel.Serialization;
using SafetyModel.Tests.Text;

namespace SafetyModel.Tests.Serialization;

/// <summary>Every JSON example in docs/json-format.md is read by the contract, strictly, and validates.</summary>
public partial class JsonFormatDocumentTests
{
    [Fact]
    public void Every_json_example_in_the_format_page_reads_strictly()
    {
        var page = File.ReadAllText(Path.Combine(MessageCatalogTests.RepositoryRoot(), "docs", "json-format.md"));
        var examples = JsonBlock().Matches(page).Select(m => m.Groups[1].Value).ToList();

        examples.Should().HaveCountGreaterThanOrEqualTo(8);
        foreach (var example in examples)
        {
            var read = example.Contains("\"schemaVersion\"", StringComparison.Ordinal)
                ? (object)SafetyJson.Deserialize<RecordSet>(example, SafetyJsonReadOptions.StrictDefault)
                : SafetyJson.Deserialize<IRecord>(example, SafetyJsonReadOptions.StrictDefault);
            read.Should().NotBeNull(example);
        }
    }

    [GeneratedRegex("```json\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex JsonBlock();
}
