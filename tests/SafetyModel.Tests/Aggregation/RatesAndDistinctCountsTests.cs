using CsCheck;
using NodaTime;
using SafetyModel.Accidents;
using SafetyModel.Aggregation;
using SafetyModel.Primitives;
using SafetyModel.Records;
using SafetyModel.Tests.Serialization;
using SafetyModel.Work;

namespace SafetyModel.Tests.Aggregation;

/// <summary>Distinct counts (<see cref="Measure.InspectedUnits"/>), rates and custom periods.</summary>
public class RatesAndDistinctCountsTests
{
    private static DivisionCode TownA => DivisionCode.Parse("150626103");
    private static DivisionCode TownB => DivisionCode.Parse("150626104");

    private static readonly ReportingPeriod[] SomePeriods =
    {
        ReportingPeriod.ForInterval(new DateInterval(new LocalDate(1950, 1, 1), new LocalDate(1950, 6, 30))),
        ReportingPeriod.ForInterval(new DateInterval(new LocalDate(1900, 1, 1), new LocalDate(1949, 12, 31))),
        ReportingPeriod.ForYear(2022),
        ReportingPeriod.ForInterval(new DateInterval(new LocalDate(2023, 1, 1), new LocalDate(2099, 12, 31))),
    };

    private static Hazard Hazard(string id, DivisionCode division, LocalDate found, HazardStatus status) =>
        new() { Id = id, Division = division, Description = "隐患", FoundOn = found, Status = status };

    private static Inspection Inspected(string id, DivisionCode division, LocalDate start, params string[] units) =>
        new() { Id = id, Division = division, Start = start, Types = new[] { InspectionType.FloodSeason }, Inspected = units };

    [Fact]
    public void Inspected_units_are_counted_once_per_row_and_a_subtotal_counts_the_union_not_the_sum()
    {
        var records = new IRecord[]
        {
            Inspected("1", TownA, new LocalDate(2022, 1, 5), "乌兰加油站", "苏力德煤矿"),
            Inspected("2", TownA, new LocalDate(2022, 2, 5), " 乌兰加油站 ", "乌兰小学"),
            Inspected("3", TownA, new LocalDate(2022, 2, 9), "苏力德煤矿", "", "  "),
            Inspected("4", TownB, new LocalDate(2022, 2, 9), "乌兰加油站"),
        };
        var query = new AggregationQuery
        {
            DivisionLevel = DivisionLevel.Township, Granularity = PeriodGranularity.Month, Measures = new[] { Measure.Records, Measure.InspectedUnits },
        };

        var table = Aggregator.Aggregate(records, query);

        table.Rows.Select(r => r.ToString()).Should().Equal(
            "Detail 150626103 2022-01 *: 1, 2家",
            "Detail 150626103 2022-02 *: 2, 3家",
            "DivisionSubtotal 150626103 * *: 3, 3家",
            "Detail 150626104 2022-02 *: 1, 1家",
            "DivisionSubtotal 150626104 * *: 1, 1家",
            "Total * * *: 4, 3家");
        Aggregator.Aggregate(RecordBatch.Create(records), query).ToCsv().Should().Be(table.ToCsv());
    }

    [Fact]
    public void The_rectification_rate_divides_each_rows_own_sums_and_is_undefined_without_hazards()
    {
        var records = new IRecord[]
        {
            Hazard("h1", TownA, new LocalDate(2022, 1, 5), HazardStatus.Rectified),
            Hazard("h2", TownA, new LocalDate(2022, 1, 6), HazardStatus.Found),
            Hazard("h3", TownA, new LocalDate(2022, 1, 7), HazardStatus.Verified),
            Hazard("h4", TownB, new LocalDate(2022, 1, 8), HazardStatus.Rectifying),
            Inspected("i1", TownB, new LocalDate(2022, 4, 1), "某企业"),
        };
        var query = new AggregationQuery
        {
            DivisionLevel = DivisionLevel.Township, Granularity = PeriodGranularity.Quarter,
            Measures = new[] { Measure.HazardsFound, Measure.HazardsRectified }, Rates = new[] { Rate.Rectification },
        };

        var table = Aggregator.Aggregate(records, query);

        var a = table.Details.First(r => r.Division == TownA.TruncatedTo(DivisionLevel.Township));
        a[Rate.Rectification].Status.Should().Be(RateStatus.Exact);
        a[Rate.Rectification].Value.Should().Be(200m / 3m);
        a[Rate.Rectification].ToString().Should().Be("66.67");
        a[Rate.Rectification].ToInvariantString().Should().Be("66.6667");
        var bSecondQuarter = table.Details.Single(r => r.Division == TownB.TruncatedTo(DivisionLevel.Township) && r.Period!.Index == 2);
        bSecondQuarter[Rate.Rectification].Status.Should().Be(RateStatus.ZeroDenominator);
        bSecondQuarter[Rate.Rectification].Value.Should().BeNull();
        bSecondQuarter[Rate.Rectification].ToString().Should().Be("—");

        // The total's rate is 2 of 4, not the mean of 66.67 %, 0 % and (undefined).
        table.Total[Rate.Rectification].Value.Should().Be(50m);
        table.ToCsv().Split("\r\n")[0].Should().Be("kind,division,divisionName,period,periodName,dimension,dimensionName,hazards-found.lower,hazards-found.upper,hazards-found.text,hazards-rectified.lower,hazards-rectified.upper,hazards-rectified.text,rectification-rate.lower,rectification-rate.upper,unsummedFigures");
        table.ToCsv().Split("\r\n").Should().Contain("total,,,,,,,4,4,4处,2,2,2处,50,50,0").And.Contain("detail,150626104000,,2022-Q2,2022年第二季度,,,0,0,0处,0,0,0处,,,0");
        table.ToCsv().Split("\r\n").Should().Contain(l => l.Contains(",66.6667,66.6667,", StringComparison.Ordinal), "a rate's ends are rounded to four decimals");
    }

