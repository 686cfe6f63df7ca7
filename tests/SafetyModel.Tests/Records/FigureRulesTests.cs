using System;
using System.Linq;
using CsCheck;
using FluentAssertions;
using NodaTime;
using SafetyModel.Accidents;
using SafetyModel.Aggregation;
using SafetyModel.Diagnostics;
using SafetyModel.Primitives;
using SafetyModel.Records;
using SafetyModel.Tests.Serialization;
using SafetyModel.Validation;
using SafetyModel.Work;
using Xunit;

namespace SafetyModel.Tests.Records;

/// <summary>
/// One set of rules for validation and aggregation: the figures a kind declares from its members and the date that
/// places a record in a period. What aggregation refuses, validation reports first, at the member, with a code.
/// </summary>
public sealed class FigureRulesTests
{
    private static readonly ValidationContext Context = new(new SafetyModel.Tests.Validation.FixedClock(new LocalDate(2030, 1, 1)));

    private static readonly DivisionCode Town = DivisionCode.Parse("150626105");

    private static readonly AggregationQuery ByTownAndMonth = new()
    {
        DivisionLevel = DivisionLevel.Township, Granularity = PeriodGranularity.Month,
        Measures = new[] { Measure.Records, Measure.InspectionHazardsFound, Measure.PeopleTrained, Measure.PeopleReached, Measure.DirectLoss, Measure.Deaths },
    };

    private static readonly AggregationQuery ByTownOnly = new()
    {
        DivisionLevel = DivisionLevel.Township,
        Measures = ByTownAndMonth.Measures,
    };

    [Fact]
    public void A_negative_count_of_hazards_found_is_an_error_at_its_member_and_aggregation_refuses_it_naming_the_member()
    {
        var inspection = new Inspection { Id = "I-1", Division = Town, Start = new LocalDate(2022, 5, 1), HazardsFound = -5 };

        Issues(inspection).Should().ContainSingle().Which.Should().Be((ValidationCodes.NegativeCount, "/hazardsFound"));
        FluentActions.Invoking(() => Aggregator.Aggregate(new IRecord[] { inspection }, ByTownAndMonth)).Should().Throw<ArgumentException>()
            .WithMessage("The record at index 0 ('I-1') has a negative hazardsFound*SM4010*");
    }

    [Fact]
    public void A_figure_above_the_maximum_is_an_error_and_no_aggregation_overflows_on_it()
    {
        var accidents = Enumerable.Range(1, 2).Select(i => new Accident
        {
            Id = $"A-{i}", Division = Town, OccurredAt = new LocalDateTime(2022, 5, 1, 8, 0), DirectLossTenThousandYuan = decimal.MaxValue,
        }).ToArray();

        Issues(accidents[0]).Should().Contain((ValidationCodes.FigureTooLarge, "/directLossTenThousandYuan"));
        var issue = RecordCatalogue.Default.Validate(accidents[0], Context).Issues.Single(i => i.Code == ValidationCodes.FigureTooLarge);
        issue.Message.English.Should().Be("directLossTenThousandYuan is 79228162514264337593543950335, more than 1000000000000, the largest figure a statistics table adds up.");
        FluentActions.Invoking(() => Aggregator.Aggregate(accidents, ByTownOnly)).Should().Throw<ArgumentException>()
            .WithMessage("*('A-1') states directLossTenThousandYuan = 79228162514264337593543950335, more than 1000000000000*SM4012*");
    }

    [Fact]
    public void People_above_the_maximum_are_an_error_at_the_member_the_kind_declares()
    {
        var training = new Training { Id = "T-1", Division = Town, Date = new LocalDate(2022, 5, 1), PeopleTrained = Quantity.Exact(decimal.MaxValue, QuantityUnit.PersonTime) };
        var publicity = new PublicityActivity { Id = "P-1", Division = Town, Date = new LocalDate(2022, 5, 1), PeopleReached = Quantity.Exact(Measure.MaximumFigure + 1m, QuantityUnit.PersonTime) };

        Issues(training).Should().Equal((ValidationCodes.FigureTooLarge, "/peopleTrained"));
        Issues(publicity).Should().Equal((ValidationCodes.FigureTooLarge, "/peopleReached"));
        Issues(new Training { Id = "T-2", Division = Town, Date = new LocalDate(2022, 5, 1), PeopleTrained = Quantity.Exact(Measure.MaximumFigure, QuantityUnit.PersonTime) })
            .Should().BeEmpty("the maximum itself is a figure a table adds up");
        FluentActions.Invoking(() => Aggregator.Aggregate(new IRecord[] { training, training }, ByTownOnly)).Should().Throw<ArgumentException>().WithMessage("*peopleTrained*SM4012*");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(9999)]
    public void A_record_dated_outside_the_years_periods_cover_is_an_error_at_its_date_member(int year)
    {
        var inspection = new Inspection { Id = "I-1", Division = Town, Start = new LocalDate(year, 1, 1) };

        Issues(inspection).Should().Contain((ValidationCodes.RecordDateUnsupported, "/start"));
        FluentActions.Invoking(() => Aggregator.Aggregate(new IRecord[] { inspection }, ByTownAndMonth)).Should().Throw<ArgumentException>().WithMessage("*SM4011*");
    }

