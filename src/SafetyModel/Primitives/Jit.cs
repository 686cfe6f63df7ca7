using System.Runtime.CompilerServices;

namespace SafetyModel.Primitives;

/// <summary>Method attributes for hot loops that every target framework compiles.</summary>
internal static class Jit
{
    /// <summary>
    /// <c>MethodImplOptions.AggressiveOptimization</c> (0x200, .NET Core 3.0+; not in netstandard2.0, where the runtime
    /// ignores it): the method is compiled fully optimized at once rather than after a warm-up in lower tiers — for a
    /// loop that does all its work in one call, such as reading a file.
    /// </summary>
    public const MethodImplOptions Optimized = (MethodImplOptions)0x200;
}
