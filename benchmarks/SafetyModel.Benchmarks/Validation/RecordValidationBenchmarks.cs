using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using SafetyModel.Benchmarks.Serialization;
using SafetyModel.Primitives;
using SafetyModel.Serialization;
using SafetyModel.Validation;
using SafetyModel.Work;

namespace SafetyModel.Benchmarks.Validation;

/// <summary>
/// Validating 1,000,000 inspection records with every rule that applies (the common record rules with the 乌审旗 sample
/// registry, and duplicate ids over the batch), against deserialising the same records from JSON Lines (the peer;
/// target: validation at most 0.5× its time).
/// </summary>
[MemoryDiagnoser]
public class RecordValidationBenchmarks
{
    private const int Count = 1_000_000;

    private Inspection[] _records = null!;
    private byte[] _jsonLines = null!;
    private ValidationContext _context = null!;

    [GlobalSetup]
    public void Setup()
    {
        _records = InspectionData.Create(Count);
        using var stream = new System.IO.MemoryStream();
        JsonLines.WriteRecords(stream, _records);
        _jsonLines = stream.ToArray();
        _context = new ValidationContext(NodaTime.SystemClock.Instance, registry: DivisionRegistry.SampleWushenBanner);
    }

    [Benchmark(Baseline = true, Description = "Deserialize 1M from JSON Lines (peer)")]
    public int Deserialize()
    {
        using var stream = new System.IO.MemoryStream(_jsonLines, writable: false);
        return JsonLines.ReadRecords(stream).Count();
    }

    [Benchmark(Description = "Validate 1M, all record rules + duplicate ids")]
    public int Validate() =>
        RecordRules.Common.ValidateEach(_records, _context).Count() + RecordRules.DuplicateIds(_records).Count();
}
