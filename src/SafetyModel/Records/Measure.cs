using System;
using System.Collections.Generic;
using SafetyModel.Primitives;

namespace SafetyModel.Records;

/// <summary>
/// What a statistics table sums in each row: a stable code (<c>hazards-found</c>, the CSV header and the CLI's
/// <c>--measure</c>), its names, its unit and how its figures add up. What each record adds to a measure is declared by
/// the record's <see cref="RecordKind"/>; a record whose kind does not declare a measure adds nothing to it, so a table
/// over mixed records stays honest. The built-in measures are the static members; a town declares its own with the
/// constructor and contributes to it from its own record kind.
/// </summary>
/// <remarks>Immutable. Two measures are equal when their codes are.</remarks>
public sealed class Measure : IEquatable<Measure>
{
    /// <summary>Declares a measure.</summary>
    /// <param name="code">The stable code: lower-case ASCII letters, digits and hyphens (<c>drill-participants</c>).</param>
    /// <param name="chineseName">The Chinese name (演练参与人数).</param>
    /// <param name="englishName">The English name.</param>
    /// <param name="unit">The unit of the row's figure (<see cref="QuantityUnit.Place"/> for hazards); <see langword="default"/> for a bare number.</param>
    /// <param name="kind">How the figures add up.</param>
    /// <exception cref="ArgumentException">The code is not of the stated form, or a name is empty.</exception>
    public Measure(string code, string chineseName, string englishName, QuantityUnit unit = default, MeasureKind kind = MeasureKind.Count)
    {
        Code = RecordKind.CheckCode(code, nameof(code));
        ChineseName = string.IsNullOrWhiteSpace(chineseName) ? throw new ArgumentException("A measure has a Chinese name.", nameof(chineseName)) : chineseName;
        EnglishName = string.IsNullOrWhiteSpace(englishName) ? throw new ArgumentException("A measure has an English name.", nameof(englishName)) : englishName;
        Kind = kind is >= MeasureKind.Count and <= MeasureKind.Distinct ? kind : throw new ArgumentException($"{(int)kind} is not a defined measure kind.", nameof(kind));
        Unit = unit;
    }

    /// <summary>
    /// The largest figure one record may state for a measure: 10¹² (一万亿). Far above any real count, amount (万元) or
    /// number of people, and small enough that the sums of millions of such figures stay exact in <see cref="long"/> and
    /// <see cref="decimal"/>. Validation reports a larger figure (<c>SM4012</c>) and aggregation refuses it.
    /// </summary>
    public const long MaximumFigure = 1_000_000_000_000;

    /// <summary>Gets the number of records in the row, of any kind (记录数). Every kind adds 1.</summary>
    public static Measure Records { get; } = new("records", "记录数", "records");

    /// <summary>Gets 检查次数, the number of inspection records.</summary>
    public static Measure Inspections { get; } = new("inspections", "检查次数", "inspections", QuantityUnit.Times);

    /// <summary>Gets the hazards inspections state they found (the sum of <c>Inspection.HazardsFound</c>).</summary>
    public static Measure InspectionHazardsFound { get; } = new("inspection-hazards-found", "检查发现隐患", "hazards found by inspections", QuantityUnit.Place);

    /// <summary>Gets 排查隐患, the number of hazard records.</summary>
    public static Measure HazardsFound { get; } = new("hazards-found", "隐患数", "hazards found", QuantityUnit.Place);

    /// <summary>Gets 整改隐患, hazard records rectified (整改完成 or 验收).</summary>
    public static Measure HazardsRectified { get; } = new("hazards-rectified", "已整改隐患", "hazards rectified", QuantityUnit.Place);

    /// <summary>Gets 逾期未整改, hazard records past their deadline and not rectified on the query's <c>AsOf</c> day.</summary>
    public static Measure HazardsOverdue { get; } = new("hazards-overdue", "逾期未整改隐患", "hazards overdue", QuantityUnit.Place);

