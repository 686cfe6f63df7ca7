using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace SafetyModel.Diagnostics;

/// <summary>
/// The machine-readable arguments of a diagnostic (a parse note, a parse error or a validation issue), for
/// example <c>{ "total": 7, "partsSum": 12 }</c>: named values that a program can read without parsing the message.
/// </summary>
/// <remarks>
/// <para>
/// Values are normalised when the collection is built, so that they mean the same after a JSON round trip:
/// every integral type, and every whole <see cref="float"/>, <see cref="double"/> or <see cref="decimal"/>, becomes
/// <see cref="long"/>; other <see cref="float"/>, <see cref="double"/> and <see cref="decimal"/> values become
/// <see cref="decimal"/>; <see cref="string"/>, <see cref="bool"/> and
/// <see langword="null"/> stay as they are; an enumeration becomes its published code
/// (<see cref="SafetyModel.Primitives.EnumCodes"/>: <c>HazardStatus.Rectified</c> → <c>rectified</c>), never its C# name; a NodaTime <see cref="LocalDate"/>,
/// <see cref="YearMonth"/>, <see cref="LocalDateTime"/> or <see cref="Instant"/> becomes its ISO 8601 text
/// (<c>2022-07-07</c>); any other <see cref="IFormattable"/> becomes its invariant-culture text; anything else is
/// rejected.
/// </para>
/// <para>
/// Names keep the order in which they were given; equality compares names (ordinal) and values, not order.
/// </para>
/// </remarks>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1710", Justification = "They are the arguments of a diagnostic; the dictionary interface is a convenience.")]
public sealed class DiagnosticArguments : IReadOnlyDictionary<string, object?>, IEquatable<DiagnosticArguments>
{
    private readonly KeyValuePair<string, object?>[] _items;

    /// <summary>Gets an empty argument collection.</summary>
    public static DiagnosticArguments Empty { get; } = new(Array.Empty<KeyValuePair<string, object?>>());

    /// <summary>
    /// Creates an argument collection from name–value pairs.
    /// </summary>
    /// <param name="arguments">The arguments, in the order they should be listed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="arguments"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// A name is null, empty or given twice, or a value is of a type that has no JSON form
    /// (a floating-point NaN or infinity, or an object that is neither a primitive nor <see cref="IFormattable"/>).
    /// </exception>
    public DiagnosticArguments(IEnumerable<KeyValuePair<string, object?>> arguments)
    {
        if (arguments is null)
        {
            throw new ArgumentNullException(nameof(arguments));
        }

        var list = new List<KeyValuePair<string, object?>>();
        foreach (var pair in arguments)
        {
            if (string.IsNullOrEmpty(pair.Key))
            {
                throw new ArgumentException("An argument name must not be null or empty.", nameof(arguments));
            }

            foreach (var existing in list)
            {
                if (string.Equals(existing.Key, pair.Key, StringComparison.Ordinal))
                {
                    throw new ArgumentException($"The argument name '{pair.Key}' is given twice.", nameof(arguments));
                }
            }

            list.Add(new KeyValuePair<string, object?>(pair.Key, Normalize(pair.Key, pair.Value)));
        }

        _items = list.ToArray();
    }

    /// <summary>
    /// Creates an argument collection from name–value tuples.
    /// </summary>
    /// <param name="arguments">The arguments, in the order they should be listed.</param>
    /// <returns>The normalised argument collection.</returns>
    /// <exception cref="ArgumentException">See <see cref="DiagnosticArguments(IEnumerable{KeyValuePair{string, object}})"/>.</exception>
    public static DiagnosticArguments Create(params (string Name, object? Value)[] arguments)
    {
        if (arguments is null)
        {
            throw new ArgumentNullException(nameof(arguments));
        }

        if (arguments.Length == 0)
        {
            return Empty;
        }

        var pairs = new KeyValuePair<string, object?>[arguments.Length];
        for (var i = 0; i < arguments.Length; i++)
        {
            pairs[i] = new KeyValuePair<string, object?>(arguments[i].Name, arguments[i].Value);
        }

        return new DiagnosticArguments(pairs);
    }

    /// <summary>Gets the number of arguments.</summary>
    public int Count => _items.Length;

    /// <summary>Gets the argument names, in order.</summary>
    public IEnumerable<string> Keys
    {
        get
        {
            foreach (var item in _items)
            {
                yield return item.Key;
            }
        }
    }

