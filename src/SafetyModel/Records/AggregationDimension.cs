using System;
using System.Collections.Generic;

namespace SafetyModel.Records;

/// <summary>
/// What the rows of a statistics table are broken down by, besides division and period: a stable code
/// (<c>inspection-type</c>, the CLI's <c>--by</c>), its names, and whether a record may have several values. Which
/// value a record has is declared by the record's <see cref="RecordKind"/>; a record whose kind declares none for the
/// dimension falls in the row of no value (未注明). <see cref="RecordType"/> is every kind's own.
/// </summary>
/// <remarks>Immutable. Two dimensions are equal when their codes are.</remarks>
public sealed class AggregationDimension : IEquatable<AggregationDimension>
{
    /// <summary>Declares a dimension.</summary>
    /// <param name="code">The stable code: lower-case ASCII letters, digits and hyphens.</param>
    /// <param name="chineseName">The Chinese name (演练类型).</param>
    /// <param name="englishName">The English name.</param>
    /// <param name="multiValued">Whether a record may have several values; it then counts in each of its values' rows and once in the subtotal.</param>
    /// <exception cref="ArgumentException">The code is not of the stated form, or a name is empty.</exception>
    public AggregationDimension(string code, string chineseName, string englishName, bool multiValued = false)
    {
        Code = RecordKind.CheckCode(code, nameof(code));
        ChineseName = string.IsNullOrWhiteSpace(chineseName) ? throw new ArgumentException("A dimension has a Chinese name.", nameof(chineseName)) : chineseName;
        EnglishName = string.IsNullOrWhiteSpace(englishName) ? throw new ArgumentException("A dimension has an English name.", nameof(englishName)) : englishName;
        IsMultiValued = multiValued;
    }

    /// <summary>Gets no breakdown: one row per division and period.</summary>
    public static AggregationDimension None { get; } = new("none", "不分类", "none");

    /// <summary>Gets 检查类型, the inspection types of an inspection. An inspection of two types counts in both rows, once in the subtotal.</summary>
    public static AggregationDimension InspectionType { get; } = new("inspection-type", "检查类型", "inspection type", multiValued: true);

    /// <summary>Gets 行业领域, the sector of a hazard.</summary>
    public static AggregationDimension Sector { get; } = new("sector", "行业领域", "sector");

    /// <summary>Gets 隐患等级, the level of a hazard (一般 / 重大).</summary>
    public static AggregationDimension HazardLevel { get; } = new("hazard-level", "隐患等级", "hazard level");

    /// <summary>Gets 事故等级, the grade an accident's figures reach (国务院令第493号 第三条), not the grade stated.</summary>
    public static AggregationDimension AccidentGrade { get; } = new("accident-grade", "事故等级", "accident grade");

    /// <summary>Gets 事故类别, an accident's category code in its scheme (GB 6441).</summary>
    public static AggregationDimension AccidentCategory { get; } = new("accident-category", "事故类别", "accident category");

    /// <summary>Gets 专项行动, the campaign an inspection or a publicity activity belongs to (its id).</summary>
    public static AggregationDimension Campaign { get; } = new("campaign", "专项行动", "campaign");

    /// <summary>
    /// Gets 行业门类, the GB/T 4754-2017 门类 (section, A–T) of a supervised unit, or of the unit a record names by its
    /// <c>unitId</c> (an inspection, a hazard, an accident, an enforcement action), looked up in the query's
    /// <c>AggregationQuery.Units</c>: a record whose unit is not there, or has no valid industry code, has no value (未注明).
    /// </summary>
    public static AggregationDimension Industry { get; } = new("industry", "行业门类", "industry section (GB/T 4754-2017)");

    /// <summary>
    /// Gets 生产经营单位, the supervised unit: a unit record itself, or the unit a record names by its <c>unitId</c>, keyed by
    /// the unit's id and named by the unit's name from the query's <c>AggregationQuery.Units</c> when it is there.
    /// </summary>
    public static AggregationDimension Unit { get; } = new("unit", "生产经营单位", "supervised unit");

    /// <summary>Gets 执法文书种类, the kind of an enforcement action's document (现场检查记录, 行政处罚决定书 …).</summary>
    public static AggregationDimension EnforcementDocument { get; } = new("enforcement-document", "执法文书种类", "enforcement document kind");

    /// <summary>Gets the record kind: <c>inspection</c>, <c>hazard</c>, <c>meeting</c>, … (<see cref="RecordKind.Code"/>, the JSON discriminators), named by the kind's Chinese name.</summary>
    public static AggregationDimension RecordType { get; } = new("record-type", "记录类型", "record type");

    /// <summary>Gets the built-in dimensions, <see cref="None"/> first.</summary>
    public static IReadOnlyList<AggregationDimension> BuiltIn { get; } = new[] { None, InspectionType, Sector, HazardLevel, AccidentGrade, AccidentCategory, Campaign, Industry, Unit, EnforcementDocument, RecordType };

    /// <summary>Gets the stable code, such as <c>inspection-type</c>.</summary>
    public string Code { get; }

    /// <summary>Gets the Chinese name, such as 检查类型.</summary>
    public string ChineseName { get; }

    /// <summary>Gets the English name.</summary>
    public string EnglishName { get; }

    /// <summary>Gets whether a record may have several values.</summary>
    public bool IsMultiValued { get; }

    /// <summary>Compares two dimensions by code.</summary>
    /// <param name="left">The first dimension.</param>
    /// <param name="right">The second dimension.</param>
    /// <returns>Whether the codes are equal.</returns>
    public static bool operator ==(AggregationDimension? left, AggregationDimension? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two dimensions by code.</summary>
    /// <param name="left">The first dimension.</param>
    /// <param name="right">The second dimension.</param>
    /// <returns>Whether the codes differ.</returns>
    public static bool operator !=(AggregationDimension? left, AggregationDimension? right) => !(left == right);

    /// <inheritdoc />
    public bool Equals(AggregationDimension? other) => other is not null && string.Equals(Code, other.Code, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as AggregationDimension);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <summary>Returns the code.</summary>
    /// <returns>The code, such as <c>inspection-type</c>.</returns>
    public override string ToString() => Code;
}