    /// <summary>
    /// Gets 挂牌督办隐患, hazard records listed for supervision (挂牌督办) by a county, prefecture or province: a history
    /// with an escalation event (<c>Hazard.IsListed</c>). Counted by the period the hazard was found in.
    /// </summary>
    public static Measure HazardsListed { get; } = new("hazards-listed", "挂牌督办隐患", "hazards listed for supervision", QuantityUnit.Place);

    /// <summary>Gets 销号隐患, hazard records closed (销号): status verified (已验收).</summary>
    public static Measure HazardsClosed { get; } = new("hazards-closed", "销号隐患", "hazards closed", QuantityUnit.Place);

    /// <summary>Gets 整改资金 of hazard records (<c>fundsTenThousandYuan</c>), in 万元.</summary>
    public static Measure HazardFunds { get; } = new("hazard-funds", "隐患整改资金", "rectification funds", QuantityUnit.TenThousandYuan, MeasureKind.Sum);

    /// <summary>Gets 会议次数, the number of meeting records.</summary>
    public static Measure Meetings { get; } = new("meetings", "会议次数", "meetings", QuantityUnit.Times);

    /// <summary>Gets 培训次数, the number of training records.</summary>
    public static Measure Trainings { get; } = new("trainings", "培训次数", "trainings", QuantityUnit.Times);

    /// <summary>Gets 事故起数, the number of accident records.</summary>
    public static Measure Accidents { get; } = new("accidents", "事故起数", "accidents", QuantityUnit.Case);

    /// <summary>Gets 死亡人数 of accidents.</summary>
    public static Measure Deaths { get; } = new("deaths", "死亡人数", "deaths", QuantityUnit.Person);

    /// <summary>Gets 重伤人数 of accidents.</summary>
    public static Measure SeriousInjuries { get; } = new("serious-injuries", "重伤人数", "serious injuries", QuantityUnit.Person);

    /// <summary>Gets 轻伤人数 of accidents.</summary>
    public static Measure MinorInjuries { get; } = new("minor-injuries", "轻伤人数", "minor injuries", QuantityUnit.Person);

    /// <summary>Gets 失踪人数 of accidents.</summary>
    public static Measure Missing { get; } = new("missing", "失踪人数", "missing", QuantityUnit.Person);

    /// <summary>Gets 直接经济损失 of accidents, in 万元.</summary>
    public static Measure DirectLoss { get; } = new("direct-loss", "直接经济损失", "direct economic loss", QuantityUnit.TenThousandYuan, MeasureKind.Sum);

    /// <summary>Gets 培训人次 of trainings; approximate figures stay approximate (<c>300余人</c> + <c>20人</c> = more than 320).</summary>
    public static Measure PeopleTrained { get; } = new("people-trained", "培训人次", "people trained", QuantityUnit.PersonTime, MeasureKind.People);

    /// <summary>Gets 受教育人数 of publicity activities; approximate figures stay approximate.</summary>
    public static Measure PeopleReached { get; } = new("people-reached", "宣传覆盖人次", "people reached", QuantityUnit.PersonTime, MeasureKind.People);

    /// <summary>
    /// Gets 检查企业（单位）数, a distinct count: how many different units the row's inspections name in
    /// <c>Inspection.Inspected</c>, each counted once however often it was inspected (unit 家). A unit is known by its
    /// name as written, leading and trailing spaces aside, compared ordinally; names that differ in any other way are
    /// different units, so record a stable name (or the 统一社会信用代码) for exact counts. Distinct counts do not add
    /// up: a subtotal counts the units of all its rows once, so it can be less than the sum of its rows.
    /// </summary>
    public static Measure InspectedUnits { get; } = new("inspected-units", "检查企业（单位）数", "units inspected", QuantityUnit.Enterprise, MeasureKind.Distinct);

    /// <summary>Gets 执法文书, the number of enforcement documents issued, of every kind (安全生产行政执法统计调查制度).</summary>
    public static Measure EnforcementDocuments { get; } = new("enforcement-documents", "执法文书数", "enforcement documents", QuantityUnit.Copy);

    /// <summary>Gets 执法检查次数, the enforcement inspection visits: one per 现场检查记录.</summary>
    public static Measure EnforcementInspections { get; } = new("enforcement-inspections", "执法检查次数", "enforcement inspections", QuantityUnit.Times);

