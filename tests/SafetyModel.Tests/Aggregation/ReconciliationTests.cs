using SafetyModel.Accidents;
using NodaTime;
using SafetyModel.Aggregation;
using SafetyModel.Primitives;
using SafetyModel.Reports;
using SafetyModel.Samples;
using SafetyModel.Work;

namespace SafetyModel.Tests.Aggregation;

public class ReconciliationTests
{
    private static DivisionCode Village => DivisionCode.Parse("150626103201", edition: 2023);

    private static Inspection Inspection(int month, int day, params InspectionType[] types) =>
        new() { Id = $"I-{month}-{day}", Division = SeedReport.Town, Start = new LocalDate(2022, month, day), Types = types };

    private static IEnumerable<IRecord> SeedRecords()
    {
        // Six meetings in the half-year (the letter says 8), one in July (outside the period).
        for (var month = 1; month <= 6; month++)
        {
            yield return new Meeting { Id = $"M-{month}", Division = SeedReport.Town, Date = new LocalDate(2022, month, 10) };
        }

        yield return new Meeting { Id = "M-7", Division = SeedReport.Town, Date = new LocalDate(2022, 7, 10) };

        // Inspections: 1 construction, 2 May Day, 2 grassland fire, 2 flood season, 5 schools (one of them in June, in a village).
        yield return Inspection(5, 3, InspectionType.Construction);
        yield return Inspection(4, 28, InspectionType.MayDay);
        yield return Inspection(5, 2, InspectionType.MayDay);
        yield return Inspection(3, 1, InspectionType.GrasslandFire);
        yield return Inspection(4, 1, InspectionType.GrasslandFire);
        yield return Inspection(6, 1, InspectionType.FloodSeason);
        yield return Inspection(6, 20, InspectionType.FloodSeason);
        for (var day = 1; day <= 4; day++)
        {
            yield return Inspection(3, day, InspectionType.SchoolsAndKindergartens);
        }

        yield return new Inspection { Id = "I-village", Division = Village, Start = new LocalDate(2022, 6, 8), Types = new[] { InspectionType.SchoolsAndKindergartens } };

        // Publicity: 16 banners, 18 slogans, 530 leaflets.
        yield return new PublicityActivity
        {
            Id = "P-1", Division = SeedReport.Town, Date = new LocalDate(2022, 6, 16),
            Materials = new[] { new Figure(Indicator.Banners, Quantity.Parse("16条")), new Figure(Indicator.Slogans, Quantity.Parse("18条")), new Figure(Indicator.Leaflets, Quantity.Parse("530份")) },
        };

        // A record of another town does not count.
        yield return new Meeting { Id = "M-other", Division = DivisionCode.Parse("150626104"), Date = new LocalDate(2022, 3, 3) };
    }

    [Fact]
    public void The_seed_reports_figures_against_a_half_year_of_records()
    {
        var checks = Reconciliation.Reconcile(SeedReport.Build(), SeedRecords().ToList());

        checks.Select(c => $"{c.Path} {c.Status} {c.Derived?.ToString() ?? "-"}").Should().Equal(
            "/statedFigures/0 CannotCheck -",
            "/statedFigures/1 Differs 6次",
            "/statedFigures/2 Differs 12次",
            "/statedFigures/2/parts/0 Matches 1次",
            "/statedFigures/2/parts/1 Matches 2次",
            "/statedFigures/2/parts/2 Matches 2次",
            "/statedFigures/2/parts/3 Matches 2次",
            "/statedFigures/2/parts/4 Matches 5次",
            "/statedFigures/2/parts/5 CannotCheck -",
            "/statedFigures/3 Matches 16条",
            "/statedFigures/4 Matches 18条",
            "/statedFigures/5 Matches 530份",
            "/statedFigures/6 CannotCheck -",
            "/statedFigures/7 Matches 1次");
        checks[1].Difference.Should().Be(-2);
        checks[0].Reason!.Chinese.Should().Contain("安全生产专职干事");
        checks[8].Reason!.English.Should().Contain("without a count");
    }

    [Fact]
    public void Approximate_records_may_or_may_not_match()
    {
        var report = new WorkSummaryReport
        {
            Division = SeedReport.Town, Period = ReportingPeriod.ForHalfYear(2022, 1),
            StatedFigures = new[]
            {
                new StatedFigure { Indicator = Indicator.PeopleTrained, Quantity = Quantity.Parse("320人") },
                new StatedFigure { Indicator = Indicator.PeopleTrained, Quantity = Quantity.Parse("200人") },
            },
        };
        var records = new IRecord[] { new Training { Id = "T", Division = SeedReport.Town, Date = new LocalDate(2022, 3, 1), PeopleTrained = Quantity.Parse("300余人") } };

        var checks = Reconciliation.Reconcile(report, records);

        checks.Select(c => c.Status).Should().Equal(ReconciliationStatus.Possible, ReconciliationStatus.Differs);
        checks[0].Difference.Should().BeNull("an approximate sum has no exact difference");
    }

