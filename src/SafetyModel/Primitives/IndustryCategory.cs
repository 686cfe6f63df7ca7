using System;

namespace SafetyModel.Primitives;

/// <summary>
/// A category of GB/T 4754-2017 《国民经济行业分类》 (with its 2019 amendment) that the library ships: a 门类
/// (section, one letter A–T, such as <c>C 制造业</c>) or a 大类 (division, two digits 01–97, such as
/// <c>26 化学原料和化学制品制造业</c>) with the section it belongs to. See <see cref="IndustryClassification"/>.
/// </summary>
/// <remarks>Immutable; equal when the codes are equal. Only the instances of <see cref="IndustryClassification"/> exist.</remarks>
public sealed class IndustryCategory : IEquatable<IndustryCategory>
{
    private readonly IndustryCategory? _section;

    internal IndustryCategory(string code, string chineseName, IndustryCategory? section)
    {
        Code = code;
        ChineseName = chineseName;
        _section = section;
    }

    /// <summary>Gets the code: the 门类 letter (<c>C</c>) or the 大类 digits (<c>26</c>).</summary>
    public string Code { get; }

    /// <summary>Gets the Chinese name as the standard writes it, such as 化学原料和化学制品制造业.</summary>
    public string ChineseName { get; }

    /// <summary>Gets a value indicating whether this is a 门类 (section); otherwise it is a 大类 (division).</summary>
    public bool IsSection => _section is null;

    /// <summary>Gets the 门类 (section) of a 大类, or the section itself.</summary>
    public IndustryCategory Section => _section ?? this;

    /// <inheritdoc />
    public bool Equals(IndustryCategory? other) => other is not null && string.Equals(Code, other.Code, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as IndustryCategory);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <summary>Returns the code and the name: <c>C 制造业</c>.</summary>
    /// <returns>A readable category.</returns>
    public override string ToString() => Code + " " + ChineseName;
}
