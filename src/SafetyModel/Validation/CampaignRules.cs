using System;
using System.Collections.Generic;
using System.Linq;
using SafetyModel.Diagnostics;
using SafetyModel.Primitives;
using SafetyModel.Text;
using SafetyModel.Work;

namespace SafetyModel.Validation;

/// <summary>
/// The built-in rules for campaigns: 安全生产月 in June (<see cref="Default"/>), and the campaign's activities and
/// inspections inside its period (<see cref="ActivitiesOutside"/>, which needs the records).
/// </summary>
public static class CampaignRules
{
    /// <summary>Gets the rule set for a campaign on its own, named <c>campaigns</c>.</summary>
    public static RuleSet<Campaign> Default { get; } = new("campaigns", new[]
    {
        new ValidationRule<Campaign>(
            ValidationCodes.SafetyMonthNotInJune,
            ValidationSeverity.Warning,
            new LocalizedText("安全生产月 runs in June.", "安全生产月在6月举行。"),
            (campaign, _) => InJune(campaign)),
    });

    /// <summary>Reports the records a campaign links to (by id) whose date falls outside the campaign's period.</summary>
    /// <param name="campaign">The campaign.</param>
    /// <param name="records">The records to look the campaign's activity and inspection ids up in.</param>
    /// <returns>The issues, with paths into the campaign (<c>/activityIds/0</c>, <c>/inspectionIds/2</c>).</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IEnumerable<ValidationIssue> ActivitiesOutside(Campaign campaign, IEnumerable<IRecord> records)
    {
        if (campaign is null)
        {
            throw new ArgumentNullException(nameof(campaign));
        }

        if (records is null)
        {
            throw new ArgumentNullException(nameof(records));
        }

        if (campaign.Period is not { } period)
        {
            return Array.Empty<ValidationIssue>();
        }

        var byId = new Dictionary<string, IRecord>(StringComparer.Ordinal);
        foreach (var record in records.Where(r => r is not null && r.Id.Length > 0))
        {
            byId[record.Id] = record;
        }

        return Outside("activityIds", campaign.ActivityIds).Concat(Outside("inspectionIds", campaign.InspectionIds)).ToList();

        IEnumerable<ValidationIssue> Outside(string member, IReadOnlyList<string> ids)
        {
            for (var i = 0; i < ids.Count; i++)
            {
                if (byId.TryGetValue(ids[i], out var record) && record.ReferenceDate is { } date && !period.Contains(date))
                {
                    yield return ValidationIssue.Create(
                        ValidationCodes.ActivityOutsideCampaign,
                        ValidationSeverity.Warning,
                        JsonPointer.Root.Append(member).Append(i),
                        DiagnosticArguments.Create(("id", ids[i]), ("date", date), ("period", period.ChineseName)));
                }
            }
        }
    }

    private static IEnumerable<ValidationIssue> InJune(Campaign campaign)
    {
        if (campaign.Kind == CampaignKind.SafetyMonth && campaign.Period is { } period &&
            !ReportingPeriod.ForMonth(period.Start.Year, 6).Contains(period))
        {
            yield return ValidationIssue.Create(
                ValidationCodes.SafetyMonthNotInJune,
                ValidationSeverity.Warning,
                JsonPointer.Root.Append("period"),
                DiagnosticArguments.Create(("period", period.ChineseName)));
        }
    }
}
