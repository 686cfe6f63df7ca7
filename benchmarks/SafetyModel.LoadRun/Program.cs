// dotnet run --project benchmarks/SafetyModel.LoadRun -c Release [-- requestsPerClient]
// Loopback only; 8 clients x requestsPerClient (default 25) requests of 1,000 inspection records (JSON Lines) to each side,
// each side also stopped after 60 s. Prints requests per second, p50/p99 latency and peak working set per side.
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using SafetyModel.AspNetCore;
using SafetyModel.Validation;

const int Clients = 8;
const int RecordsPerRequest = 1000;
var requestsPerClient = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 25;
var deadline = TimeSpan.FromSeconds(60);

var builder = WebApplication.CreateSlimBuilder(args);
builder.WebHost.UseUrls("http://127.0.0.1:0");
builder.Logging.ClearProviders();
builder.Services.AddSafetyModel(options => options.Registry = SafetyModel.Primitives.DivisionRegistry.SampleWushenBanner);
await using var app = builder.Build();
app.MapPost("/safetymodel", async (HttpRequest request, SafetyRequestReader reader, SafetyValidator validator) =>
{
    var read = await reader.ReadRecordsAsync(request);
    if (read.Problem is { } problem)
    {
        return (IResult)problem;
    }

    var issues = read.Issues.Concat(validator.ValidateRecords(read.Records)).ToList();
    return issues.Any(i => i.Severity == ValidationSeverity.Error) ? SafetyProblem.ValidationFailed(issues) : Results.Ok(read.Records.Count);
});
var peerOptions = new JsonSerializerOptions(JsonSerializerDefaults.Web);
app.MapPost("/peer", async (HttpRequest request) =>
{
    using var buffer = new MemoryStream();
    await request.Body.CopyToAsync(buffer);
    var records = new List<InspectionDto>();
    var rest = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    while (rest.Length > 0)
    {
        var end = rest.Span.IndexOf((byte)'\n');
        var line = end < 0 ? rest : rest[..end];
        rest = end < 0 ? Memory<byte>.Empty : rest[(end + 1)..];
        if (line.Length > 0)
        {
            records.Add(JsonSerializer.Deserialize<InspectionDto>(line.Span, peerOptions)!);
        }
    }

    return Results.Ok(records.Count);
});
await app.StartAsync();
var address = new Uri(app.Urls.First());

var body = new StringBuilder();
for (var i = 0; i < RecordsPerRequest; i++)
{
    var day = new DateOnly(2022, 1, 1).AddDays(i % 180);
    body.Append(CultureInfo.InvariantCulture, $"{{\"type\":\"inspection\",\"id\":\"JC-{i:D5}\",\"division\":\"150626103000\",\"start\":\"{day:yyyy-MM-dd}\",\"types\":[\"comprehensive\",\"fire-safety\"],\"inspectingBody\":\"乌兰陶勒盖镇安全生产委员会\",\"inspected\":[\"集贸市场\",\"加油站\"],\"hazardsFound\":{i % 4}}}\n");
}

var payload = Encoding.UTF8.GetBytes(body.ToString());
using var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
Console.WriteLine($"loopback {address}; {Clients} clients x {requestsPerClient} requests of {RecordsPerRequest} records ({payload.Length:N0} bytes) per side; .NET {Environment.Version}, {Environment.ProcessorCount} processors");
foreach (var side in new[] { "/peer", "/safetymodel", "/peer", "/safetymodel" })
{
    await Run(side, warmup: true);
}

foreach (var side in new[] { "/safetymodel", "/peer" })
{
    await Run(side, warmup: false);
}

await app.StopAsync();

async Task Run(string path, bool warmup)
{
    GC.Collect();
    GC.WaitForPendingFinalizers();
    GC.Collect();
    var process = Process.GetCurrentProcess();
    var peak = 0L;
    using var sampling = new CancellationTokenSource();
    var sampler = Task.Run(async () =>
    {
        while (!sampling.IsCancellationRequested)
        {
            process.Refresh();
            peak = Math.Max(peak, process.WorkingSet64);
            await Task.Delay(20).ConfigureAwait(false);
        }
    });
    var latencies = new List<double>();
    var failures = 0;
    var stop = Stopwatch.StartNew();
    var count = warmup ? 2 : requestsPerClient;
    await Task.WhenAll(Enumerable.Range(0, Clients).Select(async _ =>
    {
        for (var i = 0; i < count && stop.Elapsed < deadline; i++)
        {
            using var content = new ByteArrayContent(payload);
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/jsonl");
            var started = Stopwatch.GetTimestamp();
            using var response = await client.PostAsync(path, content).ConfigureAwait(false);
            await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            lock (latencies)
            {
                latencies.Add(elapsed);
                failures += response.IsSuccessStatusCode ? 0 : 1;
            }
        }
    }));
    var total = stop.Elapsed;
    await sampling.CancelAsync();
    await sampler;
    if (warmup)
    {
        return;
    }

    latencies.Sort();
    double Percentile(double p) => latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(p * latencies.Count) - 1)];
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{path,-13} {latencies.Count} requests ({latencies.Count * RecordsPerRequest:N0} records) in {total.TotalSeconds:F1} s: {latencies.Count / total.TotalSeconds:F1} req/s, {latencies.Count * RecordsPerRequest / total.TotalSeconds:N0} records/s, p50 {Percentile(0.50):F0} ms, p99 {Percentile(0.99):F0} ms, peak working set {peak / 1048576.0:F0} MiB, {failures} failed"));
}

/// <summary>The peer's DTO: the inspection's members as plain properties, no contract, no validation.</summary>
internal sealed record InspectionDto(string Type, string Id, string? Division, DateOnly Start, string[]? Types, string? InspectingBody, string[]? Inspected, int? HazardsFound);