    [Fact]
    public void Deaths_per_100000_workers_use_the_users_figures_and_sum_them_for_the_total_only_when_every_town_has_one()
    {
        var accidents = new IRecord[]
        {
            new Accident { Id = "a1", Division = TownA, OccurredAt = new LocalDateTime(2022, 3, 1, 10, 0), Deaths = 1 },
            new Accident { Id = "a2", Division = TownB, OccurredAt = new LocalDateTime(2022, 8, 1, 10, 0), Deaths = 2 },
        };
        var townA = TownA.TruncatedTo(DivisionLevel.Township);
        var townB = TownB.TruncatedTo(DivisionLevel.Township);
        var workers = RateDenominator.Create("从业人员", QuantityUnit.Person, new[]
        {
            new DenominatorFigure(townA, null, 20_000m),
            new DenominatorFigure(townB, ReportingPeriod.ForYear(2022), 5_000m),
        });
        var rate = Rate.DeathsPerHundredThousandWorkers(workers);
        var query = new AggregationQuery
        {
            DivisionLevel = DivisionLevel.Township, Granularity = PeriodGranularity.Year, Measures = new[] { Measure.Deaths }, Rates = new[] { rate },
        };

        var table = Aggregator.Aggregate(accidents, query);

        var a = table.Details.Single(r => r.Division == townA);
        a[rate].Value.Should().Be(5m, "1 death among 20,000 workers is 5 per 100,000");
        a[rate].Denominator.Should().Be(Quantity.Exact(20_000m, QuantityUnit.Person));
        table.Details.Single(r => r.Division == townB)[rate].Value.Should().Be(40m);
        table.Rows.Single(r => r.Kind == StatisticsRowKind.DivisionSubtotal && r.Division == townA)[rate].Value.Should().Be(5m, "a figure without a period holds for every period");
        table.Rows.Single(r => r.Kind == StatisticsRowKind.DivisionSubtotal && r.Division == townB)[rate].Status.Should().Be(RateStatus.NoDenominator, "a head count of 2022 is not summed or averaged across periods");
        table.Total[rate].Status.Should().Be(RateStatus.NoDenominator, "town B has no figure for all periods");

        var whole = RateDenominator.Create("从业人员", QuantityUnit.Person, workers.Figures.Append(new DenominatorFigure(townB, null, 10_000m)));
        var everyTown = Rate.DeathsPerHundredThousandWorkers(whole);
        var summed = Aggregator.Aggregate(accidents, new AggregationQuery { DivisionLevel = DivisionLevel.Township, Measures = new[] { Measure.Deaths }, Rates = new[] { everyTown } });
        summed.Total[everyTown].Value.Should().Be(10m, "3 deaths among 30,000 workers of both towns");
        summed.Total[everyTown].Denominator!.Stated.Should().Be(30_000m);

        var none = Rate.DeathsPerHundredThousandWorkers(RateDenominator.Create("从业人员", QuantityUnit.Person, Array.Empty<DenominatorFigure>()));
        Aggregator.Aggregate(accidents, new AggregationQuery { Measures = new[] { Measure.Deaths }, Rates = new[] { none } }).Total[none].Status
            .Should().Be(RateStatus.NoDenominator, "an undivided table needs a figure for the whole area");
        var zero = Rate.DeathsPerHundredThousandWorkers(RateDenominator.Create("从业人员", QuantityUnit.Person, new[] { new DenominatorFigure(null, null, 0m) }));
        Aggregator.Aggregate(accidents, new AggregationQuery { Measures = new[] { Measure.Deaths }, Rates = new[] { zero } }).Total[zero].Status
            .Should().Be(RateStatus.ZeroDenominator);

        var area = RateDenominator.Create("从业人员", QuantityUnit.Person, new[] { new DenominatorFigure(null, null, 60_000m) });
        var banner = Rate.DeathsPerHundredThousandWorkers(area);
        Aggregator.Aggregate(accidents, new AggregationQuery { Measures = new[] { Measure.Deaths }, Rates = new[] { banner } }).Total[banner].Value.Should().Be(5m);
    }

