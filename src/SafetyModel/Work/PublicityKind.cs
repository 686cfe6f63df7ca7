using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using SafetyModel.Contract;
using SafetyModel.Diagnostics;
using SafetyModel.Primitives;

namespace SafetyModel.Work;

/// <summary>
/// 宣传教育形式, the form of a publicity or education activity.
/// An open list (see <see cref="IExtensibleEnum"/>): a town's own kinds are kept as given.
/// </summary>
[ContractList("publicity kind")]
public readonly struct PublicityKind : IExtensibleEnum, IEquatable<PublicityKind>
{
    private static readonly ExtensibleEnumCatalog<PublicityKind> Catalog = new(entry => new PublicityKind(entry));

    private readonly ExtensibleEnumEntry? _entry;

    private PublicityKind(ExtensibleEnumEntry entry) => _entry = entry;

    /// <summary>悬挂横幅 — banners.</summary>
    public static PublicityKind Banners { get; } = Catalog.Define("banners", "悬挂横幅", "banners", "挂横幅");

    /// <summary>张贴标语 — slogans.</summary>
    public static PublicityKind Slogans { get; } = Catalog.Define("slogans", "张贴标语", "slogans", "张帖标语");

    /// <summary>发放宣传单 — leaflet distribution.</summary>
    public static PublicityKind Leaflets { get; } = Catalog.Define("leaflets", "发放宣传单", "leaflet distribution", "发放传单");

    /// <summary>展板展示 — display boards.</summary>
    public static PublicityKind DisplayBoards { get; } = Catalog.Define("display-boards", "展板展示", "display boards", "图片展示");

    /// <summary>宣传咨询 — consultation desk.</summary>
    public static PublicityKind ConsultationDesk { get; } = Catalog.Define("consultation-desk", "宣传咨询", "consultation desk", "咨询日");

    /// <summary>专题讲座 — lecture.</summary>
    public static PublicityKind Lecture { get; } = Catalog.Define("lecture", "专题讲座", "lecture", "讲座");

    /// <summary>案例教育 — case-based education.</summary>
    public static PublicityKind CaseEducation { get; } = Catalog.Define("case-education", "案例教育", "case-based education", "警示教育");

    /// <summary>媒体宣传 — media.</summary>
    public static PublicityKind Media { get; } = Catalog.Define("media", "媒体宣传", "media", "微信", "广播");

    /// <summary>应急演练 — emergency drill.</summary>
    public static PublicityKind Drill { get; } = Catalog.Define("drill", "应急演练", "emergency drill", "演练");

    /// <summary>以会代训 — training at meetings.</summary>
    public static PublicityKind MeetingTraining { get; } = Catalog.Define("meeting-training", "以会代训", "training at meetings");

    /// <summary>Gets the well-known values, in the order listed in this type.</summary>
    public static IReadOnlyList<PublicityKind> KnownValues => Catalog.Known;

    /// <inheritdoc />
    public string Code => _entry?.Code ?? string.Empty;

    /// <inheritdoc />
    public string ChineseName => _entry?.ChineseName ?? string.Empty;

    /// <inheritdoc />
    public string EnglishName => _entry?.EnglishName ?? string.Empty;

    /// <inheritdoc />
    public bool IsKnown => _entry?.IsKnown ?? false;

    /// <summary>Gets the value with a code: the well-known one, or an unknown value that keeps <paramref name="code"/> as given.</summary>
    /// <param name="code">The code, such as <c>leaflets</c>.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is empty or white space.</exception>
    public static PublicityKind FromCode(string code) => Catalog.FromCode(code, nameof(code));

    /// <summary>Finds a well-known value by its code, its Chinese name, its English name (case-insensitive) or another accepted name.</summary>
    /// <param name="name">The name.</param>
    /// <param name="value">The value found, or the default.</param>
    /// <returns>Whether a well-known value has that name.</returns>
    public static bool TryFromName(string? name, out PublicityKind value) => Catalog.TryFromName(name, out value);

    /// <inheritdoc />
    public bool Equals(PublicityKind other) => string.Equals(Code, other.Code, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is PublicityKind other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <summary>Returns the Chinese name, or the code of an unknown value.</summary>
    /// <returns>The Chinese name.</returns>
    public override string ToString() => ChineseName;

    /// <summary>Compares two values by code.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether the codes are equal.</returns>
    public static bool operator ==(PublicityKind left, PublicityKind right) => left.Equals(right);

    /// <summary>Compares two values by code.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether the codes differ.</returns>
    public static bool operator !=(PublicityKind left, PublicityKind right) => !left.Equals(right);
}
