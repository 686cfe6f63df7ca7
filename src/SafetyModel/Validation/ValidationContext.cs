using System;
using NodaTime;
using SafetyModel.Primitives;

namespace SafetyModel.Validation;

/// <summary>
/// What validation needs from outside the data: the clock, for rules about "today" (a date not in the future, an
/// overdue hazard), the time zone in which "today" is reckoned, and optionally a registry of division codes.
/// </summary>
/// <remarks>Immutable. Tests pass a fake clock (NodaTime.Testing's <c>FakeClock</c>) for repeatable results.</remarks>
public sealed class ValidationContext
{
    /// <summary>Creates a context.</summary>
    /// <param name="clock">The clock.</param>
    /// <param name="zone">The zone that decides the date of "today", or <see langword="null"/> for China Standard Time (Asia/Shanghai).</param>
    /// <param name="registry">The division codes records must use, or <see langword="null"/> to check codes by their form only.</param>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is <see langword="null"/>.</exception>
    public ValidationContext(IClock clock, DateTimeZone? zone = null, DivisionRegistry? registry = null)
    {
        Clock = clock ?? throw new ArgumentNullException(nameof(clock));
        Zone = zone ?? DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
        Registry = registry;
    }

    /// <summary>Gets a context on the system clock, in China Standard Time.</summary>
    public static ValidationContext SystemClock { get; } = new(NodaTime.SystemClock.Instance);

    /// <summary>Gets the clock.</summary>
    public IClock Clock { get; }

    /// <summary>Gets the zone in which "today" is reckoned.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Gets the registry of division codes records must use, or <see langword="null"/>.</summary>
    public DivisionRegistry? Registry { get; }

    /// <summary>Gets today's date in <see cref="Zone"/>, read from <see cref="Clock"/>.</summary>
    public LocalDate Today => Clock.GetCurrentInstant().InZone(Zone).Date;
}
