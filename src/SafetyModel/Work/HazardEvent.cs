using System;
using NodaTime;
using SafetyModel.Contract;
using SafetyModel.Diagnostics;
using SafetyModel.Documents;

namespace SafetyModel.Work;

/// <summary>
/// One event in a hazard's history (<see cref="Hazard.Events"/>): what happened (<see cref="Kind"/>), on which day, by
/// which body, with a note, and the members its kind needs — the assignee and deadline of a 交办, the outcome of a 复查,
/// the reason and new deadline of a 延期, the level and listing document of a 挂牌督办.
/// </summary>
/// <remarks>
/// <para>
/// One object for every kind, told apart by <c>kind</c>, so that a history reads as one ordered JSON array
/// (<c>/events/3/date</c>). Events are dated by day (<see cref="LocalDate"/>), as registers, deadlines and the statistics
/// forms are; events of one day keep the order of the list.
/// </para>
/// <para>
/// Built with an object initializer; holds what it is given (a member its kind does not use is kept), so that
/// validation can report what is missing or impossible (<c>SM4020</c>–<c>SM4026</c>).
/// </para>
/// </remarks>
[ContractObject]
public sealed partial class HazardEvent : IEquatable<HazardEvent>
{
    /// <summary>Gets what happened.</summary>
    [ContractMember("kind", Required = true)]
    public HazardEventKind Kind { get; init; }

    /// <summary>Gets the day it happened.</summary>
    [ContractMember("date", Required = true)]
    public LocalDate Date { get; init; }

    /// <summary>Gets the acting body (the unit that reported, the office that assigned, the body that re-checked or listed).</summary>
    [ContractMember("by")]
    public string? By { get; init; }

    /// <summary>Gets a free-text note.</summary>
    [ContractMember("note")]
    public string? Note { get; init; }

    /// <summary>Gets, for 交办, the body or person the hazard is assigned to; required there.</summary>
    [ContractMember("assignee")]
    public string? Assignee { get; init; }

    /// <summary>Gets, for 交办, the rectification deadline; for 延期, the new deadline. Required for both.</summary>
    [ContractMember("deadline")]
    public LocalDate? Deadline { get; init; }

    /// <summary>Gets, for 复查, whether the rectification passed; required there.</summary>
    [ContractMember("outcome")]
    public RecheckOutcome? Outcome { get; init; }

    /// <summary>Gets, for 延期, why the deadline is extended; required there.</summary>
    [ContractMember("reason")]
    public string? Reason { get; init; }

    /// <summary>Gets, for 挂牌督办, the level of the listing government; required there.</summary>
    [ContractMember("level")]
    public SupervisionLevel? Level { get; init; }

    /// <summary>Gets, for 挂牌督办, the listing document's number (发文字号, such as <c>乌安委办发〔2024〕12号</c>); required there.</summary>
    [ContractMember("documentNumber")]
    public DocumentNumber? DocumentNumber { get; init; }

    /// <summary>Returns the day, the kind and the acting body.</summary>
    /// <returns>A readable one-line description.</returns>
    public override string ToString() => $"{Date:uuuu-MM-dd} {HazardLifecycle.ChineseName(Kind)}{(By is null ? string.Empty : " " + By)}";
}
