using System;
using System.Collections.Generic;
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
/// on the same DTOs (target at least 3× faster).
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
    private Newtonsoft.Json.JsonSerializerSettings _newtonsoft = null!;

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

    [Benchmark(Description = "Serialize: Newtonsoft.Json DTO")]
    [BenchmarkCategory("Serialize")]
    public string SerializeNewtonsoft() => Newtonsoft.Json.JsonConvert.SerializeObject(_dto, _newtonsoft);

    [Benchmark(Baseline = true, Description = "Deserialize: STJ source-gen DTO (peer)")]
    [BenchmarkCategory("Deserialize")]
    public int DeserializeDto() => JsonSerializer.Deserialize(_json, _context.RecordSetDto)!.Records.Count;

    [Benchmark(Description = "Deserialize: SafetyJson")]
    [BenchmarkCategory("Deserialize")]
    public int DeserializeContract() => SafetyJson.Deserialize<RecordSet>(_json.AsSpan()).Records.Count;

    [Benchmark(Description = "Deserialize: Newtonsoft.Json DTO")]
    [BenchmarkCategory("Deserialize")]
    public int DeserializeNewtonsoft() => Newtonsoft.Json.JsonConvert.DeserializeObject<RecordSetDto>(_text, _newtonsoft)!.Records.Count;
}
