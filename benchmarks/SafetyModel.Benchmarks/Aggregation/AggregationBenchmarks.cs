using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using SafetyModel.Aggregation;
using SafetyModel.Benchmarks.Serialization;
using SafetyModel.Primitives;
using SafetyModel.Work;

namespace SafetyModel.Benchmarks.Aggregation;

/// <summary>
/// Inspection records (the JSON benchmarks' generator: 16 towns, two years, one to three types, seed 20221) grouped by
/// town × month × inspection type with three measures (records, hazards the inspections found, and the subtotals that
/// count each inspection once), against the LINQ a developer would write: <c>SelectMany</c> over the types, then
/// <c>GroupBy</c> on (town, month, type) and <c>Sum</c>/<c>Count</c>.
/// </summary>
[MemoryDiagnoser]
public class AggregationBenchmarks
{
    private static readonly AggregationQuery Query = new()
    {
        DivisionLevel = DivisionLevel.Township, Granularity = PeriodGranularity.Month, Dimension = AggregationDimension.InspectionType,
        Measures = new[] { Measure.Records, Measure.InspectionHazardsFound, Measure.HazardsFound },
    };

    private Inspection[] _records = null!;

    [Params(100_000, 10_000_000)]
    public int Count { get; set; }

    [GlobalSetup]
    public void Setup() => _records = InspectionData.Create(Count);

    [Benchmark(Baseline = true, Description = "LINQ GroupBy town × month × type (peer)")]
    public int Linq() =>
        _records
            .SelectMany(r => r.Types.Distinct().Select(t => (r, t)))
            .GroupBy(x => (Town: x.r.Division.AncestorAt(DivisionLevel.Township), x.r.Start.Year, x.r.Start.Month, Type: x.t.Code))
            .Select(g => (g.Key, Records: g.Count(), Hazards: g.Sum(x => x.r.HazardsFound ?? 0), HazardRecords: 0))
            .OrderBy(g => g.Key.Town).ThenBy(g => g.Key.Year).ThenBy(g => g.Key.Month).ThenBy(g => g.Key.Type, System.StringComparer.Ordinal)
            .Count();

    [Benchmark(Description = "Aggregator.Aggregate (with subtotals and total)")]
    public int Aggregate() => Aggregator.Aggregate(_records, Query).Rows.Count;
}
