using System;
using System.Collections.Generic;
using System.Linq;

namespace SafetyModel.Primitives;

/// <summary>
/// Names for division codes, supplied by the user (the NBS list changes every year and is not shipped): which code is
/// 乌兰陶勒盖镇, which are the towns of 乌审旗. Aggregation uses it to label rows; validation to check that a code is
/// known. <see cref="SampleWushenBanner"/> is a small sample for tests and samples (DOMAIN.md §5, 2023 edition).
/// </summary>
/// <remarks>Immutable: <see cref="With"/> returns a new registry. Codes are looked up without their edition.</remarks>
public sealed class DivisionRegistry
{
    private readonly SortedDictionary<DivisionCode, string> _names;

    /// <summary>Creates a registry from codes and names.</summary>
    /// <param name="entries">The codes and their names; a code may appear once.</param>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> or a name is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A code appears twice, is the default code, or a name is empty.</exception>
    public DivisionRegistry(IEnumerable<KeyValuePair<DivisionCode, string>> entries)
    {
        if (entries is null)
        {
            throw new ArgumentNullException(nameof(entries));
        }

        _names = new SortedDictionary<DivisionCode, string>();
        foreach (var entry in entries)
        {
            Add(_names, entry.Key, entry.Value);
        }
    }

    private DivisionRegistry(SortedDictionary<DivisionCode, string> names) => _names = names;

    /// <summary>Gets an empty registry.</summary>
    public static DivisionRegistry Empty { get; } = new(Array.Empty<KeyValuePair<DivisionCode, string>>());

    /// <summary>
    /// Gets a sample: 内蒙古自治区 (15), 鄂尔多斯市 (1506), 乌审旗 (150626) and its towns 嘎鲁图镇, 乌审召镇, 图克镇,
    /// 乌兰陶勒盖镇, 无定河镇 and 苏力德苏木, from the 2023 edition.
    /// </summary>
    public static DivisionRegistry SampleWushenBanner { get; } = new(new[]
    {
        Entry("15", "内蒙古自治区"),
        Entry("1506", "鄂尔多斯市"),
        Entry("150626", "乌审旗"),
        Entry("150626100", "嘎鲁图镇"),
        Entry("150626101", "乌审召镇"),
        Entry("150626102", "图克镇"),
        Entry("150626103", "乌兰陶勒盖镇"),
        Entry("150626104", "无定河镇"),
        Entry("150626200", "苏力德苏木"),
    });

    /// <summary>Gets the number of codes.</summary>
    public int Count => _names.Count;

    /// <summary>Gets the codes, in order (a parent before its children).</summary>
    public IEnumerable<DivisionCode> Codes => _names.Keys;

    /// <summary>Returns a registry with one more code.</summary>
    /// <param name="code">The code.</param>
    /// <param name="name">Its name.</param>
    /// <returns>The new registry.</returns>
    /// <exception cref="ArgumentException">The code is already named, is the default code, or the name is empty.</exception>
    public DivisionRegistry With(DivisionCode code, string name)
    {
        var names = new SortedDictionary<DivisionCode, string>(_names);
        Add(names, code, name);
        return new DivisionRegistry(names);
    }

    /// <summary>Returns whether a code is named (its edition ignored).</summary>
    /// <param name="code">The code.</param>
    /// <returns>Whether the registry knows it.</returns>
    public bool Contains(DivisionCode code) => _names.ContainsKey(code.WithEdition(null));

    /// <summary>Gets the name of a code (its edition ignored).</summary>
    /// <param name="code">The code.</param>
    /// <param name="name">The name, or <see langword="null"/>.</param>
    /// <returns>Whether the registry knows the code.</returns>
    public bool TryGetName(DivisionCode code, out string? name) => _names.TryGetValue(code.WithEdition(null), out name);

    /// <summary>Gets the name of a code, or the code itself when the registry does not know it.</summary>
    /// <param name="code">The code.</param>
    /// <returns>A label for the code.</returns>
    public string NameOrCode(DivisionCode code) => TryGetName(code, out var name) ? name! : code.ShortCode;

    /// <summary>Gets the registered divisions one level below a code.</summary>
    /// <param name="code">The parent code.</param>
    /// <returns>The children, in order.</returns>
    public IEnumerable<DivisionCode> ChildrenOf(DivisionCode code) =>
        _names.Keys.Where(c => c.Parent is { } parent && parent == code.WithEdition(null));

    /// <summary>Returns the number of codes.</summary>
    /// <returns>A readable description.</returns>
    public override string ToString() => Count == 1 ? "1 division" : $"{Count} divisions";

    private static KeyValuePair<DivisionCode, string> Entry(string code, string name) => new(DivisionCode.Parse(code.PadRight(6, '0')), name);

    private static void Add(SortedDictionary<DivisionCode, string> names, DivisionCode code, string name)
    {
        if (name is null)
        {
            throw new ArgumentNullException(nameof(name));
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException($"The name of {code.Code} must not be empty.", nameof(name));
        }

        if (code == default)
        {
            throw new ArgumentException("The default (empty) division code cannot be named.", nameof(code));
        }

        var key = code.WithEdition(null);
        if (names.ContainsKey(key))
        {
            throw new ArgumentException($"{key.Code} is named twice.", nameof(code));
        }

        names.Add(key, name);
    }
}
