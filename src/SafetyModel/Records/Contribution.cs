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
    private readonly Func<T, LocalDate, long>? _count;
    private readonly Func<T, decimal>? _amount;
    private readonly Func<T, Quantity?>? _people;
    private readonly Func<T, IEnumerable<string>>? _names;

    private Contribution(Measure measure, bool needsDay, string? member, Func<T, LocalDate, long>? count, Func<T, decimal>? amount, Func<T, Quantity?>? people, Func<T, IEnumerable<string>>? names)
        : base(measure, needsDay, member) => (_count, _amount, _people, _names) = (count, amount, people, names);

    public static Contribution<T> OfCount(Measure measure, Func<T, LocalDate, long> count, bool needsDay, string? member) => new(measure, needsDay, member, count, null, null, null);

    public static Contribution<T> OfAmount(Measure measure, Func<T, decimal> amount, string? member) => new(measure, false, member, null, amount, null, null);

    public static Contribution<T> OfPeople(Measure measure, Func<T, Quantity?> people) => new(measure, false, null, null, null, people, null);

    public static Contribution<T> OfNames(Measure measure, Func<T, IEnumerable<string>> names) => new(measure, false, null, null, null, null, names);

    public override long Count(IRecord record, LocalDate asOf) => _count!((T)record, asOf);

    public override decimal Amount(IRecord record) => _amount!((T)record);

    public override Quantity? People(IRecord record) => _people!((T)record);

    public override IEnumerable<string> Names(IRecord record) => _names!((T)record);
}