    [Theory]
    [InlineData("accidents", "2起", "2起")]
    [InlineData("deaths", "1人", "1人")]
    [InlineData("serious-injuries", "1人", "1人")]
    [InlineData("injuries", "3人", "3人")]
    [InlineData("minor-injuries", "2人", "2人")]
    [InlineData("missing", "0人", "0人")]
    [InlineData("direct-loss", "12.5万元", "12.5万元")]
    [InlineData("hazards-found", "3处", "3处")]
    [InlineData("hazards-rectified", "2处", "2处")]
    [InlineData("trainings", "1次", "1次")]
    [InlineData("units-inspected", "2家", "2家")]
    [InlineData("people-reached", "500人", "500人")]
    public void Each_indicator_is_derived_from_the_records_that_measure_it(string indicator, string stated, string derived)
    {
        var report = new WorkSummaryReport
        {
            Division = SeedReport.Town, Period = ReportingPeriod.ForHalfYear(2022, 1),
            StatedFigures = new[] { new StatedFigure { Indicator = Indicator.FromCode(indicator), Quantity = Quantity.Parse(stated) } },
        };
        var day = new LocalDate(2022, 3, 1);
        var records = new IRecord[]
        {
            new Accident { Id = "A-1", Division = SeedReport.Town, OccurredAt = day.At(new LocalTime(9, 0)), Deaths = 1, SeriousInjuries = 1, MinorInjuries = 2, DirectLossTenThousandYuan = 10m },
            new Accident { Id = "A-2", Division = SeedReport.Town, OccurredAt = day.At(new LocalTime(15, 0)), DirectLossTenThousandYuan = 2.5m },
            new Hazard { Id = "H-1", Division = SeedReport.Town, Description = "隐患", FoundOn = day, Status = HazardStatus.Rectified },
            new Hazard { Id = "H-2", Division = SeedReport.Town, Description = "隐患", FoundOn = day, Status = HazardStatus.Verified },
            new Hazard { Id = "H-3", Division = SeedReport.Town, Description = "隐患", FoundOn = day, Status = HazardStatus.Found },
            new Training { Id = "T-1", Division = SeedReport.Town, Date = day, PeopleTrained = Quantity.Parse("30人") },
            new Inspection { Id = "I-1", Division = SeedReport.Town, Start = day, Inspected = new[] { "乌兰加油站", "苏力德煤矿" } },
            new Inspection { Id = "I-2", Division = SeedReport.Town, Start = day, Inspected = new[] { "乌兰加油站" } },
            new PublicityActivity { Id = "P-1", Division = SeedReport.Town, Date = day, PeopleReached = Quantity.Parse("500人") },
        };

        var check = Reconciliation.Reconcile(report, records).Single();

        var expected = Quantity.Parse(derived);
        (check.Derived?.Stated, check.Derived?.Unit, check.Derived?.IsExact).Should().Be((expected.Stated, expected.Unit, true), indicator);
        check.Status.Should().Be(ReconciliationStatus.Matches, indicator);
    }

    [Theory]
    [InlineData("people-reached", "500次")]
    [InlineData("people-trained", "3场")]
    public void People_stated_in_a_unit_that_does_not_count_people_cannot_be_checked(string indicator, string stated)
    {
        var report = new WorkSummaryReport
        {
            Division = SeedReport.Town, Period = ReportingPeriod.ForHalfYear(2022, 1),
            StatedFigures = new[] { new StatedFigure { Indicator = Indicator.FromCode(indicator), Quantity = Quantity.Parse(stated) } },
        };
        var records = new IRecord[]
        {
            new PublicityActivity { Id = "P-1", Division = SeedReport.Town, Date = new LocalDate(2022, 3, 1), PeopleReached = Quantity.Parse("500人") },
            new Training { Id = "T-1", Division = SeedReport.Town, Date = new LocalDate(2022, 3, 1), PeopleTrained = Quantity.Parse("30人") },
        };

        var check = Reconciliation.Reconcile(report, records).Single();

        check.Status.Should().Be(ReconciliationStatus.CannotCheck);
        check.Derived.Should().BeNull();
    }

    [Theory]
    [InlineData("500人次", ReconciliationStatus.Matches)]
    [InlineData("500名", ReconciliationStatus.Matches)]
    [InlineData("501人", ReconciliationStatus.Differs)]
    public void People_stated_in_any_unit_of_people_are_checked_in_that_unit(string stated, ReconciliationStatus status)
    {
        var report = new WorkSummaryReport
        {
            Division = SeedReport.Town, Period = ReportingPeriod.ForHalfYear(2022, 1),
            StatedFigures = new[] { new StatedFigure { Indicator = Indicator.PeopleReached, Quantity = Quantity.Parse(stated) } },
        };
        var records = new IRecord[] { new PublicityActivity { Id = "P-1", Division = SeedReport.Town, Date = new LocalDate(2022, 3, 1), PeopleReached = Quantity.Parse("500人") } };

        Reconciliation.Reconcile(report, records).Single().Status.Should().Be(status);
    }

    [Fact]
    public void A_report_without_a_division_or_period_cannot_be_checked()
    {
        var report = new WorkSummaryReport { StatedFigures = new[] { new StatedFigure { Indicator = Indicator.Meetings, Quantity = Quantity.Parse("8次") } } };

        var check = Reconciliation.Reconcile(report, SeedRecords().ToList()).Single();

        check.Status.Should().Be(ReconciliationStatus.CannotCheck);
        check.Reason!.English.Should().Contain("no division or no period");
    }

    [Fact]
    public void Null_arguments_and_null_records_are_refused()
    {
        var report = SeedReport.Build();

        ((Action)(() => Reconciliation.Reconcile(null!, Array.Empty<IRecord>()))).Should().Throw<ArgumentNullException>();
        ((Action)(() => Reconciliation.Reconcile(report, null!))).Should().Throw<ArgumentNullException>();
        ((Action)(() => Reconciliation.Reconcile(report, new IRecord[] { new Meeting { Id = "M", Date = new LocalDate(2030, 1, 1) }, null! })))
            .Should().Throw<ArgumentException>().WithMessage("*index 1*", "the index counts every record, not only those of the report's division and period");
    }
}
