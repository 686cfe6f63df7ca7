using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using SafetyModel.Diagnostics;
using SafetyModel.Primitives;
using SafetyModel.Serialization;
using SafetyModel.Validation;

namespace SafetyModel.AspNetCore;

/// <summary>
/// Reads what a client sends within <see cref="SafetyModelLimits"/>: records as JSON (one record, an array of records or
/// a <c>RecordSet</c> envelope) or JSON Lines (<c>application/jsonl</c>, <c>application/x-ndjson</c>), and uploaded
/// files as the request body or the multipart field <c>file</c>. Bodies are read into memory up to the limit and never
/// written to disk; whatever passes a limit or cannot be read comes back as a <see cref="SafetyProblem"/>, not an
/// exception. Registered by <see cref="SafetyModelServiceCollectionExtensions.AddSafetyModel"/>.
/// </summary>
public sealed class SafetyRequestReader
{
    /// <summary>The media types read as JSON Lines.</summary>
    public static readonly IReadOnlyList<string> JsonLinesMediaTypes = new[] { "application/jsonl", "application/x-ndjson", "application/x-jsonlines", "application/jsonlines" };

    private readonly SafetyModelOptions _options;

    /// <summary>Creates a reader with the application's options.</summary>
    /// <param name="options">The options.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    public SafetyRequestReader(IOptions<SafetyModelOptions> options) => _options = (options ?? throw new ArgumentNullException(nameof(options))).Value;

    /// <summary>
    /// Reads the records of a request body: JSON Lines by its media type (each line that cannot be read is an error at
    /// its line, the rest are read), JSON otherwise (a document that cannot be read is answered with 400). A body past
    /// <see cref="SafetyModelLimits.MaxRequestBodyBytes"/> or holding more than
    /// <see cref="SafetyModelLimits.MaxRecordsPerRequest"/> records is answered with 413.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The records and issues, or the problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is <see langword="null"/>.</exception>
    public async Task<RecordsReading> ReadRecordsAsync(HttpRequest request, CancellationToken cancellationToken = default)
    {
        if (request is null)
        {
            throw new ArgumentNullException(nameof(request));
        }

        var limits = _options.Limits;
        var mediaType = MediaTypeOf(request);
        var jsonLines = mediaType is not null && Contains(JsonLinesMediaTypes, mediaType);
        var json = mediaType is not null && (mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase));
        if (!jsonLines && !json)
        {
            return Failed(SafetyProblem.UnsupportedMediaType(new ProblemIssue(
                AspNetCoreCodes.UnsupportedMediaType, ValidationSeverity.Error, AspNetCoreCodes.UnsupportedMediaTypeText(request.ContentType, "application/json or application/jsonl"))));
        }

        var (bytes, tooLarge) = await ReadBoundedAsync(request, request.Body, limits.MaxRequestBodyBytes, cancellationToken).ConfigureAwait(false);
        if (tooLarge)
        {
            return Failed(SafetyProblem.TooLarge(new ProblemIssue(AspNetCoreCodes.BodyTooLarge, ValidationSeverity.Error, AspNetCoreCodes.BodyTooLargeText(limits.MaxRequestBodyBytes))));
        }

        if (bytes!.Length == 0)
        {
            return Failed(SafetyProblem.Unreadable(new[] { new ProblemIssue(AspNetCoreCodes.EmptyBody, ValidationSeverity.Error, AspNetCoreCodes.EmptyBodyText) }));
        }

