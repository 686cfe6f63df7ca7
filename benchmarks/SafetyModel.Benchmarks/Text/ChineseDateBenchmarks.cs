using System;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using NodaTime;
using NodaTime.Text;
using SafetyModel.Text;

namespace SafetyModel.Benchmarks.Text;

/// <summary>
/// Reading <c>2022年7月7日</c>: <see cref="ChineseDates.TryParse(ReadOnlySpan{char}, out LocalDate)"/> against the
/// peers <see cref="DateTime.ParseExact(string, string, IFormatProvider)"/> with <c>yyyy年M月d日</c> and NodaTime's
/// <see cref="LocalDatePattern"/> with the same pattern, on the same input.
/// </summary>
[MemoryDiagnoser]
public class ChineseDateBenchmarks
{
    private const string Text = "2022年7月7日";
    private const string ChineseText = "二〇二二年七月七日";
    private static readonly LocalDatePattern NodaPattern = LocalDatePattern.CreateWithInvariantCulture("uuuu'年'M'月'd'日'");

    [Benchmark(Baseline = true, Description = "DateTime.ParseExact yyyy年M月d日 (peer)")]
    public DateTime Bcl() => DateTime.ParseExact(Text, "yyyy年M月d日", CultureInfo.InvariantCulture);

    [Benchmark(Description = "NodaTime LocalDatePattern uuuu年M月d日 (peer)")]
    public LocalDate Noda() => NodaPattern.Parse(Text).Value;

    [Benchmark(Description = "ChineseDates.TryParse 2022年7月7日")]
    public LocalDate Library() => ChineseDates.TryParse(Text.AsSpan(), out var date) ? date : default;

    [Benchmark(Description = "ChineseDates.TryParse 二〇二二年七月七日")]
    public LocalDate LibraryChineseNumerals() => ChineseDates.TryParse(ChineseText.AsSpan(), out var date) ? date : default;

    [Benchmark(Description = "ChineseDates.ParseDetailed 2022年7月7日")]
    public LocalDate LibraryDetailed() => ChineseDates.ParseDetailed(Text).Value;
}
