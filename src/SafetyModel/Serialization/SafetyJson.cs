using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using NodaTime.Serialization.SystemTextJson;
using SafetyModel.Diagnostics;

using SafetyModel.Primitives;
using SafetyModel.Records;
using SafetyModel.Validation;

namespace SafetyModel.Serialization;

/// <summary>
/// The JSON contract of the model (docs/json-format.md): reading and writing every model type, the versioned envelope
/// <see cref="RecordSet"/>, the JSON Schema, and options for users who serialise through System.Text.Json themselves.
/// </summary>
/// <remarks>
/// <para>
/// Member names are camelCase; closed lists (accident grade, hazard level, urgency, …) are kebab-case codes; open lists
/// (inspection types, sectors, units, …) are their stable codes; dates are ISO 8601 (<c>2022-07-07</c>); a quantity is
/// an object that keeps its bounds, qualifier, unit and raw text; a record carries its <c>type</c>.
/// </para>
/// <para>
/// Reading is <em>preserving</em> by default: members this version does not define are kept with the object they were
/// read with and written back with it, so a round trip through an older reader loses nothing
/// (<see cref="GetUnknownMembers"/>). Strict reading (<see cref="SafetyJsonReadOptions.Strict"/>) refuses them instead.
/// Every failure is a <see cref="JsonContractException"/> with a code, a pointer, a line and a position.
/// </para>
/// <para>All members are thread-safe; reading and writing use no reflection (trimming- and AOT-safe).</para>
/// </remarks>
public static class SafetyJson
{
    /// <summary>The version of the contract this library writes: <c>major.minor</c>.</summary>
    public const string SchemaVersion = "1.0";

    /// <summary>The major version this library reads (every minor version of it).</summary>
    public const int MajorVersion = 1;

    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
    private static readonly JsonWriterOptions CompactWriting = new() { Encoder = Encoder };
    private static readonly JsonWriterOptions IndentedWriting = new() { Encoder = Encoder, Indented = true };

    /// <summary>Gets read-only options for <see cref="JsonSerializer"/> with the contract in preserving mode.</summary>
    public static JsonSerializerOptions Options { get; } = Frozen(strict: false);

    /// <summary>Gets read-only options for <see cref="JsonSerializer"/> with the contract in strict mode.</summary>
    public static JsonSerializerOptions StrictOptions { get; } = Frozen(strict: true);

    /// <summary>
    /// Adds the contract to options a user brings: a converter for every model type (taking precedence over any
    /// other metadata for them), NodaTime's converters (NodaTime.Serialization.SystemTextJson, ISO patterns) for
    /// NodaTime values elsewhere in the user's types, and — after the options' own resolvers, or where reflection is
    /// turned off — the source-generated metadata of the model (options without a resolver keep System.Text.Json's
    /// default for the user's own types). The options' own settings stay the user's: with System.Text.Json's default
    /// encoder, Chinese text is written as <c>\uXXXX</c> escapes (the same JSON strings; <see cref="Serialize{T}(T)"/>
    /// writes the characters themselves).
    /// </summary>
    /// <param name="options">The options; not yet used for serialising (System.Text.Json locks options on first use).</param>
    /// <param name="strict">Whether reading refuses unknown members and codes.</param>
    /// <returns>The same options, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The options are read-only.</exception>
    public static JsonSerializerOptions Configure(JsonSerializerOptions options, bool strict = false)
    {
        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        var contract = JsonContract.For(strict);
        contract.AddConverters(options.Converters);
        options.Converters.Add(NodaConverters.LocalDateConverter);
        options.Converters.Add(NodaConverters.LocalDateTimeConverter);
        // Options without a resolver of their own get System.Text.Json's default metadata (reflection) at first use;
        // adding the model's context would take that away from the user's types, and the converters above already
        // read and write the model's. Where there is no such default (reflection turned off, as under native AOT) or
        // the user chose resolvers, the model's source-generated metadata joins them.
        if (options.TypeInfoResolver is not null || !JsonSerializer.IsReflectionEnabledByDefault)
        {
            options.TypeInfoResolverChain.Add(SafetyModelJsonContext.Default);
        }

        return options;
    }

    /// <summary>Writes a value of the contract as compact JSON text.</summary>
    /// <typeparam name="T">A type of the contract: a record type, <see cref="Primitives.IRecord"/>, <see cref="RecordSet"/>, <see cref="Reports.WorkSummaryReport"/>, <see cref="Documents.OfficialDocument"/>, …</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a type of the contract.</exception>
    public static string Serialize<T>(T value) => Serialize(value, indented: false);

