using SafetyModel.Aggregation;
using SafetyModel.Primitives;
using SafetyModel.Records;

namespace SafetyModel.Tests.Aggregation;

/// <summary>How a rate divides two figures: exact, a range for 概数, or no value and why.</summary>
public class RateValueTests
{
    private static readonly Rate Percent = Rate.OfMeasures("share", "占比", Measure.HazardsRectified, Measure.HazardsFound, 100m);

    [Fact]
    public void Exact_figures_give_an_exact_unrounded_value()
    {
        var value = RateValue.Of(Percent, Quantity.Exact(1), Quantity.Exact(3));

        value.Status.Should().Be(RateStatus.Exact);
        value.Value.Should().Be(100m / 3m);
        (value.Lower, value.Upper).Should().Be((value.Value, value.Value));
        value.ToString().Should().Be("33.33");
        value.ToInvariantString(0).Should().Be("33");
        value.ToInvariantString(6).Should().Be("33.333333");
    }

    [Fact]
    public void Rounding_is_half_away_from_zero_and_drops_trailing_zeros()
    {
        RateValue.Of(Percent, Quantity.Exact(1), Quantity.Exact(8)).ToInvariantString(1).Should().Be("12.5");
        RateValue.Of(Percent, Quantity.Exact(1), Quantity.Exact(16)).ToInvariantString(2).Should().Be("6.25");
        RateValue.Of(Percent, Quantity.Exact(1), Quantity.Exact(16)).ToInvariantString(1).Should().Be("6.3");
        RateValue.Of(Percent, Quantity.Exact(1), Quantity.Exact(2)).ToInvariantString().Should().Be("50");
        RateValue.Of(Percent, Quantity.Exact(0.10m), Quantity.Exact(1)).ToInvariantString().Should().Be("10", "10.00 is written without its trailing zeros");
        RateValue.Of(Percent, Quantity.Exact(1), Quantity.Exact(3)).ToInvariantString(28).Should().StartWith("33.3333333333");
    }

    [Fact]
    public void An_approximate_denominator_gives_the_range_from_its_bounds()
    {
        var value = RateValue.Of(Percent, Quantity.Exact(10), Quantity.Range(20, 40));

        value.Status.Should().Be(RateStatus.Approximate);
        value.Value.Should().BeNull();
        (value.Lower, value.Upper).Should().Be(((decimal?)25m, (decimal?)50m));
        value.ToString().Should().Be("25–50");
        value.ToInvariantString().Should().Be("25..50");
    }

    [Fact]
    public void A_denominator_that_may_be_zero_leaves_the_rate_without_an_upper_bound()
    {
        var value = RateValue.Of(Percent, Quantity.Exact(3), Quantity.LessThan(10));

        value.Status.Should().Be(RateStatus.Approximate);
        value.Lower.Should().Be(30m, "3 of at most 10 is at least 30 %");
        value.Upper.Should().BeNull();
    }

    [Fact]
    public void A_zero_denominator_or_none_gives_no_value()
    {
        var zero = RateValue.Of(Percent, Quantity.Exact(0), Quantity.Exact(0));
        zero.Status.Should().Be(RateStatus.ZeroDenominator);
        (zero.Value, zero.Lower, zero.Upper).Should().Be(((decimal?)null, (decimal?)null, (decimal?)null));
        zero.ToInvariantString().Should().BeEmpty();

        var none = RateValue.Of(Percent, Quantity.Exact(2), null);
        none.Status.Should().Be(RateStatus.NoDenominator);
        none.Denominator.Should().BeNull();
        none.ToString().Should().Be("—");
    }

    [Fact]
    public void A_rate_beyond_decimal_is_an_overflow_that_says_so()
    {
        var huge = Rate.OfMeasures("huge", "大", Measure.DirectLoss, Measure.Records, 1_000_000_000m);

        var act = () => RateValue.Of(huge, Quantity.Exact(decimal.MaxValue / 2), Quantity.Exact(0.001m));

        act.Should().Throw<OverflowException>().WithMessage("*beyond the range of decimal*scale*");
        RateValue.Of(huge, Quantity.Exact(decimal.MaxValue / 2), Quantity.Exact(1e10m)).Value.Should().Be(decimal.MaxValue / 2 / 1e10m * 1_000_000_000m, "dividing first keeps a representable rate");
    }