    /// <summary>
    /// Gets 执法检查单位数, a distinct count of the units the 现场检查记录 of the row name by <c>unitId</c> (实际检查生产经营单位数),
    /// each once however often inspected; a record without a <c>unitId</c> adds none. Like every distinct count, a
    /// subtotal counts each unit once and can be less than the sum of its rows.
    /// </summary>
    public static Measure EnforcementUnitsInspected { get; } = new("enforcement-units-inspected", "执法检查单位数", "units inspected by enforcement", QuantityUnit.Enterprise, MeasureKind.Distinct);

    /// <summary>Gets 责令限期整改指令书, the number issued.</summary>
    public static Measure RectificationOrders { get; } = new("rectification-orders", "责令限期整改指令书", "rectification orders", QuantityUnit.Copy);

    /// <summary>Gets 整改复查意见书, the number issued.</summary>
    public static Measure RectificationReviews { get; } = new("rectification-reviews", "整改复查意见书", "rectification reviews", QuantityUnit.Copy);

    /// <summary>Gets 行政处罚, the number of 行政处罚决定书 issued (administrative penalties).</summary>
    public static Measure PenaltyDecisions { get; } = new("penalty-decisions", "行政处罚决定书", "penalty decisions", QuantityUnit.Copy);

    /// <summary>Gets 罚款金额, the fines of the 行政处罚决定书, in 元.</summary>
    public static Measure Fines { get; } = new("fines", "罚款金额", "fines", QuantityUnit.Yuan, MeasureKind.Sum);

    /// <summary>Gets 责令停产停业整顿, the number of orders to suspend production or business and rectify.</summary>
    public static Measure SuspensionOrders { get; } = new("suspension-orders", "责令停产停业整顿", "suspension orders", QuantityUnit.Copy);

    /// <summary>Gets 提请关闭, the enforcement documents that request a unit's closure (家).</summary>
    public static Measure ClosuresRequested { get; } = new("closures-requested", "提请关闭", "closures requested", QuantityUnit.Enterprise);

    /// <summary>Gets the built-in measures, in the order above.</summary>
    public static IReadOnlyList<Measure> BuiltIn { get; } = new[]
    {
        Records, Inspections, InspectionHazardsFound, HazardsFound, HazardsRectified, HazardsOverdue, HazardsListed, HazardsClosed, HazardFunds, Meetings, Trainings, Accidents, Deaths,
        SeriousInjuries, MinorInjuries, Missing, DirectLoss, PeopleTrained, PeopleReached, InspectedUnits,
        EnforcementDocuments, EnforcementInspections, EnforcementUnitsInspected, RectificationOrders, RectificationReviews, PenaltyDecisions, Fines,
        SuspensionOrders, ClosuresRequested,
    };

    /// <summary>Gets the stable code, such as <c>hazards-found</c>.</summary>
    public string Code { get; }

    /// <summary>Gets the Chinese name, such as 排查隐患数.</summary>
    public string ChineseName { get; }

    /// <summary>Gets the English name.</summary>
    public string EnglishName { get; }

    /// <summary>Gets the unit of the row's figure; <see langword="default"/> for a bare number (<see cref="Records"/>).</summary>
    public QuantityUnit Unit { get; }

    /// <summary>Gets how the figures add up.</summary>
    public MeasureKind Kind { get; }

    /// <summary>Compares two measures by code.</summary>
    /// <param name="left">The first measure.</param>
    /// <param name="right">The second measure.</param>
    /// <returns>Whether the codes are equal.</returns>
    public static bool operator ==(Measure? left, Measure? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two measures by code.</summary>
    /// <param name="left">The first measure.</param>
    /// <param name="right">The second measure.</param>
    /// <returns>Whether the codes differ.</returns>
    public static bool operator !=(Measure? left, Measure? right) => !(left == right);

    /// <inheritdoc />
    public bool Equals(Measure? other) => other is not null && string.Equals(Code, other.Code, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Measure);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <summary>Returns the code.</summary>
    /// <returns>The code, such as <c>hazards-found</c>.</returns>
    public override string ToString() => Code;
}
