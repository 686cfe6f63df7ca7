using System;
using NodaTime;

namespace SafetyModel.Validation;

/// <summary>
/// What validation needs from outside the data: the clock, for rules about "today" (a date not in the future, an
/// overdue hazard), and the time zone in which "today" is reckoned.
/// </summary>
/// <remarks>Immutable. Tests pass a fake clock (NodaTime.Testing's <c>FakeClock</c>) for repeatable results.</remarks>
public sealed class ValidationContext
{
    /// <summary>Creates a context.</summary>
    /// <param name="clock">The clock.</param>
    /// <param name="zone">The zone that decides the date of "today", or <see langword="null"/> for China Standard Time (Asia/Shanghai).</param>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is <see langword="null"/>.</exception>
    public ValidationContext(IClock clock, DateTimeZone? zone = null)
    {
        Clock = clock ?? throw new ArgumentNullException(nameof(clock));
        Zone = zone ?? DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
    }

    /// <summary>Gets a context on the system clock, in China Standard Time.</summary>
    public static ValidationContext SystemClock { get; } = new(NodaTime.SystemClock.Instance);

    /// <summary>Gets the clock.</summary>
    public IClock Clock { get; }

    /// <summary>Gets the zone in which "today" is reckoned.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Gets today's date in <see cref="Zone"/>, read from <see cref="Clock"/>.</summary>
    public LocalDate Today => Clock.GetCurrentInstant().InZone(Zone).Date;
}
