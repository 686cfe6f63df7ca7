using System;

namespace SafetyModel.Work;

/// <summary>
/// One row of the hazard state machine (<see cref="HazardLifecycle.Transitions"/>): in state <see cref="From"/>
/// (<see langword="null"/> before the first event) an event of kind <see cref="Event"/> may happen — for a re-check,
/// only with <see cref="Outcome"/> — and leaves the hazard in <see cref="To"/>. Immutable.
/// </summary>
public sealed class HazardTransition : IEquatable<HazardTransition>
{
    /// <summary>Declares a transition.</summary>
    /// <param name="from">The state before, or <see langword="null"/> before the first event.</param>
    /// <param name="event">The event's kind.</param>
    /// <param name="outcome">For a re-check, the outcome the row is for; otherwise <see langword="null"/>.</param>
    /// <param name="to">The state after.</param>
    public HazardTransition(HazardState? from, HazardEventKind @event, RecheckOutcome? outcome, HazardState to)
    {
        From = from;
        Event = @event;
        Outcome = outcome;
        To = to;
    }

    /// <summary>Gets the state before the event; <see langword="null"/> before the first event.</summary>
    public HazardState? From { get; }

    /// <summary>Gets the event's kind.</summary>
    public HazardEventKind Event { get; }

    /// <summary>Gets the re-check outcome the row is for, or <see langword="null"/> for the other kinds.</summary>
    public RecheckOutcome? Outcome { get; }

    /// <summary>Gets the state after the event.</summary>
    public HazardState To { get; }

    /// <inheritdoc />
    public bool Equals(HazardTransition? other) =>
        other is not null && From == other.From && Event == other.Event && Outcome == other.Outcome && To == other.To;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as HazardTransition);

    /// <inheritdoc />
    public override int GetHashCode() => ((int?)From ?? -1) * 1000 + (int)Event * 10 + ((int?)Outcome ?? 0) + (int)To * 100_000;

    /// <summary>Returns <c>Assigned --rectification-started--> Rectifying</c>.</summary>
    /// <returns>A readable description.</returns>
    public override string ToString() => $"{(From is { } from ? from.ToString() : "(start)")} --{Event}{(Outcome is { } outcome ? "/" + outcome : string.Empty)}--> {To}";
}