    [Fact]
    public void Values_are_equal_when_rate_figures_and_result_are()
    {
        var a = RateValue.Of(Percent, Quantity.Exact(1), Quantity.Exact(2));
        var b = RateValue.Of(Percent, Quantity.Exact(1), Quantity.Exact(2));
        var c = RateValue.Of(Percent, Quantity.Exact(1), Quantity.Exact(4));

        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
        a.Should().NotBe(c);
        a.Equals((object?)null).Should().BeFalse();
        FluentActions.Invoking(() => a!.ToInvariantString(29)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("Give 0 to 28 decimals.*");
        FluentActions.Invoking(() => a!.ToInvariantString(-1)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Figures_and_denominators_describe_themselves()
    {
        var town = DivisionCode.Parse("150626103");
        var figure = new DenominatorFigure(town, ReportingPeriod.ForYear(2022), 12_000m);

        figure.ToString().Should().Be("150626103000 2022: 12000");
        new DenominatorFigure(null, null, 1m).ToString().Should().Be("* *: 1");
        (figure == new DenominatorFigure(town, ReportingPeriod.ForYear(2022), 12_000m)).Should().BeTrue();
        (figure != new DenominatorFigure(town, ReportingPeriod.ForYear(2021), 12_000m)).Should().BeTrue();
        figure.Equals((object)figure).Should().BeTrue();
        figure.GetHashCode().Should().Be(new DenominatorFigure(town, ReportingPeriod.ForYear(2022), 12_000m).GetHashCode());

        var workers = RateDenominator.Create("从业人员", QuantityUnit.Person, new[] { figure, new DenominatorFigure(null, null, 30_000m) });
        FluentActions.Invoking(() => RateDenominator.Create(null!, QuantityUnit.Person, Array.Empty<DenominatorFigure>())).Should().Throw<ArgumentNullException>().WithParameterName("name");
        FluentActions.Invoking(() => RateDenominator.Create(" ", QuantityUnit.Person, Array.Empty<DenominatorFigure>()))
            .Should().Throw<ArgumentException>().WithMessage("A denominator needs a name saying what it counts, such as 从业人员.*");
        FluentActions.Invoking(() => RateDenominator.Create("从业人员", QuantityUnit.Person, new[] { new DenominatorFigure(null, null, 1m), new DenominatorFigure(null, null, 2m) }))
            .Should().Throw<ArgumentException>().WithMessage("Two figures are given for the whole area in every period; give one.*");
        FluentActions.Invoking(() => RateDenominator.Create("从业人员", QuantityUnit.Person, new[] { new DenominatorFigure(town, ReportingPeriod.ForYear(2022), 1m), new DenominatorFigure(town, ReportingPeriod.ForYear(2022), 2m) }))
            .Should().Throw<ArgumentException>().WithMessage("Two figures are given for 150626103000 in 2022; give one.*");
        FluentActions.Invoking(() => RateDenominator.Create("从业人员", QuantityUnit.Person, new[] { new DenominatorFigure(null, null, -1m) }))
            .Should().Throw<ArgumentException>().WithMessage("The figure for the whole area in every period is -1; a rate cannot divide by a negative number.*");
        FluentActions.Invoking(() => RateDenominator.Create("从业人员", QuantityUnit.Person, new[] { new DenominatorFigure(town, ReportingPeriod.ForYear(2022), -1m) }))
            .Should().Throw<ArgumentException>().WithMessage("The figure for 150626103000 in 2022 is -1*");
        RateDenominator.Create("从业人员", QuantityUnit.Person, new[] { new DenominatorFigure(null, null, 0m) }).Figures.Should().ContainSingle("a zero figure is allowed: its rate is undefined, not refused");
        workers.ToString().Should().Be("从业人员 (人): 2 figures");
        workers.Figures.Should().Equal(figure, new DenominatorFigure(null, null, 30_000m));
        Rate.DeathsPerHundredThousandWorkers(workers).ToString().Should().Be("deaths-per-100k-workers 工矿商贸十万人死亡率 = deaths ÷ 从业人员 × 100000");
        Rate.DeathsPerHundredMillionYuanGdp(workers).Scale.Should().Be(1m);
        Rate.DeathsPerHundredMillionYuanGdp(workers).Numerator.Should().Be(Measure.Deaths);
    }
}