        var readOptions = new SafetyJsonReadOptions { Catalogue = _options.Catalogue, Strict = _options.StrictJson, MaxDocumentBytes = Math.Max(1, limits.MaxRequestBodyBytes) };
        return jsonLines ? ReadLines(bytes, readOptions) : ReadDocument(bytes, readOptions);
    }

    /// <summary>
    /// Reads an uploaded file: the multipart field <c>file</c> of a <c>multipart/form-data</c> request (other fields are
    /// skipped), or else the whole request body. Read into memory up to <see cref="SafetyModelLimits.MaxFileBytes"/>
    /// (413 past it); the client's file name is kept for display only.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The file, or the problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is <see langword="null"/>.</exception>
    public async Task<UploadReading> ReadUploadAsync(HttpRequest request, CancellationToken cancellationToken = default)
    {
        if (request is null)
        {
            throw new ArgumentNullException(nameof(request));
        }

        var limit = _options.Limits.MaxFileBytes;
        var tooLarge = new UploadReading(null, null, SafetyProblem.TooLarge(new ProblemIssue(AspNetCoreCodes.FileTooLarge, ValidationSeverity.Error, AspNetCoreCodes.FileTooLargeText(limit))));
        var boundary = Boundary(request);
        if (boundary is null)
        {
            var (bytes, over) = await ReadBoundedAsync(request, request.Body, limit, cancellationToken).ConfigureAwait(false);
            if (over)
            {
                return tooLarge;
            }

            return bytes!.Length == 0
                ? new UploadReading(null, null, SafetyProblem.Unreadable(new[] { new ProblemIssue(AspNetCoreCodes.EmptyBody, ValidationSeverity.Error, AspNetCoreCodes.EmptyBodyText) }))
                : new UploadReading(bytes, null, null);
        }

        // The whole multipart body may hold the file plus its headers and other small fields.
        var (_, bodyOver) = Declared(request, limit + (1L << 20));
        if (bodyOver)
        {
            return tooLarge;
        }

        AllowBody(request, limit + (1L << 20));
        var reader = new MultipartReader(boundary, request.Body) { HeadersLengthLimit = 16 * 1024 };
        try
        {
            while (await reader.ReadNextSectionAsync(cancellationToken).ConfigureAwait(false) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) ||
                    !string.Equals(HeaderUtilities.RemoveQuotes(disposition.Name).Value, "file", StringComparison.Ordinal))
                {
                    continue;
                }

                var (bytes, over) = await ReadBoundedAsync(null, section.Body, limit, cancellationToken).ConfigureAwait(false);
                if (over)
                {
                    return tooLarge;
                }

                var name = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value;
                return new UploadReading(bytes, string.IsNullOrEmpty(name) ? null : Path.GetFileName(name), null);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return tooLarge;
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            return new UploadReading(null, null, SafetyProblem.Unreadable(new[]
            {
                new ProblemIssue(AspNetCoreCodes.NoFileField, ValidationSeverity.Error, new LocalizedText("The multipart body is malformed: " + e.Message, "多部分请求正文格式错误：" + e.Message)),
            }));
        }

        return new UploadReading(null, null, SafetyProblem.Unreadable(new[] { new ProblemIssue(AspNetCoreCodes.NoFileField, ValidationSeverity.Error, AspNetCoreCodes.NoFileFieldText) }));
    }

    private RecordsReading ReadLines(byte[] bytes, SafetyJsonReadOptions readOptions)
    {
        var records = new List<RequestRecord>();
        var issues = new List<ProblemIssue>();
        foreach (var line in JsonLines.ReadAll(new MemoryStream(bytes, writable: false), readOptions))
        {
            if (line.Success)
            {
                if (records.Count == _options.Limits.MaxRecordsPerRequest)
                {
                    return TooManyRecords();
                }

                records.Add(new RequestRecord(line.Record!, line.LineNumber + 1, JsonPointer.Root));
            }
            else
            {
                issues.Add(ProblemIssue.FromContract(line.Error!, line.LineNumber + 1, null));
            }
        }

        return new RecordsReading(records, issues, null);
    }

    private RecordsReading ReadDocument(byte[] bytes, SafetyJsonReadOptions readOptions)
    {
        var body = bytes.AsSpan();
        if (body.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }))
        {
            body = body.Slice(3);
        }

        var first = body.TrimStart(" \t\r\n"u8);
        try
        {
            if (first.Length > 0 && first[0] == (byte)'[')
            {
                return ReadArray(body.ToArray(), readOptions);
            }

            if (HasRecordsMember(body))
            {
                var set = SafetyJson.Deserialize<RecordSet>(body, readOptions);
                if (set.Records.Count > _options.Limits.MaxRecordsPerRequest)
                {
                    return TooManyRecords();
                }

                var records = new RequestRecord[set.Records.Count];
                for (var i = 0; i < records.Length; i++)
                {
                    records[i] = new RequestRecord(set.Records[i], null, JsonPointer.Root.Append("records").Append(i));
                }

                return new RecordsReading(records, Array.Empty<ProblemIssue>(), null);
            }

            var record = SafetyJson.Deserialize<IRecord>(body, readOptions);
            return new RecordsReading(new[] { new RequestRecord(record, null, JsonPointer.Root) }, Array.Empty<ProblemIssue>(), null);
        }
        catch (JsonContractException e)
        {
            return Failed(SafetyProblem.Unreadable(new[] { ProblemIssue.FromContract(e, null, null) }));
        }
    }

    private RecordsReading ReadArray(byte[] body, SafetyJsonReadOptions readOptions)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = readOptions.MaxDepth });
        }
        catch (JsonException e)
        {
            return Failed(SafetyProblem.Unreadable(new[]
            {
                new ProblemIssue(JsonContractCodes.MalformedJson, ValidationSeverity.Error, new LocalizedText("The body is not well-formed JSON: " + e.Message, "请求正文不是格式正确的 JSON：" + e.Message)),
            }));
        }

        using (document)
        {
            if (document.RootElement.GetArrayLength() > _options.Limits.MaxRecordsPerRequest)
            {
                return TooManyRecords();
            }

            var records = new List<RequestRecord>();
            var issues = new List<ProblemIssue>();
            var index = 0;
            foreach (var element in document.RootElement.EnumerateArray())
            {
                var pointer = JsonPointer.Root.Append(index++);
                try
                {
                    records.Add(new RequestRecord(SafetyJson.Deserialize<IRecord>(element.GetRawText(), readOptions), null, pointer));
                }
                catch (JsonContractException e)
                {
                    issues.Add(ProblemIssue.FromContract(e, null, pointer));
                }
            }

            return new RecordsReading(records, issues, null);
        }
    }

    private static bool HasRecordsMember(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body, new JsonReaderOptions { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("records"u8) || reader.ValueTextEquals("schemaVersion"u8))
                {
                    return true;
                }

                reader.Skip();
            }
        }
        catch (JsonException)
        {
            // Not well-formed: the contract's reader says where.
        }

        return false;
    }

    private RecordsReading TooManyRecords() =>
        Failed(SafetyProblem.TooLarge(new ProblemIssue(AspNetCoreCodes.TooManyRecords, ValidationSeverity.Error, AspNetCoreCodes.TooManyRecordsText(_options.Limits.MaxRecordsPerRequest))));

    private static RecordsReading Failed(SafetyProblem problem) => new(Array.Empty<RequestRecord>(), Array.Empty<ProblemIssue>(), problem);

    private static string? MediaTypeOf(HttpRequest request) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var parsed) ? parsed.MediaType.Value : null;

    private static bool Contains(IReadOnlyList<string> list, string value)
    {
        foreach (var item in list)
        {
            if (string.Equals(item, value, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static string? Boundary(HttpRequest request)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type) ||
            !type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var boundary = HeaderUtilities.RemoveQuotes(type.Boundary).Value;
        return string.IsNullOrWhiteSpace(boundary) || boundary!.Length > 200 ? null : boundary;
    }

    private static (bool Known, bool Over) Declared(HttpRequest request, long limit) =>
        request.ContentLength is { } length ? (true, length > limit) : (false, false);

    // Kestrel's own limit (30 MB by default) gives way to the application's, which is checked while reading.
    private static void AllowBody(HttpRequest request, long limit)
    {
        var feature = request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (feature is { IsReadOnly: false })
        {
            feature.MaxRequestBodySize = limit + 1;
        }
    }

    private static async Task<(byte[]? Bytes, bool TooLarge)> ReadBoundedAsync(HttpRequest? request, Stream body, long limit, CancellationToken cancellationToken)
    {
        if (request is not null)
        {
            if (Declared(request, limit).Over)
            {
                return (null, true);
            }

            AllowBody(request, limit);
        }

        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        try
        {
            int read;
            while ((read = await body.ReadAsync(chunk.AsMemory(), cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    return (null, true);
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, true);
        }

        return (buffer.ToArray(), false);
    }
}
