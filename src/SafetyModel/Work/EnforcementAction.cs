using System;
using System.Collections.Generic;
using NodaTime;
using SafetyModel.Contract;
using SafetyModel.Diagnostics;
using SafetyModel.Documents;
using SafetyModel.Primitives;

namespace SafetyModel.Work;

/// <summary>
/// An enforcement action (安全生产行政执法): one 执法文书 issued to a supervised unit — a 现场检查记录, a 责令限期整改指令书,
/// an 整改复查意见书, a 行政处罚决定书 (with its fine in 元 or its non-monetary penalty) or a 责令停产停业整顿 — with its
/// document number, the unit, the hazards it concerns and its dates. The enforcement statistics (安全生产行政执法统计调查制度)
/// count these documents, the units inspected, the penalties and fines and the suspensions.
/// </summary>
/// <remarks>Built with an object initializer; collections are copied when set. Holds what it is given (a negative fine, a deadline before the document), so that validation can report it.</remarks>
[ContractObject("enforcement", Order = 11)]
public sealed partial class EnforcementAction : IUnitLinked, IEquatable<EnforcementAction>
{
    private readonly string[] _hazardIds = Array.Empty<string>();

    /// <summary>Gets the record's identifier, unique within a batch.</summary>
    [ContractMember("id")]
    public string Id { get; init; } = string.Empty;

    /// <summary>Gets the division of the authority that acted (where the action is counted).</summary>
    [ContractMember("division")]
    public DivisionCode Division { get; init; }

    /// <summary>Gets the kind of document.</summary>
    [ContractMember("kind", Required = true)]
    public EnforcementDocumentKind Kind { get; init; }

    /// <summary>Gets the document number (文书编号), such as <c>乌应急罚〔2022〕3号</c>, if recorded.</summary>
    [ContractMember("number")]
    public DocumentNumber? Number { get; init; }

    /// <summary>Gets the body that issued the document, such as 乌审旗应急管理局.</summary>
    [ContractMember("issuingBody")]
    public string? IssuingBody { get; init; }

    /// <summary>Gets the id of the unit the document is issued to (<see cref="SupervisedUnit"/>), if recorded.</summary>
    [ContractMember("unitId")]
    public string? UnitId { get; init; }

    /// <summary>Gets the ids of the hazards the document concerns (<see cref="Hazard"/>).</summary>
    [ContractMember("hazardIds")]
    public IReadOnlyList<string> HazardIds { get => _hazardIds; init => _hazardIds = Sequences.Copy(value, nameof(HazardIds)); }

    /// <summary>Gets the day of the on-site inspection the document follows from, if recorded; not after <see cref="IssuedOn"/>.</summary>
    [ContractMember("inspectedOn")]
    public LocalDate? InspectedOn { get; init; }

    /// <summary>Gets the day the document was issued (made and served); the date that places the record in a period.</summary>
    [ContractMember("issuedOn", Required = true)]
    public LocalDate IssuedOn { get; init; }

    /// <summary>
    /// Gets the deadline the document sets — the rectification deadline of a 责令限期整改指令书, the end of a 责令停产停业整顿 —
    /// if any; not before <see cref="IssuedOn"/>.
    /// </summary>
    [ContractMember("deadline")]
    public LocalDate? Deadline { get; init; }

    /// <summary>Gets the fine of a 行政处罚决定书, in 元 (罚款), if it imposes one; not negative.</summary>
    [ContractMember("fineYuan")]
    public decimal? FineYuan { get; init; }

    /// <summary>Gets the non-monetary penalty of a 行政处罚决定书 as written (警告, 没收违法所得, 暂扣许可证 …), if any.</summary>
    [ContractMember("otherPenalty")]
    public string? OtherPenalty { get; init; }

    /// <summary>Gets a value indicating whether the document requests the unit's closure (提请关闭) from the government with that power.</summary>
    [ContractMember("closureRequested")]
    public bool ClosureRequested { get; init; }

    /// <summary>Gets the id of the action this one follows up (the 责令限期整改指令书 an 整改复查意见书 re-checks), if recorded.</summary>
    [ContractMember("followsId")]
    public string? FollowsId { get; init; }

    /// <summary>Gets the kind's Chinese name, such as 行政处罚决定书.</summary>
    public string ChineseName => EnforcementDocuments.IsDefined(Kind) ? EnforcementDocuments.ChineseName(Kind) : ((int)Kind).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <inheritdoc />
    LocalDate? IRecord.ReferenceDate => IssuedOn;

    /// <summary>Returns the id, day, kind and number.</summary>
    /// <returns>A readable one-line description.</returns>
    public override string ToString() => $"{Id} {IssuedOn:uuuu-MM-dd} {ChineseName}{(Number is { } number ? " " + number : string.Empty)}";
}
