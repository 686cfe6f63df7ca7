using System.Linq;

namespace SafetyModel.Benchmarks.Aggregation;

/// <summary>
/// The physical limit the batch scan is held to: one pass reading as many bytes a record as the scan reads (division,
/// month, types mask and two measure columns: 24 bytes), summing them — memory bandwidth, no grouping.
/// </summary>
internal sealed class FloorPass
{
    private readonly int[][] _columns;
    private readonly ulong[] _masks;

    public FloorPass(int count)
    {
        _columns = Enumerable.Range(0, 4).Select(c => Enumerable.Range(0, count).Select(i => (i * 7) + c).ToArray()).ToArray();
        _masks = Enumerable.Range(0, count).Select(i => (ulong)i).ToArray();
    }

    public long Run()
    {
        var (a, b, c, d, e) = (_columns[0], _columns[1], _columns[2], _columns[3], _masks);
        long sum = 0;
        for (var i = 0; i < a.Length; i++)
        {
            sum += a[i] + b[i] + c[i] + d[i] + (long)e[i];
        }

        return sum;
    }
}
