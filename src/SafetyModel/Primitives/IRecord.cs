using NodaTime;

namespace SafetyModel.Primitives;

/// <summary>
/// What every record (an inspection, a hazard, a meeting, an accident …) has: an identifier unique within a batch, the
/// division it belongs to, and the date that places it in a reporting period.
/// </summary>
public interface IRecord
{
    /// <summary>Gets the identifier, unique within a batch.</summary>
    string Id { get; }

    /// <summary>Gets the division the record belongs to.</summary>
    DivisionCode Division { get; }

    /// <summary>Gets the date that places the record in a period (the day of a meeting, the first day of an inspection, the day a hazard was found, the day of an accident), or <see langword="null"/>.</summary>
    LocalDate? ReferenceDate { get; }
}
