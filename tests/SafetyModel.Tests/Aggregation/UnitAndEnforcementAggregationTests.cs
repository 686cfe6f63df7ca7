using CsCheck;
using NodaTime;
using SafetyModel.Accidents;
using SafetyModel.Aggregation;
using SafetyModel.Primitives;
using SafetyModel.Records;
using SafetyModel.Tests.Work;
using SafetyModel.Work;

namespace SafetyModel.Tests.Aggregation;

/// <summary>Tables by industry 门类 and by unit (through the query's unit directory), the enforcement summary, and category roll-ups across schemes.</summary>
public class UnitAndEnforcementAggregationTests
{
    private static readonly IReadOnlyList<IRecord> Records = UnitsAndEnforcementTests.Batch();

    [Fact]
    public void Linked_records_fall_in_their_units_industry_section()
    {
        var query = new AggregationQuery { Dimension = AggregationDimension.Industry, Measures = new[] { Measure.Records, Measure.HazardsFound, Measure.EnforcementDocuments }, Units = UnitDirectory.From(Records) };

        var table = Aggregator.Aggregate(Records, query);

        var rows = table.Details.ToDictionary(r => r.Dimension!);
        rows["F"].DimensionName.Should().Be("批发和零售业");
        rows["F"][Measure.Records].Stated.Should().Be(6, "the gas station, its inspection, one hazard that names it and three documents");
        rows["F"][Measure.EnforcementDocuments].Stated.Should().Be(3);
        rows["B"][Measure.Records].Stated.Should().Be(2, "the quarry and its accident");
        rows[string.Empty][Measure.HazardsFound].Stated.Should().Be(1, "H-2 names no unit");
    }

    [Fact]
    public void Without_a_directory_linked_records_have_no_industry_but_keep_their_unit()
    {
        var byIndustry = Aggregator.Aggregate(Records, new AggregationQuery { Dimension = AggregationDimension.Industry });
        byIndustry.Details.Single(r => r.Dimension == "F")[Measure.Records].Stated.Should().Be(1, "only the unit record itself knows its industry");

        var byUnit = Aggregator.Aggregate(Records, new AggregationQuery { Dimension = AggregationDimension.Unit, Measures = new[] { Measure.Records } });
        byUnit.Details.Single(r => r.Dimension == "U-1")[Measure.Records].Stated.Should().Be(6);
        byUnit.Details.Single(r => r.Dimension == "U-2")[Measure.Records].Stated.Should().Be(2);
    }

    [Fact]
    public void By_unit_rows_are_named_by_the_units_name()
    {
        var table = Aggregator.Aggregate(Records, new AggregationQuery { Dimension = AggregationDimension.Unit, Units = UnitDirectory.From(Records) });

        table.Details.Single(r => r.Dimension == "U-1").DimensionName.Should().Be("乌审旗某某加油站");
    }

    [Fact]
    public void Generated_records_aggregate_by_industry_and_unit_as_plain_LINQ_says_from_records_and_from_a_batch()
    {
        var unitIds = new[] { "U-1", "U-2", "U-3", "U-4", null };
        var units = Gen.Select(Gen.OneOf(unitIds.Take(4).ToArray()), Gen.OneOf(null, "C2614", "B10", "F", "Z1", "E4811")).Select((id, code) => new SupervisedUnit { Id = id!, Division = DivisionCode.Parse("150626103"), Name = "单位" + id, IndustryCode = code });
        var actions = Gen.Select(Gen.OneOf(unitIds), Gen.OneOf(Enum.GetValues<EnforcementDocumentKind>()), Gen.Int[0, 300], Gen.OneOf((decimal?)null, 500m, 20_000m))
            .Select((unit, kind, day, fine) => new EnforcementAction { Id = "E", Division = DivisionCode.Parse("150626103"), Kind = kind, UnitId = unit, IssuedOn = new LocalDate(2022, 1, 1).PlusDays(day), FineYuan = kind == EnforcementDocumentKind.PenaltyDecision ? fine : null });
        var hazards = Gen.Select(Gen.OneOf(unitIds), Gen.Int[0, 300]).Select((unit, day) => new Hazard { Id = "H", Division = DivisionCode.Parse("150626103"), FoundOn = new LocalDate(2022, 1, 1).PlusDays(day), UnitId = unit });
        Gen.Select(units.Array[0, 6], actions.Array[0, 40], hazards.Array[0, 20]).Sample((u, a, h) =>
        {
            var records = u.Cast<IRecord>().Concat(a).Concat(h).ToList();
            var directory = UnitDirectory.From(records);
            string Section(string? unitId) => directory.TryGet(unitId, out var unit) && unit.Industry?.Section is { } s ? s.Code : string.Empty;
            foreach (var dimension in new[] { AggregationDimension.Industry, AggregationDimension.Unit })
            {
                var query = new AggregationQuery { Dimension = dimension, Granularity = PeriodGranularity.Quarter, Measures = EnforcementStatistics.Columns.Prepend(Measure.HazardsFound).ToArray(), Units = directory };
                var table = Aggregator.Aggregate(records, query);
                Aggregator.Aggregate(RecordBatch.Create(records), query).Rows.Select(r => r.ToString()).Should().Equal(table.Rows.Select(r => r.ToString()));
                string Key(IRecord r) => dimension == AggregationDimension.Industry
                    ? (r is SupervisedUnit su ? su.Industry?.Section?.Code ?? string.Empty : Section(((IUnitLinked)r).UnitId))
                    : (r is SupervisedUnit s ? s.Id : ((IUnitLinked)r).UnitId ?? string.Empty);
                foreach (var row in table.Details)
                {
                    var members = records.Where(r => Key(r) == row.Dimension && (r is SupervisedUnit || ReportingPeriod.ForQuarter(r.ReferenceDate!.Value.Year, (r.ReferenceDate.Value.Month + 2) / 3) == row.Period)).ToList();
                    var inRow = members.Where(r => r.ReferenceDate is null ? row.Period is null : row.Period is not null).ToList();
                    var enforcement = inRow.OfType<EnforcementAction>().ToList();
                    row[Measure.HazardsFound].Stated.Should().Be(inRow.OfType<Hazard>().Count());
                    row[Measure.EnforcementDocuments].Stated.Should().Be(enforcement.Count);
                    row[Measure.PenaltyDecisions].Stated.Should().Be(enforcement.Count(e => e.Kind == EnforcementDocumentKind.PenaltyDecision));
                    row[Measure.SuspensionOrders].Stated.Should().Be(enforcement.Count(e => e.Kind == EnforcementDocumentKind.SuspensionOrder));
                    row[Measure.Fines].Stated.Should().Be(enforcement.Sum(e => e.FineYuan ?? 0m));
                    row[Measure.EnforcementUnitsInspected].Stated.Should().Be(enforcement.Where(e => e.Kind == EnforcementDocumentKind.OnSiteInspectionRecord && e.UnitId is not null).Select(e => e.UnitId).Distinct().Count());
                }
            }
        }, iter: Iterations.Of(200));
    }

