using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using SafetyModel.Primitives;
using SafetyModel.Records;

namespace SafetyModel.Aggregation;

/// <summary>
/// Rolls records up into a <see cref="StatisticsTable"/>: by division (truncating codes to a level: village → town →
/// county → prefecture → province), by period (month, quarter, half-year, year) and by one further dimension, with
/// counts and sums that keep approximate figures approximate.
/// </summary>
/// <remarks>
/// <para>
/// One pass over the records, holding only one accumulator per group: the records may be a stream larger than memory.
/// The hot loop allocates nothing per record (keys are structs; codes are the records' own strings).
/// </para>
/// <para>
/// An inspection of several types counts in the row of each type and once in its division's and period's subtotal, so
/// the detail rows of a multi-valued dimension may add up to more than the subtotal; subtotals always add up to the
/// division subtotals and the total.
/// </para>
/// </remarks>
public static class Aggregator
{
    /// <summary>Aggregates records.</summary>
    /// <param name="records">The records, of any types; each measure reads the types it names.</param>
    /// <param name="query">How to group and what to measure.</param>
    /// <returns>The table, in stable order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> or <paramref name="query"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// The query is not valid (see <see cref="AggregationQuery"/>), or a record is null, states a figure that is negative
    /// or above <see cref="Measure.MaximumFigure"/> (validate records first with <see cref="RecordCatalogue.Validate"/>:
    /// it reports both), or the query groups by calendar period and a record is dated outside the years 2 to 9998 that a
    /// <see cref="ReportingPeriod"/> can fall in (an unset date reads as 0001-01-01); the message names the record's
    /// index, id and member. Also when the figures add up to more than a row can hold (never for valid records below
    /// nine million at the maximum).
    /// </exception>
    public static StatisticsTable Aggregate(IEnumerable<IRecord> records, AggregationQuery query)
    {
        if (records is null)
        {
            throw new ArgumentNullException(nameof(records));
        }

        var accumulation = Start(query);
        var calendar = GroupsByCalendar(query);
        var index = 0L;
        try
        {
            foreach (var record in records)
            {
                accumulation.Add(Checked(record, index, nameof(records), calendar, accumulation.Plan), index, nameof(records));
                index++;
            }

            return accumulation.Build();
        }
        catch (OverflowException e)
        {
            throw TooLarge(e, nameof(records));
        }
    }

    /// <summary>Aggregates an asynchronous stream of records (read from a file or a network), holding only the groups.</summary>
    /// <param name="records">The records.</param>
    /// <param name="query">How to group and what to measure.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <returns>The table, in stable order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> or <paramref name="query"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// The query is not valid, or a record is null or states a figure that is negative or above
    /// <see cref="Measure.MaximumFigure"/>, or the query groups by calendar period and a record is dated outside the
    /// years 2 to 9998, or the figures add up to more than a row can hold.
    /// </exception>
    public static async Task<StatisticsTable> AggregateAsync(IAsyncEnumerable<IRecord> records, AggregationQuery query, CancellationToken cancellationToken = default)
    {
        if (records is null)
        {
            throw new ArgumentNullException(nameof(records));
        }

        var accumulation = Start(query);
        var calendar = GroupsByCalendar(query);
        var index = 0L;
        try
        {
            await foreach (var record in records.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                accumulation.Add(Checked(record, index, nameof(records), calendar, accumulation.Plan), index, nameof(records));
                index++;
            }

            return accumulation.Build();
        }
        catch (OverflowException e)
        {
            throw TooLarge(e, nameof(records));
        }
    }

    /// <summary>
    /// Aggregates a batch of records encoded into columns (<see cref="RecordBatch"/>): the same table as from its records,
    /// from a scan of flat arrays — for many queries over one large set of records.
    /// </summary>
    /// <param name="batch">The batch.</param>
    /// <param name="query">How to group and what to measure.</param>
    /// <returns>The table, in stable order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="batch"/> or <paramref name="query"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// The query is not valid (see <see cref="AggregationQuery"/>), or it groups by calendar period and a record is dated
    /// outside the years 2 to 9998 that a <see cref="ReportingPeriod"/> can fall in (the message names the record's
    /// index and id), or the figures add up to more than a row can hold.
    /// </exception>
    public static StatisticsTable Aggregate(RecordBatch batch, AggregationQuery query) => AggregateBatch(batch, query, null);