    /// <summary>Writes a value of the contract as JSON text.</summary>
    /// <typeparam name="T">A type of the contract: a record type, <see cref="Primitives.IRecord"/>, <see cref="RecordSet"/>, <see cref="Reports.WorkSummaryReport"/>, <see cref="Documents.OfficialDocument"/>, …</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="indented">Whether to indent.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a type of the contract.</exception>
    public static string Serialize<T>(T value, bool indented)
    {
        using var buffer = new PooledBufferWriter();
        Write(buffer, value, indented);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Writes a value of the contract as UTF-8 JSON.</summary>
    /// <typeparam name="T">A type of the contract.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="indented">Whether to indent.</param>
    /// <returns>The UTF-8 bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a type of the contract.</exception>
    public static byte[] SerializeToUtf8Bytes<T>(T value, bool indented = false)
    {
        using var buffer = new PooledBufferWriter();
        Write(buffer, value, indented);
        return buffer.ToArray();
    }

    /// <summary>Writes a value of the contract as compact UTF-8 JSON to a stream.</summary>
    /// <typeparam name="T">A type of the contract.</typeparam>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="value">The value.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="value"/> is <see langword="null"/>.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a type of the contract.</exception>
    public static void Serialize<T>(Stream utf8Json, T value) => Serialize(utf8Json, value, indented: false);

    /// <summary>Writes a value of the contract as UTF-8 JSON to a stream.</summary>
    /// <typeparam name="T">A type of the contract.</typeparam>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="value">The value.</param>
    /// <param name="indented">Whether to indent.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="value"/> is <see langword="null"/>.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a type of the contract.</exception>
    public static void Serialize<T>(Stream utf8Json, T value, bool indented)
    {
        if (utf8Json is null)
        {
            throw new ArgumentNullException(nameof(utf8Json));
        }

        using var writer = new Utf8JsonWriter(utf8Json, WriterOptions(indented));
        Serialize(writer, value);
    }

    /// <summary>
    /// Writes a value of the contract to a caller's writer, with the writer's own options (indentation, escaping):
    /// for embedding the contract's JSON in a larger document, such as a response of the caller's own. Long lists flush
    /// the writer as they go, so a writer over a stream streams.
    /// </summary>
    /// <typeparam name="T">A type of the contract.</typeparam>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="value"/> is <see langword="null"/>.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a type of the contract.</exception>
    public static void Serialize<T>(Utf8JsonWriter writer, T value)
    {
        if (writer is null)
        {
            throw new ArgumentNullException(nameof(writer));
        }

        if (value is null)
        {
            throw new ArgumentNullException(nameof(value));
        }

        CodecFor<T>(strict: false).Write(writer, value);
        writer.Flush();
    }

    /// <summary>Reads a value of the contract from JSON text.</summary>
    /// <typeparam name="T">A type of the contract.</typeparam>
    /// <param name="json">The text.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a type of the contract.</exception>
    /// <exception cref="JsonContractException">The text is not a valid <typeparamref name="T"/> of the contract.</exception>
    public static T Deserialize<T>(string json) => Deserialize<T>(json, null);

    /// <summary>Reads a value of the contract from JSON text.</summary>
    /// <typeparam name="T">A type of the contract.</typeparam>
    /// <param name="json">The text.</param>
    /// <param name="options">Strictness and limits; <see cref="SafetyJsonReadOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a type of the contract.</exception>
    /// <exception cref="JsonContractException">The text is not a valid <typeparamref name="T"/> of the contract.</exception>
    public static T Deserialize<T>(string json, SafetyJsonReadOptions? options)
    {
        if (json is null)
        {
            throw new ArgumentNullException(nameof(json));
        }

        return Deserialize<T>(JsonReading.ToUtf8(json).AsSpan(), options);
    }

    /// <summary>Reads a value of the contract from UTF-8 JSON (a leading UTF-8 byte-order mark is skipped).</summary>
    /// <typeparam name="T">A type of the contract.</typeparam>
    /// <param name="utf8Json">The bytes.</param>
    /// <returns>The value.</returns>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a type of the contract.</exception>
    /// <exception cref="JsonContractException">The bytes are not a valid <typeparamref name="T"/> of the contract.</exception>
    public static T Deserialize<T>(ReadOnlySpan<byte> utf8Json) => Deserialize<T>(utf8Json, null);

    /// <summary>Reads a value of the contract from UTF-8 JSON (a leading UTF-8 byte-order mark is skipped).</summary>
    /// <typeparam name="T">A type of the contract.</typeparam>
    /// <param name="utf8Json">The bytes.</param>
    /// <param name="options">Strictness and limits; <see cref="SafetyJsonReadOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The value.</returns>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a type of the contract.</exception>
    /// <exception cref="JsonContractException">The bytes are not a valid <typeparamref name="T"/> of the contract.</exception>
    public static T Deserialize<T>(ReadOnlySpan<byte> utf8Json, SafetyJsonReadOptions? options)
    {
        options ??= SafetyJsonReadOptions.Default;
        return JsonReading.Read(utf8Json, CodecFor<T>(options.Strict, options.Catalogue), options);
    }

    /// <summary>Reads a value of the contract from a stream of UTF-8 JSON, up to <see cref="SafetyJsonReadOptions.MaxDocumentBytes"/>.</summary>
    /// <typeparam name="T">A type of the contract.</typeparam>
    /// <param name="utf8Json">The stream.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a type of the contract.</exception>
    /// <exception cref="JsonContractException">The stream is larger than the limit or not a valid <typeparamref name="T"/>.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static T Deserialize<T>(Stream utf8Json) => Deserialize<T>(utf8Json, null);

    /// <summary>Reads a value of the contract from a stream of UTF-8 JSON, up to <see cref="SafetyJsonReadOptions.MaxDocumentBytes"/>.</summary>
    /// <typeparam name="T">A type of the contract.</typeparam>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="options">Strictness and limits; <see cref="SafetyJsonReadOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a type of the contract.</exception>
    /// <exception cref="JsonContractException">The stream is larger than the limit or not a valid <typeparamref name="T"/>.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static T Deserialize<T>(Stream utf8Json, SafetyJsonReadOptions? options)
    {
        if (utf8Json is null)
        {
            throw new ArgumentNullException(nameof(utf8Json));
        }

        options ??= SafetyJsonReadOptions.Default;
        var codec = CodecFor<T>(options.Strict, options.Catalogue);
        using var buffer = new PooledBufferWriter(64 * 1024);
        Buffer(utf8Json, buffer, options);
        return JsonReading.Read(buffer.WrittenSpan, codec, options, valuesChecked: true);
    }

    /// <summary>
    /// Reads a JSON document from a stream into memory, checking the limits while the bytes arrive rather than after:
    /// more than <see cref="SafetyJsonReadOptions.MaxDocumentBytes"/> is refused as soon as it is passed
    /// (<see cref="JsonContractCodes.TooLarge"/>), and a value longer than <see cref="SafetyJsonReadOptions.MaxValueBytes"/>
    /// as soon as that much of it has arrived (<see cref="JsonContractCodes.ValueTooLong"/>, with its pointer) — so a
    /// hostile document never fills memory first. The bytes are not otherwise read: malformed JSON is for
    /// <see cref="Deserialize{T}(ReadOnlySpan{byte}, SafetyJsonReadOptions?)"/> to report.
    /// </summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="options">The limits; <see cref="SafetyJsonReadOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The bytes of the document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="JsonContractException">The document or one of its values is longer than its limit.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static byte[] ReadDocument(Stream utf8Json, SafetyJsonReadOptions? options = null)
    {
        if (utf8Json is null)
        {
            throw new ArgumentNullException(nameof(utf8Json));
        }

        using var buffer = new PooledBufferWriter(64 * 1024);
        Buffer(utf8Json, buffer, options ?? SafetyJsonReadOptions.Default);
        return buffer.WrittenSpan.ToArray();
    }

    private static void Buffer(Stream utf8Json, PooledBufferWriter buffer, SafetyJsonReadOptions options)
    {
        var guard = new ValueLengthGuard(options);
        var chunk = System.Buffers.ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            int read;
            while ((read = utf8Json.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Count + read > options.MaxDocumentBytes)
                {
                    throw new JsonContractException(JsonContractCodes.TooLarge, Diagnostics.DiagnosticArguments.Create(("limit", options.MaxDocumentBytes))).Located(null, null);
                }

                chunk.AsSpan(0, read).CopyTo(buffer.GetSpan(read));
                buffer.Advance(read);
                guard.Check(buffer.WrittenSpan, final: false);
            }

            guard.Check(buffer.WrittenSpan, final: true);
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    /// <summary>
    /// Gets the members a preserving reader met on an object that the contract does not define, in the order read;
    /// they are written back when the object is written.
    /// </summary>
    /// <param name="value">An object read by the contract (a record, a report, a quantity, …).</param>
    /// <returns>The members' names and values; empty when there were none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<KeyValuePair<string, JsonElement>> GetUnknownMembers(object value) =>
        UnknownMembers.Get(value ?? throw new ArgumentNullException(nameof(value)));

    /// <summary>
    /// Reports every member a preserving reader kept on a value and on the contract objects inside it (a record's
    /// quantities, a report's figures …) that the contract does not define: a misspelled <c>"hazardFound": 3</c> is
    /// kept for the round trip, but nothing reads it, so a figure would silently count as nothing.
    /// Each is a <see cref="JsonContractCodes.UnknownMemberKept"/> issue at the member's JSON Pointer (relative to
    /// <paramref name="value"/>: <c>/hazardFound</c>, <c>/peopleTrained/colour</c>) — a warning, or an error when
    /// <paramref name="strict"/>. Validate what you read with this beside the record's rules.
    /// </summary>
    /// <param name="value">An object read by the contract.</param>
    /// <param name="strict">Whether an unknown member is an error rather than a warning.</param>
    /// <returns>The issues, in the order of the members; empty when there are none (at no cost when the process has read none).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<ValidationIssue> FindUnknownMembers(object value, bool strict = false) =>
        UnknownMemberFinder.Find(value ?? throw new ArgumentNullException(nameof(value)), strict ? ValidationSeverity.Error : ValidationSeverity.Warning);

    /// <summary>
    /// Carries the unknown members of one object over to another — for a changed copy of a record (the model's types are
    /// immutable), so that writing the copy keeps what a newer writer put there.
    /// </summary>
    /// <param name="source">The object read.</param>
    /// <param name="target">The object that replaces it.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void CopyUnknownMembers(object source, object target)
    {
        var members = UnknownMembers.Get(source ?? throw new ArgumentNullException(nameof(source)));
        UnknownMembers.Set(target ?? throw new ArgumentNullException(nameof(target)), new List<KeyValuePair<string, JsonElement>>(members).ToArray());
    }

    /// <summary>Gets the JSON Schema (draft 2020-12) of the contract, as checked in at <c>schemas/safetymodel.schema.json</c>.</summary>
    /// <returns>The schema, indented JSON.</returns>
    public static string GetSchema() => JsonContractSchema.Build(JsonContract.Preserving);

    /// <summary>Returns the JSON Schema of the contract with the kinds of a catalogue: a town's own kinds appear as definitions and in <c>Record</c>.</summary>
    /// <param name="catalogue">The catalogue.</param>
    /// <returns>The schema, as indented JSON.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalogue"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A kind of the catalogue cannot be read from its type's contract attributes.</exception>
    public static string GetSchema(RecordCatalogue catalogue) =>
        JsonContractSchema.Build(JsonContract.For(strict: false, catalogue ?? throw new ArgumentNullException(nameof(catalogue))));

    /// <summary>Writes a record of a kind of a catalogue (a town's own kind too) as compact JSON.</summary>
    /// <param name="record">The record.</param>
    /// <param name="catalogue">The catalogue that holds the record's kind.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="JsonContractException">The record is of a type that no kind of the catalogue has.</exception>
    /// <exception cref="ArgumentException">A kind of the catalogue cannot be read from its type's contract attributes.</exception>
    public static string Serialize(IRecord record, RecordCatalogue catalogue)
    {
        if (record is null)
        {
            throw new ArgumentNullException(nameof(record));
        }

        var contract = JsonContract.For(strict: false, catalogue ?? throw new ArgumentNullException(nameof(catalogue)));
        using var buffer = new PooledBufferWriter();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions(indented: false)))
        {
            contract.Record.Write(writer, record);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    internal static IJsonCodec<T> CodecFor<T>(bool strict, RecordCatalogue? catalogue = null) =>
        JsonContract.For(strict, catalogue).CodecFor<T>() ??
        throw new NotSupportedException($"{typeof(T).FullName} is not a type of the SafetyModel JSON contract.");

    internal static JsonWriterOptions WriterOptions(bool indented) => indented ? IndentedWriting : CompactWriting;

    private static void Write<T>(PooledBufferWriter buffer, T value, bool indented)
    {
        if (value is null)
        {
            throw new ArgumentNullException(nameof(value));
        }

        var codec = CodecFor<T>(strict: false);
        using var writer = new Utf8JsonWriter(buffer, WriterOptions(indented));
        codec.Write(writer, value);
        writer.Flush();
    }

    private static JsonSerializerOptions Frozen(bool strict)
    {
        // The model's metadata only: these options are for the contract's types, and stay trim- and AOT-safe.
        var options = Configure(new JsonSerializerOptions { Encoder = Encoder, MaxDepth = 64 }, strict);
        options.TypeInfoResolver = SafetyModelJsonContext.Default;
        options.MakeReadOnly();
        return options;
    }
}
