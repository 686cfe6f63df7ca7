using System;
using System.Collections.Generic;
using System.Text.Json;
using SafetyModel.Text;

namespace SafetyModel.Serialization;

/// <summary>
/// The unknown members read on one object, in the order read, with a check for a name read twice (SM8009) that
/// stays linear however many members an object carries: a scan while they are few, a hash set once they are more.
/// </summary>
internal sealed class UnknownMemberList : List<KeyValuePair<string, JsonElement>>
{
    private const int ScanLimit = 8;

    private HashSet<string>? _names;

    /// <summary>Returns whether a member of this name has been read.</summary>
    public bool Has(string name)
    {
        if (_names is null)
        {
            if (Count < ScanLimit)
            {
                foreach (var member in this)
                {
                    WorkMeter.Step();
                    if (string.Equals(member.Key, name, StringComparison.Ordinal))
                    {
                        return true;
                    }
                }

                return false;
            }

            _names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var member in this)
            {
                WorkMeter.Step();
                _names.Add(member.Key);
            }
        }

        WorkMeter.Step();
        return _names.Contains(name);
    }

    /// <summary>Adds a member read.</summary>
    public void Add(string name, JsonElement value)
    {
        Add(new KeyValuePair<string, JsonElement>(name, value));
        _names?.Add(name);
    }
}
