using System;
using System.Collections.Generic;
using NodaTime;
using SafetyModel.Primitives;

namespace SafetyModel.Records;

/// <summary>What the records of one kind add to one measure: the declaration's delegate, typed by the measure's <see cref="MeasureKind"/>.</summary>
internal abstract class Contribution
{
    protected Contribution(Measure measure, bool needsDay, string? member, bool onePerRecord = false)
    {
        Measure = measure;
        NeedsDay = needsDay;
        Member = member;
        IsOnePerRecord = onePerRecord;
    }

    /// <summary>Gets whether every record adds exactly 1 (declared with <see cref="RecordKind{T}.WithCount(Measure)"/>).</summary>
    public bool IsOnePerRecord { get; }

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

    /// <summary>
    /// Whether the figure a record states in <see cref="Member"/> is one a table can add up: not negative and at most
    /// <see cref="Measure.MaximumFigure"/> (for people, both bounds). Figures not read from a member are not checked.
    /// Validation reports what this finds (<c>SM4010</c>, <c>SM4012</c>) and aggregation refuses it, by the same test.
    /// </summary>
    public FigureProblem Check(IRecord record)
    {
        if (Member is null || NeedsDay)
        {
            return FigureProblem.None;
        }

        switch (Measure.Kind)
        {
            case MeasureKind.Count:
                return Judge(Count(record, default));
            case MeasureKind.Sum:
                return Judge(Amount(record));
            case MeasureKind.People when People(record) is { } people:
                var lower = Judge(people.Lower.Value);
                return lower != FigureProblem.None ? lower : people.Upper is { } upper ? Judge(upper.Value) : FigureProblem.None;
            default:
                return FigureProblem.None;
        }
    }

    /// <summary>The figure as read from the record, for messages: the count, the amount or the people as stated.</summary>
    public object? Figure(IRecord record) => Measure.Kind switch
    {
        MeasureKind.Count => Count(record, default),
        MeasureKind.Sum => Amount(record),
        MeasureKind.People => People(record)?.ToString(),
        _ => null,
    };

    private static FigureProblem Judge(decimal value) =>
        value < 0 ? FigureProblem.Negative : value > Measure.MaximumFigure ? FigureProblem.TooLarge : FigureProblem.None;
}

/// <summary>What is wrong with a figure a record states, as <see cref="Contribution.Check"/> finds it.</summary>
internal enum FigureProblem
{
    /// <summary>Nothing: a table can add it up.</summary>
    None,

    /// <summary>A count or amount below zero.</summary>
    Negative,

    /// <summary>Above <see cref="Measure.MaximumFigure"/>.</summary>
    TooLarge,
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
        Func<T, decimal>? amount = null, Func<T, Quantity?>? people = null, Func<T, IEnumerable<string>>? names = null, bool onePerRecord = false)
        : base(measure, needsDay, member, onePerRecord) => (_count, _countOnDay, _amount, _people, _names) = (count, countOnDay, amount, people, names);

    public static Contribution<T> OfCount(Measure measure, Func<T, long> count, string? member) => new(measure, false, member, count: count);

    public static Contribution<T> OfOne(Measure measure) => new(measure, false, null, count: static _ => 1, onePerRecord: true);

    public static Contribution<T> OfCountOnDay(Measure measure, Func<T, LocalDate, long> count) => new(measure, true, null, countOnDay: count);

    public static Contribution<T> OfAmount(Measure measure, Func<T, decimal> amount, string? member) => new(measure, false, member, amount: amount);

    public static Contribution<T> OfPeople(Measure measure, Func<T, Quantity?> people, string? member) => new(measure, false, member, people: people);

    public static Contribution<T> OfNames(Measure measure, Func<T, IEnumerable<string>> names) => new(measure, false, null, names: names);

    public override long Count(IRecord record, LocalDate asOf) => _count is { } count ? count((T)record) : _countOnDay!((T)record, asOf);

    public override decimal Amount(IRecord record) => _amount!((T)record);

    public override Quantity? People(IRecord record) => _people!((T)record);

    public override IEnumerable<string> Names(IRecord record) => _names!((T)record);
}
