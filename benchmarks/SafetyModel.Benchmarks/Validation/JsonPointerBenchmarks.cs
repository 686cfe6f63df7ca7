using System;
using BenchmarkDotNet.Attributes;
using SafetyModel.Diagnostics;
using SafetyModel.Validation;

namespace SafetyModel.Benchmarks.Validation;

/// <summary>
/// Building the path of a validation issue: <see cref="JsonPointer.Append(string)"/> against the naive peer,
/// string concatenation with the RFC 6901 escapes done by <see cref="string.Replace(string, string)"/>.
/// </summary>
[MemoryDiagnoser]
public class JsonPointerBenchmarks
{
    private static readonly string[] Members = { "statedFigures", "3", "quantity", "unit" };

    [Benchmark(Baseline = true, Description = "string concat + Replace (peer)")]
    public string Concatenate()
    {
        var text = string.Empty;
        foreach (var member in Members)
        {
            text = text + "/" + member.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
        }

        return text;
    }

    [Benchmark(Description = "JsonPointer.Append")]
    public JsonPointer Append()
    {
        var pointer = JsonPointer.Root;
        foreach (var member in Members)
        {
            pointer = pointer.Append(member);
        }

        return pointer;
    }
}
