using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using SafetyModel.Contract;
using SafetyModel.Diagnostics;
using SafetyModel.Primitives;

namespace SafetyModel.Work;

/// <summary>
/// The basis of a 重大 grading (重大事故隐患判定依据): a sector standard and one of its clauses, such as
/// 《工贸企业重大事故隐患判定标准》 (应急管理部令第10号, in force 2023-05-15) 第三条第（一）项.
/// An open list (see <see cref="IExtensibleEnum"/>): other standards' clauses (危险化学品, 烟花爆竹, 消防, a province's
/// own) are kept as given, with a warning (<c>SM2001</c>) that names this list.
/// </summary>
/// <remarks>
/// Only clauses whose text was read are shipped: the three management clauses (管理类) of the 2023 工贸 标准, 第三条
/// (text as published in 应急管理部令第10号; reproduced at http://anzhuopai.com/szb/pc/col/202306/01/content_202904.html
/// and in the answer of http://www.jiangmen.gov.cn/gzhd/zhzw/content/post_2849362.html). Codes name the standard,
/// its year, the article and the item: <c>industry-trade-2023-3-1</c>.
/// </remarks>
[ContractList("major hazard criterion")]
public readonly struct MajorHazardCriterion : IExtensibleEnum, IEquatable<MajorHazardCriterion>
{
    private static readonly ExtensibleEnumCatalog<MajorHazardCriterion> Catalog = new(entry => new MajorHazardCriterion(entry));

    private readonly ExtensibleEnumEntry? _entry;

    private MajorHazardCriterion(ExtensibleEnumEntry entry) => _entry = entry;

    /// <summary>工贸 2023 第三条第（一）项 — 未对承包单位、承租单位的安全生产工作统一协调、管理，或者未定期进行安全检查.</summary>
    public static MajorHazardCriterion IndustryTrade2023Article3Item1 { get; } = Catalog.Define(
        "industry-trade-2023-3-1",
        "工贸企业重大事故隐患判定标准 第三条第（一）项：未对承包单位、承租单位的安全生产工作统一协调、管理，或者未定期进行安全检查",
        "industry and trade 2023, art. 3 (1): contractors and lessees not coordinated and managed, or not inspected regularly");

    /// <summary>工贸 2023 第三条第（二）项 — 特种作业人员未按照规定经专门的安全作业培训并取得相应资格，上岗作业.</summary>
    public static MajorHazardCriterion IndustryTrade2023Article3Item2 { get; } = Catalog.Define(
        "industry-trade-2023-3-2",
        "工贸企业重大事故隐患判定标准 第三条第（二）项：特种作业人员未按照规定经专门的安全作业培训并取得相应资格，上岗作业",
        "industry and trade 2023, art. 3 (2): special-operation workers at work without the required training and qualification");

    /// <summary>工贸 2023 第三条第（三）项 — 金属冶炼企业主要负责人、安全生产管理人员未按照规定经考核合格.</summary>
    public static MajorHazardCriterion IndustryTrade2023Article3Item3 { get; } = Catalog.Define(
        "industry-trade-2023-3-3",
        "工贸企业重大事故隐患判定标准 第三条第（三）项：金属冶炼企业主要负责人、安全生产管理人员未按照规定经考核合格",
        "industry and trade 2023, art. 3 (3): principals and safety managers of a metal smelter not assessed as required");

    /// <summary>Gets the well-known values, in the order listed in this type.</summary>
    public static IReadOnlyList<MajorHazardCriterion> KnownValues => Catalog.Known;

    /// <inheritdoc />
    public string Code => _entry?.Code ?? string.Empty;

    /// <inheritdoc />
    public string ChineseName => _entry?.ChineseName ?? string.Empty;

    /// <inheritdoc />
    public string EnglishName => _entry?.EnglishName ?? string.Empty;

    /// <inheritdoc />
    public bool IsKnown => _entry?.IsKnown ?? false;

    /// <summary>Gets the value with a code: the well-known one, or an unknown value that keeps <paramref name="code"/> as given.</summary>
    /// <param name="code">The code, such as <c>industry-trade-2023-3-1</c>.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is empty or white space.</exception>
    public static MajorHazardCriterion FromCode(string code) => Catalog.FromCode(code, nameof(code));

    /// <summary>Finds a well-known value by its code, its Chinese name or its English name (case-insensitive).</summary>
    /// <param name="name">The name.</param>
    /// <param name="value">The value found, or the default.</param>
    /// <returns>Whether a well-known value has that name.</returns>
    public static bool TryFromName(string? name, out MajorHazardCriterion value) => Catalog.TryFromName(name, out value);

    /// <inheritdoc />
    public bool Equals(MajorHazardCriterion other) => string.Equals(Code, other.Code, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is MajorHazardCriterion other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <summary>Returns the code (the Chinese names are long clause texts).</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Code;

    /// <summary>Compares two values by code.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether the codes are equal.</returns>
    public static bool operator ==(MajorHazardCriterion left, MajorHazardCriterion right) => left.Equals(right);

    /// <summary>Compares two values by code.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether the codes differ.</returns>
    public static bool operator !=(MajorHazardCriterion left, MajorHazardCriterion right) => !left.Equals(right);
}
