using System.Diagnostics;

namespace SafetyModel.Text;

/// <summary>
/// Counts the steps the parsers take — loop iterations and characters scanned — on the current thread, so that tests
/// can check that work grows linearly with the input by counting, not by timing. The calls exist only in a build with
/// <c>SAFETYMODEL_COUNT_WORK</c> (<c>CountWork=true</c>); the package's builds compile them away.
/// </summary>
internal static class WorkMeter
{
#if SAFETYMODEL_COUNT_WORK
    [System.ThreadStatic]
    private static long t_steps;

    /// <summary>Gets the steps counted on this thread since the last <see cref="Reset"/>.</summary>
    public static long Steps => t_steps;

    /// <summary>Gets whether this build counts.</summary>
    public static bool IsCounting => true;

    /// <summary>Starts counting from zero on this thread.</summary>
    public static void Reset() => t_steps = 0;
#else
    /// <summary>Gets the steps counted; always 0 in a build that does not count.</summary>
    public static long Steps => 0;

    /// <summary>Gets whether this build counts.</summary>
    public static bool IsCounting => false;

    /// <summary>Does nothing in a build that does not count.</summary>
    public static void Reset()
    {
    }
#endif

    /// <summary>Counts one step, or <paramref name="steps"/> (characters a scan passed over).</summary>
    /// <param name="steps">The number of steps; negative values count nothing.</param>
    [Conditional("SAFETYMODEL_COUNT_WORK")]
    public static void Step(int steps = 1)
    {
#if SAFETYMODEL_COUNT_WORK
        if (steps > 0)
        {
            t_steps += steps;
        }
#endif
    }
}