    [Fact]
    public void The_first_and_last_supported_years_are_not_reported()
    {
        Issues(new Meeting { Id = "M-1", Division = Town, Date = new LocalDate(2, 1, 1) }).Should().BeEmpty();
        Issues(new Meeting { Id = "M-1", Division = Town, Date = new LocalDate(9998, 12, 31) }).Should().NotContain(i => i.Code == ValidationCodes.RecordDateUnsupported);
    }

    [Fact]
    public void An_accident_s_negative_casualties_and_loss_are_each_reported_once_at_their_members()
    {
        var accident = new Accident
        {
            Id = "A-1", Division = Town, OccurredAt = new LocalDateTime(2022, 5, 1, 8, 0), Deaths = -1, SeriousInjuries = -2, MinorInjuries = -3, Missing = -4, DirectLossTenThousandYuan = -5m,
        };

        Issues(accident).Where(i => i.Code == ValidationCodes.NegativeCount).Select(i => i.Path)
            .Should().Equal("/deaths", "/seriousInjuries", "/minorInjuries", "/missing", "/directLossTenThousandYuan");
    }

    [Fact]
    public void A_town_s_own_kind_gets_the_figure_rules_from_its_declaration()
    {
        var kind = new RecordKind<Training>("drill", "应急演练", "drill", "date").WithPeople(Measure.PeopleTrained, t => t.PeopleTrained, "participants");
        var drill = new Training { Id = "D-1", Division = Town, Date = new LocalDate(2022, 5, 1), PeopleTrained = Quantity.Exact(2e12m, QuantityUnit.Person) };

        kind.Validate(drill, Context).Issues.Select(i => (i.Code, i.Path.ToString())).Should().Equal((ValidationCodes.FigureTooLarge, "/participants"));
    }

    [Fact]
    public void Validation_reports_an_error_for_every_record_aggregation_refuses_and_none_of_the_three_for_the_records_it_accepts()
    {
        var broken = Gen.OneOf<IRecord>(
            Gen.Select(Gen.OneOf(Gen.Const(-5), Gen.Const(int.MinValue), Gen.Const(0), Gen.Const(int.MaxValue)), BrokenDate).Select((found, date) =>
                (IRecord)new Inspection { Id = "I", Division = Town, Start = date, HazardsFound = found }),
            Gen.Select(Gen.OneOf(Gen.Const(0m), Gen.Const(1e12m), Gen.Const(1e12m + 1), Gen.Const(decimal.MaxValue)), BrokenDate).Select((people, date) =>
                (IRecord)new Training { Id = "T", Division = Town, Date = date, PeopleTrained = Quantity.Exact(people, QuantityUnit.PersonTime) }),
            Gen.Select(Gen.OneOf(Gen.Const(-0.01m), Gen.Const(3m), Gen.Const(decimal.MaxValue)), Gen.Int[-2, 2], BrokenDate).Select((loss, deaths, date) =>
                (IRecord)new Accident { Id = "A", Division = Town, OccurredAt = date.AtMidnight(), DirectLossTenThousandYuan = loss, Deaths = deaths }));
        var records = Gen.OneOf(broken, ModelGenerators.Record);
        records.Sample(
            record =>
            {
                var codes = RecordCatalogue.Default.Validate(record, Context).Issues.Where(i => i.Severity == ValidationSeverity.Error).Select(i => i.Code).ToHashSet();
                foreach (var query in new[] { ByTownAndMonth, ByTownOnly })
                {
                    var refused = Refuses(record, query);
                    var expected = codes.Contains(ValidationCodes.NegativeCount) || codes.Contains(ValidationCodes.FigureTooLarge)
                        || (query.Granularity is not null && codes.Contains(ValidationCodes.RecordDateUnsupported));
                    refused.Should().Be(expected, "aggregation ({0}) refuses exactly what validation reports as SM4010, SM4012 and (by period) SM4011: {1}", query, string.Join(", ", codes));
                }
            },
            iter: Iterations.Of(2_000));
    }

    private static readonly Gen<LocalDate> BrokenDate =
        Gen.OneOf(Gen.Const(new LocalDate(2022, 5, 1)), Gen.Const(new LocalDate(1, 1, 1)), Gen.Const(new LocalDate(-1, 1, 1)), Gen.Const(new LocalDate(9999, 12, 31)));

    private static bool Refuses(IRecord record, AggregationQuery query)
    {
        try
        {
            Aggregator.Aggregate(new[] { record }, query);
            RecordBatch.Create(new[] { record });
            return false;
        }
        catch (ArgumentException)
        {
            return true;
        }
    }

    private static (string Code, string Path)[] Issues(IRecord record) =>
        RecordCatalogue.Default.Validate(record, Context).Issues.Select(i => (i.Code, i.Path.ToString())).ToArray();
}
