using System;
using System.Collections.Generic;
using NodaTime;
using SafetyModel.Primitives;

namespace SafetyModel.Records;

/// <summary>What the records of one kind add to one measure: the declaration's delegate, typed by the measure's <see cref="MeasureKind"/>.</summary>
internal abstract class Contribution
{
    protected Contribution(Measure measure, bool needsDay, string? member)
    {
        Measure = measure;
        NeedsDay = needsDay;
        Member = member;
    }

    public Measure Measure { get; }

    /// <summary>Gets the contract member the figure is read from (<c>hazardsFound</c>), named when it is out of range; <see langword="null"/> when the figure is not a member (1 per record).</summary>
    public string? Member { get; }

    /// <summary>Gets whether the figure depends on the day the table is made for (the query's <c>AsOf</c>).</summary>
    public bool NeedsDay { get; }

    /// <summary>A <see cref="MeasureKind.Count"/> measure's figure for a record.</summary>
    public abstract long Count(IRecord record, LocalDate asOf);

    /// <summary>A <see cref="MeasureKind.Sum"/> measure's amount for a record.</summary>
    public abstract decimal Amount(IRecord record);

    /// <summary>A <see cref="MeasureKind.People"/> measure's figure for a record, or <see langword="null"/> when it states none.</summary>
    public abstract Quantity? People(IRecord record);

    /// <summary>A <see cref="MeasureKind.Distinct"/> measure's names for a record.</summary>
    public abstract IEnumerable<string> Names(IRecord record);
}

/// <summary>A contribution over records of type <typeparamref name="T"/>; exactly one delegate is set, the one its measure's kind reads.</summary>
/// <typeparam name="T">The record type.</typeparam>
internal sealed class Contribution<T> : Contribution
    where T : class, IRecord
{
    private readonly Func<T, long>? _count;
    private readonly Func<T, LocalDate, long>? _countOnDay;
    private readonly Func<T, decimal>? _amount;
    private readonly Func<T, Quantity?>? _people;
    private readonly Func<T, IEnumerable<string>>? _names;

    private Contribution(
        Measure measure, bool needsDay, string? member, Func<T, long>? count = null, Func<T, LocalDate, long>? countOnDay = null,
        Func<T, decimal>? amount = null, Func<T, Quantity?>? people = null, Func<T, IEnumerable<string>>? names = null)
        : base(measure, needsDay, member) => (_count, _countOnDay, _amount, _people, _names) = (count, countOnDay, amount, people, names);

    public static Contribution<T> OfCount(Measure measure, Func<T, long> count, string? member) => new(measure, false, member, count: count);

    public static Contribution<T> OfCountOnDay(Measure measure, Func<T, LocalDate, long> count) => new(measure, true, null, countOnDay: count);

    public static Contribution<T> OfAmount(Measure measure, Func<T, decimal> amount, string? member) => new(measure, false, member, amount: amount);

    public static Contribution<T> OfPeople(Measure measure, Func<T, Quantity?> people) => new(measure, false, null, people: people);

    public static Contribution<T> OfNames(Measure measure, Func<T, IEnumerable<string>> names) => new(measure, false, null, names: names);

    public override long Count(IRecord record, LocalDate asOf) => _count is { } count ? count((T)record) : _countOnDay!((T)record, asOf);

    public override decimal Amount(IRecord record) => _amount!((T)record);

    public override Quantity? People(IRecord record) => _people!((T)record);

    public override IEnumerable<string> Names(IRecord record) => _names!((T)record);
}
