using System;
using System.Collections.Generic;
using System.Linq;
using SafetyModel.Diagnostics;
using SafetyModel.Primitives;
using SafetyModel.Reports;
using SafetyModel.Text;

namespace SafetyModel.Validation;

/// <summary>
/// The built-in rules for work summary reports: <c>其中</c> parts against their total, irregular approximate figures,
/// the report's date against its period, the periods its figures name and its campaigns against its period. The document the report travels in is
/// checked by <see cref="DocumentRules"/>.
/// </summary>
/// <remarks>Paths point into the JSON contract of <see cref="WorkSummaryReport"/>: <c>/statedFigures/2/parts/1/quantity</c>.</remarks>
public static class ReportRules
{
    /// <summary>Gets the built-in rule set, named <c>reports</c>.</summary>
    public static RuleSet<WorkSummaryReport> Default { get; } = new("reports", new[]
    {
        BuiltInRule.Create<WorkSummaryReport>(ValidationCodes.BreakdownExceedsTotal, ValidationSeverity.Warning, "The parts of a breakdown do not add up to more than its total.", "其中各项之和不超过总数。", Breakdowns),
        BuiltInRule.Create<WorkSummaryReport>(ValidationCodes.IrregularApproximateFigure, ValidationSeverity.Information, "Approximate figures use regular forms.", "约数写法规范。", IrregularFigures),
        BuiltInRule.Create<WorkSummaryReport>(ValidationCodes.ReportDatedBeforePeriodEnd, ValidationSeverity.Warning, "A report is dated after its period ends.", "报告成文日期在统计时段结束之后。", DatedBeforeEnd),
        BuiltInRule.Create<WorkSummaryReport>(ValidationCodes.RectifiedExceedsFound, ValidationSeverity.Warning, "No more hazards are rectified than found.", "整改隐患数不超过排查隐患数。", RectifiedWithinFound),
        BuiltInRule.Create<WorkSummaryReport>(ValidationCodes.FigureOutsideReportPeriod, ValidationSeverity.Warning, "A figure's own period falls in the report's period.", "数字所述时段在报告统计时段之内。", FiguresInPeriod),
        BuiltInRule.Create<WorkSummaryReport>(ValidationCodes.CampaignOutsideReportPeriod, ValidationSeverity.Warning, "A report's campaigns fall in its period.", "报告所述专项行动在统计时段之内。", CampaignsInPeriod),
    });

    private static IEnumerable<ValidationIssue> Breakdowns(WorkSummaryReport report, ValidationContext context, ValidationSeverity severity)
    {
        for (var i = 0; i < report.StatedFigures.Count; i++)
        {
            var figure = report.StatedFigures[i];
            var parts = figure.Parts.Where(p => p.Quantity is not null).Select(p => p.Quantity!).ToList();
            if (figure.Quantity is not { } total || parts.Count == 0 || parts.Any(p => p.Unit != total.Unit))
            {
                continue;
            }

            var sum = Quantity.Sum(parts, total.Unit);
            if (sum.IsGreaterThan(total) == Certainty.Definitely)
            {
                yield return ValidationIssue.Create(
                    ValidationCodes.BreakdownExceedsTotal,
                    severity,
                    JsonPointer.Root.Append("statedFigures").Append(i),
                    DiagnosticArguments.Create(("total", total.Stated), ("partsSum", sum.Stated), ("unit", total.Unit.Code)));
            }
        }
    }

    private static IEnumerable<ValidationIssue> IrregularFigures(WorkSummaryReport report, ValidationContext context, ValidationSeverity severity)
    {
        for (var i = 0; i < report.StatedFigures.Count; i++)
        {
            var path = JsonPointer.Root.Append("statedFigures").Append(i);
            var figure = report.StatedFigures[i];
            foreach (var issue in Irregular(figure.Quantity, path.Append("quantity"), severity))
            {
                yield return issue;
            }

            for (var j = 0; j < figure.Parts.Count; j++)
            {
                foreach (var issue in Irregular(figure.Parts[j].Quantity, path.Append("parts").Append(j).Append("quantity"), severity))
                {
                    yield return issue;
                }
            }
        }
    }

