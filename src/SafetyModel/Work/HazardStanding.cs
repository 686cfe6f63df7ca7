using System;
using NodaTime;

namespace SafetyModel.Work;

/// <summary>
/// Where a hazard stands on a day, derived from its history (<see cref="Hazard.StandingOn"/>): its state, its deadline
/// then, whether it is overdue, how many days it has been open and overdue, and whether it is listed (挂牌督办). Immutable.
/// </summary>
public sealed class HazardStanding : IEquatable<HazardStanding>
{
    internal HazardStanding(LocalDate on, HazardState? state, LocalDate? deadline, bool isOverdue, int daysOpen, int daysOverdue, SupervisionLevel? listing, LocalDate? closedOn)
    {
        On = on;
        State = state;
        Deadline = deadline;
        IsOverdue = isOverdue;
        DaysOpen = daysOpen;
        DaysOverdue = daysOverdue;
        Listing = listing;
        ClosedOn = closedOn;
    }

    /// <summary>Gets the day judged on.</summary>
    public LocalDate On { get; }

    /// <summary>Gets the state on that day; <see langword="null"/> before the hazard was found (or, with a history, reported).</summary>
    public HazardState? State { get; }

    /// <summary>Gets the rectification deadline in force on that day: the last 交办 or 延期 deadline, or the register's deadline for a hazard without history.</summary>
    public LocalDate? Deadline { get; }

    /// <summary>Gets a value indicating whether the hazard is overdue (逾期): found, not rectified (not reported done) and past <see cref="Deadline"/>.</summary>
    public bool IsOverdue { get; }

    /// <summary>Gets the days from the day it was found to the day judged on, or to the day it was closed if that is earlier; 0 before it was found.</summary>
    public int DaysOpen { get; }

    /// <summary>Gets the days past <see cref="Deadline"/> when overdue; 0 otherwise.</summary>
    public int DaysOverdue { get; }

    /// <summary>Gets the highest level the hazard is listed at (挂牌督办) by that day, or <see langword="null"/>.</summary>
    public SupervisionLevel? Listing { get; }

    /// <summary>Gets the day it was closed (销号), if it was by the day judged on.</summary>
    public LocalDate? ClosedOn { get; }

    /// <summary>Gets a value indicating whether the hazard is rectified on that day (待复查, 复查合格 or 已销号).</summary>
    public bool IsRectified => State >= HazardState.AwaitingRecheck;

    /// <inheritdoc />
    public bool Equals(HazardStanding? other) =>
        other is not null && On == other.On && State == other.State && Deadline == other.Deadline && IsOverdue == other.IsOverdue
        && DaysOpen == other.DaysOpen && DaysOverdue == other.DaysOverdue && Listing == other.Listing && ClosedOn == other.ClosedOn;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as HazardStanding);

    /// <inheritdoc />
    public override int GetHashCode() => (On.GetHashCode() * 31 + ((int?)State ?? -1)) * 31 + DaysOpen;

    /// <summary>Returns <c>2024-06-30 Rectifying, overdue 12 days, open 40 days</c>.</summary>
    /// <returns>A readable description.</returns>
    public override string ToString() =>
        $"{On:uuuu-MM-dd} {(State is { } state ? HazardLifecycle.ChineseName(state) : "未发现")}" +
        (IsOverdue ? $", 逾期{DaysOverdue}天" : string.Empty) + $", 已{DaysOpen}天" + (Listing is { } level ? $", {HazardLifecycle.ChineseName(level)}挂牌督办" : string.Empty);
}
