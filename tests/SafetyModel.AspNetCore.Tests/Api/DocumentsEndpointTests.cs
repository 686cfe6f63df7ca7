using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using SafetyModel.Office.Tests.Fixtures;

namespace SafetyModel.AspNetCore.Tests.Api;

/// <summary>POST /api/documents: the seed letter as text and as a .docx gives its metadata, 8 figures with sources and SM5001.</summary>
public sealed class DocumentsEndpointTests : IClassFixture<TownSystemFactory>
{
    private readonly TownSystemFactory _factory;

    public DocumentsEndpointTests(TownSystemFactory factory) => _factory = factory;

    [Fact]
    public async Task The_seed_text_as_the_body_gives_its_metadata_figures_and_the_7_versus_12_warning()
    {
        using var client = _factory.CreateClient();
        using var content = new StringContent(Seed.Text, Encoding.UTF8, "text/plain");
        using var response = await client.PostAsync("/api/documents", content, TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        ShouldBeTheSeed(JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement);
    }

    [Fact]
    public async Task The_seed_as_a_docx_in_the_multipart_field_file_gives_the_same()
    {
        using var client = _factory.CreateClient();
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Layouts.Gbt9704(Seed.Lines));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        form.Add(new StringContent("ignored"), "note");
        form.Add(file, "file", "../../乌兰镇政函〔2022〕297号.docx");
        using var response = await client.PostAsync("/api/documents", form, TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var root = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        root.GetProperty("format").GetString().Should().Be("Docx");
        root.GetProperty("fileName").GetString().Should().Be("乌兰镇政函〔2022〕297号.docx", "the client's path is cut to a name, shown and used for nothing else");
        ShouldBeTheSeed(root);
    }

    [Fact]
    public async Task A_legacy_doc_file_is_a_400_problem_with_the_office_code()
    {
        using var client = _factory.CreateClient();
        using var content = new ByteArrayContent(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0 });
        using var response = await client.PostAsync("/api/documents", content, TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var root = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        root.GetProperty("issues")[0].GetProperty("code").GetString().Should().Be("SM9002");
        root.GetProperty("issues")[0].GetProperty("type").GetString().Should().EndWith("/docs/office.md#sm9002");
    }

    [Fact]
    public async Task A_file_past_the_file_limit_is_a_413_problem()
    {
        using var factory = new TownSystemFactory(new Dictionary<string, string?> { ["SafetyModel:Limits:MaxFileBytes"] = "1000" });
        using var client = factory.CreateClient();
        using var form = new MultipartFormDataContent { { new ByteArrayContent(Layouts.Gbt9704(Seed.Lines)), "file", "seed.docx" } };
        using var response = await client.PostAsync("/api/documents", form, TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        var root = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        root.GetProperty("issues")[0].GetProperty("code").GetString().Should().Be(AspNetCoreCodes.FileTooLarge);
    }

    private static void ShouldBeTheSeed(JsonElement root)
    {
        root.GetProperty("documentNumber").GetString().Should().Be("乌兰镇政函〔2022〕297号");
        root.GetProperty("documentType").GetString().Should().Be("函");
        root.GetProperty("date").GetString().Should().Be("2022-07-07");
        root.GetProperty("period").GetString().Should().Be("2022-H1");
        root.GetProperty("divisionName").GetString().Should().Be("乌兰陶勒盖镇");
        root.GetProperty("report").GetProperty("statedFigures").GetArrayLength().Should().Be(8);
        var text = root.GetProperty("text").GetString()!;
        var leaflets = root.GetProperty("figures").EnumerateArray().Single(f => f.GetProperty("quantity").GetString() == "500余份");
        text.Substring(leaflets.GetProperty("offset").GetInt32(), leaflets.GetProperty("length").GetInt32()).Should().Contain("500余份", "the span points at the characters in the text answered");
        var warning = root.GetProperty("issues").EnumerateArray().Single(i => i.GetProperty("code").GetString() == "SM5001");
        warning.GetProperty("severity").GetString().Should().Be("warning");
        warning.GetProperty("pointer").GetString().Should().Be("/statedFigures/2");
        warning.GetProperty("type").GetString().Should().EndWith("/docs/diagnostic-codes.md#sm5001");
    }
}
