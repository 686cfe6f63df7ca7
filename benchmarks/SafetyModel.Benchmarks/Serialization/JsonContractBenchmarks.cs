using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using BenchmarkDotNet.Attributes;
using Newtonsoft.Json.Serialization;
using SafetyModel.Primitives;
using SafetyModel.Serialization;

namespace SafetyModel.Benchmarks.Serialization;

/// <summary>
/// Writing and reading 100,000 inspection records in a <see cref="RecordSet"/>, against the same bytes through a
/// plain-DTO System.Text.Json source-generated context (peer, target at most 1.3× its time) and through Newtonsoft.Json
/// on the same DTOs (target at least 3× faster). Every peer reads and writes the same UTF-8 bytes; Newtonsoft.Json's
/// string-based calls, which skip the UTF-8 decoding and encoding, are measured beside them for reference.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkDotNet.Configs.BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class JsonContractBenchmarks
{
    private const int Count = 100_000;

    private RecordSet _set = null!;
    private RecordSetDto _dto = null!;
    private byte[] _json = null!;
    private string _text = null!;
    private DtoContext _context = null!;
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private Newtonsoft.Json.JsonSerializerSettings _newtonsoft = null!;
    private Newtonsoft.Json.JsonSerializer _newtonsoftSerializer = null!;

    [GlobalSetup]
    public void Setup()
    {
        _set = new RecordSet { Records = InspectionData.Create(Count) };
        _json = SafetyJson.SerializeToUtf8Bytes(_set);
        _text = Encoding.UTF8.GetString(_json);
        _context = new DtoContext(new JsonSerializerOptions
        {
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        });
        _dto = JsonSerializer.Deserialize(_json, _context.RecordSetDto)!;
        _newtonsoft = new Newtonsoft.Json.JsonSerializerSettings
        {
            ContractResolver = new CamelCasePropertyNamesContractResolver(),
            NullValueHandling = Newtonsoft.Json.NullValueHandling.Ignore,
            DateFormatString = "yyyy-MM-dd",
            DateParseHandling = Newtonsoft.Json.DateParseHandling.None,
        };
        _newtonsoftSerializer = Newtonsoft.Json.JsonSerializer.Create(_newtonsoft);
        if (!SerializeNewtonsoft().AsSpan().SequenceEqual(Encoding.UTF8.GetBytes(SerializeNewtonsoftToString())) || DeserializeNewtonsoft() != Count)
        {
            throw new InvalidOperationException("Newtonsoft.Json's byte and string paths disagree.");
        }

        if (_dto.Records.Count != Count || SafetyJson.Deserialize<RecordSet>(_json.AsSpan()).Records.Count != Count)
        {
            throw new InvalidOperationException($"The peers do not read the same records: {_dto.Records.Count}, {SafetyJson.Deserialize<RecordSet>(_json.AsSpan()).Records.Count}.");
        }
    }

    [Benchmark(Baseline = true, Description = "Serialize: STJ source-gen DTO (peer)")]
    [BenchmarkCategory("Serialize")]
    public byte[] SerializeDto() => JsonSerializer.SerializeToUtf8Bytes(_dto, _context.RecordSetDto);

    [Benchmark(Description = "Serialize: SafetyJson")]
    [BenchmarkCategory("Serialize")]
    public byte[] SerializeContract() => SafetyJson.SerializeToUtf8Bytes(_set);

    /// <summary>Newtonsoft.Json writing the same UTF-8 bytes the others write (a <see cref="StreamWriter"/> encodes its text).</summary>
    [Benchmark(Description = "Serialize: Newtonsoft.Json DTO")]
    [BenchmarkCategory("Serialize")]
    public byte[] SerializeNewtonsoft()
    {
        using var stream = new MemoryStream(_json.Length);
        using (var writer = new StreamWriter(stream, Utf8NoBom, bufferSize: 64 * 1024))
        {
            _newtonsoftSerializer.Serialize(writer, _dto);
        }

        return stream.ToArray();
    }

    /// <summary>Newtonsoft.Json writing a .NET string, which is not yet the UTF-8 bytes the others give (for reference).</summary>
    [Benchmark(Description = "Serialize: Newtonsoft.Json DTO to a string")]
    [BenchmarkCategory("Serialize")]
    public string SerializeNewtonsoftToString() => Newtonsoft.Json.JsonConvert.SerializeObject(_dto, _newtonsoft);

    [Benchmark(Baseline = true, Description = "Deserialize: STJ source-gen DTO (peer)")]
    [BenchmarkCategory("Deserialize")]
    public int DeserializeDto() => JsonSerializer.Deserialize(_json, _context.RecordSetDto)!.Records.Count;

    [Benchmark(Description = "Deserialize: SafetyJson")]
    [BenchmarkCategory("Deserialize")]
    public int DeserializeContract() => SafetyJson.Deserialize<RecordSet>(_json.AsSpan()).Records.Count;

    /// <summary>Newtonsoft.Json reading the same UTF-8 bytes the others read (a <see cref="StreamReader"/> decodes them).</summary>
    [Benchmark(Description = "Deserialize: Newtonsoft.Json DTO")]
    [BenchmarkCategory("Deserialize")]
    public int DeserializeNewtonsoft()
    {
        using var reader = new Newtonsoft.Json.JsonTextReader(new StreamReader(new MemoryStream(_json), Encoding.UTF8, detectEncodingFromByteOrderMarks: false, bufferSize: 64 * 1024));
        return _newtonsoftSerializer.Deserialize<RecordSetDto>(reader)!.Records.Count;
    }

    /// <summary>Newtonsoft.Json reading a .NET string: the UTF-8 decoding the others do is already done (for reference).</summary>
    [Benchmark(Description = "Deserialize: Newtonsoft.Json DTO from a string")]
    [BenchmarkCategory("Deserialize")]
    public int DeserializeNewtonsoftFromString() => Newtonsoft.Json.JsonConvert.DeserializeObject<RecordSetDto>(_text, _newtonsoft)!.Records.Count;
}
