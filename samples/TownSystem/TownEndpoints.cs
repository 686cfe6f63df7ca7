using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.Extensions.Options;
using SafetyModel.Aggregation;
using SafetyModel.AspNetCore;
using SafetyModel.Diagnostics;
using SafetyModel.Extraction;
using SafetyModel.Office;
using SafetyModel.Primitives;
using SafetyModel.Records;
using SafetyModel.Reports;
using SafetyModel.Serialization;
using SafetyModel.Validation;

namespace TownSystem;

/// <summary>
/// The town system's API: <c>POST /api/documents</c> (a 公文: .txt, .docx, .ofd), <c>POST /api/ledgers?kind=</c> (a 台账
/// .xlsx), <c>POST /api/records</c> (JSON or JSON Lines) and <c>GET /api/statistics?by=</c> (JSON, CSV or .xlsx by
/// <c>Accept</c>). Whatever cannot be accepted is answered with SafetyModel's problem details (docs/aspnetcore.md).
/// </summary>
public static class TownEndpoints
{
    /// <summary>The media type of .xlsx workbooks.</summary>
    public const string XlsxMediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static readonly JsonWriterOptions Writing = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>Maps the endpoints.</summary>
    /// <param name="app">The application.</param>
    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        api.MapPost("/documents", ReadDocumentAsync).WithSummary("Reads a 公文 (.txt, .docx, .ofd) as the body or the multipart field file: metadata, period, division, stated figures with their source, validation issues.").DisableAntiforgery();
        api.MapPost("/ledgers", ImportLedgerAsync).WithSummary("Imports a 台账 (.xlsx): records and the issues at their cells; records without errors are kept.").DisableAntiforgery();
        api.MapPost("/records", PostRecordsAsync).WithSummary("Validates records (JSON or JSON Lines) and keeps them; 422 problem details when any has an error.").Accepts<IRecord>("application/json", SafetyRequestReader.JsonLinesMediaTypes.ToArray());
        api.MapGet("/statistics", Statistics).WithSummary("Statistics over the records kept so far: JSON, CSV (Accept: text/csv) or .xlsx (Accept: the xlsx media type, or format=xlsx).");
    }

    private static async Task<IResult> ReadDocumentAsync(HttpRequest request, SafetyRequestReader reader, SafetyValidator validator, IOptions<SafetyModelOptions> options, CancellationToken cancellationToken)
    {
        var upload = await reader.ReadUploadAsync(request, cancellationToken);
        if (upload.Problem is { } problem)
        {
            return problem;
        }

        var settings = options.Value;
        var text = DocumentFiles.ReadText(new MemoryStream(upload.Content!, writable: false), settings.Limits.Office);
        if (!text.Success)
        {
            return OfficeProblem(text.Error!);
        }

        var parsed = SummaryText.ParseDetailed(text.Value.Text, new SummaryTextOptions { Registry = settings.Registry });
        if (!parsed.Success)
        {
            return SafetyProblem.Unreadable(new[] { ProblemIssue.FromDiagnostic(parsed.Error!, ValidationSeverity.Error) });
        }

        var report = parsed.Value;
        var issues = validator.ValidateReport(parsed).Issues.Select(i => ProblemIssue.FromValidation(i, null)).ToList();
        var culture = request.GetSafetyModelCulture();
        return Json(writer =>
        {
            writer.WriteString("fileName", upload.FileName);
            writer.WriteString("format", text.Value.Format.ToString());
            writer.WriteString("text", text.Value.Text);
            writer.WriteString("documentNumber", report.Document?.Number?.ToString());
            writer.WriteString("title", report.Document?.Title?.ToString());
            writer.WriteString("documentType", report.Document?.Type.ChineseName);
            writer.WriteString("date", report.Document?.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            writer.WriteString("period", report.Period?.Code);
            writer.WriteString("periodName", report.Period?.ChineseName);
            writer.WriteString("division", report.Division == default ? null : report.Division.ToString());
            writer.WriteString("divisionName", report.Division == default ? null : settings.Registry?.NameOrCode(report.Division));
            writer.WriteStartArray("figures");
            foreach (var (figure, path) in Flatten(report.StatedFigures, string.Empty))
            {
                writer.WriteStartObject();
                writer.WriteString("path", path);
                writer.WriteString("label", figure.Label);
                writer.WriteString("indicator", figure.Indicator.ChineseName);
                writer.WriteString("quantity", figure.Quantity?.RawText ?? figure.Quantity?.ToString());
                if (figure.Source is { } source)
                {
                    writer.WriteNumber("offset", source.Offset);
                    writer.WriteNumber("length", source.Length);
                    writer.WriteString("source", source.Text);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            WriteIssues(writer, "issues", issues, settings, culture);
            WriteIssues(writer, "notes", parsed.Notes.Select(n => ProblemIssue.FromDiagnostic(n, ValidationSeverity.Information)), settings, culture);
            writer.WritePropertyName("report");
            SafetyJson.Serialize(writer, report);
        });
    }

    private static async Task<IResult> ImportLedgerAsync(HttpRequest request, string? kind, SafetyRequestReader reader, SafetyValidator validator, RecordStore store, IOptions<SafetyModelOptions> options, CancellationToken cancellationToken)
    {
        var upload = await reader.ReadUploadAsync(request, cancellationToken);
        if (upload.Problem is { } problem)
        {
            return problem;
        }

        var settings = options.Value;
        var result = LedgerImport.Import(
            new MemoryStream(upload.Content!, writable: false),
            string.IsNullOrWhiteSpace(kind) ? "inspection" : kind,
            new LedgerImportOptions { Catalogue = settings.Catalogue, Limits = settings.Limits.Office });
        var issues = result.Issues.Select(ProblemIssue.FromLedger).ToList();
        if (result.Records.Count == 0 && result.HasErrors)
        {
            return SafetyProblem.Unreadable(issues);
        }

        var records = result.Records.Select(r => r.Record).ToList();
        if (records.Count > settings.Limits.MaxRecordsPerRequest)
        {
            return SafetyProblem.TooLarge(new ProblemIssue(AspNetCoreCodes.TooManyRecords, ValidationSeverity.Error, new LocalizedText(
                $"The ledger holds more than {settings.Limits.MaxRecordsPerRequest} records.", $"台账记录超过 {settings.Limits.MaxRecordsPerRequest} 条上限。")));
        }

        if (!result.HasErrors)
        {
            store.Add(records);
        }

        var culture = request.GetSafetyModelCulture();
        return Json(writer =>
        {
            writer.WriteNumber("records", records.Count);
            writer.WriteBoolean("kept", !result.HasErrors);
            WriteIssues(writer, "issues", issues, settings, culture);
            writer.WriteStartArray("items");
            foreach (var record in result.Records)
            {
                writer.WriteStartObject();
                writer.WriteString("sheet", record.Sheet);
                writer.WriteNumber("row", record.Row);
                writer.WritePropertyName("record");
                SafetyJson.Serialize(writer, record.Record);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        });
    }

    private static async Task<IResult> PostRecordsAsync(HttpRequest request, SafetyRequestReader reader, SafetyValidator validator, RecordStore store, IOptions<SafetyModelOptions> options, CancellationToken cancellationToken)
    {
        var read = await reader.ReadRecordsAsync(request, cancellationToken);
        if (read.Problem is { } problem)
        {
            return problem;
        }

        var issues = read.Issues.Concat(validator.ValidateRecords(read.Records)).OrderBy(i => i.Line ?? 0).ToList();
        if (issues.Any(i => i.Severity == ValidationSeverity.Error))
        {
            return SafetyProblem.ValidationFailed(issues);
        }

        store.Add(read.Records.Select(r => r.Record));
        var culture = request.GetSafetyModelCulture();
        return Json(writer =>
        {
            writer.WriteNumber("accepted", read.Records.Count);
            WriteIssues(writer, "issues", issues, options.Value, culture);
        });
    }

    private static IResult Statistics(HttpRequest request, string? by, string? measure, string? format, RecordStore store, IOptions<SafetyModelOptions> options)
    {
        var settings = options.Value;
        if (StatisticsQuery.Parse(by, measure, settings.Catalogue) is not { } query)
        {
            return SafetyProblem.Unreadable(new[]
            {
                new ProblemIssue(AspNetCoreCodes.BadQuery, ValidationSeverity.Error, new LocalizedText(
                    $"by={by} measure={measure}: by takes a division level (province|prefecture|county|township|village), a period (month|quarter|half-year|year) and a dimension ({string.Join("|", settings.Catalogue.Dimensions.Select(d => d.Code))}); measure takes the catalogue's measures ({string.Join("|", settings.Catalogue.Measures.Select(m => m.Code))}).",
                    $"by={by} measure={measure}：by 取行政级别（province|prefecture|county|township|village）、周期（month|quarter|half-year|year）和分类维度；measure 取统计指标。")),
            });
        }

        var table = Aggregator.Aggregate(store.Snapshot(), query);
        var accept = request.Headers.Accept.ToString();
        if (string.Equals(format, "xlsx", StringComparison.OrdinalIgnoreCase) || accept.Contains(XlsxMediaType, StringComparison.OrdinalIgnoreCase))
        {
            var workbook = new MemoryStream();
            StatisticsWorkbook.Write(workbook, table, settings.Registry);
            return Results.File(workbook.ToArray(), XlsxMediaType, "statistics.xlsx");
        }

        if (string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase) || accept.Contains("text/csv", StringComparison.OrdinalIgnoreCase))
        {
            return Results.Text(table.ToCsv(), "text/csv; charset=utf-8");
        }

        return Results.Text(StatisticsTableJson.Serialize(table, registry: settings.Registry), "application/json; charset=utf-8");
    }

    private static SafetyProblem OfficeProblem(ParseDiagnostic error)
    {
        var issue = ProblemIssue.FromDiagnostic(error, ValidationSeverity.Error);
        return error.Code is OfficeCodes.FileTooLarge or OfficeCodes.EntryTooLarge or OfficeCodes.PackageTooLarge or OfficeCodes.TooManyEntries or OfficeCodes.TextTooLong
            ? SafetyProblem.TooLarge(issue)
            : SafetyProblem.Unreadable(new[] { issue });
    }

    private static IEnumerable<(StatedFigure Figure, string Path)> Flatten(IReadOnlyList<StatedFigure> figures, string prefix)
    {
        for (var i = 0; i < figures.Count; i++)
        {
            var path = prefix + (i + 1).ToString(CultureInfo.InvariantCulture);
            yield return (figures[i], path);
            foreach (var part in Flatten(figures[i].Parts, path + "."))
            {
                yield return part;
            }
        }
    }

    private static void WriteIssues(Utf8JsonWriter writer, string name, IEnumerable<ProblemIssue> issues, SafetyModelOptions options, CultureInfo culture)
    {
        writer.WriteStartArray(name);
        foreach (var issue in issues)
        {
            SafetyProblem.WriteIssue(writer, issue, options.DocumentationBase, culture);
        }

        writer.WriteEndArray();
    }

    private static IResult Json(Action<Utf8JsonWriter> write)
    {
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Writing))
        {
            writer.WriteStartObject();
            write(writer);
            writer.WriteEndObject();
        }

        return Results.Bytes(buffer.ToArray(), "application/json; charset=utf-8");
    }
}
