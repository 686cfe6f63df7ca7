using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using SafetyModel.Aggregation;
using SafetyModel.Benchmarks.Serialization;

namespace SafetyModel.Benchmarks.Aggregation;

/// <summary>
/// The batch aggregation against the floor (<see cref="FloorPass"/>) in one process, taking turns: each round times the
/// floor, <c>Aggregator.Aggregate(batch, query)</c> on one thread and on both cores, once each in that order, so that
/// a slower spell of a shared machine falls on all three alike; reports each side's median and the median of the
/// rounds' ratios. Same data and query as <see cref="AggregationBenchmarks"/> (its 10 M case); nothing is collected or
/// warmed between the timed calls (a collection a call makes falls on the call that made it), after five untimed
/// calls of each to let the runtime compile them.
/// <c>dotnet run -c Release --project benchmarks/SafetyModel.Benchmarks -- --scan-floor 10000000</c>.
/// </summary>
internal static class ScanFloorMeasurement
{
    private const int Rounds = 21;

    public static void Run(int count)
    {
        var floor = new FloorPass(count);
        var batch = RecordBatch.Create(InspectionData.Create(count));
        var bothCores = new ParallelOptions { MaxDegreeOfParallelism = 2 };
        var sides = new (string Name, Func<long> Call)[]
        {
            ("floor: one pass over 24 bytes a record", floor.Run),
            ("batch, one thread", () => Aggregator.Aggregate(batch, AggregationBenchmarks.Query).Rows.Count),
            ("batch, both cores", () => Aggregator.Aggregate(batch, AggregationBenchmarks.Query, bothCores).Rows.Count),
        };

        foreach (var side in sides)
        {
            for (var i = 0; i < 5; i++)
            {
                side.Call();
            }
        }

        var times = sides.Select(_ => new List<double>()).ToArray();
        for (var round = 0; round < Rounds; round++)
        {
            for (var s = 0; s < sides.Length; s++)
            {
                var watch = Stopwatch.StartNew();
                sides[s].Call();
                times[s].Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{count:N0} records, {Rounds} rounds, {Environment.ProcessorCount} cores, .NET {Environment.Version}"));
        for (var s = 0; s < sides.Length; s++)
        {
            var ratio = s == 0 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $", {Median(times[s].Zip(times[0], (a, f) => a / f)):F2}× the floor (median of the rounds' ratios)");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{sides[s].Name}: median {Median(times[s]):F1} ms, fastest {times[s].Min():F1} ms, slowest {times[s].Max():F1} ms{ratio}"));
        }
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        return sorted[sorted.Length / 2];
    }
}
