// Embeds SafetyModel through the SafetyModel.AspNetCore package in a minimal API on loopback, posts records to it, reads
// its OpenAPI document, and fails loudly (exit code 1) when something is off.
using System.Net;
using System.Text;
using System.Text.Json;
using SafetyModel.AspNetCore;

var failures = 0;

void Check(bool condition, string what)
{
    Console.WriteLine((condition ? "ok   " : "FAIL ") + what);
    if (!condition)
    {
        failures++;
    }
}

var builder = WebApplication.CreateSlimBuilder(args);
builder.WebHost.UseUrls("http://127.0.0.1:0");
builder.Logging.ClearProviders();
builder.Services.AddSafetyModel(options => options.Limits.MaxRequestBodyBytes = 4096);
builder.Services.AddOpenApi(options => options.AddSafetyModelSchemas());
await using var app = builder.Build();
app.MapOpenApi();
app.MapPost("/records", async (HttpRequest request, SafetyRequestReader reader, SafetyValidator validator) =>
{
    var read = await reader.ReadRecordsAsync(request);
    if (read.Problem is { } problem)
    {
        return (IResult)problem;
    }

    var issues = read.Issues.Concat(validator.ValidateRecords(read.Records)).ToList();
    return issues.Count > 0 ? SafetyProblem.ValidationFailed(issues) : Results.Ok(read.Records.Count);
}).Accepts<SafetyModel.Work.Inspection>("application/json", "application/jsonl");
await app.StartAsync();
using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

using (var request = new HttpRequestMessage(HttpMethod.Post, "/records") { Content = new StringContent("{\"type\":\"inspection\",\"id\":\"I-1\",\"start\":\"2022-05-01\",\"hazardsFound\":-1}\n", Encoding.UTF8, "application/jsonl") })
{
    request.Headers.AcceptLanguage.ParseAdd("zh-CN");
    using var response = await client.SendAsync(request);
    var body = await response.Content.ReadAsStringAsync();
    Check(response.StatusCode == HttpStatusCode.UnprocessableEntity, $"a negative count is 422 ({(int)response.StatusCode})");
    Check(response.Content.Headers.ContentType?.MediaType == "application/problem+json", "as application/problem+json");
    Check(body.Contains("SM4010", StringComparison.Ordinal) && body.Contains("负数", StringComparison.Ordinal), "naming SM4010 in Chinese");
}

using (var response = await client.PostAsync("/records", new StringContent(new string(' ', 5000) + "{}", Encoding.UTF8, "application/json")))
{
    Check(response.StatusCode == HttpStatusCode.RequestEntityTooLarge, $"a body past the limit is 413 ({(int)response.StatusCode})");
}

var openApi = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json")).RootElement;
Check(
    openApi.GetProperty("components").GetProperty("schemas").GetProperty("Inspection").GetProperty("properties").TryGetProperty("hazardsFound", out _),
    "the OpenAPI document shows the inspection's real members");

await app.StopAsync();
Console.WriteLine(failures == 0 ? "SafetyModel.AspNetCore package smoke test passed" : $"{failures} checks failed");
return failures == 0 ? 0 : 1;
