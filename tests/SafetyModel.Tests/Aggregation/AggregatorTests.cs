using System.Globalization;
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

public class AggregatorTests
{
    private static DivisionCode TownA => DivisionCode.Parse("150626103");
    private static DivisionCode TownB => DivisionCode.Parse("150626104");

    private static Inspection Inspection(string id, DivisionCode division, LocalDate start, int? hazards, params InspectionType[] types) =>
        new() { Id = id, Division = division, Start = start, HazardsFound = hazards, Types = types };

    [Fact]
    public void Towns_by_quarter_and_inspection_type_with_subtotals_and_a_total_in_stable_order()
    {
        var records = new IRecord[]
        {
            Inspection("1", DivisionCode.Parse("150626103201"), new LocalDate(2022, 5, 1), 3, InspectionType.FloodSeason),
            Inspection("2", TownA, new LocalDate(2022, 2, 1), 1, InspectionType.MayDay, InspectionType.FloodSeason),
            Inspection("3", TownB, new LocalDate(2022, 1, 9), null),
            Inspection("4", TownA, new LocalDate(2022, 6, 30), 2, InspectionType.FloodSeason, InspectionType.FloodSeason),
        };
        var query = new AggregationQuery
        {
            DivisionLevel = DivisionLevel.Township, Granularity = PeriodGranularity.Quarter, Dimension = AggregationDimension.InspectionType,
            Measures = new[] { Measure.Records, Measure.InspectionHazardsFound },
        };

        var table = Aggregator.Aggregate(records, query);

        table.Rows.Select(r => r.ToString()).Should().Equal(
            "Detail 150626103 2022-Q1 flood-season: 1, 1处",
            "Detail 150626103 2022-Q1 holiday-may-day: 1, 1处",
            "PeriodSubtotal 150626103 2022-Q1 *: 1, 1处",
            "Detail 150626103 2022-Q2 flood-season: 2, 5处",
            "PeriodSubtotal 150626103 2022-Q2 *: 2, 5处",
            "DivisionSubtotal 150626103 * *: 3, 6处",
            "Detail 150626104 2022-Q1 : 1, 0处",
            "PeriodSubtotal 150626104 2022-Q1 *: 1, 0处",
            "DivisionSubtotal 150626104 * *: 1, 0处",
            "Total * * *: 4, 6处");
        table.Rows[0].DimensionName.Should().Be("汛期");
        table.Rows[6].DimensionName.Should().Be("(未注明)");
        table.Total[Measure.Records].Should().Be(Quantity.Exact(4));
    }

    [Fact]
    public void Approximate_people_counts_stay_approximate_and_other_units_are_counted_not_summed()
    {
        var records = new IRecord[]
        {
            new Training { Id = "t1", Division = TownA, Date = new LocalDate(2022, 3, 1), PeopleTrained = Quantity.Parse("300余人") },
            new Training { Id = "t2", Division = TownA, Date = new LocalDate(2022, 3, 2), PeopleTrained = Quantity.Parse("20人次") },
            new Training { Id = "t3", Division = TownA, Date = new LocalDate(2022, 3, 3), PeopleTrained = Quantity.Parse("5户") },
        };

        var table = Aggregator.Aggregate(records, new AggregationQuery { Measures = new[] { Measure.PeopleTrained } });

        var sum = table.Total[Measure.PeopleTrained];
        sum.IsExact.Should().BeFalse();
        sum.Lower.Should().Be(new QuantityBound(320, false));
        sum.Upper.Should().Be(new QuantityBound(420, false), "300余 is below 400");
        sum.Contains(320).Should().BeFalse();
        table.Total.UnsummedFigures.Should().Be(1);
    }