    private static IEnumerable<ValidationIssue> Irregular(Quantity? quantity, JsonPointer path, ValidationSeverity severity)
    {
        if (quantity is { Qualifier: QuantityQualifier.MoreThan, Upper: null })
        {
            yield return ValidationIssue.Create(
                ValidationCodes.IrregularApproximateFigure, severity, path, DiagnosticArguments.Create(("text", quantity.RawText ?? quantity.ToChineseString())));
        }
    }

    private static IEnumerable<ValidationIssue> RectifiedWithinFound(WorkSummaryReport report, ValidationContext context, ValidationSeverity severity)
    {
        var found = report.FiguresOf(Work.Indicator.HazardsFound).FirstOrDefault()?.Quantity;
        for (var i = 0; i < report.StatedFigures.Count; i++)
        {
            var figure = report.StatedFigures[i];
            if (figure.Indicator == Work.Indicator.HazardsRectified && figure.Quantity is { } rectified && found is not null &&
                rectified.Unit == found.Unit && rectified.IsGreaterThan(found) == Certainty.Definitely)
            {
                yield return ValidationIssue.Create(
                    ValidationCodes.RectifiedExceedsFound,
                    severity,
                    JsonPointer.Root.Append("statedFigures").Append(i),
                    DiagnosticArguments.Create(("rectified", rectified.ToChineseString()), ("found", found.ToChineseString())));
            }
        }
    }

    private static IEnumerable<ValidationIssue> DatedBeforeEnd(WorkSummaryReport report, ValidationContext context, ValidationSeverity severity)
    {
        if (report.Document?.Date is { } date && report.Period is { } period && date < period.End)
        {
            yield return ValidationIssue.Create(
                ValidationCodes.ReportDatedBeforePeriodEnd,
                severity,
                JsonPointer.Root.Append("document").Append("date"),
                DiagnosticArguments.Create(("date", date), ("periodEnd", period.End)));
        }
    }

    private static IEnumerable<ValidationIssue> FiguresInPeriod(WorkSummaryReport report, ValidationContext context, ValidationSeverity severity)
    {
        if (report.Period is not { } period)
        {
            yield break;
        }

        for (var i = 0; i < report.StatedFigures.Count; i++)
        {
            var path = JsonPointer.Root.Append("statedFigures").Append(i);
            var figure = report.StatedFigures[i];
            if (Outside(figure, period))
            {
                yield return Issue(figure, period, path);
            }

            for (var j = 0; j < figure.Parts.Count; j++)
            {
                if (Outside(figure.Parts[j], period))
                {
                    yield return Issue(figure.Parts[j], period, path.Append("parts").Append(j));
                }
            }
        }

        static bool Outside(StatedFigure figure, ReportingPeriod period) =>
            figure.Period is { } own && (own.Start < period.Start || own.End > period.End);

        ValidationIssue Issue(StatedFigure figure, ReportingPeriod period, JsonPointer path) => ValidationIssue.Create(
            ValidationCodes.FigureOutsideReportPeriod, severity, path.Append("period"),
            DiagnosticArguments.Create(("figurePeriod", figure.Period!.ChineseName), ("period", period.ChineseName)));
    }

    private static IEnumerable<ValidationIssue> CampaignsInPeriod(WorkSummaryReport report, ValidationContext context, ValidationSeverity severity)
    {
        if (report.Period is not { } period)
        {
            yield break;
        }

        for (var i = 0; i < report.Campaigns.Count; i++)
        {
            var campaign = report.Campaigns[i];
            if (campaign.Period is { } campaignPeriod && (campaignPeriod.End < period.Start || campaignPeriod.Start > period.End))
            {
                yield return ValidationIssue.Create(
                    ValidationCodes.CampaignOutsideReportPeriod,
                    severity,
                    JsonPointer.Root.Append("campaigns").Append(i).Append("period"),
                    DiagnosticArguments.Create(("campaign", campaign.Name), ("period", period.ChineseName)));
            }
        }
    }
}
