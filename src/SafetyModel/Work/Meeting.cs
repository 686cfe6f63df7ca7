using System;
using System.Collections.Generic;
using NodaTime;
using SafetyModel.Contract;
using SafetyModel.Diagnostics;
using SafetyModel.Primitives;

namespace SafetyModel.Work;

/// <summary>A work-safety meeting: a regular meeting (例会) or a special one (专题会议), its day, attendance and topics.</summary>
[ContractObject("meeting", Order = 3)]
public sealed partial class Meeting : IRecord, IEquatable<Meeting>
{
    private readonly string[] _topics = Array.Empty<string>();

    /// <summary>Gets the record's identifier, unique within a batch.</summary>
    [ContractMember("id")]
    public string Id { get; init; } = string.Empty;

    /// <summary>Gets the division that held the meeting.</summary>
    [ContractMember("division")]
    public DivisionCode Division { get; init; }

    /// <summary>Gets the day the meeting was held; it places the meeting in a reporting period.</summary>
    [ContractMember("date", Required = true)]
    public LocalDate Date { get; init; }

    /// <summary>Gets the kind of meeting: regular (例会), special (专题会议) or other (全体会议, 部署会 …).</summary>
    [ContractMember("kind")]
    public MeetingKind Kind { get; init; }

    /// <summary>Gets the number of people attending, if recorded.</summary>
    [ContractMember("attendance")]
    public int? Attendance { get; init; }

    /// <summary>Gets the subjects discussed, as the minutes name them.</summary>
    [ContractMember("topics")]
    public IReadOnlyList<string> Topics { get => _topics; init => _topics = Sequences.Copy(value, nameof(Topics)); }

    /// <summary>Gets a value indicating whether the meeting also trained those attending (以会代训).</summary>
    [ContractMember("doublesAsTraining")]
    public bool DoublesAsTraining { get; init; }

    /// <inheritdoc />
    LocalDate? IRecord.ReferenceDate => Date;

    /// <summary>Returns the id, day and kind.</summary>
    /// <returns>A readable one-line description.</returns>
    public override string ToString() => $"{Id} {Date:uuuu-MM-dd} {(Kind == MeetingKind.Regular ? "例会" : Kind == MeetingKind.Special ? "专题会议" : "会议")}";
}
