using NodaTime;

namespace SafetyModel.Tests.Validation;

/// <summary>A clock that always reads the same instant, for repeatable validation.</summary>
internal sealed class FixedClock : IClock
{
    private readonly Instant _now;

    public FixedClock(LocalDate today) => _now = today.AtMidnight().InUtc().ToInstant().Plus(Duration.FromHours(4));

    public Instant GetCurrentInstant() => _now;

    public static ValidationContextFor On(int year, int month, int day) => new(new LocalDate(year, month, day));
}

internal sealed class ValidationContextFor
{
    public ValidationContextFor(LocalDate today) => Context = new SafetyModel.Validation.ValidationContext(new FixedClock(today));

    public SafetyModel.Validation.ValidationContext Context { get; }
}
