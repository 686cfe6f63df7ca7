using System;
using System.Globalization;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using SafetyModel.Diagnostics;
using SafetyModel.Documents;

namespace SafetyModel.Benchmarks.Documents;

/// <summary>
/// Reading <c>乌兰镇政函〔2022〕297号</c>: <see cref="DocumentNumber.TryParseStrict"/> and the detailed forms, against
/// the peer a developer would write, a compiled <see cref="Regex"/> doing the same strict match and capturing the
/// three components.
/// </summary>
[MemoryDiagnoser]
public class DocumentNumberBenchmarks
{
    private const string Canonical = "乌兰镇政函〔2022〕297号";
    private const string Variant = "乌兰镇政函[2022]第0297号";

    private static readonly Regex Strict = new(@"^([^\s〔〕\[\]()（）【】［］0-9]+)〔([1-9][0-9]{3})〕([1-9][0-9]{0,8})号$", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    [Benchmark(Baseline = true, Description = "compiled Regex, strict (peer)")]
    public (string, int, int) Regex()
    {
        var match = Strict.Match(Canonical);
        return (match.Groups[1].Value, int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture));
    }

    [Benchmark(Description = "DocumentNumber.TryParseStrict")]
    public DocumentNumber TryParseStrict() => DocumentNumber.TryParseStrict(Canonical.AsSpan(), out var number) ? number : default;

    [Benchmark(Description = "DocumentNumber.ParseStrict (ParseResult)")]
    public DocumentNumber ParseStrict() => DocumentNumber.ParseStrict(Canonical).Value;

    [Benchmark(Description = "DocumentNumber.ParseLenient, canonical")]
    public DocumentNumber ParseLenient() => DocumentNumber.ParseLenient(Canonical).Value;

    [Benchmark(Description = "DocumentNumber.ParseLenient, [2022]第0297号")]
    public DocumentNumber ParseLenientVariant() => DocumentNumber.ParseLenient(Variant).Value;
}
