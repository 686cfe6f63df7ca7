using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using SafetyModel.Contract;
using SafetyModel.Diagnostics;
using SafetyModel.Primitives;

namespace SafetyModel.Work;

/// <summary>
/// 专项行动类别, the kind of a campaign or special action.
/// An open list (see <see cref="IExtensibleEnum"/>): a town's own kinds are kept as given.
/// </summary>
[ContractList("campaign kind")]
public readonly struct CampaignKind : IExtensibleEnum, IEquatable<CampaignKind>
{
    private static readonly ExtensibleEnumCatalog<CampaignKind> Catalog = new(entry => new CampaignKind(entry));

    private readonly ExtensibleEnumEntry? _entry;

    private CampaignKind(ExtensibleEnumEntry entry) => _entry = entry;

    /// <summary>安全生产月 — Safety Production Month.</summary>
    public static CampaignKind SafetyMonth { get; } = Catalog.Define("safety-month", "安全生产月", "Safety Production Month", "安全生产活动月");

    /// <summary>安全宣传咨询日 — safety publicity and consultation day.</summary>
    public static CampaignKind PublicityDay { get; } = Catalog.Define("publicity-day", "安全宣传咨询日", "safety publicity and consultation day", "宣传咨询日");

    /// <summary>安全生产大检查 — major safety inspection.</summary>
    public static CampaignKind MajorInspection { get; } = Catalog.Define("major-inspection", "安全生产大检查", "major safety inspection");

    /// <summary>专项整治 — special rectification.</summary>
    public static CampaignKind SpecialRectification { get; } = Catalog.Define("special-rectification", "专项整治", "special rectification", "专项整治行动");

    /// <summary>节日安全检查 — holiday safety inspection.</summary>
    public static CampaignKind HolidayInspection { get; } = Catalog.Define("holiday-inspection", "节日安全检查", "holiday safety inspection");

    /// <summary>汛期安全 — flood-season safety.</summary>
    public static CampaignKind FloodSeason { get; } = Catalog.Define("flood-season", "汛期安全", "flood-season safety");

    /// <summary>草原防火 — grassland fire prevention.</summary>
    public static CampaignKind GrasslandFirePrevention { get; } = Catalog.Define("grassland-fire-prevention", "草原防火", "grassland fire prevention", "草原防火期");

    /// <summary>隐患排查治理 — hidden-hazard investigation and rectification.</summary>
    public static CampaignKind HazardInvestigation { get; } = Catalog.Define("hazard-investigation", "隐患排查治理", "hidden-hazard investigation and rectification", "隐患排查");

    /// <summary>Gets the well-known values, in the order listed in this type.</summary>
    public static IReadOnlyList<CampaignKind> KnownValues => Catalog.Known;

    /// <inheritdoc />
    public string Code => _entry?.Code ?? string.Empty;

    /// <inheritdoc />
    public string ChineseName => _entry?.ChineseName ?? string.Empty;

    /// <inheritdoc />
    public string EnglishName => _entry?.EnglishName ?? string.Empty;

    /// <inheritdoc />
    public bool IsKnown => _entry?.IsKnown ?? false;

    /// <summary>Gets the value with a code: the well-known one, or an unknown value that keeps <paramref name="code"/> as given.</summary>
    /// <param name="code">The code, such as <c>safety-month</c>.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is empty or white space.</exception>
    public static CampaignKind FromCode(string code) => Catalog.FromCode(code, nameof(code));

    /// <summary>Finds a well-known value by its code, its Chinese name, its English name (case-insensitive) or another accepted name.</summary>
    /// <param name="name">The name.</param>
    /// <param name="value">The value found, or the default.</param>
    /// <returns>Whether a well-known value has that name.</returns>
    public static bool TryFromName(string? name, out CampaignKind value) => Catalog.TryFromName(name, out value);

    /// <inheritdoc />
    public bool Equals(CampaignKind other) => string.Equals(Code, other.Code, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is CampaignKind other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <summary>Returns the Chinese name, or the code of an unknown value.</summary>
    /// <returns>The Chinese name.</returns>
    public override string ToString() => ChineseName;

    /// <summary>Compares two values by code.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether the codes are equal.</returns>
    public static bool operator ==(CampaignKind left, CampaignKind right) => left.Equals(right);

    /// <summary>Compares two values by code.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether the codes differ.</returns>
    public static bool operator !=(CampaignKind left, CampaignKind right) => !left.Equals(right);
}
