using SafetyModel.Aggregation;
using SafetyModel.Primitives;
using SafetyModel.Records;
using SafetyModel.Tests.Work;
using SafetyModel.Work;

namespace SafetyModel.Tests.Aggregation;

public class AggregationPresetTests
{
    [Fact]
    public void The_quarterly_form_over_a_towns_year_equals_a_table_computed_with_plain_LINQ()
    {
        var hazards = TownHazardYear.Valid().Concat(TownHazardYear.Impossible().Select(x => x.Hazard)).ToList();
        var expected = hazards
            .GroupBy(h => (Year: h.FoundOn.Year, Quarter: (h.FoundOn.Month + 2) / 3, Level: h.Level == HazardLevel.Major ? "major" : "general"))
            .ToDictionary(
                g => g.Key,
                g => (Found: g.Count(), Rectified: g.Count(h => h.Status >= HazardStatus.Rectified), Funds: g.Sum(h => h.FundsTenThousandYuan ?? 0m),
                    Listed: g.Count(h => h.Events.Any(e => e.Kind == HazardEventKind.Escalated)), Closed: g.Count(h => h.Status == HazardStatus.Verified)));

        var table = Aggregator.Aggregate(hazards, AggregationPresets.HazardQuarterly.Query);

        var details = table.Details.Where(r => r[Measure.HazardsFound].Stated > 0).ToList();
        details.Should().HaveCount(expected.Count);
        foreach (var row in details)
        {
            var start = row.Period!.Start;
            var key = (start.Year, (start.Month + 2) / 3, row.Dimension!);
            expected.Should().ContainKey(key);
            var e = expected[key];
            row[Measure.HazardsFound].Stated.Should().Be(e.Found);
            row[Measure.HazardsRectified].Stated.Should().Be(e.Rectified);
            row[Measure.HazardFunds].Stated.Should().Be(e.Funds);
            row[Measure.HazardsListed].Stated.Should().Be(e.Listed);
            row[Measure.HazardsClosed].Stated.Should().Be(e.Closed);
            row[Rate.Rectification].Value.Should().BeApproximately(100m * e.Rectified / e.Found, 0.0001m);
        }

        table.Total[Measure.HazardsFound].Stated.Should().Be(hazards.Count);
        table.Total[Measure.HazardsListed].Stated.Should().Be(31, "the fifteen of each of the two listed shapes and the impossible X-06");
    }

    [Fact]
    public void The_annual_form_has_one_period_a_year_and_the_same_columns()
    {
        AggregationPresets.HazardAnnual.Query.Granularity.Should().Be(PeriodGranularity.Year);
        AggregationPresets.HazardAnnual.Query.Measures.Should().Equal(AggregationPresets.HazardQuarterly.Query.Measures);
        AggregationPresets.HazardAnnual.Query.Rates.Should().Equal(Rate.Rectification);
    }

    [Fact]
    public void Presets_are_found_by_code_or_title_and_their_codes_are_unique()
    {
        AggregationPresets.All.Select(p => p.Code).Should().OnlyHaveUniqueItems();
        AggregationPresets.TryFind("HAZARD-QUARTERLY", out var byCode).Should().BeTrue();
        byCode.Should().BeSameAs(AggregationPresets.HazardQuarterly);
        AggregationPresets.TryFind("隐患排查治理统计分析表（年度）", out var byTitle).Should().BeTrue();
        byTitle.Should().BeSameAs(AggregationPresets.HazardAnnual);
        AggregationPresets.TryFind("enforcement", out var none).Should().BeFalse();
        none.Should().BeNull();
        AggregationPresets.HazardQuarterly.Source.Should().Contain("第十四条");
    }

    [Fact]
    public void A_preset_refuses_a_bad_code()
    {
        var act = () => new AggregationPreset("Hazard Form", "表", "form", "source", new AggregationQuery());

        act.Should().Throw<ArgumentException>().WithParameterName("code");
    }
}
