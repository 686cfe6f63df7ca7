using System.Text.Json;

namespace SafetyModel.AspNetCore.Tests.Api;

/// <summary>The OpenAPI document shows the contract's real shapes, not the empty objects its converters would leave.</summary>
public sealed class OpenApiDocumentTests : IClassFixture<TownSystemFactory>
{
    private readonly TownSystemFactory _factory;

    public OpenApiDocumentTests(TownSystemFactory factory) => _factory = factory;

    [Fact]
    public async Task The_inspection_record_appears_with_its_real_members_and_descriptions()
    {
        using var client = _factory.CreateClient();
        var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken)).RootElement;
        var schemas = document.GetProperty("components").GetProperty("schemas");

        var inspection = schemas.GetProperty("Inspection");
        inspection.GetProperty("properties").EnumerateObject().Select(p => p.Name).Should()
            .Contain(new[] { "type", "id", "division", "start", "end", "types", "inspectingBody", "inspected", "campaignId", "hazardsFound" })
            .And.NotContain("ReferenceDate", "the .NET properties are not the contract");
        inspection.GetProperty("required").EnumerateArray().Select(r => r.GetString()).Should().Contain("start");
        inspection.GetProperty("properties").GetProperty("division").GetProperty("$ref").GetString().Should().Be("#/components/schemas/divisionCode");
        inspection.GetProperty("description").GetString().Should().Contain("安全检查");
        schemas.GetProperty("divisionCode").GetProperty("pattern").GetString().Should().Be("^[1-9][0-9]{11}(@[0-9]{4})?$");
        schemas.GetProperty("Quantity").GetProperty("properties").EnumerateObject().Select(p => p.Name).Should().Contain(new[] { "lower", "upper", "unit", "rawText" });
        schemas.GetProperty("reportingPeriod").GetProperty("type").GetString().Should().Be("string");
    }
}
