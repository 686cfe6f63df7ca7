using System.Globalization;

namespace SafetyModel.Tests;

/// <summary>
/// How many cases a property test tries. The counts written in the tests are what <c>dotnet test</c> and CI run;
/// <c>SAFETYMODEL_PROPERTY_SCALE</c> (a fraction such as <c>0.05</c>) scales them down for runs that execute the
/// suite thousands of times — mutation testing (<c>tools/mutation.sh</c>) — where each mutant needs only a counterexample
/// that the first few cases usually give. Never fewer than 20 cases, unless a test says so.
/// </summary>
internal static class Iterations
{
    private static readonly double Scale = ReadScale();

    /// <summary>The number of cases to try in place of <paramref name="count"/>.</summary>
    /// <param name="count">The number CI tries.</param>
    /// <param name="atLeast">The fewest cases a scaled run tries: 20, or fewer for a test whose every case is costly (a
    /// mutation run pays it for each of thousands of mutants).</param>
    public static int Of(int count, int atLeast = 20) => Scale >= 1 ? count : Math.Max(Math.Min(count, atLeast), (int)(count * Scale));

    private static double ReadScale()
    {
        var text = Environment.GetEnvironmentVariable("SAFETYMODEL_PROPERTY_SCALE");
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var scale) && scale > 0 ? scale : 1;
    }
}
