// Records and init accessors on netstandard2.0, where the compiler needs this type and the framework lacks it.
namespace System.Runtime.CompilerServices;

internal static class IsExternalInit
{
}
