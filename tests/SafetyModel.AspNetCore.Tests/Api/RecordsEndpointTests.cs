using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;

namespace SafetyModel.AspNetCore.Tests.Api;

/// <summary>POST /api/records and GET /api/statistics: problem details for bad records, limits as 413, statistics by Accept.</summary>
public sealed class RecordsEndpointTests
{
    private const string MisspelledAndNegative =
        "{\"type\":\"inspection\",\"id\":\"JC-1\",\"division\":\"150626103000\",\"start\":\"2022-05-01\",\"types\":[\"comprehensive\"],\"hazardFound\":3}\n" +
        "{\"type\":\"inspection\",\"id\":\"JC-2\",\"division\":\"150626103000\",\"start\":\"2022-05-02\",\"hazardsFound\":-2}\n";

    [Fact]
    public async Task JSON_Lines_with_a_misspelled_member_and_a_negative_count_give_problem_details_naming_both_in_Chinese()
    {
        using var factory = new TownSystemFactory();
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/records") { Content = new StringContent(MisspelledAndNegative, Encoding.UTF8, "application/jsonl") };
        request.Headers.AcceptLanguage.ParseAdd("zh-CN");
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var root = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        root.GetProperty("status").GetInt32().Should().Be(422);
        root.GetProperty("type").GetString().Should().EndWith("/docs/aspnetcore.md#validation-failed");
        root.GetProperty("title").GetString().Should().Be("输入数据未通过校验。");
        var issues = root.GetProperty("issues").EnumerateArray().ToList();
        var misspelled = issues.Single(i => i.GetProperty("code").GetString() == "SM8014");
        misspelled.GetProperty("line").GetInt64().Should().Be(1);
        misspelled.GetProperty("pointer").GetString().Should().Be("/hazardFound");
        misspelled.GetProperty("message").GetString().Should().Contain("hazardFound").And.Contain("不是约定中的成员");
        var negative = issues.Single(i => i.GetProperty("code").GetString() == "SM4010");
        negative.GetProperty("line").GetInt64().Should().Be(2);
        negative.GetProperty("pointer").GetString().Should().Be("/hazardsFound");
        negative.GetProperty("severity").GetString().Should().Be("error");
        negative.GetProperty("message").GetString().Should().Contain("负数");
    }

    [Fact]
    public async Task The_same_body_under_Accept_Language_en_is_answered_in_English()
    {
        using var factory = new TownSystemFactory();
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/records") { Content = new StringContent(MisspelledAndNegative, Encoding.UTF8, "application/x-ndjson") };
        request.Headers.AcceptLanguage.ParseAdd("en-GB, zh;q=0.5");
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        var root = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        root.GetProperty("title").GetString().Should().Be("The input breaks validation rules.");
        root.GetProperty("issues").EnumerateArray().Single(i => i.GetProperty("code").GetString() == "SM4010")
            .GetProperty("message").GetString().Should().Contain("negative");
    }

    [Fact]
    public async Task A_body_past_the_limit_is_a_413_problem_not_a_500()
    {
        using var factory = new TownSystemFactory(new Dictionary<string, string?> { ["SafetyModel:Limits:MaxRequestBodyBytes"] = "4096" });
        using var client = factory.CreateClient();
        var body = string.Concat(Enumerable.Repeat("{\"type\":\"inspection\",\"id\":\"JC-1\",\"start\":\"2022-05-01\"}\n", 200));
        using var response = await client.PostAsync("/api/records", new StringContent(body, Encoding.UTF8, "application/jsonl"), TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        var root = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        root.GetProperty("issues")[0].GetProperty("code").GetString().Should().Be(AspNetCoreCodes.BodyTooLarge);
    }

    [Fact]
    public async Task More_records_than_the_limit_is_a_413_problem()
    {
        using var factory = new TownSystemFactory(new Dictionary<string, string?> { ["SafetyModel:Limits:MaxRecordsPerRequest"] = "3" });
        using var client = factory.CreateClient();
        var body = string.Concat(Enumerable.Range(1, 4).Select(i => $"{{\"type\":\"inspection\",\"id\":\"JC-{i}\",\"start\":\"2022-05-01\"}}\n"));
        using var response = await client.PostAsync("/api/records", new StringContent(body, Encoding.UTF8, "application/jsonl"), TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        var root = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        root.GetProperty("issues")[0].GetProperty("code").GetString().Should().Be(AspNetCoreCodes.TooManyRecords);
    }

    [Fact]
    public async Task A_body_that_is_not_JSON_is_a_400_problem_and_an_unknown_content_type_a_415()
    {
        using var factory = new TownSystemFactory();
        using var client = factory.CreateClient();
        using var broken = await client.PostAsync("/api/records", new StringContent("{\"type\":\"inspection\",", Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
        using var xml = await client.PostAsync("/api/records", new StringContent("<inspection/>", Encoding.UTF8, "application/xml"), TestContext.Current.CancellationToken);

        broken.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        JsonDocument.Parse(await broken.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement
            .GetProperty("issues")[0].GetProperty("code").GetString().Should().Be("SM8001");
        xml.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Records_accepted_are_counted_in_statistics_as_JSON_CSV_and_an_xlsx_that_opens()
    {
        using var factory = new TownSystemFactory();
        using var client = factory.CreateClient();
        const string Records = "[" +
            "{\"type\":\"inspection\",\"id\":\"JC-1\",\"division\":\"150626103000\",\"start\":\"2022-02-10\",\"types\":[\"comprehensive\"],\"hazardsFound\":2}," +
            "{\"type\":\"inspection\",\"id\":\"JC-2\",\"division\":\"150626103000\",\"start\":\"2022-05-02\",\"types\":[\"comprehensive\"],\"hazardsFound\":1}]";
        using var posted = await client.PostAsync("/api/records", new StringContent(Records, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
        posted.StatusCode.Should().Be(HttpStatusCode.OK);
        JsonDocument.Parse(await posted.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.GetProperty("accepted").GetInt32().Should().Be(2);

        var json = await client.GetStringAsync("/api/statistics?by=township,quarter,inspection-type", TestContext.Current.CancellationToken);
        json.Should().Contain("2022-Q1").And.Contain("2022-Q2");
        using var csvRequest = new HttpRequestMessage(HttpMethod.Get, "/api/statistics?by=township,quarter");
        csvRequest.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        using var csv = await client.SendAsync(csvRequest, TestContext.Current.CancellationToken);
        csv.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        using var xlsxRequest = new HttpRequestMessage(HttpMethod.Get, "/api/statistics?by=township,quarter,inspection-type");
        xlsxRequest.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(TownSystem.TownEndpoints.XlsxMediaType));
        using var xlsx = await client.SendAsync(xlsxRequest, TestContext.Current.CancellationToken);
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)), false);
        workbook.WorkbookPart!.Workbook.Sheets!.ChildElements.Should().NotBeEmpty();

        using var bad = await client.GetAsync("/api/statistics?by=parish", TestContext.Current.CancellationToken);
        bad.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }
}
