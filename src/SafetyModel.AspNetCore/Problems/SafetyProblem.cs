using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SafetyModel.Diagnostics;
using SafetyModel.Validation;

namespace SafetyModel.AspNetCore;

/// <summary>
/// A problem details response (RFC 9457, <c>application/problem+json</c>) for input SafetyModel could not accept:
/// 400 for input that cannot be read, 413 for input past a limit, 415 for a content type not read, 422 for input that
/// was read and breaks rules. Besides <c>type</c>, <c>title</c>, <c>status</c>, <c>detail</c> and <c>instance</c> it
/// carries the extension members <c>errors</c>, <c>warnings</c>, <c>information</c> and <c>issues</c> (each with
/// <c>code</c>, <c>type</c>, <c>severity</c>, <c>pointer</c>, <c>line</c>, <c>cell</c> and <c>message</c>). The
/// messages are written in the language of the request's <c>Accept-Language</c> when the response is written.
/// </summary>
public sealed class SafetyProblem : IResult, IStatusCodeHttpResult, IContentTypeHttpResult
{
    /// <summary>The media type of problem details (RFC 9457 §6.1).</summary>
    public const string MediaType = "application/problem+json";

    private static readonly JsonWriterOptions Writing = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All), Indented = false };

    private SafetyProblem(int status, string kind, LocalizedText title, IReadOnlyList<ProblemIssue> issues)
    {
        StatusCode = status;
        Kind = kind;
        Title = title;
        Issues = issues;
    }

    /// <summary>Gets the HTTP status code.</summary>
    public int StatusCode { get; }

    int? IStatusCodeHttpResult.StatusCode => StatusCode;

    /// <summary>Gets <c>application/problem+json</c>.</summary>
    public string ContentType => MediaType;

    /// <summary>Gets the problem type's name, the fragment of its <c>type</c> URI in docs/aspnetcore.md (<c>validation-failed</c>).</summary>
    public string Kind { get; }

    /// <summary>Gets the title, in English and Simplified Chinese.</summary>
    public LocalizedText Title { get; }

    /// <summary>Gets the issues, in the order found.</summary>
    public IReadOnlyList<ProblemIssue> Issues { get; }

    /// <summary>Input that was read and breaks rules: 422 Unprocessable Content (RFC 9110 §15.5.21), every issue listed.</summary>
    /// <param name="issues">The issues (errors, and the warnings and information found with them).</param>
    /// <returns>The problem.</returns>
    public static SafetyProblem ValidationFailed(IEnumerable<ProblemIssue> issues) =>
        new(StatusCodes.Status422UnprocessableEntity, "validation-failed", new LocalizedText("The input breaks validation rules.", "输入数据未通过校验。"), Copy(issues));

    /// <summary>Input that cannot be read at all (not JSON, not a 公文, a damaged file): 400 Bad Request.</summary>
    /// <param name="issues">Why.</param>
    /// <returns>The problem.</returns>
    public static SafetyProblem Unreadable(IEnumerable<ProblemIssue> issues) =>
        new(StatusCodes.Status400BadRequest, "unreadable-input", new LocalizedText("The input cannot be read.", "无法读取输入内容。"), Copy(issues));

    /// <summary>Input past a limit: 413 Content Too Large (RFC 9110 §15.5.14).</summary>
    /// <param name="issue">Which limit.</param>
    /// <returns>The problem.</returns>
    public static SafetyProblem TooLarge(ProblemIssue issue) =>
        new(StatusCodes.Status413PayloadTooLarge, "content-too-large", new LocalizedText("The input is larger than this server accepts.", "输入内容超出本服务器的接收上限。"), Copy(new[] { issue }));

    /// <summary>A content type the endpoint does not read: 415 Unsupported Media Type.</summary>
    /// <param name="issue">What was sent and what is read.</param>
    /// <returns>The problem.</returns>
    public static SafetyProblem UnsupportedMediaType(ProblemIssue issue) =>
        new(StatusCodes.Status415UnsupportedMediaType, "unsupported-media-type", new LocalizedText("The content type is not read here.", "不支持该内容类型。"), Copy(new[] { issue }));

    /// <summary>The <c>type</c> URI of an issue code: a fragment of the page that documents it (docs/diagnostic-codes.md for the core's codes, docs/office.md for SM90xx–SM94xx, docs/aspnetcore.md for SM95xx), or <see langword="null"/> for a code that is not SafetyModel's.</summary>
    /// <param name="code">The code.</param>
    /// <param name="documentationBase">Where the docs folder is published.</param>
    /// <returns>The URI, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static Uri? IssueType(string code, Uri documentationBase)
    {
        if (code is null)
        {
            throw new ArgumentNullException(nameof(code));
        }

        if (documentationBase is null)
        {
            throw new ArgumentNullException(nameof(documentationBase));
        }

        if (code.Length != 6 || !code.StartsWith("SM", StringComparison.Ordinal) || !code.Skip(2).All(c => c is >= '0' and <= '9'))
        {
            return null;
        }

        var page = code.StartsWith("SM95", StringComparison.Ordinal) ? "aspnetcore.md"
            : code.StartsWith("SM9", StringComparison.Ordinal) ? "office.md"
            : "diagnostic-codes.md";
        return new Uri(documentationBase, page + "#" + code.ToLowerInvariant());
    }

    /// <inheritdoc/>
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        if (httpContext is null)
        {
            throw new ArgumentNullException(nameof(httpContext));
        }

        var options = httpContext.RequestServices.GetService<IOptions<SafetyModelOptions>>()?.Value ?? new SafetyModelOptions();
        var culture = ProblemLanguage.For(httpContext.Request, options.DefaultCulture);
        httpContext.Response.StatusCode = StatusCode;
        httpContext.Response.ContentType = MediaType + "; charset=utf-8";
        httpContext.Response.Headers.ContentLanguage = ProblemLanguage.IsChinese(culture) ? "zh-Hans" : "en";
        using var buffer = new System.IO.MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Writing))
        {
            Write(writer, httpContext.Request.Path.Value, options.DocumentationBase, culture);
        }

        httpContext.Response.ContentLength = buffer.Length;
        await httpContext.Response.Body.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), httpContext.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>Writes the problem details object.</summary>
    /// <param name="writer">Where to.</param>
    /// <param name="instance">The request path, or <see langword="null"/>.</param>
    /// <param name="documentationBase">Where the docs folder is published.</param>
    /// <param name="culture">The language of the messages.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="documentationBase"/> is <see langword="null"/>.</exception>
    public void Write(Utf8JsonWriter writer, string? instance, Uri documentationBase, CultureInfo? culture)
    {
        if (writer is null)
        {
            throw new ArgumentNullException(nameof(writer));
        }

        if (documentationBase is null)
        {
            throw new ArgumentNullException(nameof(documentationBase));
        }

        var chinese = culture is not null && ProblemLanguage.IsChinese(culture);
        var errors = Issues.Count(i => i.Severity == ValidationSeverity.Error);
        var warnings = Issues.Count(i => i.Severity == ValidationSeverity.Warning);
        var information = Issues.Count(i => i.Severity == ValidationSeverity.Information);
        writer.WriteStartObject();
        writer.WriteString("type", new Uri(documentationBase, "aspnetcore.md#" + Kind).AbsoluteUri);
        writer.WriteString("title", chinese ? Title.Chinese : Title.English);
        writer.WriteNumber("status", StatusCode);
        writer.WriteString("detail", Detail(chinese, errors, warnings, information));
        if (!string.IsNullOrEmpty(instance))
        {
            writer.WriteString("instance", instance);
        }

        writer.WriteNumber("errors", errors);
        writer.WriteNumber("warnings", warnings);
        writer.WriteNumber("information", information);
        writer.WriteStartArray("issues");
        foreach (var issue in Issues)
        {
            WriteIssue(writer, issue, documentationBase, chinese);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Writes one issue as the problem's <c>issues</c> items are written (also for a successful answer that lists warnings).</summary>
    /// <param name="writer">Where to.</param>
    /// <param name="issue">The issue.</param>
    /// <param name="documentationBase">Where the docs folder is published.</param>
    /// <param name="culture">The language of the message.</param>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="culture"/> is <see langword="null"/>.</exception>
    public static void WriteIssue(Utf8JsonWriter writer, ProblemIssue issue, Uri documentationBase, CultureInfo? culture)
    {
        if (writer is null || issue is null || documentationBase is null)
        {
            throw new ArgumentNullException(writer is null ? nameof(writer) : issue is null ? nameof(issue) : nameof(documentationBase));
        }

        WriteIssue(writer, issue, documentationBase, culture is not null && ProblemLanguage.IsChinese(culture));
    }

    /// <summary>Returns <c>422 validation-failed: 2 issues</c>.</summary>
    /// <returns>The problem as text.</returns>
    public override string ToString() => $"{StatusCode.ToString(CultureInfo.InvariantCulture)} {Kind}: {Issues.Count.ToString(CultureInfo.InvariantCulture)} issues";

    private static void WriteIssue(Utf8JsonWriter writer, ProblemIssue issue, Uri documentationBase, bool chinese)
    {
        writer.WriteStartObject();
        writer.WriteString("code", issue.Code);
        if (IssueType(issue.Code, documentationBase) is { } type)
        {
            writer.WriteString("type", type.AbsoluteUri);
        }

        writer.WriteString("severity", issue.Severity switch
        {
            ValidationSeverity.Error => "error",
            ValidationSeverity.Warning => "warning",
            _ => "information",
        });
        if (issue.Path is { } path)
        {
            writer.WriteString("pointer", path.ToString());
        }

        if (issue.Line is { } line)
        {
            writer.WriteNumber("line", line);
        }

        if (issue.Cell is { } cell)
        {
            writer.WriteString("cell", cell);
        }

        writer.WriteString("message", chinese ? issue.Message.Chinese : issue.Message.English);
        writer.WriteEndObject();
    }

    private static string Detail(bool chinese, int errors, int warnings, int information) => chinese
        ? string.Create(CultureInfo.InvariantCulture, $"错误{errors}条，警告{warnings}条，提示{information}条。")
        : string.Create(CultureInfo.InvariantCulture, $"{errors} errors, {warnings} warnings, {information} information.");

    private static ProblemIssue[] Copy(IEnumerable<ProblemIssue> issues)
    {
        if (issues is null)
        {
            throw new ArgumentNullException(nameof(issues));
        }

        var copy = issues.ToArray();
        if (copy.Any(i => i is null))
        {
            throw new ArgumentException("An issue is null.", nameof(issues));
        }

        return copy;
    }
}
