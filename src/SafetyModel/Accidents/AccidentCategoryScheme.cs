using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;

namespace SafetyModel.Accidents;

/// <summary>
/// A classification scheme of accident categories. <see cref="Gb6441Of1986"/> ships with the library (GB 6441-1986
/// 《企业职工伤亡事故分类》, 20 categories); its successor GB 6441-2025 (in force 2026-07-01) is not confirmed here, so
/// users who need it build it with <see cref="AccidentCategoryScheme(string, IEnumerable{AccidentCategory})"/>.
/// </summary>
public sealed class AccidentCategoryScheme
{
    private readonly AccidentCategory[] _categories;
    private readonly Dictionary<string, AccidentCategory> _byCode;

    /// <summary>Creates a scheme.</summary>
    /// <param name="name">The scheme's name, such as <c>GB 6441-2025</c>.</param>
    /// <param name="categories">The categories, all of this scheme, with unique codes.</param>
    /// <exception cref="ArgumentException">A category belongs to another scheme, or two share a code.</exception>
    public AccidentCategoryScheme(string name, IEnumerable<AccidentCategory> categories)
    {
        Name = string.IsNullOrWhiteSpace(name) ? throw new ArgumentException("A scheme needs a name.", nameof(name)) : name;
        _categories = (categories ?? throw new ArgumentNullException(nameof(categories))).ToArray();
        _byCode = new Dictionary<string, AccidentCategory>(StringComparer.Ordinal);
        foreach (var category in _categories)
        {
            if (category is null || !string.Equals(category.Scheme, name, StringComparison.Ordinal))
            {
                throw new ArgumentException($"Every category of {name} must belong to it.", nameof(categories));
            }

            if (_byCode.ContainsKey(category.Code))
            {
                throw new ArgumentException($"{name} has two categories with the code {category.Code}.", nameof(categories));
            }

            _byCode.Add(category.Code, category);
        }
    }

    /// <summary>Gets GB 6441-1986: 01 物体打击 … 20 其他伤害.</summary>
    public static AccidentCategoryScheme Gb6441Of1986 { get; } = new("GB 6441-1986", new[]
    {
        ("01", "物体打击", "struck by object"), ("02", "车辆伤害", "vehicle injury"), ("03", "机械伤害", "machinery injury"),
        ("04", "起重伤害", "lifting injury"), ("05", "触电", "electric shock"), ("06", "淹溺", "drowning"),
        ("07", "灼烫", "burn or scald"), ("08", "火灾", "fire"), ("09", "高处坠落", "fall from height"),
        ("10", "坍塌", "collapse"), ("11", "冒顶片帮", "roof fall and rib spalling"), ("12", "透水", "water inrush"),
        ("13", "放炮", "blasting"), ("14", "火药爆炸", "gunpowder explosion"), ("15", "瓦斯爆炸", "firedamp explosion"),
        ("16", "锅炉爆炸", "boiler explosion"), ("17", "容器爆炸", "pressure vessel explosion"), ("18", "其他爆炸", "other explosion"),
        ("19", "中毒和窒息", "poisoning and asphyxiation"), ("20", "其他伤害", "other injury"),
    }.Select(c => new AccidentCategory("GB 6441-1986", c.Item1, c.Item2, c.Item3)));

    /// <summary>Gets the scheme's name.</summary>
    public string Name { get; }

    /// <summary>Gets the categories, in code order as given.</summary>
    public IReadOnlyList<AccidentCategory> Categories => _categories;

    /// <summary>Finds a category by its code.</summary>
    /// <param name="code">The code, such as <c>08</c>.</param>
    /// <param name="category">The category, or <see langword="null"/>.</param>
    /// <returns>Whether the scheme has that code.</returns>
    public bool TryGet(string? code, [NotNullWhen(true)] out AccidentCategory? category)
    {
        category = null;
        return code is not null && _byCode.TryGetValue(code, out category);
    }

    /// <summary>Finds a category by its Chinese name, such as 火灾.</summary>
    /// <param name="chineseName">The name.</param>
    /// <param name="category">The category, or <see langword="null"/>.</param>
    /// <returns>Whether the scheme has a category of that name.</returns>
    public bool TryGetByName(string? chineseName, [NotNullWhen(true)] out AccidentCategory? category)
    {
        category = _categories.FirstOrDefault(c => string.Equals(c.ChineseName, chineseName, StringComparison.Ordinal));
        return category is not null;
    }

    /// <summary>Returns the name and the number of categories.</summary>
    /// <returns>A readable description.</returns>
    public override string ToString() => $"{Name} ({_categories.Length} categories)";
}
