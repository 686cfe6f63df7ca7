using NodaTime;
using SafetyModel.Aggregation;
using SafetyModel.Primitives;
using SafetyModel.Records;
using SafetyModel.Work;

namespace SafetyModel.Tests.Aggregation;

public class StatisticsComparisonTests
{
    private static DivisionCode Town => DivisionCode.Parse("150626103");

    private static Inspection At(int year, int month, int hazards) =>
        new() { Id = $"{year}-{month}-{hazards}", Division = Town, Start = new LocalDate(year, month, 1), HazardsFound = hazards };

    private static StatisticsTable ByQuarter(params IRecord[] records) => Aggregator.Aggregate(records, new AggregationQuery
    {
        DivisionLevel = DivisionLevel.Township, Granularity = PeriodGranularity.Quarter,
        Measures = new[] { Measure.Records, Measure.InspectionHazardsFound, Measure.PeopleTrained },
    });

    [Fact]
    public void A_period_in_the_first_year_a_period_can_have_has_a_missing_base_not_the_rows_without_a_period()
    {
        var undated = new Campaign { Id = "undated", Division = Town, Name = "安全生产月" }; // no period: a row without one
        var records = new IRecord[] { At(2, 1, 3), undated };
        var byMonth = Aggregator.Aggregate(records, new AggregationQuery
        {
            DivisionLevel = DivisionLevel.Township, Granularity = PeriodGranularity.Custom,
            Periods = new[] { ReportingPeriod.ForInterval(new DateInterval(new LocalDate(2, 1, 1), new LocalDate(2, 1, 31))) },
        });
        var byQuarter = ByQuarter(records);

        var periodOnPeriod = StatisticsComparison.PeriodOnPeriod(byMonth, byMonth, Measure.Records);
        var yearOnYear = StatisticsComparison.YearOnYear(byQuarter, byQuarter, Measure.Records);

        byMonth.Rows.Should().Contain(r => r.Period == null && r.Kind == StatisticsRowKind.Detail, "the campaign has no period");
        periodOnPeriod.Where(c => c.Row.Period is not null).Should().NotBeEmpty().And.OnlyContain(c => c.Status == ChangeStatus.BaseMissing);
        yearOnYear.Where(c => c.Row.Period is not null).Should().NotBeEmpty().And.OnlyContain(c => c.Status == ChangeStatus.BaseMissing);
    }

    [Fact]
    public void Year_on_year_compares_each_quarter_with_the_same_quarter_a_year_earlier()
    {
        var table = ByQuarter(At(2021, 2, 0), At(2021, 5, 4), At(2022, 2, 3), At(2022, 3, 1), At(2022, 5, 2), At(2022, 8, 1));

        var changes = StatisticsComparison.YearOnYear(table, table, Measure.InspectionHazardsFound)
            .Where(c => c.Row.Kind == StatisticsRowKind.Detail).ToDictionary(c => c.Row.Period!.Code);

        changes["2022-Q1"].Status.Should().Be(ChangeStatus.BaseZero, "2021-Q1 found 0 hazards");
        changes["2022-Q1"].Difference.Should().Be(4);
        changes["2022-Q1"].Percent.Should().BeNull();
        changes["2022-Q2"].Status.Should().Be(ChangeStatus.Compared);
        changes["2022-Q2"].Difference.Should().Be(-2);
        changes["2022-Q2"].Percent.Should().Be(-50);
        changes["2022-Q3"].Status.Should().Be(ChangeStatus.BaseMissing, "there are no records of 2021-Q3");
        changes["2022-Q3"].Difference.Should().BeNull();
        changes["2021-Q1"].Status.Should().Be(ChangeStatus.BaseMissing);
    }

    [Fact]
    public void Period_on_period_compares_with_the_quarter_before_across_a_year_end()
    {
        var table = ByQuarter(At(2021, 11, 5), At(2022, 2, 3), At(2022, 5, 6));

        var changes = StatisticsComparison.PeriodOnPeriod(table, table, Measure.Records)
            .Where(c => c.Row.Kind == StatisticsRowKind.Detail).Select(c => c.ToString()).ToList();

        changes.Should().Equal(
            "2021-Q4 150626103 *: 1 against -, BaseMissing",
            "2022-Q1 150626103 *: 1 against 1, +0 (+0%)",
            "2022-Q2 150626103 *: 1 against 1, +0 (+0%)");
    }

    [Fact]
    public void Totals_are_compared_between_this_years_table_and_last_years()
    {
        var thisYear = ByQuarter(At(2022, 2, 3), At(2022, 5, 2), At(2022, 8, 1));
        var lastYear = ByQuarter(At(2021, 2, 2), At(2021, 5, 2));

        var total = StatisticsComparison.YearOnYear(thisYear, lastYear, Measure.InspectionHazardsFound).Single(c => c.Row.Kind == StatisticsRowKind.Total);

        total.Difference.Should().Be(2);
        total.Percent.Should().Be(50);
        StatisticsComparison.YearOnYear(thisYear, thisYear, Measure.Records).Single(c => c.Row.Kind == StatisticsRowKind.Total).Status
            .Should().Be(ChangeStatus.BaseMissing, "a table's total is not its own base");
    }

    [Fact]
    public void Approximate_values_give_no_invented_change()
    {
        var table = ByQuarter(
            new Training { Id = "t1", Division = Town, Date = new LocalDate(2021, 3, 1), PeopleTrained = Quantity.Parse("300余人") },
            new Training { Id = "t2", Division = Town, Date = new LocalDate(2022, 3, 1), PeopleTrained = Quantity.Parse("350人") });

        var change = StatisticsComparison.YearOnYear(table, table, Measure.PeopleTrained).Single(c => c.Row.Period?.Code == "2022-Q1" && c.Row.Kind == StatisticsRowKind.Detail);

        change.Status.Should().Be(ChangeStatus.Approximate);
        change.Difference.Should().BeNull();
        change.Base!.Qualifier.Should().NotBe(QuantityQualifier.Exact);
    }

    [Fact]
    public void A_measure_the_tables_do_not_have_is_refused()
    {
        var table = ByQuarter(At(2022, 2, 3));

        var act = () => StatisticsComparison.YearOnYear(table, table, Measure.Deaths);

        act.Should().Throw<ArgumentException>().WithMessage("*Deaths*");
    }

    [Fact]
    public void Tables_must_be_given_and_rows_name_what_they_do_not_hold()
    {
        var table = ByQuarter(At(2022, 2, 3));
        var row = table.Total;

        FluentActions.Invoking(() => StatisticsComparison.YearOnYear(null!, table, Measure.Records)).Should().Throw<ArgumentNullException>().WithParameterName("current");
        FluentActions.Invoking(() => StatisticsComparison.PeriodOnPeriod(table, null!, Measure.Records)).Should().Throw<ArgumentNullException>().WithParameterName("baseTable");
        FluentActions.Invoking(() => row[Measure.Deaths]).Should().Throw<ArgumentException>().WithMessage("The table has no measure Deaths.*").WithParameterName("measure");
        FluentActions.Invoking(() => row[(Rate)null!]).Should().Throw<ArgumentNullException>().WithParameterName("rate");
        FluentActions.Invoking(() => row[Rate.Rectification]).Should().Throw<ArgumentException>().WithMessage("The table has no rate 'rectification-rate'.*").WithParameterName("rate");
    }
}