    /// <summary>Gets the normalised argument values, in order.</summary>
    public IEnumerable<object?> Values
    {
        get
        {
            foreach (var item in _items)
            {
                yield return item.Value;
            }
        }
    }

    /// <summary>Gets the normalised value of the named argument.</summary>
    /// <param name="key">The argument name.</param>
    /// <exception cref="KeyNotFoundException">There is no argument of that name.</exception>
    public object? this[string key] =>
        TryGetValue(key, out var value)
            ? value
            : throw new KeyNotFoundException($"There is no diagnostic argument named '{key}'.");

    /// <inheritdoc />
    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    /// <inheritdoc />
    public bool TryGetValue(string key, out object? value)
    {
        var index = IndexOf(key);
        value = index >= 0 ? _items[index].Value : null;
        return index >= 0;
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() =>
        ((IEnumerable<KeyValuePair<string, object?>>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public bool Equals(DiagnosticArguments? other)
    {
        if (other is null || other.Count != Count)
        {
            return false;
        }

        foreach (var item in _items)
        {
            if (!other.TryGetValue(item.Key, out var otherValue) || !Equals(item.Value, otherValue))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DiagnosticArguments);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        // Order-insensitive: combine the pairs' hashes commutatively.
        var hash = 0;
        foreach (var item in _items)
        {
            hash ^= HashCode.Combine(StringComparer.Ordinal.GetHashCode(item.Key), item.Value);
        }

        return hash;
    }

    /// <summary>Returns the arguments as <c>{ name: value, … }</c> in invariant-culture form.</summary>
    /// <returns>A readable list of the arguments.</returns>
    public override string ToString()
    {
        var parts = new string[_items.Length];
        for (var i = 0; i < _items.Length; i++)
        {
            parts[i] = _items[i].Key + ": " + FormatValue(_items[i].Value);
        }

        return "{ " + string.Join(", ", parts) + " }";
    }

    internal static string FormatValue(object? value) => value switch
    {
        null => "null",
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private int IndexOf(string key)
    {
        for (var i = 0; i < _items.Length; i++)
        {
            if (string.Equals(_items[i].Key, key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>A whole number is a <see cref="long"/>, so that 7, 7.0 and a JSON 7 read back compare equal.</summary>
    private static object Whole(decimal value)
    {
        if (value == decimal.Truncate(value) && value >= long.MinValue && value <= long.MaxValue)
        {
            long whole = (long)value;
            return whole;
        }

        return value;
    }

    private static decimal ToDecimal(string name, double value)
    {
        // decimal spans about ±7.9e28; beyond that (and for NaN and infinities) there is no faithful JSON number here.
        if (double.IsNaN(value) || double.IsInfinity(value) || Math.Abs(value) >= 7.9e28)
        {
            throw new ArgumentException(
                $"The argument '{name}' is {value.ToString(CultureInfo.InvariantCulture)}, which has no exact JSON decimal form.",
                nameof(value));
        }

        return (decimal)value;
    }

    private static object? Normalize(string name, object? value)
    {
        switch (value)
        {
            case null:
            case string:
            case bool:
            case long:
                return value;
            case decimal m:
                return Whole(m);
            case int i: return (long)i;
            case short s: return (long)s;
            case sbyte sb: return (long)sb;
            case byte b: return (long)b;
            case ushort us: return (long)us;
            case uint ui: return (long)ui;
            case char c: return c.ToString();
            case ulong ul when ul <= long.MaxValue: return (long)ul;
            case ulong ul: return (decimal)ul;
            case float f: return Whole(ToDecimal(name, f));
            case double d: return Whole(ToDecimal(name, d));
            case Enum e: return SafetyModel.Primitives.EnumCodes.Kebab(e.ToString());
            case LocalDate date: return LocalDatePattern.Iso.Format(date);
            case YearMonth month: return YearMonthPattern.Iso.Format(month);
            case LocalDateTime dateTime: return LocalDateTimePattern.ExtendedIso.Format(dateTime);
            case Instant instant: return InstantPattern.ExtendedIso.Format(instant);
            case IFormattable f: return f.ToString(null, CultureInfo.InvariantCulture);
            default:
                throw new ArgumentException(
                    $"The argument '{name}' is of type {value.GetType()}, which has no JSON form; pass a string, a number, a Boolean or an IFormattable value.",
                    nameof(value));
        }
    }
}
