using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using SafetyModel.Contract;
using SafetyModel.Diagnostics;
using SafetyModel.Primitives;

namespace SafetyModel.Work;

/// <summary>
/// 监管类别, how closely a supervised unit (生产经营单位) is supervised — 分类分级监管, which provinces and counties set
/// themselves (重点监管 / 一般监管, or their own grades).
/// An open list (see <see cref="IExtensibleEnum"/>): a town's own kinds are kept as given.
/// </summary>
[ContractList("supervision category")]
public readonly struct SupervisionCategory : IExtensibleEnum, IEquatable<SupervisionCategory>
{
    private static readonly ExtensibleEnumCatalog<SupervisionCategory> Catalog = new(entry => new SupervisionCategory(entry));

    private readonly ExtensibleEnumEntry? _entry;

    private SupervisionCategory(ExtensibleEnumEntry entry) => _entry = entry;

    /// <summary>重点监管 — key supervision (high-risk units, checked most often).</summary>
    public static SupervisionCategory Key { get; } = Catalog.Define("key", "重点监管", "key supervision", "重点监管单位");

    /// <summary>一般监管 — general supervision.</summary>
    public static SupervisionCategory General { get; } = Catalog.Define("general", "一般监管", "general supervision", "一般监管单位");

    /// <summary>构成重大危险源 — a unit with a major hazard installation (GB 18218 危险化学品重大危险源).</summary>
    public static SupervisionCategory MajorHazardInstallation { get; } = Catalog.Define("major-hazard-installation", "重大危险源单位", "major hazard installation", "重大危险源");

    /// <summary>Gets the well-known values, in the order listed in this type.</summary>
    public static IReadOnlyList<SupervisionCategory> KnownValues => Catalog.Known;

    /// <inheritdoc />
    public string Code => _entry?.Code ?? string.Empty;

    /// <inheritdoc />
    public string ChineseName => _entry?.ChineseName ?? string.Empty;

    /// <inheritdoc />
    public string EnglishName => _entry?.EnglishName ?? string.Empty;

    /// <inheritdoc />
    public bool IsKnown => _entry?.IsKnown ?? false;

    /// <summary>Gets the value with a code: the well-known one, or an unknown value that keeps <paramref name="code"/> as given.</summary>
    /// <param name="code">The code, such as <c>key</c>.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is empty or white space.</exception>
    public static SupervisionCategory FromCode(string code) => Catalog.FromCode(code, nameof(code));

    /// <summary>Finds a well-known value by its code, its Chinese name, its English name (case-insensitive) or another accepted name.</summary>
    /// <param name="name">The name.</param>
    /// <param name="value">The value found, or the default.</param>
    /// <returns>Whether a well-known value has that name.</returns>
    public static bool TryFromName(string? name, out SupervisionCategory value) => Catalog.TryFromName(name, out value);

    /// <inheritdoc />
    public bool Equals(SupervisionCategory other) => string.Equals(Code, other.Code, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is SupervisionCategory other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <summary>Returns the Chinese name, or the code of an unknown value.</summary>
    /// <returns>The Chinese name.</returns>
    public override string ToString() => ChineseName;

    /// <summary>Compares two values by code.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether the codes are equal.</returns>
    public static bool operator ==(SupervisionCategory left, SupervisionCategory right) => left.Equals(right);

    /// <summary>Compares two values by code.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether the codes differ.</returns>
    public static bool operator !=(SupervisionCategory left, SupervisionCategory right) => !left.Equals(right);
}
