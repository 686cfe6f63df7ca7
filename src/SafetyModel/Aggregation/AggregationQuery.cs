using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using SafetyModel.Primitives;
using SafetyModel.Records;

namespace SafetyModel.Aggregation;

/// <summary>
/// How <see cref="Aggregator"/> rolls records up: the division level to group by (records are grouped under their
/// ancestor at that level, by truncating codes), the period granularity, one further dimension and the measures.
/// </summary>
/// <remarks>Built with an object initializer; <see cref="Measures"/> is copied when set.</remarks>
public sealed class AggregationQuery
{
    private readonly Measure[] _measures = { Measure.Records };
    private readonly ReportingPeriod[] _periods = Array.Empty<ReportingPeriod>();
    private readonly Rate[] _rates = Array.Empty<Rate>();
    private readonly AggregationDimension _dimension = AggregationDimension.None;
    private readonly RecordCatalogue _catalogue = RecordCatalogue.Default;

    /// <summary>
    /// Gets the level to group divisions at (乡级 → a town's villages roll up into it), or <see langword="null"/> for
    /// every division in one group. A record whose division is coarser than the level stays in its own group; a record
    /// without a division is grouped under the default code.
    /// </summary>
    public DivisionLevel? DivisionLevel { get; init; }

    /// <summary>
    /// Gets the period length to group by — month, quarter, half-year or year, by the record's reference date — or
    /// <see langword="null"/> for all dates in one group. A record without a date is grouped under no period.
    /// <see cref="PeriodGranularity.Custom"/> groups by the periods listed in <see cref="Periods"/> instead.
    /// </summary>
    public PeriodGranularity? Granularity { get; init; }

    /// <summary>
    /// Gets the periods to group by when <see cref="Granularity"/> is <see cref="PeriodGranularity.Custom"/> — 汛期
    /// (6月1日至9月30日), a 安全生产月, a campaign's days — and empty otherwise. They may be of any length and need not
    /// cover the year, but must not overlap (a record would count twice in its division's subtotal). A dated record that
    /// falls in none of them is counted in no row; <see cref="StatisticsTable.RecordsOutsidePeriods"/> says how many.
    /// Copied when set.
    /// </summary>
    public IReadOnlyList<ReportingPeriod> Periods { get => _periods; init => _periods = Sequences.Copy(value, nameof(Periods)); }

    /// <summary>Gets the further breakdown of each division and period.</summary>
    public AggregationDimension Dimension { get => _dimension; init => _dimension = value ?? throw new ArgumentNullException(nameof(Dimension)); }

    /// <summary>Gets the measures, in the order of the table's value columns; at least one, each once.</summary>
    public IReadOnlyList<Measure> Measures { get => _measures; init => _measures = Sequences.Copy(value, nameof(Measures)); }

    /// <summary>
    /// Gets the rates each row works out, after the measures (<see cref="Rate.Rectification"/>, a rate per a figure the
    /// user supplies); empty by default. Every measure a rate divides must be among <see cref="Measures"/>, and each
    /// code appear once. Copied when set.
    /// </summary>
    public IReadOnlyList<Rate> Rates { get => _rates; init => _rates = Sequences.Copy(value, nameof(Rates)); }

    /// <summary>
    /// Gets the supervised units that records name by <c>unitId</c> (<see cref="IUnitLinked"/>), for the
    /// <see cref="AggregationDimension.Unit"/> names and the <see cref="AggregationDimension.Industry"/> of linked records;
    /// <see langword="null"/> for none. Aggregation reads its records once and does not look ahead, so the directory is
    /// given here — build it from the unit records of the same input with <see cref="Work.UnitDirectory.From"/> (the CLI
    /// does). A unit record's own industry and name need no directory.
    /// </summary>
    public Work.UnitDirectory? Units { get; init; }

    /// <summary>
    /// Gets the mapping between accident classification schemes that <see cref="AggregationDimension.AccidentCategory"/>
    /// reads categories through — records of GB 6441-2025 and GB 6441-1986 rolled up under one scheme — or
    /// <see langword="null"/> to group by each category's own code. A category the mapping does not map is grouped
    /// under its scheme and code, apart from the target's.
    /// </summary>
    public Accidents.AccidentCategoryMapping? CategoryMapping { get; init; }

    /// <summary>Gets the day <see cref="Measure.HazardsOverdue"/> is judged on; required by that measure.</summary>
    public LocalDate? AsOf { get; init; }

    /// <summary>
    /// Gets the record kinds the records are read by: what each kind adds to the measures and its value for the
    /// dimension. <see cref="RecordCatalogue.Default"/> (the built-in kinds) unless a town adds its own.
    /// </summary>
    public RecordCatalogue Catalogue { get => _catalogue; init => _catalogue = value ?? throw new ArgumentNullException(nameof(Catalogue)); }

