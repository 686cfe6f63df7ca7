using System;
using SafetyModel.Contract;
using SafetyModel.Diagnostics;

namespace SafetyModel.Accidents;

/// <summary>
/// A category of accident in a versioned classification scheme — <c>01 物体打击</c> of GB 6441-1986 — so that the
/// successor list (GB 6441-2025, about 27 categories) can live beside it. Equal when scheme and code are equal.
/// </summary>
[ContractObject]
public sealed class AccidentCategory : IEquatable<AccidentCategory>
{
    /// <summary>Creates a category.</summary>
    /// <param name="scheme">The scheme, such as <c>GB 6441-1986</c>.</param>
    /// <param name="code">The code within the scheme, such as <c>01</c>.</param>
    /// <param name="chineseName">The Chinese name, such as 物体打击.</param>
    /// <param name="englishName">The English name.</param>
    /// <exception cref="ArgumentException">A part is null or empty.</exception>
    public AccidentCategory(string scheme, string code, string chineseName, string englishName)
    {
        Scheme = Require(scheme, nameof(scheme));
        Code = Require(code, nameof(code));
        ChineseName = Require(chineseName, nameof(chineseName));
        EnglishName = Require(englishName, nameof(englishName));
    }

    /// <summary>Gets the scheme, such as <c>GB 6441-1986</c>.</summary>
    [ContractMember("scheme", Required = true)]
    public string Scheme { get; }

    /// <summary>Gets the code within the scheme.</summary>
    [ContractMember("code", Required = true)]
    public string Code { get; }

    /// <summary>Gets the Chinese name.</summary>
    [ContractMember("chineseName", Required = true)]
    public string ChineseName { get; }

    /// <summary>Gets the English name.</summary>
    [ContractMember("englishName", Required = true)]
    public string EnglishName { get; }

    /// <inheritdoc />
    public bool Equals(AccidentCategory? other) =>
        other is not null && string.Equals(Scheme, other.Scheme, StringComparison.Ordinal) && string.Equals(Code, other.Code, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as AccidentCategory);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Scheme), StringComparer.Ordinal.GetHashCode(Code));

    /// <summary>Returns <c>GB 6441-1986 01 物体打击</c>.</summary>
    /// <returns>A readable category.</returns>
    public override string ToString() => Scheme + " " + Code + " " + ChineseName;

    private static string Require(string value, string name) =>
        string.IsNullOrWhiteSpace(value) ? throw new ArgumentException($"The {name} of an accident category must not be empty.", name) : value;
}
