using System;
using NodaTime;
using SafetyModel.Contract;
using SafetyModel.Diagnostics;
using SafetyModel.Primitives;

namespace SafetyModel.Work;

/// <summary>A training session (安全培训): its day, topic and the people trained.</summary>
[ContractObject("training", Order = 5)]
public sealed partial class Training : IRecord, IEquatable<Training>
{
    /// <summary>Gets the record's identifier, unique within a batch.</summary>
    [ContractMember("id")]
    public string Id { get; init; } = string.Empty;

    /// <summary>Gets the division where the training took place.</summary>
    [ContractMember("division")]
    public DivisionCode Division { get; init; }

    /// <summary>Gets the day of the training; it places the training in a reporting period.</summary>
    [ContractMember("date", Required = true)]
    public LocalDate Date { get; init; }

    /// <summary>Gets what the training was about (安全生产法宣贯, 消防安全知识 …).</summary>
    [ContractMember("topic")]
    public string? Topic { get; init; }

    /// <summary>Gets the people trained, if recorded (possibly approximate: 200余人次).</summary>
    [ContractMember("peopleTrained")]
    public Quantity? PeopleTrained { get; init; }

    /// <inheritdoc />
    LocalDate? IRecord.ReferenceDate => Date;

    /// <summary>Returns the id, day and topic.</summary>
    /// <returns>A readable one-line description.</returns>
    public override string ToString() => $"{Id} {Date:uuuu-MM-dd} {Topic}";
}
