using SafetyModel.Primitives;

namespace TownSystem;

/// <summary>
/// The records posted so far, kept in memory for the life of the process (a sample: a town's system keeps them in its
/// own database). Safe for concurrent requests.
/// </summary>
public sealed class RecordStore
{
    private readonly Lock _gate = new();
    private readonly List<IRecord> _records = new();

    /// <summary>Adds records.</summary>
    /// <param name="records">The records.</param>
    public void Add(IEnumerable<IRecord> records)
    {
        lock (_gate)
        {
            _records.AddRange(records);
        }
    }

    /// <summary>Gets a copy of the records posted so far.</summary>
    /// <returns>The records.</returns>
    public IRecord[] Snapshot()
    {
        lock (_gate)
        {
            return _records.ToArray();
        }
    }
}