    [Fact]
    public void An_approximate_numerator_gives_a_range_and_an_open_ended_one_no_upper_bound()
    {
        var trainings = new IRecord[]
        {
            new Training { Id = "t1", Division = TownA, Date = new LocalDate(2022, 3, 1), PeopleTrained = Quantity.Parse("300人以上") },
            new Training { Id = "t2", Division = TownB, Date = new LocalDate(2022, 3, 1), PeopleTrained = Quantity.Parse("约200人") },
        };
        var residents = RateDenominator.Create("常住人口", QuantityUnit.Person, new[]
        {
            new DenominatorFigure(TownA.TruncatedTo(DivisionLevel.Township), null, 1000m),
            new DenominatorFigure(TownB.TruncatedTo(DivisionLevel.Township), null, 1000m),
        });
        var rate = Rate.Per("trained-per-100-residents", "培训覆盖率", Measure.PeopleTrained, residents, 100m);

        var table = Aggregator.Aggregate(trainings, new AggregationQuery { DivisionLevel = DivisionLevel.Township, Measures = new[] { Measure.PeopleTrained }, Rates = new[] { rate } });

        var a = table.Details.Single(r => r.Division == TownA.TruncatedTo(DivisionLevel.Township))[rate];
        a.Status.Should().Be(RateStatus.Approximate);
        (a.Value, a.Lower, a.Upper).Should().Be(((decimal?)null, (decimal?)30m, (decimal?)null));
        a.ToString().Should().Be("≥30");
        a.ToInvariantString().Should().Be("30..");
        var b = table.Details.Single(r => r.Division == TownB.TruncatedTo(DivisionLevel.Township))[rate];
        (b.Lower, b.Upper).Should().Be(((decimal?)18m, (decimal?)22m), "约200 is 180 to 220 with the default 10 % tolerance");
        b.ToInvariantString().Should().Be("18..22");
    }

    [Fact]
    public void Custom_periods_group_by_day_keep_their_order_and_count_what_falls_outside()
    {
        var floodSeason = ReportingPeriod.ForInterval(new DateInterval(new LocalDate(2022, 6, 1), new LocalDate(2022, 9, 30)));
        var safetyMonth = ReportingPeriod.ForMonth(2022, 5);
        var records = new IRecord[]
        {
            Inspected("1", TownA, new LocalDate(2022, 6, 1), "甲"),
            Inspected("2", TownA, new LocalDate(2022, 9, 30), "乙"),
            Inspected("3", TownA, new LocalDate(2022, 5, 31), "丙"),
            Inspected("4", TownA, new LocalDate(2022, 10, 1), "丁"),
            Inspected("5", TownB, new LocalDate(2022, 4, 30), "戊"),
            new Campaign { Id = "c", Division = TownB, Period = null },
        };
        var query = new AggregationQuery
        {
            DivisionLevel = DivisionLevel.Township, Granularity = PeriodGranularity.Custom, Periods = new[] { floodSeason, safetyMonth },
            Measures = new[] { Measure.Records },
        };

        var table = Aggregator.Aggregate(records, query);

        table.Rows.Select(r => r.ToString()).Should().Equal(
            "Detail 150626103 2022-05 *: 1",
            "Detail 150626103 2022-06-01/2022-09-30 *: 2",
            "DivisionSubtotal 150626103 * *: 3",
            "Detail 150626104 * *: 1",
            "DivisionSubtotal 150626104 * *: 1",
            "Total * * *: 4");
        table.RecordsOutsidePeriods.Should().Be(2, "10月1日 and 4月30日 fall in neither period; the undated campaign is kept under no period");
        Aggregator.Aggregate(RecordBatch.Create(records), query).ToCsv().Should().Be(table.ToCsv());
        Aggregator.Aggregate(RecordBatch.Create(records), query).RecordsOutsidePeriods.Should().Be(2);

        var lastYear = new AggregationQuery
        {
            DivisionLevel = DivisionLevel.Township, Granularity = PeriodGranularity.Custom, Measures = new[] { Measure.Records },
            Periods = new[] { floodSeason.SameTimeLastYear() },
        };
        var baseTable = Aggregator.Aggregate(new IRecord[] { Inspected("0", TownA, new LocalDate(2021, 7, 1), "甲") }, lastYear);
        StatisticsComparison.YearOnYear(table, baseTable, Measure.Records)
            .Single(c => c.Row.Period == floodSeason).Percent.Should().Be(100m, "汛期 2022 against 汛期 2021: 2 against 1");
    }

