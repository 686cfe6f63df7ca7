using NodaTime;
using NodaTime.Text;

namespace SafetyModel.Cli.Input;

/// <summary>Dates given on the command line (ISO <c>yyyy-MM-dd</c>) and the clock that stands still on one.</summary>
internal static class DateOptions
{
    private static readonly DateTimeZone ChinaStandardTime = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    public static LocalDate? Parse(string option, string? text)
    {
        if (text is null)
        {
            return null;
        }

        var result = LocalDatePattern.Iso.Parse(text);
        if (!result.Success)
        {
            throw new CliException($"{option}: “{text}” is not a date; write it as yyyy-MM-dd (2022-07-07).");
        }

        return result.Value;
    }

    /// <summary>The system clock, or a clock that reads noon of the given day in China Standard Time.</summary>
    public static IClock ClockFor(LocalDate? today) =>
        today is { } date ? new FixedClock(date.At(new LocalTime(12, 0)).InZoneLeniently(ChinaStandardTime).ToInstant()) : SystemClock.Instance;

    private sealed class FixedClock : IClock
    {
        private readonly Instant _now;

        public FixedClock(Instant now) => _now = now;

        public Instant GetCurrentInstant() => _now;
    }
}
