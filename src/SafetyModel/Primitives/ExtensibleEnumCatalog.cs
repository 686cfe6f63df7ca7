using System;
using System.Collections.Generic;

namespace SafetyModel.Primitives;

/// <summary>
/// One entry of an open code list: the code and its names. Shared by reference between equal values, so an
/// extensible-enum struct is one pointer wide.
/// </summary>
internal sealed class ExtensibleEnumEntry
{
    public ExtensibleEnumEntry(string code, string chineseName, string englishName, bool isKnown, string[] aliases)
    {
        Code = code;
        ChineseName = chineseName;
        EnglishName = englishName;
        IsKnown = isKnown;
        Aliases = aliases;
    }

    public string Code { get; }

    public string ChineseName { get; }

    public string EnglishName { get; }

    public bool IsKnown { get; }

    public string[] Aliases { get; }
}

/// <summary>
/// The well-known values of one extensible enum, and the lookups every such struct offers. Each struct holds one
/// static catalogue and defines its well-known values through <see cref="Define"/>, in declaration order.
/// </summary>
/// <typeparam name="T">The extensible-enum struct.</typeparam>
internal sealed class ExtensibleEnumCatalog<T>
    where T : struct, IExtensibleEnum
{
    private readonly Func<ExtensibleEnumEntry, T> _wrap;
    private readonly List<T> _known = new();
    private readonly Dictionary<string, T> _byCode = new(StringComparer.Ordinal);
    private readonly Dictionary<string, T> _byName = new(StringComparer.OrdinalIgnoreCase);

    public ExtensibleEnumCatalog(Func<ExtensibleEnumEntry, T> wrap) => _wrap = wrap;

    /// <summary>Gets the well-known values, in the order they were defined.</summary>
    public IReadOnlyList<T> Known => _known;

    /// <summary>Defines a well-known value. Names and aliases are matched by <see cref="TryFromName"/>.</summary>
    public T Define(string code, string chineseName, string englishName, params string[] aliases)
    {
        var value = _wrap(new ExtensibleEnumEntry(code, chineseName, englishName, isKnown: true, aliases));
        _byCode.Add(code, value);
        _known.Add(value);
        AddName(code, value);
        AddName(chineseName, value);
        AddName(englishName, value);
        foreach (var alias in aliases)
        {
            AddName(alias, value);
        }

        return value;
    }

    /// <summary>The value for a code: the well-known one, or a new unknown value that keeps the code as given.</summary>
    public T FromCode(string code, string parameterName)
    {
        ValidateCode(code, parameterName);
        return _byCode.TryGetValue(code, out var known)
            ? known
            : _wrap(new ExtensibleEnumEntry(code, code, code, isKnown: false, Array.Empty<string>()));
    }

    /// <summary>Finds a well-known value by code, Chinese name, English name (case-insensitive) or alias.</summary>
    public bool TryFromName(string? name, out T value)
    {
        if (name is not null && _byName.TryGetValue(name, out value))
        {
            return true;
        }

        value = default;
        return false;
    }

    private void AddName(string name, T value)
    {
        // The first definition wins a shared name; codes are unique by construction (Add throws otherwise).
        if (!_byName.ContainsKey(name))
        {
            _byName.Add(name, value);
        }
    }

    internal static void ValidateCode(string code, string parameterName)
    {
        if (code is null)
        {
            throw new ArgumentNullException(parameterName);
        }

        if (string.IsNullOrWhiteSpace(code))
        {
            throw new ArgumentException(
                $"A {typeof(T).Name} code must not be empty or white space; use default({typeof(T).Name}) for \"not given\".",
                parameterName);
        }
    }
}