    [Fact]
    public void The_enforcement_summary_has_the_forms_columns_by_industry_per_county_and_quarter()
    {
        var query = EnforcementStatistics.SummaryQuery(UnitDirectory.From(Records));

        query.Measures.Should().Equal(EnforcementStatistics.Columns);
        query.Dimension.Should().Be(AggregationDimension.Industry);
        query.DivisionLevel.Should().Be(DivisionLevel.County);
        query.Granularity.Should().Be(PeriodGranularity.Quarter);
        EnforcementStatistics.ColumnSources.Keys.Should().BeEquivalentTo(EnforcementStatistics.Columns);

        var row = Aggregator.Aggregate(Records, query).Details.Single(r => r.Dimension == "F" && r.Period == ReportingPeriod.ForQuarter(2022, 2));
        row[Measure.EnforcementUnitsInspected].Stated.Should().Be(1);
        row[Measure.EnforcementInspections].Stated.Should().Be(1);
        row[Measure.RectificationOrders].Stated.Should().Be(1);
        row[Measure.PenaltyDecisions].Stated.Should().Be(1);
        row[Measure.Fines].Stated.Should().Be(20_000m);
        row[Measure.Fines].Unit.Should().Be(QuantityUnit.Yuan);
        row.Division!.Value.Code.Should().Be("150626000000");
        ((Action)(() => EnforcementStatistics.SummaryQuery(rows: AggregationDimension.HazardLevel))).Should().Throw<ArgumentException>().WithParameterName("rows");
    }

    [Fact]
    public void Accidents_of_two_schemes_roll_up_under_one_through_a_mapping()
    {
        var newer = new AccidentCategory("GB 6441-2025", "03", "道路(轨道)车辆致害", "road vehicle");
        var factory = new AccidentCategory("GB 6441-2025", "02", "厂(场)内车辆致害", "in-plant vehicle");
        var unmapped = new AccidentCategory("GB 6441-2025", "27", "泄漏", "leak");
        AccidentCategoryScheme.Gb6441Of1986.TryGet("02", out var vehicle).Should().BeTrue();
        var records = new[] { vehicle, newer, factory, unmapped }.Select((c, i) => (IRecord)new Accident
        {
            Id = "A-" + i, Division = DivisionCode.Parse("150626103"), OccurredAt = new LocalDateTime(2026, 7, 1 + i, 8, 0), Category = c,
        }).ToList();
        var mapping = new AccidentCategoryMapping("GB 6441-2025", AccidentCategoryScheme.Gb6441Of1986, new Dictionary<string, string> { ["02"] = "02", ["03"] = "02" });

        var query = new AggregationQuery { Dimension = AggregationDimension.AccidentCategory, Measures = new[] { Measure.Accidents }, CategoryMapping = mapping };
        var table = Aggregator.Aggregate(records, query);

        table.Details.Select(r => (r.Dimension, r.DimensionName, r[Measure.Accidents].Stated)).Should().BeEquivalentTo(new[]
        {
            ("02", "车辆伤害", 3m), ("GB 6441-2025 27", "泄漏", 1m),
        });
        Aggregator.Aggregate(RecordBatch.Create(records), query).Rows.Select(r => r.ToString()).Should().Equal(table.Rows.Select(r => r.ToString()));
        Aggregator.Aggregate(records, new AggregationQuery { Dimension = AggregationDimension.AccidentCategory }).Details.Single(r => r.Dimension == "02")[Measure.Records].Stated
            .Should().Be(2, "without a mapping the codes are the records' own, whichever their scheme");
    }
}