    [Fact]
    public void Hazards_and_accidents_are_measured_from_their_own_records()
    {
        var asOf = new LocalDate(2022, 7, 1);
        var records = new IRecord[]
        {
            new Hazard { Id = "h1", Division = TownA, FoundOn = new LocalDate(2022, 5, 1), Level = HazardLevel.Major, Status = HazardStatus.Rectified, RectifiedOn = new LocalDate(2022, 5, 3) },
            new Hazard { Id = "h2", Division = TownA, FoundOn = new LocalDate(2022, 5, 2), RectificationDeadline = new LocalDate(2022, 6, 1) },
            new Accident { Id = "a1", Division = TownA, OccurredAt = new LocalDateTime(2022, 5, 9, 10, 0), Deaths = 3, SeriousInjuries = 1, DirectLossTenThousandYuan = 120.5m },
            Inspection("i1", TownA, new LocalDate(2022, 5, 1), 9),
        };
        var query = new AggregationQuery
        {
            Dimension = AggregationDimension.HazardLevel, AsOf = asOf,
            Measures = new[] { Measure.HazardsFound, Measure.HazardsRectified, Measure.HazardsOverdue, Measure.Accidents, Measure.Deaths, Measure.DirectLoss },
        };

        var table = Aggregator.Aggregate(records, query);

        table.Total.Values.Select(v => v.ToString()).Should().Equal("2处", "1处", "1处", "1起", "3人", "120.5万元");
        table.Details.Select(r => (r.Dimension, r[Measure.HazardsFound].Stated)).Should().Equal((string.Empty, 0m), ("general", 1m), ("major", 1m));
        Aggregator.Aggregate(records, new AggregationQuery { Dimension = AggregationDimension.AccidentGrade, Measures = new[] { Measure.Accidents } })
            .Details.Single(r => r.Dimension == "larger").DimensionName.Should().Be(AccidentGrading.ChineseName(AccidentGrade.Larger));
    }

    [Fact]
    public void Roll_ups_of_random_records_match_a_naive_computation_and_subtotals_add_up()
    {
        var queries = Gen.Select(
            Gen.OneOf(Gen.Const((DivisionLevel?)null), Gen.Const((DivisionLevel?)DivisionLevel.County), Gen.Const((DivisionLevel?)DivisionLevel.Township)),
            Gen.OneOf(Gen.Const((PeriodGranularity?)null), Gen.Const((PeriodGranularity?)PeriodGranularity.Month), Gen.Const((PeriodGranularity?)PeriodGranularity.Quarter), Gen.Const((PeriodGranularity?)PeriodGranularity.Year)),
            Gen.OneOf(Gen.Const(AggregationDimension.None), Gen.Const(AggregationDimension.InspectionType), Gen.Const(AggregationDimension.RecordType), Gen.Const(AggregationDimension.Sector)));

        var valid = ModelGenerators.Record.Where(r => Aggregator.BadFigure(r) is null);
        Gen.Select(valid.Array[0, 40], queries).Sample((records, q) =>
        {
            var query = new AggregationQuery
            {
                DivisionLevel = q.Item1, Granularity = q.Item2, Dimension = q.Item3, AsOf = new LocalDate(2023, 1, 1),
                Measures = new[] { Measure.Records, Measure.InspectionHazardsFound, Measure.HazardsFound, Measure.HazardsOverdue, Measure.Deaths },
            };

            var table = Aggregator.Aggregate(records, query);

            // Every detail row equals the naive sum over the records that fall in it.
            foreach (var row in table.Details)
            {
                var members = records.Where(r => NaiveRows.InRow(r, row, query)).ToList();
                members.Should().NotBeEmpty();
                row[Measure.Records].Stated.Should().Be(members.Count);
                row[Measure.InspectionHazardsFound].Stated.Should().Be(members.OfType<Inspection>().Sum(i => (long)(i.HazardsFound ?? 0)));
                row[Measure.HazardsFound].Stated.Should().Be(members.OfType<Hazard>().Count());
                row[Measure.HazardsOverdue].Stated.Should().Be(members.OfType<Hazard>().Count(h => h.IsOverdueOn(query.AsOf!.Value)));
                row[Measure.Deaths].Stated.Should().Be(members.OfType<Accident>().Sum(a => (long)a.Deaths));
            }

            // Subtotals add up to division subtotals and the total; the total counts every record once.
            table.Total[Measure.Records].Stated.Should().Be(records.Length);
            table.Total[Measure.Deaths].Stated.Should().Be(records.OfType<Accident>().Sum(a => (long)a.Deaths));
            var periodRows = query.Dimension == AggregationDimension.None
                ? table.Details.ToList()
                : table.Rows.Where(r => r.Kind == StatisticsRowKind.PeriodSubtotal).ToList();
            periodRows.Sum(r => r[Measure.Records].Stated).Should().Be(records.Length);
            foreach (var division in table.Rows.Where(r => r.Kind == StatisticsRowKind.DivisionSubtotal))
            {
                periodRows.Where(r => r.Division == division.Division).Sum(r => r[Measure.HazardsFound].Stated).Should().Be(division[Measure.HazardsFound].Stated);
            }

            // Without a multi-valued dimension, the details add up to the subtotals.
            if (query.Dimension == AggregationDimension.RecordType || query.Dimension == AggregationDimension.Sector)
            {
                table.Details.Sum(r => r[Measure.Records].Stated).Should().Be(records.Length);
            }
        }, iter: Iterations.Of(300));
    }

