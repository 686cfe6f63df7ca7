using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using SafetyModel.Contract;
using SafetyModel.Diagnostics;
using SafetyModel.Primitives;

namespace SafetyModel.Work;

/// <summary>
/// 检查类型, the kind of a safety inspection: by sector, season, holiday or occasion, as towns record them.
/// An open list (see <see cref="IExtensibleEnum"/>): a town's own kinds are kept as given.
/// </summary>
[ContractList("inspection type")]
public readonly struct InspectionType : IExtensibleEnum, IEquatable<InspectionType>
{
    private static readonly ExtensibleEnumCatalog<InspectionType> Catalog = new(entry => new InspectionType(entry));

    private readonly ExtensibleEnumEntry? _entry;

    private InspectionType(ExtensibleEnumEntry entry) => _entry = entry;

    /// <summary>安全生产大检查 — comprehensive safety inspection.</summary>
    public static InspectionType Comprehensive { get; } = Catalog.Define("comprehensive", "安全生产大检查", "comprehensive safety inspection", "大检查");

    /// <summary>建筑施工 — construction.</summary>
    public static InspectionType Construction { get; } = Catalog.Define("construction", "建筑施工", "construction", "建筑领域", "建筑领域安全大检查");

    /// <summary>节假日 — holiday.</summary>
    public static InspectionType Holiday { get; } = Catalog.Define("holiday", "节假日", "holiday", "节日", "节前");

    /// <summary>五一节前后 — around May Day.</summary>
    public static InspectionType MayDay { get; } = Catalog.Define("holiday-may-day", "五一节前后", "around May Day", "五一", "五·一");

    /// <summary>国庆节前后 — around National Day.</summary>
    public static InspectionType NationalDay { get; } = Catalog.Define("holiday-national-day", "国庆节前后", "around National Day", "国庆");

    /// <summary>春节前后 — around the Spring Festival.</summary>
    public static InspectionType SpringFestival { get; } = Catalog.Define("holiday-spring-festival", "春节前后", "around the Spring Festival", "春节");

    /// <summary>草原火灾隐患 — grassland fire.</summary>
    public static InspectionType GrasslandFire { get; } = Catalog.Define("grassland-fire", "草原火灾隐患", "grassland fire", "草原防火", "草原火灾");

    /// <summary>汛期 — flood season.</summary>
    public static InspectionType FloodSeason { get; } = Catalog.Define("flood-season", "汛期", "flood season", "汛期安全");

    /// <summary>学校、幼儿园 — schools and kindergartens.</summary>
    public static InspectionType SchoolsAndKindergartens { get; } = Catalog.Define("schools-and-kindergartens", "学校、幼儿园", "schools and kindergartens", "学校", "幼儿园");

    /// <summary>防洪渠 — flood channels.</summary>
    public static InspectionType FloodChannels { get; } = Catalog.Define("flood-channels", "防洪渠", "flood channels", "防洪渠安全隐患");

    /// <summary>消防 — fire safety.</summary>
    public static InspectionType FireSafety { get; } = Catalog.Define("fire-safety", "消防", "fire safety", "消防安全");

    /// <summary>道路交通 — road traffic.</summary>
    public static InspectionType RoadTraffic { get; } = Catalog.Define("road-traffic", "道路交通", "road traffic", "道路交通安全");

    /// <summary>饮食卫生 — food hygiene.</summary>
    public static InspectionType FoodHygiene { get; } = Catalog.Define("food-hygiene", "饮食卫生", "food hygiene", "食品安全", "食堂卫生");

    /// <summary>集市活动 — markets and fairs.</summary>
    public static InspectionType MarketsAndFairs { get; } = Catalog.Define("markets-and-fairs", "集市活动", "markets and fairs", "集市");

    /// <summary>天然气管道 — gas pipelines.</summary>
    public static InspectionType GasPipelines { get; } = Catalog.Define("gas-pipelines", "天然气管道", "gas pipelines", "油气管道", "天然气管道设施保护");

    /// <summary>非煤矿山 — non-coal mines.</summary>
    public static InspectionType NonCoalMines { get; } = Catalog.Define("non-coal-mines", "非煤矿山", "non-coal mines");

    /// <summary>烟花爆竹 — fireworks.</summary>
    public static InspectionType Fireworks { get; } = Catalog.Define("fireworks", "烟花爆竹", "fireworks");

    /// <summary>水上交通 — water transport.</summary>
    public static InspectionType WaterTransport { get; } = Catalog.Define("water-transport", "水上交通", "water transport");

    /// <summary>危险化学品 — hazardous chemicals.</summary>
    public static InspectionType HazardousChemicals { get; } = Catalog.Define("hazardous-chemicals", "危险化学品", "hazardous chemicals", "危化品");

    /// <summary>日常监管 — routine supervision.</summary>
    public static InspectionType Routine { get; } = Catalog.Define("routine", "日常监管", "routine supervision", "日常检查", "日常性的安全检查");

    /// <summary>Gets the well-known values, in the order listed in this type.</summary>
    public static IReadOnlyList<InspectionType> KnownValues => Catalog.Known;

    /// <inheritdoc />
    public string Code => _entry?.Code ?? string.Empty;

    /// <inheritdoc />
    public string ChineseName => _entry?.ChineseName ?? string.Empty;

    /// <inheritdoc />
    public string EnglishName => _entry?.EnglishName ?? string.Empty;

    /// <inheritdoc />
    public bool IsKnown => _entry?.IsKnown ?? false;

    /// <summary>Gets the value with a code: the well-known one, or an unknown value that keeps <paramref name="code"/> as given.</summary>
    /// <param name="code">The code, such as <c>flood-season</c>.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is empty or white space.</exception>
    public static InspectionType FromCode(string code) => Catalog.FromCode(code, nameof(code));

    /// <summary>Finds a well-known value by its code, its Chinese name, its English name (case-insensitive) or another accepted name.</summary>
    /// <param name="name">The name.</param>
    /// <param name="value">The value found, or the default.</param>
    /// <returns>Whether a well-known value has that name.</returns>
    public static bool TryFromName(string? name, out InspectionType value) => Catalog.TryFromName(name, out value);

    /// <inheritdoc />
    public bool Equals(InspectionType other) => string.Equals(Code, other.Code, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is InspectionType other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <summary>Returns the Chinese name, or the code of an unknown value.</summary>
    /// <returns>The Chinese name.</returns>
    public override string ToString() => ChineseName;

    /// <summary>Compares two values by code.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether the codes are equal.</returns>
    public static bool operator ==(InspectionType left, InspectionType right) => left.Equals(right);

    /// <summary>Compares two values by code.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether the codes differ.</returns>
    public static bool operator !=(InspectionType left, InspectionType right) => !left.Equals(right);
}
