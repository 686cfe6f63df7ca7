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
        if (values is Handover<T> handover)
        {
            return handover.Items; // made by a reader of this library, checked there and referenced nowhere else
        }

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

    /// <summary>
    /// An array a reader of this library built, checked (no null item) and hands over to a model object: <see cref="Copy{T}"/>
    /// takes it without copying, since no one else holds it. Never given out to users.
    /// </summary>
    internal sealed class Handover<T> : IReadOnlyList<T>
    {
        public Handover(T[] items) => Items = items;

        public T[] Items { get; }

        public int Count => Items.Length;

        public T this[int index] => Items[index];

        public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)Items).GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => Items.GetEnumerator();
    }
}
