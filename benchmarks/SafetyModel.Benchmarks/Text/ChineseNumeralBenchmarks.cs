using System;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using SafetyModel.Text;

namespace SafetyModel.Benchmarks.Text;

/// <summary>
/// Reading numbers: <see cref="ChineseNumerals.TryParse(ReadOnlySpan{char}, out long)"/> on Chinese and Arabic
/// forms, against the peer <see cref="long.TryParse(string, NumberStyles, IFormatProvider, out long)"/> reading
/// the same number in Arabic digits.
/// </summary>
[MemoryDiagnoser]
public class ChineseNumeralBenchmarks
{
    private const string Arabic = "1234567890123";
    private const string Chinese = "一万二千三百四十五亿六千七百八十九万零一百二十三";
    private const string Short = "五百";
    private const string Mixed = "1.5万";

    [Benchmark(Baseline = true, Description = "long.TryParse, Arabic (peer)")]
    public long BclArabic() => long.TryParse(Arabic, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : -1;

    [Benchmark(Description = "ChineseNumerals.TryParse, Arabic")]
    public long LibraryArabic() => ChineseNumerals.TryParse(Arabic.AsSpan(), out var value) ? value : -1;

    [Benchmark(Description = "ChineseNumerals.TryParse, 一万二千三百四十五亿…")]
    public long LibraryChinese() => ChineseNumerals.TryParse(Chinese.AsSpan(), out var value) ? value : -1;

    [Benchmark(Description = "ChineseNumerals.TryParse, 五百")]
    public long LibraryShort() => ChineseNumerals.TryParse(Short.AsSpan(), out var value) ? value : -1;

    [Benchmark(Description = "ChineseNumerals.TryParse, 1.5万")]
    public long LibraryMixed() => ChineseNumerals.TryParse(Mixed.AsSpan(), out var value) ? value : -1;

    [Benchmark(Description = "ChineseNumerals.Format, 1234567890123")]
    public string LibraryFormat() => ChineseNumerals.Format(1_234_567_890_123L);
}
