// A town's web system embedding SafetyModel (docs/aspnetcore.md). Run: dotnet run --project samples/TownSystem, then
// open http://localhost:5000/ (the clerk's page) or /openapi/v1.json. Records posted are kept in memory only (RecordStore).
using SafetyModel.AspNetCore;
using SafetyModel.Primitives;
using TownSystem;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSafetyModel(options =>
{
    options.Registry = DivisionRegistry.SampleWushenBanner;
    builder.Configuration.GetSection("SafetyModel:Limits").Bind(options.Limits);
});
// The framework's own answers (404, 405, the 415 of a content type no endpoint accepts) as problem details too.
builder.Services.AddProblemDetails();
builder.Services.AddOpenApi(options => options.AddSafetyModelSchemas());
builder.Services.AddSingleton<RecordStore>();

var app = builder.Build();
app.UseStatusCodePages();
app.UseDefaultFiles();
app.UseStaticFiles();
app.MapOpenApi();
TownEndpoints.Map(app);
app.Run();

/// <summary>The application, for WebApplicationFactory in the tests.</summary>
public partial class Program;
