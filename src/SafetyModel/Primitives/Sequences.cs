using System;
using System.Collections.Generic;
using System.Linq;

namespace SafetyModel.Primitives;

/// <summary>Copies and compares the collections immutable model types hold.</summary>
internal static class Sequences
{
    /// <summary>Copies a sequence into an array the model owns; null becomes empty; a null item is refused.</summary>
    public static T[] Copy<T>(IEnumerable<T>? values, string name)
    {
        var array = values?.ToArray() ?? Array.Empty<T>();
        foreach (var value in array)
        {
            if (value is null)
            {
                throw new ArgumentNullException(name, $"{name} holds no null item.");
            }
        }

        return array;
    }

    /// <summary>Compares two collections item by item (strings ordinally).</summary>
    public static bool Equal<T>(IReadOnlyList<T> left, IReadOnlyList<T> right) =>
        typeof(T) == typeof(string)
            ? ((IEnumerable<string>)left).SequenceEqual((IEnumerable<string>)right, StringComparer.Ordinal)
            : left.SequenceEqual(right);
}
