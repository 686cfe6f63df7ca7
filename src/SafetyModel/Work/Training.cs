using System;
using NodaTime;
using SafetyModel.Primitives;

namespace SafetyModel.Work;

/// <summary>A training session (安全培训): its day, topic and the people trained.</summary>
public sealed class Training : IRecord, IEquatable<Training>
{
    /// <summary>Gets the record's identifier, unique within a batch.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>Gets the division.</summary>
    public DivisionCode Division { get; init; }

    /// <summary>Gets the day.</summary>
    public LocalDate Date { get; init; }

    /// <summary>Gets the topic.</summary>
    public string? Topic { get; init; }

    /// <summary>Gets the people trained, if recorded (possibly approximate: 200余人次).</summary>
    public Quantity? PeopleTrained { get; init; }

    /// <inheritdoc />
    LocalDate? IRecord.ReferenceDate => Date;

    /// <inheritdoc />
    public bool Equals(Training? other) =>
        other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal) && Division == other.Division && Date == other.Date &&
        string.Equals(Topic, other.Topic, StringComparison.Ordinal) && Equals(PeopleTrained, other.PeopleTrained);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Training);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Id), Division, Date, Topic);

    /// <summary>Returns the id, day and topic.</summary>
    /// <returns>A readable one-line description.</returns>
    public override string ToString() => $"{Id} {Date:uuuu-MM-dd} {Topic}";
}
