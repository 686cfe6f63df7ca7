using System.Text.Json;
using CsCheck;
using Json.Schema;
using SafetyModel.Samples;
using SafetyModel.Serialization;
using SafetyModel.Tests.Text;

namespace SafetyModel.Tests.Serialization;

/// <summary>
/// The checked-in schema is what the code says (drift test), and documents the code writes validate against it with a
/// real JSON Schema 2020-12 validator (JsonSchema.Net). To refresh the file after a contract change, run the tests with
/// <c>SAFETYMODEL_UPDATE_SCHEMA=1</c> and review the diff.
/// </summary>
public class JsonSchemaTests
{
    private static readonly string SchemaPath = Path.Combine(MessageCatalogTests.RepositoryRoot(), "schemas", "safetymodel.schema.json");

    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(SafetyJson.GetSchema()));

    [Fact]
    public void The_checked_in_schema_is_the_one_the_code_generates()
    {
        var generated = SafetyJson.GetSchema();
        if (Environment.GetEnvironmentVariable("SAFETYMODEL_UPDATE_SCHEMA") == "1")
        {
            File.WriteAllText(SchemaPath, generated);
        }

        File.ReadAllText(SchemaPath).Replace("\r\n", "\n").Should().Be(
            generated, "schemas/safetymodel.schema.json must be regenerated after a contract change (SAFETYMODEL_UPDATE_SCHEMA=1 dotnet test)");
    }

    [Fact]
    public void Every_definition_and_every_member_of_an_object_has_a_description()
    {
        using var schema = JsonDocument.Parse(SafetyJson.GetSchema());
        var definitions = schema.RootElement.GetProperty("$defs").EnumerateObject().ToList();
        var missing = new List<string>();
        foreach (var definition in definitions)
        {
            if (!Described(definition.Value))
            {
                missing.Add(definition.Name);
            }

            if (definition.Value.TryGetProperty("properties", out var properties))
            {
                missing.AddRange(properties.EnumerateObject().Where(p => !Described(p.Value)).Select(p => definition.Name + "." + p.Name));
            }
        }

        definitions.Should().HaveCountGreaterThan(30);
        missing.Should().BeEmpty(
            "every definition and every member is described: an object and its members by the XML documentation <summary> of the C# type and property, " +
            "the hand-written definitions in JsonContractSchema");

        static bool Described(JsonElement element) =>
            element.TryGetProperty("description", out var description) && !string.IsNullOrWhiteSpace(description.GetString());
    }

    [Fact]
    public void Descriptions_are_plain_text_from_the_summaries()
    {
        using var schema = JsonDocument.Parse(SafetyJson.GetSchema());
        var definitions = schema.RootElement.GetProperty("$defs");
        var hazard = definitions.GetProperty("Hazard");

        hazard.GetProperty("description").GetString().Should().StartWith("A hidden hazard (事故隐患) in a hazard register");
        hazard.GetProperty("properties").GetProperty("foundOn").GetProperty("description").GetString().Should().Be("The day it was found.");
        definitions.GetProperty("Inspection").GetProperty("properties").GetProperty("end").GetProperty("description").GetString()
            .Should().Be("The last day, for an inspection over several days; otherwise null.");
        var descriptions = Descriptions(schema.RootElement).ToList();
        descriptions.Should().HaveCountGreaterThan(100);
        foreach (var text in descriptions)
        {
            text.Should().NotContainAny(new[] { "<see", "<c>", "</", "/>", "cref", "langword", "\n", "  " }, "a description is plain text").And.Be(text.Trim());
        }

        static IEnumerable<string> Descriptions(JsonElement element) => element.ValueKind switch
        {
            JsonValueKind.Object => element.EnumerateObject().SelectMany(p =>
                p.Name == "description" && p.Value.ValueKind == JsonValueKind.String ? new[] { p.Value.GetString()! } : Descriptions(p.Value)),
            JsonValueKind.Array => element.EnumerateArray().SelectMany(Descriptions),
            _ => Enumerable.Empty<string>(),
        };
    }

    [Fact]
    public void The_seed_report_validates()
    {
        var set = new RecordSet { Reports = new[] { SeedReport.Build() } };

        Evaluate(SafetyJson.Serialize(set)).IsValid.Should().BeTrue();
    }

    [Fact]
    public void Random_record_sets_validate() => ModelGenerators.Record.Array[0, 10].Sample(
        records => Evaluate(SafetyJson.Serialize(new RecordSet { Records = records })).IsValid,
        iter: Iterations.Of(200));

    [Fact]
    public void Random_reports_validate() => ModelGenerators.Report.Sample(
        report => Evaluate(SafetyJson.Serialize(new RecordSet { Reports = new[] { report } })).IsValid,
        iter: Iterations.Of(100));

    public static TheoryData<string> Invalid => new()
    {
        """{"schemaVersion":"2.0","records":[]}""",
        """{"schemaVersion":"1.0","records":[{"type":"picnic"}]}""",
        """{"schemaVersion":"1.0","records":[{"id":"I-1"}]}""",
        """{"schemaVersion":"1.0","records":[{"type":"hazard","foundOn":"2022-05-01","level":"huge"}]}""",
        """{"schemaVersion":"1.0","records":[{"type":"inspection","start":"2022-05-01","hazardsFound":"3"}]}""",
        """{"schemaVersion":"1.0","records":[{"type":"inspection"}]}""",
        """{"schemaVersion":"1.0","records":[{"type":"meeting","date":"2022-05-01","division":"15062610300"}]}""",
        """{"schemaVersion":"1.0","reports":[{"period":"2022年上半年"}]}""",
        """{"schemaVersion":"1.0","reports":[{"statedFigures":[{"indicator":"meetings","quantity":{"qualifier":"exact","stated":8}}]}]}""",
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void The_schema_refuses_what_the_contract_refuses(string json)
    {
        Evaluate(json).IsValid.Should().BeFalse();
        var act = () => SafetyJson.Deserialize<RecordSet>(json);
        act.Should().Throw<JsonContractException>();
    }

    private static EvaluationResults Evaluate(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
    }
}