    [Fact]
    public void A_table_writes_itself_as_csv_with_every_value_as_numeric_bounds_beside_its_Chinese_text_and_names_beside_codes()
    {
        var records = new IRecord[]
        {
            new PublicityActivity { Id = "p1", Division = TownA, Date = new LocalDate(2022, 6, 16), PeopleReached = Quantity.Parse("500余人"), CampaignId = "safety-month, 2022" },
            new PublicityActivity { Id = "p2", Division = TownA, Date = new LocalDate(2022, 6, 17), PeopleReached = Quantity.AtOrAbove(30, QuantityUnit.Person), CampaignId = "safety-month, 2022" },
        };

        var table = Aggregator.Aggregate(records, new AggregationQuery
        {
            DivisionLevel = DivisionLevel.Township, Granularity = PeriodGranularity.Quarter, Dimension = AggregationDimension.Campaign, Measures = new[] { Measure.Records, Measure.PeopleReached },
        });
        var named = new StringWriter(CultureInfo.InvariantCulture);
        table.ToCsv(named, DivisionRegistry.SampleWushenBanner);

        const string Header = "kind,division,divisionName,period,periodName,dimension,dimensionName,records.lower,records.upper,records.text,people-reached.lower,people-reached.upper,people-reached.text,unsummedFigures\r\n";
        named.ToString().Should().Be(
            Header +
            "detail,150626103000,乌兰陶勒盖镇,2022-Q2,2022年第二季度,\"safety-month, 2022\",\"safety-month, 2022\",2,2,2,530,,大于530人次,0\r\n" +
            "period-subtotal,150626103000,乌兰陶勒盖镇,2022-Q2,2022年第二季度,,,2,2,2,530,,大于530人次,0\r\n" +
            "division-subtotal,150626103000,乌兰陶勒盖镇,,,,,2,2,2,530,,大于530人次,0\r\n" +
            "total,,,,,,,2,2,2,530,,大于530人次,0\r\n");
        table.ToCsv().Should().StartWith(Header).And.Contain("detail,150626103000,,2022-Q2,", "without a registry the name is left empty");
    }

