using System;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using SafetyModel.Documents;

namespace SafetyModel.Benchmarks.Documents;

/// <summary>
/// Reading the seed letter (8,432 bytes): <see cref="DocumentText.ParseDetailed"/> — header, outline, footer and
/// notes — against the peer of touching every line once, <see cref="string.Split(char[])"/> and trimming.
/// </summary>
[MemoryDiagnoser]
public class DocumentTextBenchmarks
{
    private string _seed = string.Empty;

    [GlobalSetup]
    public void Setup() => _seed = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seed", "wulantaolegai-2022-h1-safety-summary.txt"));

    [Benchmark(Baseline = true, Description = "Split lines and trim (peer)")]
    public int SplitLines() => _seed.Split('\n').Select(line => line.Trim()).Count(line => line.Length > 0);

    [Benchmark(Description = "DocumentText.ParseDetailed(seed)")]
    public OfficialDocument Parse() => DocumentText.ParseDetailed(_seed).Value;
}
