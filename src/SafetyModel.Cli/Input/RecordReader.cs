using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using SafetyModel.Diagnostics;
using SafetyModel.Primitives;
using SafetyModel.Reports;
using SafetyModel.Serialization;
using SafetyModel.Validation;

namespace SafetyModel.Cli.Input;

/// <summary>
/// Reads records (and reports) from files in the JSON contract, one after another and streaming: JSON Lines files
/// line by line; a JSON document (an envelope, one record or one report) whole. A line that cannot be read is counted
/// in <see cref="FailureCount"/>, the first <c>keep</c> of them are kept in <see cref="Failures"/> (so memory does not
/// grow with a file of bad lines), and reading goes on — or stops once more than <c>stopAfter</c> have been met. A JSON
/// document that cannot be read, or input that is not text, stops the run with a <see cref="CliException"/>.
/// </summary>
internal sealed class RecordReader
{
    /// <summary>How many unreadable lines are kept in full unless a command says otherwise.</summary>
    public const int DefaultKeep = 1_000;

    private const int SniffLength = 1 << 16;

    private readonly CliEnvironment _environment;
    private readonly RecordFormat _format;
    private readonly int _keep;
    private readonly long _stopAfter;
    private readonly Action<ReadFailure>? _onFailure;
    private readonly long _maxDocumentBytes;
    private readonly List<ReadFailure> _failures = new();
    private readonly List<SourcedReport> _reports = new();
    private readonly List<(string File, RecordSet Set)> _envelopes = new();

    /// <summary>A reader of files in a format.</summary>
    /// <param name="environment">Where files are found.</param>
    /// <param name="format">The format, or <see cref="RecordFormat.Auto"/>.</param>
    /// <param name="keep">How many unreadable lines to keep in full; the rest are only counted.</param>
    /// <param name="stopAfter">Stop reading once more unreadable lines than this have been met; <see langword="null"/> to read on.</param>
    /// <param name="onFailure">Told of every unreadable line as it is met, kept or not, in reading order.</param>
    /// <param name="maxDocumentBytes">The largest JSON document read whole; the contract's limit (<see cref="SafetyJsonReadOptions.MaxDocumentBytes"/>, 256 MiB) when not given.</param>
    public RecordReader(CliEnvironment environment, RecordFormat format, int keep = DefaultKeep, long? stopAfter = null, Action<ReadFailure>? onFailure = null, long? maxDocumentBytes = null)
    {
        _maxDocumentBytes = maxDocumentBytes ?? new SafetyJsonReadOptions().MaxDocumentBytes;
        _onFailure = onFailure;
        _environment = environment;
        _format = format;
        _keep = keep;
        _stopAfter = stopAfter ?? long.MaxValue;
    }

    /// <summary>Gets the first lines that could not be read (at most the number kept), in order.</summary>
    public IReadOnlyList<ReadFailure> Failures => _failures;

    /// <summary>Gets how many lines could not be read, kept or not.</summary>
    public long FailureCount { get; private set; }

    /// <summary>Gets whether reading stopped early, at more unreadable lines than the reader was told to read past.</summary>
    public bool Stopped { get; private set; }

    /// <summary>The members of the envelopes read that the contract does not define (<c>/recrods</c>), as issues with their file; the records' and reports' own are found on them.</summary>
    public IEnumerable<(string File, ValidationIssue Issue)> UnknownEnvelopeMembers(bool strict)
    {
        foreach (var (file, set) in _envelopes)
        {
            foreach (var issue in SafetyJson.FindUnknownMembers(set, strict))
            {
                if (issue.Path.Segments.Count == 1)
                {
                    yield return (file, issue);
                }
            }
        }
    }

    /// <summary>Gets the reports found in JSON documents (envelopes or a report on its own).</summary>
    public IReadOnlyList<SourcedReport> Reports => _reports;

