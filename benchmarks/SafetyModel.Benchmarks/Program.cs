using BenchmarkDotNet.Running;

namespace SafetyModel.Benchmarks;

/// <summary>
/// Runs the benchmarks. Examples:
/// <c>dotnet run -c Release --project benchmarks/SafetyModel.Benchmarks -- --filter '*'</c>;
/// <c>... -- --filter '*JsonPointer*' --job short</c>.
/// </summary>
internal static class Program
{
    private static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
