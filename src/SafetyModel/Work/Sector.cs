using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using SafetyModel.Contract;
using SafetyModel.Diagnostics;
using SafetyModel.Primitives;

namespace SafetyModel.Work;

/// <summary>
/// 行业领域, a sector or focus area of work-safety supervision (重点行业和领域).
/// An open list (see <see cref="IExtensibleEnum"/>): a town's own kinds are kept as given.
/// </summary>
[ContractList("sector")]
public readonly struct Sector : IExtensibleEnum, IEquatable<Sector>
{
    private static readonly ExtensibleEnumCatalog<Sector> Catalog = new(entry => new Sector(entry));

    private readonly ExtensibleEnumEntry? _entry;

    private Sector(ExtensibleEnumEntry entry) => _entry = entry;

    /// <summary>建筑施工 — construction.</summary>
    public static Sector Construction { get; } = Catalog.Define("construction", "建筑施工", "construction", "建筑");

    /// <summary>道路交通 — road traffic.</summary>
    public static Sector RoadTraffic { get; } = Catalog.Define("road-traffic", "道路交通", "road traffic");

    /// <summary>水上交通 — water transport.</summary>
    public static Sector WaterTransport { get; } = Catalog.Define("water-transport", "水上交通", "water transport");

    /// <summary>消防 — fire safety.</summary>
    public static Sector FireSafety { get; } = Catalog.Define("fire-safety", "消防", "fire safety");

    /// <summary>非煤矿山 — non-coal mining.</summary>
    public static Sector NonCoalMining { get; } = Catalog.Define("non-coal-mining", "非煤矿山", "non-coal mining");

    /// <summary>煤矿 — coal mining.</summary>
    public static Sector CoalMining { get; } = Catalog.Define("coal-mining", "煤矿", "coal mining");

    /// <summary>烟花爆竹 — fireworks.</summary>
    public static Sector Fireworks { get; } = Catalog.Define("fireworks", "烟花爆竹", "fireworks");

    /// <summary>危险化学品 — hazardous chemicals.</summary>
    public static Sector HazardousChemicals { get; } = Catalog.Define("hazardous-chemicals", "危险化学品", "hazardous chemicals", "危化品");

    /// <summary>油气管道 — oil and gas pipelines.</summary>
    public static Sector OilAndGasPipelines { get; } = Catalog.Define("oil-and-gas-pipelines", "油气管道", "oil and gas pipelines", "天然气管道");

    /// <summary>工贸 — industry and trade.</summary>
    public static Sector IndustryAndTrade { get; } = Catalog.Define("industry-and-trade", "工贸", "industry and trade", "工矿商贸");

    /// <summary>特种设备 — special equipment.</summary>
    public static Sector SpecialEquipment { get; } = Catalog.Define("special-equipment", "特种设备", "special equipment");

    /// <summary>学校 — schools.</summary>
    public static Sector Education { get; } = Catalog.Define("education", "学校", "schools", "校园");

    /// <summary>食品 — food.</summary>
    public static Sector Food { get; } = Catalog.Define("food", "食品", "food", "饮食卫生");

    /// <summary>集市 — markets and fairs.</summary>
    public static Sector Markets { get; } = Catalog.Define("markets", "集市", "markets and fairs");

    /// <summary>农牧业 — farming and herding.</summary>
    public static Sector Agriculture { get; } = Catalog.Define("agriculture", "农牧业", "farming and herding", "农业机械");

    /// <summary>草原防火 — grassland fire prevention.</summary>
    public static Sector Grassland { get; } = Catalog.Define("grassland", "草原防火", "grassland fire prevention", "森林草原防火");

    /// <summary>防汛 — flood control.</summary>
    public static Sector FloodControl { get; } = Catalog.Define("flood-control", "防汛", "flood control", "防洪");

    /// <summary>Gets the well-known values, in the order listed in this type.</summary>
    public static IReadOnlyList<Sector> KnownValues => Catalog.Known;

    /// <inheritdoc />
    public string Code => _entry?.Code ?? string.Empty;

    /// <inheritdoc />
    public string ChineseName => _entry?.ChineseName ?? string.Empty;

    /// <inheritdoc />
    public string EnglishName => _entry?.EnglishName ?? string.Empty;

    /// <inheritdoc />
    public bool IsKnown => _entry?.IsKnown ?? false;

    /// <summary>Gets the value with a code: the well-known one, or an unknown value that keeps <paramref name="code"/> as given.</summary>
    /// <param name="code">The code, such as <c>non-coal-mining</c>.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is empty or white space.</exception>
    public static Sector FromCode(string code) => Catalog.FromCode(code, nameof(code));

    /// <summary>Finds a well-known value by its code, its Chinese name, its English name (case-insensitive) or another accepted name.</summary>
    /// <param name="name">The name.</param>
    /// <param name="value">The value found, or the default.</param>
    /// <returns>Whether a well-known value has that name.</returns>
    public static bool TryFromName(string? name, out Sector value) => Catalog.TryFromName(name, out value);

    /// <inheritdoc />
    public bool Equals(Sector other) => string.Equals(Code, other.Code, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Sector other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <summary>Returns the Chinese name, or the code of an unknown value.</summary>
    /// <returns>The Chinese name.</returns>
    public override string ToString() => ChineseName;

    /// <summary>Compares two values by code.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether the codes are equal.</returns>
    public static bool operator ==(Sector left, Sector right) => left.Equals(right);

    /// <summary>Compares two values by code.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether the codes differ.</returns>
    public static bool operator !=(Sector left, Sector right) => !left.Equals(right);
}
