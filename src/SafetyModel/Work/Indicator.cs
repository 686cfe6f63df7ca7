using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using SafetyModel.Contract;
using SafetyModel.Diagnostics;
using SafetyModel.Primitives;

namespace SafetyModel.Work;

/// <summary>
/// 统计指标, what a stated or derived figure counts: meetings held, inspections, hazards found and rectified, publicity materials, people trained, accidents and casualties.
/// An open list (see <see cref="IExtensibleEnum"/>): a town's own kinds are kept as given.
/// </summary>
[ContractList("indicator")]
public readonly struct Indicator : IExtensibleEnum, IEquatable<Indicator>
{
    private static readonly ExtensibleEnumCatalog<Indicator> Catalog = new(entry => new Indicator(entry));

    private readonly ExtensibleEnumEntry? _entry;

    private Indicator(ExtensibleEnumEntry entry) => _entry = entry;

    /// <summary>安全生产工作例会 — safety meetings held.</summary>
    public static Indicator Meetings { get; } = Catalog.Define("meetings", "安全生产工作例会", "safety meetings held", "会议", "例会", "会议次数");

    /// <summary>安全检查 — inspections.</summary>
    public static Indicator Inspections { get; } = Catalog.Define("inspections", "安全检查", "inspections", "检查次数", "大检查");

    /// <summary>检查单位 — units inspected.</summary>
    public static Indicator UnitsInspected { get; } = Catalog.Define("units-inspected", "检查单位", "units inspected", "检查企业");

    /// <summary>排查隐患 — hidden hazards found.</summary>
    public static Indicator HazardsFound { get; } = Catalog.Define("hazards-found", "排查隐患", "hidden hazards found", "发现隐患");

    /// <summary>整改隐患 — hidden hazards rectified.</summary>
    public static Indicator HazardsRectified { get; } = Catalog.Define("hazards-rectified", "整改隐患", "hidden hazards rectified");

    /// <summary>逾期未整改隐患 — hidden hazards overdue.</summary>
    public static Indicator HazardsOverdue { get; } = Catalog.Define("hazards-overdue", "逾期未整改隐患", "hidden hazards overdue");

    /// <summary>横幅 — banners.</summary>
    public static Indicator Banners { get; } = Catalog.Define("banners", "横幅", "banners", "挂横幅");

    /// <summary>标语 — slogans.</summary>
    public static Indicator Slogans { get; } = Catalog.Define("slogans", "标语", "slogans", "张贴标语", "张帖标语");

    /// <summary>宣传单 — leaflets.</summary>
    public static Indicator Leaflets { get; } = Catalog.Define("leaflets", "宣传单", "leaflets", "传单", "发放宣传单");

    /// <summary>展板 — display boards.</summary>
    public static Indicator DisplayBoards { get; } = Catalog.Define("display-boards", "展板", "display boards");

    /// <summary>培训 — training sessions.</summary>
    public static Indicator Trainings { get; } = Catalog.Define("trainings", "培训", "training sessions", "培训次数");

    /// <summary>培训人次 — people trained.</summary>
    public static Indicator PeopleTrained { get; } = Catalog.Define("people-trained", "培训人次", "people trained");

    /// <summary>受教育人数 — people reached.</summary>
    public static Indicator PeopleReached { get; } = Catalog.Define("people-reached", "受教育人数", "people reached", "受教育群众");

    /// <summary>应急演练 — emergency drills.</summary>
    public static Indicator Drills { get; } = Catalog.Define("drills", "应急演练", "emergency drills", "演练");

    /// <summary>事故起数 — accidents.</summary>
    public static Indicator Accidents { get; } = Catalog.Define("accidents", "事故起数", "accidents", "事故");

    /// <summary>死亡人数 — deaths.</summary>
    public static Indicator Deaths { get; } = Catalog.Define("deaths", "死亡人数", "deaths");

    /// <summary>重伤人数 — serious injuries.</summary>
    public static Indicator SeriousInjuries { get; } = Catalog.Define("serious-injuries", "重伤人数", "serious injuries");

    /// <summary>受伤人数 — everyone injured, 重伤 and 轻伤 together (GB 6441-1986's two grades of injury).</summary>
    public static Indicator Injuries { get; } = Catalog.Define("injuries", "受伤人数", "injuries");

    /// <summary>轻伤人数 — minor injuries only.</summary>
    public static Indicator MinorInjuries { get; } = Catalog.Define("minor-injuries", "轻伤人数", "minor injuries", "轻伤");

    /// <summary>失踪人数 — missing persons.</summary>
    public static Indicator Missing { get; } = Catalog.Define("missing", "失踪人数", "missing persons");

    /// <summary>直接经济损失 — direct economic loss.</summary>
    public static Indicator DirectLoss { get; } = Catalog.Define("direct-loss", "直接经济损失", "direct economic loss");

    /// <summary>安全生产专职干事 — full-time safety officers.</summary>
    public static Indicator SafetyOfficers { get; } = Catalog.Define("safety-officers", "安全生产专职干事", "full-time safety officers", "专职干事");

    /// <summary>幼儿园 — kindergartens.</summary>
    public static Indicator Kindergartens { get; } = Catalog.Define("kindergartens", "幼儿园", "kindergartens");

    /// <summary>学校 — schools.</summary>
    public static Indicator Schools { get; } = Catalog.Define("schools", "学校", "schools");

    /// <summary>警示教育片 — warning films shown (a publicity count, by 部, 场 or 次).</summary>
    public static Indicator WarningFilms { get; } = Catalog.Define("warning-films", "警示教育片", "warning films shown", "警示片", "播放警示教育片");

    /// <summary>典型案例 — cases explained (以案说法: accident cases analysed for an audience).</summary>
    public static Indicator CasesExplained { get; } = Catalog.Define("cases-explained", "讲解典型案例", "cases explained", "典型案例", "以案说法");

    /// <summary>咨询 — consultations answered (questions from the public at a 咨询日 stall or a hotline).</summary>
    public static Indicator Consultations { get; } = Catalog.Define("consultations", "解答咨询", "consultations answered", "群众咨询", "接受咨询");

    /// <summary>宣传品 — promotional items handed out (bags, cups, fans, aprons printed with safety slogans).</summary>
    public static Indicator PromotionalItems { get; } = Catalog.Define("promotional-items", "宣传品", "promotional items handed out", "宣传用品", "发放宣传品");

    /// <summary>Gets the well-known values, in the order listed in this type.</summary>
    public static IReadOnlyList<Indicator> KnownValues => Catalog.Known;

    /// <inheritdoc />
    public string Code => _entry?.Code ?? string.Empty;

    /// <inheritdoc />
    public string ChineseName => _entry?.ChineseName ?? string.Empty;

    /// <inheritdoc />
    public string EnglishName => _entry?.EnglishName ?? string.Empty;

    /// <inheritdoc />
    public bool IsKnown => _entry?.IsKnown ?? false;

    /// <summary>Gets the unit the indicator is usually counted in: 次 for meetings, 处 for hazards, 份 for leaflets, 万元 for loss.</summary>
    public QuantityUnit DefaultUnit => Code switch
    {
        "meetings" or "inspections" or "trainings" or "drills" => QuantityUnit.Times,
        "hazards-found" or "hazards-rectified" or "hazards-overdue" => QuantityUnit.Place,
        "banners" or "slogans" => QuantityUnit.Item,
        "leaflets" => QuantityUnit.Copy,
        "display-boards" => QuantityUnit.Board,
        "people-trained" or "people-reached" => QuantityUnit.PersonTime,
        "units-inspected" => QuantityUnit.Enterprise,
        "accidents" => QuantityUnit.Case,
        "deaths" or "serious-injuries" or "minor-injuries" or "injuries" or "missing" => QuantityUnit.Person,
        "direct-loss" => QuantityUnit.TenThousandYuan,
        "safety-officers" => QuantityUnit.NamedPerson,
        "kindergartens" or "schools" => QuantityUnit.Institution,
        "warning-films" => QuantityUnit.Times,
        "cases-explained" => QuantityUnit.Case,
        "consultations" => QuantityUnit.PersonTime,
        "promotional-items" => QuantityUnit.Piece,
        _ => default,
    };

    /// <summary>Gets the value with a code: the well-known one, or an unknown value that keeps <paramref name="code"/> as given.</summary>
    /// <param name="code">The code, such as <c>hazards-found</c>.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is empty or white space.</exception>
    public static Indicator FromCode(string code) => Catalog.FromCode(code, nameof(code));

    /// <summary>Finds a well-known value by its code, its Chinese name, its English name (case-insensitive) or another accepted name.</summary>
    /// <param name="name">The name.</param>
    /// <param name="value">The value found, or the default.</param>
    /// <returns>Whether a well-known value has that name.</returns>
    public static bool TryFromName(string? name, out Indicator value) => Catalog.TryFromName(name, out value);

    /// <inheritdoc />
    public bool Equals(Indicator other) => string.Equals(Code, other.Code, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Indicator other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <summary>Returns the Chinese name, or the code of an unknown value.</summary>
    /// <returns>The Chinese name.</returns>
    public override string ToString() => ChineseName;

    /// <summary>Compares two values by code.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether the codes are equal.</returns>
    public static bool operator ==(Indicator left, Indicator right) => left.Equals(right);

    /// <summary>Compares two values by code.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether the codes differ.</returns>
    public static bool operator !=(Indicator left, Indicator right) => !left.Equals(right);
}