    /// <summary>
    /// Aggregates one JSON Lines file without making its records (<see cref="JsonLines.Aggregate"/>), on the given
    /// threads; <see langword="null"/> when that cannot be done here — more than one file, standard input, a JSON
    /// document — or when a line is refused, so that the caller reads the records one by one and lists every failure
    /// as it always does.
    /// </summary>
    public JsonLinesAggregation? TryAggregate(IReadOnlyList<string> files, SafetyModel.Aggregation.AggregationQuery query, System.Threading.Tasks.ParallelOptions parallel, Action<long>? progress = null)
    {
        if (files.Count != 1 || files[0] == InputFile.StandardInput || _format == RecordFormat.Json)
        {
            return null;
        }

        var file = files[0];
        using var stream = InputFile.Open(file, _environment);
        var head = new byte[SniffLength];
        var length = Fill(stream, head, file);
        if (length == 0 || IsBlank(head.AsSpan(0, length)) && length < head.Length)
        {
            return null; // refused with its message by the record path
        }

        InputFile.RefuseBinary(head.AsSpan(0, length), file);
        if ((_format != RecordFormat.Auto ? _format : FormatOf(file, head.AsSpan(0, length))) != RecordFormat.JsonLines)
        {
            return null;
        }

        using var prefixed = new PrefixedStream(head, length, stream);
        using var whole = progress is null ? (Stream)prefixed : new ProgressStream(prefixed, 4 << 20, progress);
        try
        {
            return JsonLines.Aggregate(whole, query, new SafetyJsonReadOptions { Catalogue = query.Catalogue }, parallel);
        }
        catch (JsonContractException)
        {
            return null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Reads the records of each file in turn.</summary>
    public IEnumerable<SourcedRecord> Read(IEnumerable<string> files)
    {
        foreach (var file in files)
        {
            foreach (var record in Read(file))
            {
                yield return record;
            }

            if (Stopped)
            {
                yield break;
            }
        }
    }

    private IEnumerable<SourcedRecord> Read(string file)
    {
        using var stream = InputFile.Open(file, _environment);
        var head = new byte[SniffLength];
        var length = Fill(stream, head, file);
        if (length == 0 || IsBlank(head.AsSpan(0, length)) && length < head.Length)
        {
            throw new CliException($"{InputFile.DisplayName(file)}: is empty; there are no records to read.");
        }

        InputFile.RefuseBinary(head.AsSpan(0, length), file);
        var format = _format != RecordFormat.Auto ? _format : FormatOf(file, head.AsSpan(0, length));
        using var whole = new PrefixedStream(head, length, stream);
        if (format == RecordFormat.JsonLines)
        {
            foreach (var line in JsonLines.ReadAll(whole))
            {
                if (line.Success)
                {
                    yield return new SourcedRecord(line.Record!, file, line.LineNumber + 1, JsonPointer.Root);
                }
                else
                {
                    var failure = new ReadFailure(file, line.LineNumber + 1, line.Error!);
                    _onFailure?.Invoke(failure);
                    if (++FailureCount <= _keep)
                    {
                        _failures.Add(failure);
                    }

                    if (FailureCount > _stopAfter)
                    {
                        Stopped = true;
                        yield break;
                    }
                }
            }

            yield break;
        }

        foreach (var record in ReadDocument(file, ReadRest(whole, file, _maxDocumentBytes)))
        {
            yield return record;
        }
    }

    private SourcedRecord[] ReadDocument(string file, byte[] json)
    {
        var root = RootKind(json, file);
        try
        {
            switch (root)
            {
                case DocumentKind.Envelope:
                    var set = SafetyJson.Deserialize<RecordSet>(json.AsSpan());
                    if (SafetyJson.GetUnknownMembers(set).Count > 0)
                    {
                        _envelopes.Add((file, set));
                    }

                    for (var i = 0; i < set.Reports.Count; i++)
                    {
                        _reports.Add(new SourcedReport(set.Reports[i], file, JsonPointer.Root.Append("reports").Append(i)));
                    }

                    var records = new SourcedRecord[set.Records.Count];
                    for (var i = 0; i < records.Length; i++)
                    {
                        records[i] = new SourcedRecord(set.Records[i], file, 0, JsonPointer.Root.Append("records").Append(i));
                    }

                    return records;
                case DocumentKind.Record:
                    return new[] { new SourcedRecord(SafetyJson.Deserialize<IRecord>(json.AsSpan()), file, 0, JsonPointer.Root) };
                default:
                    _reports.Add(new SourcedReport(SafetyJson.Deserialize<WorkSummaryReport>(json.AsSpan()), file, JsonPointer.Root));
                    return Array.Empty<SourcedRecord>();
            }
        }
        catch (JsonContractException e)
        {
            throw new CliException($"{InputFile.DisplayName(file)}: {Describe(e)}", e);
        }
    }

    /// <summary>Describes a contract error: code, where (line, byte, pointer) and why, in English.</summary>
    public static string Describe(JsonContractException error, bool withLine = true)
    {
        var where = new List<string>();
        if (withLine && error.LineNumber is { } line)
        {
            where.Add($"line {line + 1}");
        }

        if (error.BytePositionInLine is { } position)
        {
            where.Add($"byte {position + 1}");
        }

        if (!error.Pointer.IsRoot)
        {
            where.Add($"at {error.Pointer}");
        }

        return $"{error.Code} {(where.Count > 0 ? "(" + string.Join(", ", where) + ") " : string.Empty)}{error.Reason.English}";
    }

    private static RecordFormat FormatOf(string file, ReadOnlySpan<byte> head)
    {
        var extension = file == InputFile.StandardInput ? string.Empty : Path.GetExtension(file);
        if (extension.Equals(".jsonl", StringComparison.OrdinalIgnoreCase) || extension.Equals(".ndjson", StringComparison.OrdinalIgnoreCase))
        {
            return RecordFormat.JsonLines;
        }

        if (extension.Equals(".json", StringComparison.OrdinalIgnoreCase))
        {
            return RecordFormat.Json;
        }

        // Anything else: JSON Lines when the first line is a whole JSON value and more follows it.
        var newline = head.IndexOf((byte)'\n');
        if (newline < 0 || IsBlank(head.Slice(newline + 1)))
        {
            return RecordFormat.Json;
        }

        var reader = new Utf8JsonReader(WithoutBom(head.Slice(0, newline)));
        try
        {
            if (!reader.Read() || !reader.TrySkip())
            {
                return RecordFormat.Json;
            }

            var consumed = (int)reader.BytesConsumed + (head.StartsWith(Bom) ? Bom.Length : 0);
            return IsBlank(head.Slice(consumed, newline - consumed)) ? RecordFormat.JsonLines : RecordFormat.Json;
        }
        catch (JsonException)
        {
            return RecordFormat.Json;
        }
    }

    private static DocumentKind RootKind(byte[] json, string file)
    {
        var reader = new Utf8JsonReader(WithoutBom(json), new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
        try
        {
            if (!reader.Read())
            {
                throw new CliException($"{InputFile.DisplayName(file)}: is empty; there are no records to read.");
            }

            if (reader.TokenType == JsonTokenType.StartArray)
            {
                throw new CliException($"{InputFile.DisplayName(file)}: is a JSON array; give an envelope ({{\"schemaVersion\": \"1.0\", \"records\": [...]}}) or JSON Lines (one record per line, .jsonl).");
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw new CliException($"{InputFile.DisplayName(file)}: the JSON is a {reader.TokenType}, not an object (an envelope, a record or a report).");
            }

            var kind = DocumentKind.Report;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("schemaVersion"u8))
                {
                    return DocumentKind.Envelope;
                }

                if (reader.ValueTextEquals("type"u8))
                {
                    kind = DocumentKind.Record;
                }

                reader.Read();
                reader.Skip();
            }

            return kind;
        }
        catch (JsonException)
        {
            // Malformed JSON: the contract reader says exactly where and why.
            return DocumentKind.Envelope;
        }
    }

    private static int Fill(Stream stream, byte[] buffer, string file)
    {
        var total = 0;
        try
        {
            int read;
            while (total < buffer.Length && (read = stream.Read(buffer, total, buffer.Length - total)) > 0)
            {
                total += read;
            }
        }
        catch (IOException e)
        {
            throw new CliException($"{InputFile.DisplayName(file)}: cannot be read: {e.Message}", e);
        }

        return total;
    }

    /// <summary>
    /// The rest of a JSON document, refused as soon as it passes the contract's limit for a document read whole
    /// (<see cref="SafetyJsonReadOptions.MaxDocumentBytes"/>) or holds a value longer than
    /// <see cref="SafetyJsonReadOptions.MaxValueBytes"/>: a file or standard input never fills memory first.
    /// </summary>
    private static byte[] ReadRest(Stream stream, string file, long limit)
    {
        try
        {
            return SafetyJson.ReadDocument(stream, new SafetyJsonReadOptions { MaxDocumentBytes = limit });
        }
        catch (JsonContractException e) when (e.Code == JsonContractCodes.TooLarge)
        {
            throw new CliException(
                $"{InputFile.DisplayName(file)}: {JsonContractCodes.TooLarge} the JSON document is larger than {Size(limit)}, the most read whole; give the records as JSON Lines (one record per line, .jsonl), which is read line by line.", e);
        }
        catch (JsonContractException e)
        {
            throw new CliException($"{InputFile.DisplayName(file)}: {Describe(e)}", e);
        }
        catch (IOException e)
        {
            throw new CliException($"{InputFile.DisplayName(file)}: cannot be read: {e.Message}", e);
        }
    }

    private static string Size(long bytes) =>
        bytes % (1024 * 1024) == 0 ? $"{bytes / (1024 * 1024)} MiB" : $"{bytes} bytes";

    private static ReadOnlySpan<byte> Bom => new byte[] { 0xEF, 0xBB, 0xBF };

    /// <summary>The bytes after a leading UTF-8 byte order mark, which the contract's readers accept (RFC 8259 §8.1).</summary>
    private static ReadOnlySpan<byte> WithoutBom(ReadOnlySpan<byte> bytes) => bytes.StartsWith(Bom) ? bytes.Slice(Bom.Length) : bytes;

    private static bool IsBlank(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return false;
            }
        }

        return true;
    }

    private enum DocumentKind
    {
        Envelope,
        Record,
        Report,
    }
}