    [Theory]
    [InlineData("custom-without-periods")]
    [InlineData("periods-without-custom")]
    [InlineData("overlapping-periods")]
    [InlineData("rate-measure-missing")]
    [InlineData("rate-twice")]
    [InlineData("figure-finer-than-table")]
    [InlineData("figure-for-undivided-table")]
    public void A_query_that_cannot_be_answered_is_refused_with_what_to_change(string problem)
    {
        var (query, message) = problem switch
        {
            "custom-without-periods" => (new AggregationQuery { Granularity = PeriodGranularity.Custom }, "*list the periods*"),
            "periods-without-custom" => (new AggregationQuery { Granularity = PeriodGranularity.Month, Periods = new[] { ReportingPeriod.ForYear(2022) } }, "*Granularity is not Custom*"),
            "overlapping-periods" => (new AggregationQuery
            {
                Granularity = PeriodGranularity.Custom,
                Periods = new[] { ReportingPeriod.ForYear(2022), ReportingPeriod.ForInterval(new DateInterval(new LocalDate(2022, 12, 31), new LocalDate(2023, 1, 31))) },
            }, "*2022 and 2022-12-31/2023-01-31 overlap*"),
            "rate-measure-missing" => (new AggregationQuery { Measures = new[] { Measure.HazardsFound }, Rates = new[] { Rate.Rectification } }, "*hazards-rectified*add it to Measures*"),
            "figure-finer-than-table" => (new AggregationQuery
            {
                DivisionLevel = DivisionLevel.County, Measures = new[] { Measure.Deaths },
                Rates = new[] { Rate.DeathsPerHundredThousandWorkers(RateDenominator.Create("从业人员", QuantityUnit.Person, new[] { new DenominatorFigure(TownA, null, 1m) })) },
            }, "*150626103000 (Township), finer than the table's divisions (County)*"),
            "figure-for-undivided-table" => (new AggregationQuery
            {
                Measures = new[] { Measure.Deaths },
                Rates = new[] { Rate.DeathsPerHundredThousandWorkers(RateDenominator.Create("从业人员", QuantityUnit.Person, new[] { new DenominatorFigure(TownA, null, 1m) })) },
            }, "*not grouped by division*"),
            _ => (new AggregationQuery { Measures = new[] { Measure.HazardsFound, Measure.HazardsRectified }, Rates = new[] { Rate.Rectification, Rate.Rectification } }, "*'rectification-rate'*once*"),
        };

        var act = () => Aggregator.Aggregate(Array.Empty<IRecord>(), query);

        act.Should().Throw<ArgumentException>().WithMessage(message);
    }

