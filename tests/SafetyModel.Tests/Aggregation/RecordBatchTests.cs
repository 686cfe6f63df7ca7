using System.Threading.Tasks;
using CsCheck;
using NodaTime;
using SafetyModel.Accidents;
using SafetyModel.Aggregation;
using SafetyModel.Primitives;
using SafetyModel.Records;
using SafetyModel.Tests.Serialization;
using SafetyModel.Work;

namespace SafetyModel.Tests.Aggregation;

public class RecordBatchTests
{
    private static DivisionCode Town => DivisionCode.Parse("150626103");

    private static readonly Gen<IRecord> ValidRecord = ModelGenerators.Record.Where(r => Aggregator.BadFigure(r) is null);

    private static readonly Gen<AggregationQuery> Query = Gen.Select(
        Gen.OneOf(Gen.Const((DivisionLevel?)null), Gen.Const((DivisionLevel?)DivisionLevel.Province), Gen.Const((DivisionLevel?)DivisionLevel.County), Gen.Const((DivisionLevel?)DivisionLevel.Township), Gen.Const((DivisionLevel?)DivisionLevel.Village)),
        Gen.OneOf(Gen.Const((PeriodGranularity?)null), Gen.Const((PeriodGranularity?)PeriodGranularity.Month), Gen.Const((PeriodGranularity?)PeriodGranularity.Quarter), Gen.Const((PeriodGranularity?)PeriodGranularity.HalfYear), Gen.Const((PeriodGranularity?)PeriodGranularity.Year)),
        Gen.Int[0, AggregationDimension.BuiltIn.Count - 1].Select(i => AggregationDimension.BuiltIn[i]),
        Gen.Shuffle(Measure.BuiltIn.ToArray()).SelectMany(all => Gen.Int[1, all.Length].Select(n => all.Take(n).ToArray())))
        .Select((level, granularity, dimension, measures) => new AggregationQuery
        {
            DivisionLevel = level, Granularity = granularity, Dimension = dimension, Measures = measures, AsOf = new LocalDate(2023, 1, 1),
        });