    [Fact]
    public void Csv_quotes_fields_with_commas_quotes_and_line_breaks_and_doubles_the_quotes()
    {
        var odd = InspectionType.FromCode("say \"hi\", then\r\nleave");
        var table = Aggregator.Aggregate(
            new IRecord[] { Inspection("1", TownA, new LocalDate(2022, 5, 1), 2, odd) },
            new AggregationQuery { DivisionLevel = DivisionLevel.Township, Granularity = PeriodGranularity.Quarter, Dimension = AggregationDimension.InspectionType, Measures = new[] { Measure.Records } });

        var csv = table.ToCsv();

        csv.Should().StartWith("kind,division,divisionName,period,periodName,dimension,dimensionName,records.lower,records.upper,records.text,unsummedFigures\r\n");
        csv.Should().Contain("detail,150626103000,,2022-Q2,2022年第二季度,\"say \"\"hi\"\", then\r\nleave\",\"say \"\"hi\"\", then\r\nleave\",1,1,1,0\r\n");
        csv.Should().EndWith("total,,,,,,,1,1,1,0\r\n");
        table.ToString().Should().Be($"{table.Query}: {table.Rows.Count} rows");
        FluentActions.Invoking(() => table.ToCsv(null!)).Should().Throw<ArgumentNullException>().WithParameterName("writer");
    }

    [Theory]
    [InlineData("none", "An aggregation needs at least one measure.*", "Measures")]
    [InlineData("twice", "The measure records is asked for twice.*", "Measures")]
    [InlineData("custom", "Granularity is Custom: list the periods to group by in Periods.*", "Periods")]
    [InlineData("overdue", "The measure hazards-overdue is judged on a day (such as overdue hazards): set AsOf.*", "AsOf")]
    [InlineData("measure", "No kind of the catalogue adds to the measure drills; the measures are records, inspections, *", "Measures")]
    [InlineData("granularity", "99 is not a defined period granularity.*", "Granularity")]
    [InlineData("granularity-below", "-1 is not a defined period granularity.*", "Granularity")]
    [InlineData("level", "0 is not a defined division level.*", "DivisionLevel")]
    [InlineData("level-above", "6 is not a defined division level.*", "DivisionLevel")]
    [InlineData("dimension", "No kind of the catalogue gives values for the dimension drill-kind; the dimensions are none, inspection-type, *", "Dimension")]
    [InlineData("dimension-below", "The measure records is asked for twice.*", "Measures")]
    public void A_query_that_cannot_be_answered_is_refused_with_the_reason(string problem, string message, string parameter)
    {
        var query = problem switch
        {
            "none" => new AggregationQuery { Measures = Array.Empty<Measure>() },
            "twice" => new AggregationQuery { Measures = new[] { Measure.Records, Measure.Records } },
            "custom" => new AggregationQuery { Granularity = PeriodGranularity.Custom },
            "overdue" => new AggregationQuery { Measures = new[] { Measure.HazardsOverdue } },
            "measure" => new AggregationQuery { Measures = new[] { new Measure("drills", "演练次数", "drills") } },
            "granularity" => new AggregationQuery { Granularity = (PeriodGranularity)99 },
            "granularity-below" => new AggregationQuery { Granularity = (PeriodGranularity)(-1) },
            "level" => new AggregationQuery { DivisionLevel = (DivisionLevel)0 },
            "level-above" => new AggregationQuery { DivisionLevel = (DivisionLevel)6 },
            "dimension" => new AggregationQuery { Dimension = new AggregationDimension("drill-kind", "演练类型", "drill kind") },
            _ => new AggregationQuery { Measures = new[] { Measure.Records, new Measure("records", "记录", "records again") } },
        };

        var act = () => Aggregator.Aggregate(Array.Empty<IRecord>(), query);

        act.Should().Throw<ArgumentException>().WithMessage(message).Which.ParamName.Should().Be(parameter);
    }

    [Fact]
    public void The_edges_of_each_list_are_valid_queries()
    {
        var query = new AggregationQuery
        {
            DivisionLevel = DivisionLevel.Village, Granularity = PeriodGranularity.Year, Dimension = AggregationDimension.RecordType,
            Measures = new[] { Measure.Records, Measure.InspectedUnits },
        };

        Aggregator.Aggregate(Array.Empty<IRecord>(), query).Details.Should().BeEmpty();
        Aggregator.Aggregate(Array.Empty<IRecord>(), new AggregationQuery { DivisionLevel = DivisionLevel.Province, Granularity = PeriodGranularity.Month })
            .Total[Measure.Records].Stated.Should().Be(0);
    }