    [Fact]
    public void Rates_and_denominators_refuse_bad_definitions()
    {
        var workers = RateDenominator.Create("从业人员", QuantityUnit.Person, Array.Empty<DenominatorFigure>());
        FluentActions.Invoking(() => Rate.Per("Deaths Rate", "死亡率", Measure.Deaths, workers, 100m)).Should().Throw<ArgumentException>().WithMessage("*not a rate code*");
        FluentActions.Invoking(() => Rate.Per("a--b", "死亡率", Measure.Deaths, workers, 100m)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => Rate.Per("rate", " ", Measure.Deaths, workers, 100m)).Should().Throw<ArgumentException>().WithMessage("*Chinese name*");
        FluentActions.Invoking(() => Rate.OfMeasures("rate", "率", Measure.Deaths, Measure.Accidents, 0m)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => Rate.Per("rate", "率", Measure.Deaths, null!, 1m)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => RateDenominator.Create("从业人员", QuantityUnit.Person, new[] { new DenominatorFigure(TownA, null, -1m) }))
            .Should().Throw<ArgumentException>().WithMessage("*negative*");
        FluentActions.Invoking(() => RateDenominator.Create("从业人员", QuantityUnit.Person, new[] { new DenominatorFigure(TownA, null, 1m), new DenominatorFigure(TownA, null, 2m) }))
            .Should().Throw<ArgumentException>().WithMessage("*Two figures*150626103000*");
        FluentActions.Invoking(() => RateDenominator.Create("", QuantityUnit.Person, Array.Empty<DenominatorFigure>())).Should().Throw<ArgumentException>();
        Rate.Rectification.ToString().Should().Be("rectification-rate 隐患整改率 = hazards-rectified ÷ hazards-found × 100");
        FluentActions.Invoking(() => Rate.OfMeasures(null!, "率", Measure.Deaths, Measure.Accidents, 1m)).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("code");
        FluentActions.Invoking(() => Rate.OfMeasures("rate", null!, Measure.Deaths, Measure.Accidents, 1m)).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("chineseName");
        foreach (var bad in new[] { "", "-rate", "rate-", "r_ate", "Rate" })
        {
            FluentActions.Invoking(() => Rate.OfMeasures(bad, "率", Measure.Deaths, Measure.Accidents, 1m)).Should().Throw<ArgumentException>()
                .WithMessage($"'{bad}' is not a rate code: use lower-case ASCII letters, digits and single hyphens*").Which.ParamName.Should().Be("code");
        }

        Rate.OfMeasures("a-1-b", "率", Measure.Deaths, Measure.Accidents, 1m).Code.Should().Be("a-1-b");
        Rate.OfMeasures("x", "率", Measure.Deaths, Measure.Accidents, 1m).Code.Should().Be("x");
        Rate.DeathsPerHundredThousandWorkers(workers).ToString().Should().Be("deaths-per-100k-workers 工矿商贸十万人死亡率 = deaths ÷ 从业人员 × 100000");
    }

    [Fact]
    public void Distinct_counts_rates_and_custom_periods_of_random_records_match_a_naive_computation_in_every_row()
    {
        var valid = ModelGenerators.Record.Where(r => Aggregator.BadFigure(r) is null);
        var queries = Gen.Select(
            Gen.OneOf(Gen.Const((DivisionLevel?)null), Gen.Const((DivisionLevel?)DivisionLevel.County), Gen.Const((DivisionLevel?)DivisionLevel.Township)),
            Gen.OneOf(Gen.Const((PeriodGranularity?)null), Gen.Const((PeriodGranularity?)PeriodGranularity.Quarter), Gen.Const((PeriodGranularity?)PeriodGranularity.Custom)),
            Gen.OneOf(Gen.Const(AggregationDimension.None), Gen.Const(AggregationDimension.InspectionType), Gen.Const(AggregationDimension.RecordType)));
        Gen.Select(valid.Array[0, 40], queries).Sample((records, q) =>
        {
            var query = new AggregationQuery
            {
                DivisionLevel = q.Item1, Granularity = q.Item2, Dimension = q.Item3,
                Periods = q.Item2 == PeriodGranularity.Custom ? SomePeriods : Array.Empty<ReportingPeriod>(),
                Measures = new[] { Measure.Records, Measure.HazardsFound, Measure.HazardsRectified, Measure.InspectedUnits },
                Rates = new[] { Rate.Rectification },
            };

            var table = Aggregator.Aggregate(records, query);

            foreach (var row in table.Rows)
            {
                var members = records.Where(r => NaiveRows.InRow(r, row, query)).ToList();
                row[Measure.Records].Stated.Should().Be(members.Count, row.ToString());
                var units = members.OfType<Inspection>().SelectMany(i => i.Inspected).Select(u => u.Trim()).Where(u => u.Length > 0).Distinct(StringComparer.Ordinal).Count();
                row[Measure.InspectedUnits].Should().Be(Quantity.Exact(units, QuantityUnit.Enterprise), row.ToString());
                var (found, rectified) = (members.OfType<Hazard>().Count(), members.OfType<Hazard>().Count(h => h.IsRectified));
                var rate = row[Rate.Rectification];
                if (found == 0)
                {
                    rate.Status.Should().Be(RateStatus.ZeroDenominator);
                }
                else
                {
                    rate.Value.Should().Be(rectified * 100m / found);
                }
            }

            var outside = query.Granularity == PeriodGranularity.Custom
                ? records.Count(r => r.ReferenceDate is { } d && !SomePeriods.Any(p => p.Contains(d)))
                : 0;
            table.RecordsOutsidePeriods.Should().Be(outside);
            table.Total[Measure.Records].Stated.Should().Be(records.Length - outside);
            Aggregator.Aggregate(RecordBatch.Create(records), query).ToCsv().Should().Be(table.ToCsv());
        }, iter: Iterations.Of(300));
    }
}