    [Fact]
    public void A_batch_aggregates_to_the_same_table_as_its_records_for_every_query()
    {
        Gen.Select(ValidRecord.Array[0, 60], Query, Query).Sample((records, first, second) =>
        {
            var batch = RecordBatch.Create(records);

            // Two queries on one batch, then the first again: the columns kept for one query must not change another's answer.
            Same(Aggregator.Aggregate(batch, first), Aggregator.Aggregate(records, first));
            Same(Aggregator.Aggregate(batch, second), Aggregator.Aggregate(records, second));
            Same(Aggregator.Aggregate(batch, first), Aggregator.Aggregate(records, first));
        }, iter: Iterations.Of(400));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_units_name_labels_its_row_whether_the_unit_or_a_record_that_links_to_it_comes_first(bool unitFirst)
    {
        // Found by the property test above (netstandard2.0 build): the first name given wins in both paths, whichever
        // string instance of the code comes first — the unit's own id, or the unitId of a record that links to it.
        var unit = new SupervisedUnit { Id = string.Concat("U-", "1"), Division = Town, Name = "某某加油站", RegisteredOn = new LocalDate(2022, 1, 5) };
        var action = new EnforcementAction
        {
            Id = "E-1", Division = Town, Kind = EnforcementDocumentKind.PenaltyDecision, UnitId = "U-1", IssuedOn = new LocalDate(2022, 1, 9), FineYuan = 100,
        };
        var records = unitFirst ? new IRecord[] { unit, action } : new IRecord[] { action, unit };
        var query = new AggregationQuery { Dimension = AggregationDimension.Unit, Measures = new[] { Measure.Records, Measure.PenaltyDecisions } };

        var table = Aggregator.Aggregate(RecordBatch.Create(records), query);

        Same(table, Aggregator.Aggregate(records, query));
        table.Details.Single(r => r.Dimension == "U-1").DimensionName.Should().Be("某某加油站");
    }

    [Fact]
    public void Inspections_of_more_than_64_types_are_aggregated_record_by_record_with_the_same_result()
    {
        var records = Enumerable.Range(0, 80).Select(i => (IRecord)new Inspection
        {
            Id = "I-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Division = Town,
            Start = new LocalDate(2022, 1 + (i % 12), 1),
            Types = new[] { InspectionType.FromCode("town-type-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)), InspectionType.Comprehensive },
            HazardsFound = i,
        }).ToList();
        var query = new AggregationQuery { Granularity = PeriodGranularity.Quarter, Dimension = AggregationDimension.InspectionType, Measures = new[] { Measure.Records, Measure.InspectionHazardsFound } };

        var table = Aggregator.Aggregate(RecordBatch.Create(records), query);

        Same(table, Aggregator.Aggregate(records, query));
        table.Details.Count(r => r.Dimension == "comprehensive").Should().Be(4);
        table.Total[Measure.InspectionHazardsFound].Stated.Should().Be(Enumerable.Range(0, 80).Sum());
    }

    [Theory]
    [InlineData(1, 5)]
    [InlineData(2, 5)]
    [InlineData(3, 20)]
    [InlineData(4, 20)]
    [InlineData(3, 63)]
    [InlineData(1, 64)]
    [InlineData(3, 64)]
    [InlineData(4, 64)]
    [InlineData(6, 20)]
    [InlineData(5, 64)]
    public void Subtotals_count_each_inspection_once_however_many_types_it_has(int mostTypes, int distinctTypes)
    {
        // Up to four types a record, the scan adds a record to a fixed number of slots (its types, then a spare slot)
        // and works the subtotal out from them; with 64 distinct types the spare slot is the one an empty mask's lowest
        // bit points to. With more, it adds the subtotal and loops over the types.
        var random = new Random(mostTypes * 100 + distinctTypes);
        var types = Enumerable.Range(0, distinctTypes).Select(t => InspectionType.FromCode("town-type-" + t.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToArray();
        var records = Enumerable.Range(0, 3_000).Select(i => new Inspection
        {
            Id = "I-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Division = DivisionCode.Parse("1506261" + random.Next(3).ToString("00", System.Globalization.CultureInfo.InvariantCulture)),
            Start = new LocalDate(2022, 1 + random.Next(3), 1),
            Types = (i < distinctTypes ? new[] { types[i] } : Enumerable.Empty<InspectionType>())
                .Concat(Enumerable.Range(0, i % mostTypes == 0 ? mostTypes : 1 + random.Next(mostTypes)).Select(_ => types[random.Next(distinctTypes)]))
                .Distinct().Take(mostTypes).ToArray(),
            HazardsFound = random.Next(4) == 0 ? null : random.Next(12),
        }).ToArray();
        var query = new AggregationQuery
        {
            DivisionLevel = DivisionLevel.Township, Granularity = PeriodGranularity.Month, Dimension = AggregationDimension.InspectionType,
            Measures = new[] { Measure.Records, Measure.InspectionHazardsFound },
        };

        var table = Aggregator.Aggregate(RecordBatch.Create(records), query);

        Same(table, Aggregator.Aggregate(records, query));
        foreach (var row in table.Rows.Where(r => r.Kind == StatisticsRowKind.PeriodSubtotal))
        {
            var group = records.Where(r => r.Division == row.Division && r.Start.Month == row.Period!.Start.Month).ToArray();
            row[Measure.Records].Stated.Should().Be(group.Length);
            row[Measure.InspectionHazardsFound].Stated.Should().Be(group.Sum(r => r.HazardsFound ?? 0));
        }

        table.Details.Select(r => r.Dimension).Distinct().Should().HaveCount(distinctTypes);
    }

    [Fact]
    public void Records_without_a_date_or_a_division_are_kept_in_their_own_groups()
    {
        var records = new IRecord[]
        {
            new Meeting { Id = "M-1", Division = Town, Date = new LocalDate(2022, 3, 1) },
            new Campaign { Id = "C-1", Name = "安全生产月" },
        };
        var query = new AggregationQuery { DivisionLevel = DivisionLevel.Township, Granularity = PeriodGranularity.Month };

        var table = Aggregator.Aggregate(RecordBatch.Create(records), query);

        Same(table, Aggregator.Aggregate(records, query));
        table.Total[Measure.Records].Stated.Should().Be(2);
    }

    [Fact]
    public void A_batch_keeps_its_records_in_order()
    {
        var records = new IRecord[] { new Meeting { Id = "M-1", Division = Town, Date = new LocalDate(2022, 3, 1) }, new Meeting { Id = "M-2", Division = Town, Date = new LocalDate(2022, 4, 1) } };

        var batch = RecordBatch.Create(records);

        batch.Count.Should().Be(2);
        batch.Records.Should().Equal(records);
        batch.Records.Should().NotBeAssignableTo<IRecord[]>("a caller cannot change the records under the batch's columns");
        batch.ToString().Should().Be("2 records in 1 division");
        RecordBatch.Create(records.Take(1).ToList()).ToString().Should().Be("1 record in 1 division");
        RecordBatch.Create(Array.Empty<IRecord>()).ToString().Should().Be("0 records in 0 divisions");
    }

    [Fact]
    public void A_null_or_negative_record_is_refused_when_the_batch_is_made()
    {
        var withNull = () => RecordBatch.Create(new IRecord[] { new Meeting { Id = "M-1" }, null! });
        var negative = () => RecordBatch.Create(new IRecord[] { new Inspection { Id = "X-1", HazardsFound = -1 } });
        var none = () => RecordBatch.Create(null!);

        withNull.Should().Throw<ArgumentException>().WithMessage("*index 1*");
        negative.Should().Throw<ArgumentException>().WithMessage("*index 0*X-1*hazardsFound*");
        none.Should().Throw<ArgumentNullException>();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(9999)]
    public async Task A_record_dated_in_a_year_no_period_can_fall_in_is_refused_by_index_and_id(int year)
    {
        var records = new IRecord[]
        {
            new Meeting { Id = "M-1", Division = Town, Date = new LocalDate(2022, 3, 1) },
            new Meeting { Id = "M-9", Division = Town, Date = new LocalDate(year, 3, 1) },
        };
        var query = new AggregationQuery { DivisionLevel = DivisionLevel.Township, Granularity = PeriodGranularity.Month };

        var batch = RecordBatch.Create(records);

        var direct = () => Aggregator.Aggregate(records, query);
        var streamed = () => Aggregator.AggregateAsync(records.ToAsyncEnumerable(), query, TestContext.Current.CancellationToken);
        var fromBatch = () => Aggregator.Aggregate(batch, query);

        direct.Should().Throw<ArgumentException>().WithMessage($"*index 1*'M-9'*{year:0000}-03-01*2 to 9998*")
            .Which.ParamName.Should().Be("records");
        await streamed.Should().ThrowAsync<ArgumentException>().WithMessage("*index 1*'M-9'*");
        fromBatch.Should().Throw<ArgumentException>().WithMessage($"*index 1*'M-9'*{year:0000}-03-01*").Which.ParamName.Should().Be("batch");
    }

    [Fact]
    public void A_record_with_an_unset_date_is_counted_when_the_query_does_not_group_by_period()
    {
        var records = new IRecord[] { new Meeting { Id = "M-1", Division = Town }, new Meeting { Id = "M-2", Division = Town, Date = new LocalDate(2022, 3, 1) } };
        var query = new AggregationQuery { DivisionLevel = DivisionLevel.Township };

        var table = Aggregator.Aggregate(records, query);

        Same(table, Aggregator.Aggregate(RecordBatch.Create(records), query));
        table.Total[Measure.Records].Stated.Should().Be(2);
        Aggregator.Aggregate(records, new AggregationQuery { Granularity = PeriodGranularity.Custom, Periods = new[] { ReportingPeriod.ForYear(2022) } })
            .Total[Measure.Records].Stated.Should().Be(1, "a custom period holds the dated meeting; the unset date falls outside every period");
    }

    [Theory]
    [InlineData(2, PeriodGranularity.Month, "0002-01")]
    [InlineData(2, PeriodGranularity.Quarter, "0002-Q1")]
    [InlineData(9998, PeriodGranularity.HalfYear, "9998-H2")]
    [InlineData(9998, PeriodGranularity.Year, "9998")]
    public void Records_in_the_first_and_last_years_a_period_can_have_are_grouped(int year, PeriodGranularity granularity, string period)
    {
        var month = year == 2 ? 1 : 12;
        var records = new IRecord[] { new Meeting { Id = "M-1", Division = Town, Date = new LocalDate(year, month, 1) } };
        var query = new AggregationQuery { DivisionLevel = DivisionLevel.Township, Granularity = granularity };

        var table = Aggregator.Aggregate(records, query);

        Same(table, Aggregator.Aggregate(RecordBatch.Create(records), query));
        table.Rows.Select(r => r.Period?.Code).Should().Contain(period);
    }

    [Fact]
    public void A_bad_query_is_refused_for_a_batch_as_for_records()
    {
        var batch = RecordBatch.Create(new IRecord[] { new Meeting { Id = "M-1" } });

        var act = () => Aggregator.Aggregate(batch, new AggregationQuery { Measures = new[] { Measure.HazardsOverdue } });
        var noBatch = () => Aggregator.Aggregate((RecordBatch)null!, new AggregationQuery());

        act.Should().Throw<ArgumentException>();
        noBatch.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public async Task One_batch_answers_queries_from_many_threads_alike()
    {
        var records = Enumerable.Range(0, 2_000).Select(i => (IRecord)new Inspection
        {
            Id = i.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Division = DivisionCode.Parse("1506261" + (i % 7).ToString("00", System.Globalization.CultureInfo.InvariantCulture)),
            Start = new LocalDate(2021 + (i % 2), 1 + (i % 12), 1 + (i % 28)),
            Types = new[] { InspectionType.KnownValues.ElementAt(i % 5), InspectionType.KnownValues.ElementAt(i % 3) },
            HazardsFound = i % 4,
        }).ToList();
        var query = new AggregationQuery { DivisionLevel = DivisionLevel.Township, Granularity = PeriodGranularity.Month, Dimension = AggregationDimension.InspectionType, Measures = new[] { Measure.Records, Measure.InspectionHazardsFound } };
        var batch = RecordBatch.Create(records);
        var expected = Aggregator.Aggregate(records, query);

        var tables = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => Aggregator.Aggregate(batch, query), TestContext.Current.CancellationToken)));

        foreach (var table in tables)
        {
            Same(table, expected);
        }
    }

    [Fact]
    public void Scanning_on_two_threads_gives_the_table_of_one_thread_and_of_the_records()
    {
        // Enough records for two ranges of at least 65,536; one to five types each, so that the scan reads both a
        // fixed number of slots a record (at most four values) and, for the records with five, loops.
        var random = new Random(20221);
        var types = InspectionType.KnownValues.ToArray();
        var records = Enumerable.Range(0, 140_000).Select(i => (IRecord)new Inspection
        {
            Id = i.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Division = DivisionCode.Parse("1506261" + random.Next(12).ToString("00", System.Globalization.CultureInfo.InvariantCulture)),
            Start = new LocalDate(2021 + random.Next(2), 1 + random.Next(12), 1 + random.Next(28)),
            Types = Enumerable.Range(0, i % 1_000 == 0 ? 5 : 1 + random.Next(3)).Select(_ => types[random.Next(types.Length)]).ToArray(),
            HazardsFound = random.Next(4) == 0 ? null : random.Next(12),
        }).ToArray();
        var batch = RecordBatch.Create(records);
        var twoThreads = new ParallelOptions { MaxDegreeOfParallelism = 2 };
        foreach (var dimension in new[] { AggregationDimension.InspectionType, AggregationDimension.None, AggregationDimension.RecordType })
        {
            var query = new AggregationQuery
            {
                DivisionLevel = DivisionLevel.Township, Granularity = PeriodGranularity.Month, Dimension = dimension,
                Measures = new[] { Measure.Records, Measure.InspectionHazardsFound, Measure.HazardsFound, Measure.Inspections, Measure.Meetings },
            };

            var expected = Aggregator.Aggregate(records, query);
            Same(Aggregator.Aggregate(batch, query), expected);
            Same(Aggregator.Aggregate(batch, query, twoThreads), expected);
        }
    }

    [Fact]
    public void A_batch_scan_can_be_cancelled()
    {
        var batch = RecordBatch.Create(Enumerable.Range(0, 140_000).Select(i => (IRecord)new Meeting
        {
            Id = i.ToString(System.Globalization.CultureInfo.InvariantCulture), Division = Town, Date = new LocalDate(2022, 1, 1),
        }));
        using var cancelled = new System.Threading.CancellationTokenSource();
        cancelled.Cancel();

        var act = () => Aggregator.Aggregate(batch, new AggregationQuery(), new ParallelOptions { MaxDegreeOfParallelism = 2, CancellationToken = cancelled.Token });

        act.Should().Throw<OperationCanceledException>();
        FluentActions.Invoking(() => Aggregator.Aggregate(batch, new AggregationQuery(), null!)).Should().Throw<ArgumentNullException>().WithParameterName("parallel");
    }

    [Fact]
    public void A_figure_wider_than_an_int_is_added_whole()
    {
        // A kind of the user's may count past 2³¹ (up to Measure.MaximumFigure); the batch does not keep such a figure
        // in its int columns but reads the records, so nothing is cut to 32 bits.
        var grams = new Measure("explosive-grams", "炸药克数", "explosive grams", QuantityUnit.Item);
        var kind = new RecordKind<StorageCheck>("storage-check", "库存核查", "storage check", "date").WithCount(grams, s => s.Grams, "grams");
        var catalogue = RecordCatalogue.Default.With(kind);
        var records = new[]
        {
            new StorageCheck { Id = "S-1", Division = Town, Date = new LocalDate(2022, 3, 1), Grams = 5_000_000_000 },
            new StorageCheck { Id = "S-2", Division = Town, Date = new LocalDate(2022, 3, 2), Grams = 1_000_000_000 },
        };
        var query = new AggregationQuery { Catalogue = catalogue, Measures = new[] { Measure.Records, grams } };

        var table = Aggregator.Aggregate(RecordBatch.Create(records, catalogue), query);

        table.Rows.Single(r => r.Kind == StatisticsRowKind.Total).Values[1].Lower.Value.Should().Be(6_000_000_000m);
        Same(table, Aggregator.Aggregate(records, query));
    }

    private static void Same(StatisticsTable actual, StatisticsTable expected)
    {
        actual.Rows.Select(Describe).Should().Equal(expected.Rows.Select(Describe));
    }

    private static string Describe(StatisticsRow row) =>
        $"{row.Kind} {row.Division?.Code} {row.Period?.Code} {row.Dimension} {row.DimensionName} {row.UnsummedFigures} " +
        string.Join(" | ", row.Values.Select(v => $"{v.Lower} {v.Upper} {v.Qualifier} {v.Unit.Code}"));

    /// <summary>A kind of the user's whose figure may pass 2³¹.</summary>
    public sealed class StorageCheck : IRecord
    {
        public string Id { get; init; } = string.Empty;

        public DivisionCode Division { get; init; }

        public LocalDate Date { get; init; }

        public long Grams { get; init; }

        public LocalDate? ReferenceDate => Date;
    }
}
