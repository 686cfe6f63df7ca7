using System.Threading;

namespace Xunit;

/// <summary>
/// Stands in for xUnit v3's <c>TestContext</c>, the only v3 API the shared tests use: no cancellation, no output.
/// </summary>
internal sealed class TestContext
{
    private TestContext()
    {
    }

    public static TestContext Current { get; } = new();

#pragma warning disable CA1822 // instance members, as in xUnit v3
    public CancellationToken CancellationToken => CancellationToken.None;

    public TestOutput? TestOutputHelper => null;

    internal sealed class TestOutput
    {
        public void WriteLine(string message)
        {
        }
    }
#pragma warning restore CA1822
}