    [Fact]
    public async Task Null_arguments_are_named()
    {
        var query = new AggregationQuery();

        FluentActions.Invoking(() => Aggregator.Aggregate((IEnumerable<IRecord>)null!, query)).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("records");
        FluentActions.Invoking(() => Aggregator.Aggregate(Array.Empty<IRecord>(), null!)).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("query");
        FluentActions.Invoking(() => Aggregator.Aggregate((RecordBatch)null!, query)).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("batch");
        FluentActions.Invoking(() => Aggregator.Aggregate(RecordBatch.Create(Array.Empty<IRecord>()), null!)).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("query");
        (await FluentActions.Awaiting(() => Aggregator.AggregateAsync(null!, query, TestContext.Current.CancellationToken)).Should().ThrowAsync<ArgumentNullException>())
            .Which.ParamName.Should().Be("records");
        (await FluentActions.Awaiting(() => Aggregator.AggregateAsync(Array.Empty<IRecord>().ToAsyncEnumerable(), null!, TestContext.Current.CancellationToken)).Should().ThrowAsync<ArgumentNullException>())
            .Which.ParamName.Should().Be("query");
    }

    [Fact]
    public void A_query_describes_itself()
    {
        new AggregationQuery { DivisionLevel = DivisionLevel.Township, Granularity = PeriodGranularity.Quarter, Dimension = AggregationDimension.InspectionType, Measures = new[] { Measure.Records, Measure.HazardsFound } }
            .ToString().Should().Be("township × quarter × inspection-type: records, hazards-found");
        new AggregationQuery().ToString().Should().Be("all divisions × all dates × none: records");
        new AggregationQuery
        {
            Granularity = PeriodGranularity.Custom,
            Periods = new[] { ReportingPeriod.ForHalfYear(2022, 2), ReportingPeriod.ForHalfYear(2022, 1) },
            Measures = new[] { Measure.HazardsFound, Measure.HazardsRectified },
            Rates = new[] { Rate.Rectification },
        }.ToString().Should().Be("all divisions × 2022-H1/2022-H2 × none: hazards-found, hazards-rectified; rectification-rate");
    }

    [Fact]
    public void A_negative_count_is_refused_with_the_record_not_summed()
    {
        var act = () => Aggregator.Aggregate(new IRecord[] { Inspection("X-1", TownA, new LocalDate(2022, 1, 1), -3) }, new AggregationQuery());

        act.Should().Throw<ArgumentException>().WithMessage("*index 0*X-1*hazardsFound*");
    }

    [Fact]
    public void A_null_record_is_refused_with_its_index()
    {
        var act = () => Aggregator.Aggregate(new IRecord[] { Inspection("1", TownA, new LocalDate(2022, 1, 1), null), null! }, new AggregationQuery());

        act.Should().Throw<ArgumentException>().WithMessage("*index 1*");
    }

    [Fact]
    public async Task A_stream_aggregates_like_a_list()
    {
        var records = Enumerable.Range(1, 50).Select(i => (IRecord)Inspection(i.ToString(System.Globalization.CultureInfo.InvariantCulture), i % 2 == 0 ? TownA : TownB, new LocalDate(2022, (i % 12) + 1, 1), i)).ToList();
        var query = new AggregationQuery { DivisionLevel = DivisionLevel.Township, Granularity = PeriodGranularity.HalfYear, Measures = new[] { Measure.InspectionHazardsFound } };

        var streamed = await Aggregator.AggregateAsync(records.ToAsyncEnumerable(), query, TestContext.Current.CancellationToken);

        streamed.Rows.Select(r => r.ToString()).Should().Equal(Aggregator.Aggregate(records, query).Rows.Select(r => r.ToString()));
        streamed.Total[Measure.InspectionHazardsFound].Stated.Should().Be(1275);
    }
}