    /// <summary>
    /// Aggregates a batch as <see cref="Aggregate(RecordBatch, AggregationQuery)"/> does, scanning its columns on up to
    /// <see cref="ParallelOptions.MaxDegreeOfParallelism"/> threads (every core when it is −1): each thread scans a
    /// contiguous range into a table of its own and the tables are added up, so the table is the same as on one thread.
    /// A batch of fewer than 65,536 records a thread is scanned on fewer threads.
    /// </summary>
    /// <param name="batch">The batch.</param>
    /// <param name="query">How to group and what to measure.</param>
    /// <param name="parallel">How many threads to use, and the token that cancels the scan.</param>
    /// <returns>The table, in stable order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="batch"/>, <paramref name="query"/> or <paramref name="parallel"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">As for <see cref="Aggregate(RecordBatch, AggregationQuery)"/>.</exception>
    /// <exception cref="OperationCanceledException">The token of <paramref name="parallel"/> was cancelled.</exception>
    public static StatisticsTable Aggregate(RecordBatch batch, AggregationQuery query, ParallelOptions parallel) =>
        AggregateBatch(batch, query, parallel ?? throw new ArgumentNullException(nameof(parallel)));

    private static StatisticsTable AggregateBatch(RecordBatch batch, AggregationQuery query, ParallelOptions? parallel)
    {
        if (batch is null)
        {
            throw new ArgumentNullException(nameof(batch));
        }

        Start(query);
        try
        {
            return batch.Aggregate(query, parallel);
        }
        catch (OverflowException e)
        {
            throw TooLarge(e, nameof(batch));
        }
    }

    /// <summary>The refusal when a row's sum does not fit: each figure is checked, so only very many very large ones get here.</summary>
    internal static ArgumentException TooLarge(OverflowException e, string name) => new(
        "The records' figures add up to more than a statistics table can hold (9.2 × 10¹⁸ for a count, 7.9 × 10²⁸ for an amount); check the largest figures or aggregate fewer records at a time.",
        name,
        e);

    internal static Accumulation Start(AggregationQuery query)
    {
        if (query is null)
        {
            throw new ArgumentNullException(nameof(query));
        }

        query.Check();
        return new Accumulation(query);
    }

    /// <summary>The first measure to which a record adds a figure a table cannot add up (negative or too large), by its kind in the catalogue (the default one when none is given), or <see langword="null"/>.</summary>
    internal static Measure? BadFigure(IRecord record, RecordCatalogue? catalogue = null) =>
        new QueryPlan(new AggregationQuery { Catalogue = catalogue ?? RecordCatalogue.Default }).For(record, 0, nameof(record)).BadFigure(record)?.Figure.Measure;

    /// <summary>
    /// Checks a record before it is counted: not null, of a kind the catalogue knows, no figure negative or above
    /// <see cref="Measure.MaximumFigure"/>, and (when grouped by calendar periods) dated in a year periods cover — what
    /// <see cref="RecordCatalogue.Validate"/> reports as SM4010, SM4012 and SM4011.
    /// </summary>
    internal static IRecord Checked(IRecord? record, long index, string name, bool calendar, QueryPlan plan)
    {
        if (record is null)
        {
            throw new ArgumentException($"The record at index {index} is null.", name);
        }

        if (plan.For(record, index, name).BadFigure(record) is var (figure, problem))
        {
            throw new ArgumentException(
                problem == FigureProblem.Negative
                    ? $"The record at index {index} ('{record.Id}') has a negative {figure.Member}; a count or an amount cannot be negative (SM4010). Validate the records first (RecordCatalogue.Validate)."
                    : FormattableString.Invariant($"The record at index {index} ('{record.Id}') states {figure.Member} = {figure.Figure(record)}, more than {Measure.MaximumFigure}, the largest figure a table adds up (SM4012). Validate the records first (RecordCatalogue.Validate)."),
                name);
        }

        if (calendar && record.ReferenceDate is { } date && !ReportingPeriod.IsSupportedYear(date.Year))
        {
            throw new ArgumentException(
                $"The record at index {index} ('{record.Id}') is dated {date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)}, outside the years 2 to 9998 that reporting periods cover; it cannot be grouped by period (an unset date reads as 0001-01-01; SM4011).",
                name);
        }

        return record;
    }

    internal static bool GroupsByCalendar(AggregationQuery query) => query.Granularity is { } granularity && granularity != PeriodGranularity.Custom;
}
