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
/// Validating 1,000,000 inspection records with every rule that applies (the common record rules with a division
/// registry, and duplicate ids over the batch), against deserialising the same records from JSON Lines (the peer;
/// target: validation at most 0.5× its time). Two registries: one that knows all 16 generated towns (clean data, the
/// usual case), and the small 乌审旗 sample registry, which knows 1 of them, so that almost every record has an issue.
/// </summary>
[MemoryDiagnoser]
public class RecordValidationBenchmarks
{
    private const int Count = 1_000_000;

    private Inspection[] _records = null!;
    private byte[] _jsonLines = null!;
    private ValidationContext _context = null!;
    private ValidationContext _allTowns = null!;

    [GlobalSetup]
    public void Setup()
    {
        _records = InspectionData.Create(Count);
        using var stream = new System.IO.MemoryStream();
        JsonLines.WriteRecords(stream, _records);
        _jsonLines = stream.ToArray();
        _context = new ValidationContext(NodaTime.SystemClock.Instance, registry: DivisionRegistry.SampleWushenBanner);
        var towns = InspectionData.Towns.Select((code, i) => new System.Collections.Generic.KeyValuePair<DivisionCode, string>(code, "镇" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        _allTowns = new ValidationContext(NodaTime.SystemClock.Instance, registry: new DivisionRegistry(towns));
    }

    [Benchmark(Baseline = true, Description = "Deserialize 1M from JSON Lines (peer)")]
    public int Deserialize()
    {
        using var stream = new System.IO.MemoryStream(_jsonLines, writable: false);
        return JsonLines.ReadRecords(stream).Count();
    }

    [Benchmark(Description = "Validate 1M, all rules, registry knows every town")]
    public int Validate() =>
        RecordRules.Common.ValidateEach(_records, _allTowns).Count() + RecordRules.DuplicateIds(_records).Count();

    [Benchmark(Description = "Validate 1M, all rules, sample registry (an issue per record)")]
    public int ValidateWithIssues() =>
        RecordRules.Common.ValidateEach(_records, _context).Count() + RecordRules.DuplicateIds(_records).Count();
}