    /// <summary>Returns <c>township × quarter × inspection-type: records, hazards-found</c>.</summary>
    /// <returns>A readable description.</returns>
    public override string ToString() =>
        $"{(DivisionLevel is { } level ? EnumCodes.Of(level) : "all divisions")} × {(_periods.Length > 0 ? string.Join("/", SortedPeriods().Select(p => p.Code)) : Granularity is { } granularity ? EnumCodes.Of(granularity) : "all dates")} × {_dimension.Code}: " +
        string.Join(", ", _measures.Select(m => m.Code)) + (_rates.Length > 0 ? "; " + string.Join(", ", _rates.Select(r => r.Code)) : string.Empty);

    internal void Check()
    {
        if (_measures.Length == 0)
        {
            throw new ArgumentException("An aggregation needs at least one measure.", nameof(Measures));
        }

        var seen = new HashSet<Measure>();
        foreach (var measure in _measures)
        {
            if (!_catalogue.Measures.Contains(measure))
            {
                throw new ArgumentException(
                    $"No kind of the catalogue adds to the measure {measure.Code}; the measures are {string.Join(", ", _catalogue.Measures)}.", nameof(Measures));
            }

            if (!seen.Add(measure))
            {
                throw new ArgumentException($"The measure {measure.Code} is asked for twice.", nameof(Measures));
            }
        }

        if (Granularity is < PeriodGranularity.Month or > PeriodGranularity.Custom)
        {
            throw new ArgumentException($"{(int)Granularity} is not a defined period granularity.", nameof(Granularity));
        }

        CheckPeriods();
        CheckRates();

        if (DivisionLevel is { } level && level is < Primitives.DivisionLevel.Province or > Primitives.DivisionLevel.Village)
        {
            throw new ArgumentException($"{(int)level} is not a defined division level.", nameof(DivisionLevel));
        }

        if (!_catalogue.Dimensions.Contains(_dimension))
        {
            throw new ArgumentException(
                $"No kind of the catalogue gives values for the dimension {_dimension.Code}; the dimensions are {string.Join(", ", _catalogue.Dimensions)}.", nameof(Dimension));
        }

        if (AsOf is null && NeedsDay(_catalogue, _measures) is { } daily)
        {
            throw new ArgumentException($"The measure {daily.Code} is judged on a day (such as overdue hazards): set AsOf.", nameof(AsOf));
        }
    }

    /// <summary>The custom periods in order of their first day.</summary>
    /// <summary>The first of the measures that some kind of the catalogue counts as of a day, or <see langword="null"/>.</summary>
    internal static Measure? NeedsDay(RecordCatalogue catalogue, IEnumerable<Measure> measures) =>
        measures.FirstOrDefault(m => catalogue.Kinds.Any(k => k.ContributionTo(m) is { NeedsDay: true }));

    internal ReportingPeriod[] SortedPeriods()
    {
        var sorted = (ReportingPeriod[])_periods.Clone();
        Array.Sort(sorted, (a, b) => a.Start.CompareTo(b.Start));
        return sorted;
    }

    private void CheckPeriods()
    {
        if (Granularity != PeriodGranularity.Custom)
        {
            if (_periods.Length > 0)
            {
                throw new ArgumentException("Periods are listed but Granularity is not Custom: set Granularity = PeriodGranularity.Custom to group by them.", nameof(Periods));
            }

            return;
        }

        if (_periods.Length == 0)
        {
            throw new ArgumentException("Granularity is Custom: list the periods to group by in Periods.", nameof(Periods));
        }

        var sorted = SortedPeriods();
        for (var i = 1; i < sorted.Length; i++)
        {
            if (sorted[i].Start <= sorted[i - 1].End)
            {
                throw new ArgumentException(
                    $"The periods {sorted[i - 1].Code} and {sorted[i].Code} overlap; a record in both would count twice in its division's subtotal. Give periods that do not overlap.",
                    nameof(Periods));
            }
        }
    }

    private void CheckRates()
    {
        var measures = new HashSet<Measure>(_measures);
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rate in _rates)
        {
            if (!codes.Add(rate.Code))
            {
                throw new ArgumentException($"Two rates have the code '{rate.Code}'; a row names its rates by code, so give each once.", nameof(Rates));
            }

            foreach (var figure in rate.Denominator?.Figures ?? Array.Empty<DenominatorFigure>())
            {
                if (figure.Division is not { } division)
                {
                    continue;
                }

                if (DivisionLevel is not { } level)
                {
                    throw new ArgumentException(
                        $"The rate '{rate.Code}' has a figure for {division.Code}, but the table is not grouped by division: give its figure with no division (the whole area), or set DivisionLevel.",
                        nameof(Rates));
                }

                if (division.Level > level)
                {
                    throw new ArgumentException(
                        $"The rate '{rate.Code}' has a figure for {division.Code} ({EnumCodes.Of(division.Level)}), finer than the table's divisions ({EnumCodes.Of(level)}); no row can use it. Give figures at the table's level.",
                        nameof(Rates));
                }
            }

            foreach (var measure in rate.DenominatorMeasure is { } d ? new[] { rate.Numerator, d } : new[] { rate.Numerator })
            {
                if (!measures.Contains(measure))
                {
                    throw new ArgumentException(
                        $"The rate '{rate.Code}' divides by or into {measure.Code}, which is not among the measures: add it to Measures.",
                        nameof(Rates));
                }
            }
        }
    }
}
