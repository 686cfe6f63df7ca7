using System.Globalization;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using SafetyModel.Primitives;

namespace SafetyModel.Benchmarks.Primitives;

/// <summary>
/// Reading <c>500余份</c>: <see cref="Quantity.ParseDetailed"/> against the peer a developer would write first, a
/// compiled <see cref="Regex"/> that splits number, 余 and unit and <see cref="decimal.Parse(string, IFormatProvider)"/>
/// (which reads Arabic digits only and keeps no interval, qualifier or notes).
/// </summary>
[MemoryDiagnoser]
public partial class QuantityBenchmarks
{
    private const string Text = "500余份";

    [GeneratedRegex(@"^(\d+(?:\.\d+)?)(余|多)?(\D*)$")]
    private static partial Regex Figure();

    [Benchmark(Baseline = true, Description = "compiled Regex + decimal.Parse (peer)")]
    public (decimal, bool, string) Regex()
    {
        var match = Figure().Match(Text);
        return (decimal.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), match.Groups[2].Success, match.Groups[3].Value);
    }

    [Benchmark(Description = "Quantity.ParseDetailed 500余份")]
    public Quantity Library() => Quantity.ParseDetailed(Text).Value;

    [Benchmark(Description = "Quantity.ParseDetailed 十七八个")]
    public Quantity LibraryRange() => Quantity.ParseDetailed("十七八个").Value;

    [Benchmark(Description = "Quantity sum 16份 + 500余份")]
    public Quantity Sum() => Quantity.Exact(16, QuantityUnit.Copy).Add(Quantity.MoreThan(500, QuantityUnit.Copy));
}
