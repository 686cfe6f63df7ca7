using System;
using System.IO;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using SafetyModel.Extraction;

namespace SafetyModel.Benchmarks.Extraction;

/// <summary>
/// Reading the stated figures out of the seed letter (3,400 characters): <see cref="FigureExtractor.Extract"/> and the
/// whole text-to-report path <see cref="SummaryText.ParseDetailed"/>, against the peer a developer would write first —
/// a compiled <see cref="Regex"/> that only finds number-and-unit spans (<c>8次</c>, <c>500余份</c>) and knows nothing of
/// what they count. Throughput in characters per second is the seed's length divided by the mean time.
/// </summary>
[MemoryDiagnoser]
public class FigureExtractionBenchmarks
{
    private static readonly Regex Spans = new("[0-9一二三四五六七八九十百千万两]+[余多]?(?:人次|次|条|份|处|人|名|起|所|家|个|场|期|块)", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private static readonly FigureExtractionOptions Options = new() { Year = 2022 };

    private string _seed = string.Empty;

    [GlobalSetup]
    public void Setup() => _seed = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seed", "wulantaolegai-2022-h1-safety-summary.txt"));

    [Benchmark(Baseline = true, Description = "compiled Regex, number+unit spans only (peer)")]
    public int Regex()
    {
        var count = 0;
        for (var match = Spans.Match(_seed); match.Success; match = match.NextMatch())
        {
            count += match.Length;
        }

        return count;
    }

    [Benchmark(Description = "FigureExtractor.Extract (seed)")]
    public int Extract() => FigureExtractor.Extract(_seed, Options).Value.Count;

    [Benchmark(Description = "SummaryText.ParseDetailed (seed: document + figures)")]
    public int SummaryTextParse() => SummaryText.ParseDetailed(_seed).Value.StatedFigures.Count;
}
