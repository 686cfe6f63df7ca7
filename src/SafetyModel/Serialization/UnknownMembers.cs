using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace SafetyModel.Serialization;

/// <summary>
/// The members a reader met that the contract does not define, kept beside the model object they were read with and
/// written back with it. The model stays free of JSON; the objects are immutable, so what is kept stays true.
/// </summary>
internal static class UnknownMembers
{
    private static readonly ConditionalWeakTable<object, KeyValuePair<string, JsonElement>[]> Table = new();

    // Until a process has read an unknown member, no object has any: writers skip the table lookup.
    private static volatile bool _anyKept;

    /// <summary>Gets whether any object of this process has been given unknown members.</summary>
    public static bool AnyKept => _anyKept;

    public static KeyValuePair<string, JsonElement>[] Get(object value) =>
        _anyKept && Table.TryGetValue(value, out var members) ? members : Array.Empty<KeyValuePair<string, JsonElement>>();

    public static void Set(object value, KeyValuePair<string, JsonElement>[] members)
    {
        if (members.Length > 0)
        {
            _anyKept = true;
        }

        if (!_anyKept)
        {
            return;
        }

        Table.Remove(value);
        if (members.Length > 0)
        {
            Table.Add(value, members);
        }
    }
}
