using NodaTime;
using SafetyModel.Diagnostics;
using SafetyModel.Documents;
using SafetyModel.Primitives;
using SafetyModel.Reports;
using SafetyModel.Samples;
using SafetyModel.Validation;
using SafetyModel.Work;

namespace SafetyModel.Tests.Validation;

public class ReportRulesTests
{
    private static readonly ValidationContext Today = FixedClock.On(2026, 11, 29).Context;

    [Fact]
    public void The_seed_report_gives_the_seven_against_twelve_warning_and_the_irregular_figure_and_nothing_else()
    {
        var report = ReportRules.Default.Validate(SeedReport.Build(), Today);

        report.Issues.Select(i => (i.Code, i.Severity, i.Path.ToString())).Should().Equal(
            (ValidationCodes.BreakdownExceedsTotal, ValidationSeverity.Warning, "/statedFigures/2"),
            (ValidationCodes.IrregularApproximateFigure, ValidationSeverity.Information, "/statedFigures/4/quantity"));
        var breakdown = report.Issues[0];
        breakdown.Arguments["total"].Should().Be(7L);
        breakdown.Arguments["partsSum"].Should().Be(12L);
        breakdown.Message.English.Should().Be("The parts add up to 12, more than the stated total of 7.");
        breakdown.Message.Chinese.Should().Be("其中各项合计 12，超过所述总数 7。");
        report.Issues[1].Arguments["text"].Should().Be("16多条");
        report.IsValid.Should().BeTrue();
    }

    private static StatedFigure Total(string total, params string[] parts) => new()
    {
        Indicator = Indicator.Inspections,
        Quantity = Quantity.Parse(total),
        Parts = parts.Select(p => new StatedFigure { Indicator = Indicator.Inspections, Quantity = Quantity.Parse(p) }).ToList(),
    };

    [Theory]
    [InlineData("12次", "7次", "5次")]
    [InlineData("15次", "7次", "5次")]
    [InlineData("十余次", "7次", "5次")]
    [InlineData("7次")]
    public void Breakdowns_within_their_total_pass(string total, params string[] parts) =>
        ReportRules.Default.Validate(new WorkSummaryReport { StatedFigures = new[] { Total(total, parts) } }, Today).Issues.Should().BeEmpty();

    [Fact]
    public void Breakdowns_in_another_unit_than_their_total_are_not_summed() =>
        ReportRules.Default.Validate(new WorkSummaryReport { StatedFigures = new[] { Total("7次", "12处") } }, Today).Issues.Should().BeEmpty();

    [Fact]
    public void An_irregular_part_is_reported_at_its_own_path()
    {
        var report = ReportRules.Default.Validate(new WorkSummaryReport { StatedFigures = new[] { Total("30余次", "16多次") } }, Today);

        report.Issues.Single().Path.ToString().Should().Be("/statedFigures/0/parts/0/quantity");
    }

    [Fact]
    public void A_report_dated_before_its_period_ends_is_reported_and_one_dated_after_is_not()
    {
        WorkSummaryReport Dated(int month, int day) => new()
        {
            Period = ReportingPeriod.ForHalfYear(2022, 1),
            Document = new OfficialDocument { Date = new LocalDate(2022, month, day) },
        };

        var early = ReportRules.Default.Validate(Dated(6, 20), Today).Issues.Single();
        early.Code.Should().Be(ValidationCodes.ReportDatedBeforePeriodEnd);
        early.Path.ToString().Should().Be("/document/date");
        early.Arguments["periodEnd"].Should().Be("2022-06-30");
        ReportRules.Default.Validate(Dated(7, 7), Today).Issues.Should().BeEmpty();
        ReportRules.Default.Validate(Dated(6, 30), Today).Issues.Should().BeEmpty();
    }

    [Fact]
    public void A_campaign_outside_the_report_period_is_reported()
    {
        var report = new WorkSummaryReport { Period = ReportingPeriod.ForHalfYear(2022, 2), Campaigns = new[] { SafetyMonth.For(2022) } };

        var issue = ReportRules.Default.Validate(report, Today).Issues.Single();

        issue.Code.Should().Be(ValidationCodes.CampaignOutsideReportPeriod);
        issue.Path.ToString().Should().Be("/campaigns/0/period");
        ReportRules.Default.Validate(new WorkSummaryReport { Period = ReportingPeriod.ForHalfYear(2022, 1), Campaigns = new[] { SafetyMonth.For(2022) } }, Today)
            .Issues.Should().BeEmpty();
    }

    [Fact]
    public void The_irregular_figure_rule_can_be_silenced_like_any_other()
    {
        var report = ReportRules.Default.Without(ValidationCodes.IrregularApproximateFigure).Validate(SeedReport.Build(), Today);

        report.Issues.Single().Code.Should().Be(ValidationCodes.BreakdownExceedsTotal);
    }

    [Theory]
    [InlineData(8, true)]
    [InlineData(6, false)]
    public void A_figure_naming_a_month_outside_the_report_period_is_a_warning(int month, bool reported)
    {
        var report = new WorkSummaryReport
        {
            Period = ReportingPeriod.ForHalfYear(2022, 1),
            StatedFigures = new[]
            {
                new StatedFigure
                {
                    Indicator = Indicator.Inspections, Quantity = Quantity.Parse("3次"),
                    Parts = new[] { new StatedFigure { Indicator = Indicator.Inspections, Quantity = Quantity.Parse("2次"), Period = ReportingPeriod.ForMonth(2022, month) } },
                },
            },
        };

        var issues = ReportRules.Default.Validate(report, Today).WithCode(ValidationCodes.FigureOutsideReportPeriod).ToList();

        if (reported)
        {
            var issue = issues.Should().ContainSingle().Subject;
            issue.Path.ToString().Should().Be("/statedFigures/0/parts/0/period");
            issue.Severity.Should().Be(ValidationSeverity.Warning);
            issue.Arguments["period"].Should().Be(ReportingPeriod.ForHalfYear(2022, 1).ChineseName);
        }
        else
        {
            issues.Should().BeEmpty();
        }
    }

    [Fact]
    public void Validating_a_failed_reading_gives_the_readers_error()
    {
        var parsed = SafetyModel.Extraction.SummaryText.ParseDetailed("   ");

        var report = ReportRules.Default.ValidateParsed(parsed, Today);

        var issue = report.Issues.Should().ContainSingle().Subject;
        issue.Code.Should().Be(SafetyModel.Diagnostics.ParseCodes.EmptyText);
        issue.Severity.Should().Be(ValidationSeverity.Error);
        report.IsValid.Should().BeFalse();
    }
}
