using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using NodaTime;
using SafetyModel.Primitives;
using SafetyModel.Validation;

namespace SafetyModel.Records;

/// <summary>
/// The declaration of a kind of record of type <typeparamref name="T"/>: start with the constructor, then add what the
/// records contribute with the <c>With…</c> methods, each of which returns a new declaration.
/// </summary>
/// <typeparam name="T">The record type.</typeparam>
/// <example>
/// <code>
/// public static readonly Measure Participants = new("drill-participants", "演练参与人数", "drill participants", QuantityUnit.Person);
/// public static readonly RecordKind&lt;Drill&gt; Kind = new RecordKind&lt;Drill&gt;("drill", "应急演练", "emergency drill", "date")
///     .WithCount(Participants, d =&gt; d.Participants);
/// </code>
/// </example>
public sealed class RecordKind<[DynamicallyAccessedMembers(Members)] T> : RecordKind
    where T : class, IRecord
{
    private readonly Contribution[] _contributions;
    private readonly DimensionReader[] _dimensions;
    private readonly Measure[] _measures;
    private readonly AggregationDimension[] _dimensionList;
    private readonly RuleSet<IRecord> _common;

    /// <summary>
    /// Declares a kind that adds only to <see cref="Measure.Records"/>. A kind whose records name a unit
    /// (<typeparamref name="T"/> implements <see cref="IUnitLinked"/>) gives values for <see cref="AggregationDimension.Unit"/>
    /// and <see cref="AggregationDimension.Industry"/> from the unit looked up in the query's unit directory.
    /// </summary>
    /// <param name="code">The code and JSON <c>type</c> discriminator: lower-case ASCII letters, digits and inner hyphens.</param>
    /// <param name="chineseName">The Chinese name (应急演练).</param>
    /// <param name="englishName">The English name.</param>
    /// <param name="dateMember">The contract name of the member <see cref="IRecord.ReferenceDate"/> comes from.</param>
    /// <exception cref="ArgumentException">The code is not of that form, or a name is empty.</exception>
    public RecordKind(string code, string chineseName, string englishName, string dateMember)
        : this(code, chineseName, englishName, dateMember, Array.Empty<Contribution>(), Array.Empty<DimensionReader>(), null)
    {
    }

    private RecordKind(string code, string chineseName, string englishName, string dateMember, Contribution[] contributions, DimensionReader[] dimensions, RuleSet<T>? rules)
        : base(code, chineseName, englishName, typeof(T), dateMember)
    {
        _contributions = contributions;
        _dimensions = dimensions;
        Rules = rules;
        _common = FigureRules.For(contributions).Aggregate(
            RecordRules.Common.With(RecordRules.NotInFuture(dateMember)).With(RecordRules.InSupportedYears(dateMember)), (rules, rule) => rules.With(rule));
        _measures = Array.ConvertAll(contributions, c => c.Measure);
        _dimensionList = Array.ConvertAll(dimensions, d => d.Dimension).Concat(UnitLinks.Select(d => d.Dimension)).ToArray();
    }

    /// <summary>Gets the kind's own validation rules, run after <see cref="RecordRules.Common"/> and <see cref="RecordRules.NotInFuture"/>; <see langword="null"/> when it has none.</summary>
    public RuleSet<T>? Rules { get; }

    /// <inheritdoc />
    public override IReadOnlyList<Measure> Measures => _measures;

    /// <inheritdoc />
    public override IReadOnlyList<AggregationDimension> Dimensions => _dimensionList;

    /// <summary>Declares that every record of the kind adds 1 to a <see cref="MeasureKind.Count"/> measure (检查次数: one inspection, one count).</summary>
    /// <param name="measure">The measure.</param>
    /// <returns>The new declaration.</returns>
    /// <exception cref="ArgumentException">The measure is not a count, is <see cref="Measure.Records"/>, or is declared already.</exception>
    public RecordKind<T> WithCount(Measure measure) => With(Contribution<T>.OfOne(Checked(measure, MeasureKind.Count)));

    /// <summary>Declares a count a record adds to a <see cref="MeasureKind.Count"/> measure: a figure it holds, or one worked out from it.</summary>
    /// <param name="measure">The measure.</param>
    /// <param name="count">The record's figure; 0 to <see cref="Measure.MaximumFigure"/> for a valid record.</param>
    /// <param name="member">
    /// The contract member the figure is (<c>hazardsFound</c>), when <paramref name="count"/> returns that member's
    /// value, or 0 when it is null: validation then reports a figure that is negative or too large at that member,
    /// aggregation refuses it, and a JSON Lines file is aggregated by reading that member alone
    /// (<c>JsonLines.Aggregate</c>); <see langword="null"/> when the figure is worked out otherwise.
    /// </param>
    /// <returns>The new declaration.</returns>
    /// <exception cref="ArgumentException">The measure is not a count, is <see cref="Measure.Records"/>, or is declared already.</exception>
    public RecordKind<T> WithCount(Measure measure, Func<T, long> count, string? member = null)
    {
        CheckNotNull(count, nameof(count));
        return With(Contribution<T>.OfCount(Checked(measure, MeasureKind.Count), count, member));
    }

    /// <summary>
    /// Declares a count that depends on the day the table is made for (逾期未整改 on the query's <c>AsOf</c>); a query
    /// asking for the measure must then give that day.
    /// </summary>
    /// <param name="measure">The measure.</param>
    /// <param name="count">The record's figure on a day.</param>
    /// <returns>The new declaration.</returns>
    /// <exception cref="ArgumentException">The measure is not a count, is <see cref="Measure.Records"/>, or is declared already.</exception>
    public RecordKind<T> WithCountOn(Measure measure, Func<T, LocalDate, long> count)
    {
        CheckNotNull(count, nameof(count));
        return With(Contribution<T>.OfCountOnDay(Checked(measure, MeasureKind.Count), count));
    }

    /// <summary>Declares the amount a record adds to a <see cref="MeasureKind.Sum"/> measure (直接经济损失).</summary>
    /// <param name="measure">The measure.</param>
    /// <param name="amount">The record's amount, in the measure's unit; 0 to <see cref="Measure.MaximumFigure"/> for a valid record.</param>
    /// <param name="member">The contract member the amount is read from: validation then reports an amount that is negative or too large at that member, and aggregation refuses it.</param>
    /// <returns>The new declaration.</returns>
    /// <exception cref="ArgumentException">The measure is not a sum, or is declared already.</exception>
    public RecordKind<T> WithSum(Measure measure, Func<T, decimal> amount, string? member = null)
    {
        CheckNotNull(amount, nameof(amount));
        return With(Contribution<T>.OfAmount(Checked(measure, MeasureKind.Sum), amount, member));
    }

    /// <summary>Declares the people a record states for a <see cref="MeasureKind.People"/> measure (培训人次), possibly approximate.</summary>
    /// <param name="measure">The measure.</param>
    /// <param name="people">The record's figure, or <see langword="null"/> when it states none.</param>
    /// <param name="member">The contract member the figure is read from (<c>peopleTrained</c>), named when its bounds are negative or too large.</param>
    /// <returns>The new declaration.</returns>
    /// <exception cref="ArgumentException">The measure does not count people, or is declared already.</exception>
    public RecordKind<T> WithPeople(Measure measure, Func<T, Quantity?> people, string? member = null)
    {
        CheckNotNull(people, nameof(people));
        return With(Contribution<T>.OfPeople(Checked(measure, MeasureKind.People), people, member));
    }

    /// <summary>Declares the names a record adds to a <see cref="MeasureKind.Distinct"/> measure (the units an inspection names).</summary>
    /// <param name="measure">The measure.</param>
    /// <param name="names">The record's names; each row counts a name once, trimmed, compared ordinally.</param>
    /// <returns>The new declaration.</returns>
    /// <exception cref="ArgumentException">The measure is not a distinct count, or is declared already.</exception>
    public RecordKind<T> WithDistinct(Measure measure, Func<T, IEnumerable<string>> names)
    {
        CheckNotNull(names, nameof(names));
        return With(Contribution<T>.OfNames(Checked(measure, MeasureKind.Distinct), names));
    }

    /// <summary>Declares a record's value for a single-valued dimension.</summary>
    /// <param name="dimension">The dimension.</param>
    /// <param name="value">The record's value; <c>default</c> (the empty code) for none.</param>
    /// <returns>The new declaration.</returns>
    /// <exception cref="ArgumentException">The dimension is multi-valued, is <see cref="AggregationDimension.None"/> or <see cref="AggregationDimension.RecordType"/>, or is declared already.</exception>
    public RecordKind<T> WithDimension(AggregationDimension dimension, Func<T, DimensionValue> value)
    {
        CheckNotNull(value, nameof(value));
        return With(new SingleDimensionReader<T>(Checked(dimension, multiValued: false), value));
    }

    /// <summary>Declares a record's values for a multi-valued dimension: a list the record holds and how each item reads as a value.</summary>
    /// <typeparam name="TValue">The type of the list's items.</typeparam>
    /// <param name="dimension">The dimension.</param>
    /// <param name="values">The record's list (read by index; an empty list is no value).</param>
    /// <param name="value">How an item reads as a value.</param>
    /// <param name="member">
    /// The contract member that holds the list (<c>types</c>), when <paramref name="values"/> returns that member: a
    /// JSON Lines file is then aggregated by this dimension reading that member alone (<c>JsonLines.Aggregate</c>);
    /// <see langword="null"/> when the list is worked out otherwise.
    /// </param>
    /// <returns>The new declaration.</returns>
    /// <exception cref="ArgumentException">The dimension is single-valued, is built in as every kind's own, or is declared already.</exception>
    public RecordKind<T> WithDimension<TValue>(AggregationDimension dimension, Func<T, IReadOnlyList<TValue>> values, Func<TValue, DimensionValue> value, string? member = null)
    {
        CheckNotNull(values, nameof(values));
        CheckNotNull(value, nameof(value));
        return With(new ListDimensionReader<T, TValue>(Checked(dimension, multiValued: true), values, value, member));
    }

    /// <summary>Declares a reader of the library's own (one that depends on the query), checked like <see cref="WithDimension(AggregationDimension, Func{T, DimensionValue})"/>.</summary>
    internal RecordKind<T> WithReader(DimensionReader reader)
    {
        Checked(reader.Dimension, reader.Dimension.IsMultiValued);
        return With(reader);
    }

    /// <summary>Declares the kind's own validation rules, run after <see cref="RecordRules.Common"/>.</summary>
    /// <param name="rules">The rules.</param>
    /// <returns>The new declaration.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is <see langword="null"/>.</exception>
    public RecordKind<T> WithRules(RuleSet<T> rules) =>
        new(Code, ChineseName, EnglishName, DateMember, _contributions, _dimensions, rules ?? throw new ArgumentNullException(nameof(rules)));

    /// <inheritdoc />
    public override ValidationReport Validate(IRecord record, ValidationContext? context = null)
    {
        if (record is null)
        {
            throw new ArgumentNullException(nameof(record));
        }

        return record is T typed
            ? ValidateTyped(typed, context)
            : throw new ArgumentException($"The record is a {record.GetType().Name}, not a {typeof(T).Name} ({Code}).", nameof(record));
    }

    private ValidationReport ValidateTyped(T record, ValidationContext? context)
    {
        var common = _common.Validate(record, context);
        return Rules is { } rules ? common.Merge(rules.Validate(record, context)) : common;
    }

    /// <inheritdoc />
    internal override TResult Accept<TResult>(IRecordKindVisitor<TResult> visitor) => visitor.Visit(this);

    /// <inheritdoc />
    internal override Contribution? ContributionTo(Measure measure) => Array.Find(_contributions, c => c.Measure == measure);

    /// <inheritdoc />
    internal override DimensionReader? ReaderOf(AggregationDimension dimension) =>
        Array.Find(_dimensions, d => d.Dimension == dimension) ?? Array.Find(UnitLinks, d => d.Dimension == dimension);

    /// <summary>The unit and industry of a kind whose records name a unit, after the kind's own dimensions.</summary>
    private static readonly DimensionReader[] UnitLinks = UnitLinkReaders();

    private static DimensionReader[] UnitLinkReaders() => typeof(IUnitLinked).IsAssignableFrom(typeof(T))
        ? new DimensionReader[] { new UnitLinkReader(AggregationDimension.Unit), new UnitLinkReader(AggregationDimension.Industry) }
        : Array.Empty<DimensionReader>();

    private static void CheckNotNull(object value, string name)
    {
        if (value is null)
        {
            throw new ArgumentNullException(name);
        }
    }

    private RecordKind<T> With(Contribution contribution) =>
        new(Code, ChineseName, EnglishName, DateMember, [.. _contributions, contribution], _dimensions, Rules);

    private RecordKind<T> With(DimensionReader reader) =>
        new(Code, ChineseName, EnglishName, DateMember, _contributions, [.. _dimensions, reader], Rules);

    private Measure Checked(Measure measure, MeasureKind kind)
    {
        if (measure is null)
        {
            throw new ArgumentNullException(nameof(measure));
        }

        if (measure == Measure.Records)
        {
            throw new ArgumentException($"Every record adds 1 to {Measure.Records.Code}; a kind does not declare it.", nameof(measure));
        }

        if (measure.Kind != kind)
        {
            throw new ArgumentException($"The measure {measure.Code} is a {EnumCodes.Of(measure.Kind)} measure; declare it with the method for {EnumCodes.Of(measure.Kind)}, not {EnumCodes.Of(kind)}.", nameof(measure));
        }

        return ContributionTo(measure) is null
            ? measure
            : throw new ArgumentException($"The kind {Code} declares the measure {measure.Code} already.", nameof(measure));
    }

    private AggregationDimension Checked(AggregationDimension dimension, bool multiValued)
    {
        if (dimension is null)
        {
            throw new ArgumentNullException(nameof(dimension));
        }

        if (dimension == AggregationDimension.None || dimension == AggregationDimension.RecordType)
        {
            throw new ArgumentException($"The dimension {dimension.Code} is not declared by a kind.", nameof(dimension));
        }

        if (dimension.IsMultiValued != multiValued)
        {
            throw new ArgumentException(
                $"The dimension {dimension.Code} is {(dimension.IsMultiValued ? "multi-valued: give a list" : "single-valued: give one value")}.", nameof(dimension));
        }

        return ReaderOf(dimension) is null
            ? dimension
            : throw new ArgumentException($"The kind {Code} declares the dimension {dimension.Code} already.", nameof(dimension));
    }
}
