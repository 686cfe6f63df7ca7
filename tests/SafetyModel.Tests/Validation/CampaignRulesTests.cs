using NodaTime;
using SafetyModel.Diagnostics;
using SafetyModel.Primitives;
using SafetyModel.Reports;
using SafetyModel.Validation;
using SafetyModel.Work;

namespace SafetyModel.Tests.Validation;

public class CampaignRulesTests
{
    private static readonly ValidationContext Today = FixedClock.On(2022, 12, 31).Context;

    [Fact]
    public void Safety_month_in_June_passes_and_elsewhere_is_reported()
    {
        CampaignRules.Default.Validate(SafetyMonth.For(2022), Today).Issues.Should().BeEmpty();

        var july = new Campaign { Id = "c", Kind = CampaignKind.SafetyMonth, Name = "安全生产月", Period = ReportingPeriod.ForMonth(2022, 7) };
        var issue = CampaignRules.Default.Validate(july, Today).Issues.Single();

        issue.Code.Should().Be(ValidationCodes.SafetyMonthNotInJune);
        issue.Path.ToString().Should().Be("/period");
        issue.Message.Chinese.Should().Contain("2022年7月");
    }

    [Fact]
    public void Other_campaigns_may_run_in_any_month() =>
        CampaignRules.Default.Validate(new Campaign { Kind = CampaignKind.FloodSeason, Period = ReportingPeriod.ForMonth(2022, 7) }, Today).Issues.Should().BeEmpty();

    [Fact]
    public void Activities_outside_the_campaign_period_are_reported_at_their_link()
    {
        var campaign = new Campaign
        {
            Id = "safety-month-2022",
            Period = ReportingPeriod.ForMonth(2022, 6),
            ActivityIds = new[] { "P-1", "P-2", "P-unknown" },
            InspectionIds = new[] { "I-1" },
        };
        var records = new IRecord[]
        {
            new PublicityActivity { Id = "P-1", Date = new LocalDate(2022, 6, 16) },
            new PublicityActivity { Id = "P-2", Date = new LocalDate(2022, 7, 2) },
            new Inspection { Id = "I-1", Start = new LocalDate(2022, 5, 31) },
        };

        var issues = CampaignRules.ActivitiesOutside(campaign, records).ToList();

        issues.Select(i => i.Path.ToString()).Should().Equal("/activityIds/1", "/inspectionIds/0");
        issues[0].Arguments["date"].Should().Be("2022-07-02");
    }

    [Fact]
    public void Activities_are_checked_only_against_a_campaign_with_a_period_and_arguments_are_named()
    {
        var campaign = new SafetyModel.Work.Campaign { Id = "C-1", Name = "安全生产月", ActivityIds = new[] { "P-1" } };
        var outside = new SafetyModel.Work.PublicityActivity { Id = "P-1", Date = new NodaTime.LocalDate(2022, 9, 1) };

        CampaignRules.ActivitiesOutside(campaign, new SafetyModel.Primitives.IRecord[] { outside }).Should().BeEmpty("a campaign without a period has no outside");
        ((Action)(() => CampaignRules.ActivitiesOutside(null!, Array.Empty<SafetyModel.Primitives.IRecord>()))).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("campaign");
        ((Action)(() => CampaignRules.ActivitiesOutside(campaign, null!))).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("records");
    }

    [Fact]
    public void More_hazards_rectified_than_found_is_reported()
    {
        var report = new WorkSummaryReport
        {
            StatedFigures = new[]
            {
                new StatedFigure { Indicator = Indicator.HazardsFound, Quantity = Quantity.Parse("12处") },
                new StatedFigure { Indicator = Indicator.HazardsRectified, Quantity = Quantity.Parse("15处") },
            },
        };

        var issue = ReportRules.Default.Validate(report, Today).Issues.Single();

        issue.Code.Should().Be(ValidationCodes.RectifiedExceedsFound);
        issue.Path.ToString().Should().Be("/statedFigures/1");
        ReportRules.Default.Validate(new WorkSummaryReport { StatedFigures = new[] { report.StatedFigures[0], new StatedFigure { Indicator = Indicator.HazardsRectified, Quantity = Quantity.Parse("12处") } } }, Today)
            .Issues.Should().BeEmpty();
    }
}
