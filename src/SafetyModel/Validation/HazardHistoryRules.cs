using System;
using System.Collections.Generic;
using NodaTime;
using SafetyModel.Diagnostics;
using SafetyModel.Work;

namespace SafetyModel.Validation;

/// <summary>
/// The rules on a hazard's history, its treatment plan and its grading basis (<c>SM4020</c>–<c>SM4033</c>), part of
/// <see cref="RecordRules.Hazards"/>; docs/hazards.md says where each comes from. Paths point into the contract
/// (<c>/events/3/date</c>, <c>/treatmentPlan/emergencyPlan</c>).
/// </summary>
internal static class HazardHistoryRules
{
    public static IEnumerable<ValidationRule<Hazard>> All { get; } = new[]
    {
        BuiltInRule.Create<Hazard>(ValidationCodes.HazardEventNotAllowed, ValidationSeverity.Error, "Each hazard event may follow the events before it.", "隐患处理事件符合处理流程。", NotAllowed),
        BuiltInRule.Create<Hazard>(ValidationCodes.HazardEventDateBackwards, ValidationSeverity.Error, "Hazard events are in date order.", "隐患处理事件按日期先后排列。", Backwards),
        BuiltInRule.Create<Hazard>(ValidationCodes.HazardEventBeforeFound, ValidationSeverity.Error, "No hazard event is before the hazard was found.", "隐患处理事件不早于发现日期。", BeforeFound),
        BuiltInRule.Create<Hazard>(ValidationCodes.HazardEventMemberMissing, ValidationSeverity.Error, "A hazard event has the members its kind needs.", "隐患处理事件要素齐全。", MembersMissing),
        BuiltInRule.Create<Hazard>(ValidationCodes.HazardDeadlineNotExtended, ValidationSeverity.Error, "An extension moves the deadline later.", "延期后的期限晚于原期限。", NotExtended),
        BuiltInRule.Create<Hazard>(ValidationCodes.ListedHazardClosedWithoutListingRecheck, ValidationSeverity.Error, "A listed major hazard is closed after a passed re-check by the listing body.", "挂牌督办的重大事故隐患经挂牌单位复查合格后销号。", ListingRecheck),
        BuiltInRule.Create<Hazard>(ValidationCodes.HazardEventInFuture, ValidationSeverity.Error, "No hazard event is dated after today.", "隐患处理事件日期不晚于今天。", InFuture),
        BuiltInRule.Create<Hazard>(ValidationCodes.HazardStatusDisagreesWithHistory, ValidationSeverity.Warning, "A hazard's status is the one its history leads to.", "隐患状态与处理记录一致。", StatusAgrees),
        BuiltInRule.Create<Hazard>(ValidationCodes.HazardDateDisagreesWithHistory, ValidationSeverity.Warning, "A hazard's dates and deadline are the ones its history gives.", "隐患日期、期限与处理记录一致。", DatesAgree),
        BuiltInRule.Create<Hazard>(ValidationCodes.MajorHazardWithoutPlan, ValidationSeverity.Warning, "A major hazard has a treatment plan.", "重大事故隐患有治理方案。", PlanPresent),
        BuiltInRule.Create<Hazard>(ValidationCodes.TreatmentPlanIncomplete, ValidationSeverity.Warning, "A treatment plan gives the 五落实.", "治理方案落实责任、措施、资金、时限、预案。", PlanComplete),
        BuiltInRule.Create<Hazard>(ValidationCodes.MajorHazardWithoutBasis, ValidationSeverity.Warning, "A major hazard names the basis of its grading.", "重大事故隐患注明判定依据。", BasisPresent),
        BuiltInRule.Create<Hazard>(ValidationCodes.GeneralHazardWithMajorBasis, ValidationSeverity.Warning, "A general hazard names no basis for a major grading.", "一般事故隐患不注明重大隐患判定依据。", NoBasisOnGeneral),
        BuiltInRule.Create<Hazard>(ValidationCodes.TreatmentPlanFundsNegative, ValidationSeverity.Error, "A treatment plan's funds are not negative.", "治理方案资金不为负数。", PlanFundsNotNegative),
    };

    private static JsonPointer At(int index, string member) => JsonPointer.Root.Append("events").Append(index).Append(member);

    private static IEnumerable<ValidationIssue> NotAllowed(Hazard hazard, ValidationContext context, ValidationSeverity severity)
    {
        HazardState? state = null;
        for (var i = 0; i < hazard.Events.Count; i++)
        {
            var e = hazard.Events[i];
            if (e.Kind == HazardEventKind.Rechecked && e.Outcome is null)
            {
                // No outcome: SM4023 says so; the re-check is judged on whether one may happen at all, and moves nothing.
                if (!HazardLifecycle.Allows(state, e.Kind))
                {
                    yield return Issue(i, e, state, severity);
                }

                continue;
            }

            var next = HazardLifecycle.Next(state, e.Kind, e.Kind == HazardEventKind.Rechecked ? e.Outcome : null);
            if (next is null)
            {
                yield return Issue(i, e, state, severity);
            }
            else
            {
                state = next;
            }
        }

        static ValidationIssue Issue(int i, HazardEvent e, HazardState? state, ValidationSeverity severity) => ValidationIssue.Create(
            ValidationCodes.HazardEventNotAllowed, severity, At(i, "kind"),
            DiagnosticArguments.Create(("event", HazardLifecycle.ChineseName(e.Kind)), ("state", state is { } s ? HazardLifecycle.ChineseName(s) : "未上报")));
    }

    private static IEnumerable<ValidationIssue> Backwards(Hazard hazard, ValidationContext context, ValidationSeverity severity)
    {
        for (var i = 1; i < hazard.Events.Count; i++)
        {
            if (hazard.Events[i].Date < hazard.Events[i - 1].Date)
            {
                yield return ValidationIssue.Create(ValidationCodes.HazardEventDateBackwards, severity, At(i, "date"),
                    DiagnosticArguments.Create(("date", hazard.Events[i].Date), ("previous", hazard.Events[i - 1].Date)));
            }
        }
    }

    private static IEnumerable<ValidationIssue> BeforeFound(Hazard hazard, ValidationContext context, ValidationSeverity severity)
    {
        for (var i = 0; i < hazard.Events.Count; i++)
        {
            if (hazard.Events[i].Date < hazard.FoundOn)
            {
                yield return ValidationIssue.Create(ValidationCodes.HazardEventBeforeFound, severity, At(i, "date"),
                    DiagnosticArguments.Create(("date", hazard.Events[i].Date), ("foundOn", hazard.FoundOn)));
            }
        }
    }

    private static IEnumerable<ValidationIssue> InFuture(Hazard hazard, ValidationContext context, ValidationSeverity severity)
    {
        for (var i = 0; i < hazard.Events.Count; i++)
        {
            if (hazard.Events[i].Date > context.Today)
            {
                yield return ValidationIssue.Create(ValidationCodes.HazardEventInFuture, severity, At(i, "date"),
                    DiagnosticArguments.Create(("date", hazard.Events[i].Date), ("today", context.Today)));
            }
        }
    }

    private static IEnumerable<ValidationIssue> MembersMissing(Hazard hazard, ValidationContext context, ValidationSeverity severity)
    {
        for (var i = 0; i < hazard.Events.Count; i++)
        {
            var e = hazard.Events[i];
            foreach (var member in Missing(e))
            {
                yield return ValidationIssue.Create(ValidationCodes.HazardEventMemberMissing, severity, At(i, member),
                    DiagnosticArguments.Create(("event", HazardLifecycle.ChineseName(e.Kind)), ("member", member)));
            }
        }

        static IEnumerable<string> Missing(HazardEvent e)
        {
            switch (e.Kind)
            {
                case HazardEventKind.Assigned:
                    if (string.IsNullOrWhiteSpace(e.Assignee))
                    {
                        yield return "assignee";
                    }

                    if (e.Deadline is null)
                    {
                        yield return "deadline";
                    }

                    break;
                case HazardEventKind.Rechecked:
                    if (e.Outcome is null)
                    {
                        yield return "outcome";
                    }

                    if (string.IsNullOrWhiteSpace(e.By))
                    {
                        yield return "by";
                    }

                    break;
                case HazardEventKind.DeadlineExtended:
                    if (e.Deadline is null)
                    {
                        yield return "deadline";
                    }

                    if (string.IsNullOrWhiteSpace(e.Reason))
                    {
                        yield return "reason";
                    }

                    break;
                case HazardEventKind.Escalated:
                    if (e.Level is null)
                    {
                        yield return "level";
                    }

                    if (e.DocumentNumber is null)
                    {
                        yield return "documentNumber";
                    }

                    if (string.IsNullOrWhiteSpace(e.By))
                    {
                        yield return "by";
                    }

                    break;
            }
        }
    }

    private static IEnumerable<ValidationIssue> NotExtended(Hazard hazard, ValidationContext context, ValidationSeverity severity)
    {
        LocalDate? deadline = null;
        for (var i = 0; i < hazard.Events.Count; i++)
        {
            var e = hazard.Events[i];
            if (e.Kind == HazardEventKind.DeadlineExtended && e.Deadline is { } extended)
            {
                if (deadline is not { } previous || extended <= previous)
                {
                    yield return ValidationIssue.Create(ValidationCodes.HazardDeadlineNotExtended, severity, At(i, "deadline"),
                        DiagnosticArguments.Create(("deadline", extended), ("previous", deadline?.ToString("uuuu-MM-dd", null) ?? "—")));
                }
            }

            if (e.Kind is HazardEventKind.Assigned or HazardEventKind.DeadlineExtended && e.Deadline is { } d)
            {
                deadline = d;
            }
        }
    }

    private static IEnumerable<ValidationIssue> ListingRecheck(Hazard hazard, ValidationContext context, ValidationSeverity severity)
    {
        if (hazard.Level != HazardLevel.Major)
        {
            yield break;
        }

        string? listedBy = null;
        SupervisionLevel? level = null;
        string? passedBy = null;
        for (var i = 0; i < hazard.Events.Count; i++)
        {
            var e = hazard.Events[i];
            switch (e.Kind)
            {
                case HazardEventKind.Escalated when e.By is { } by && (level is null || e.Level >= level):
                    listedBy = by.Trim();
                    level = e.Level;
                    break;
                case HazardEventKind.Rechecked:
                    passedBy = e.Outcome == RecheckOutcome.Passed ? e.By?.Trim() : null;
                    break;
                case HazardEventKind.Closed when listedBy is not null && !string.Equals(passedBy, listedBy, StringComparison.Ordinal):
                    yield return ValidationIssue.Create(ValidationCodes.ListedHazardClosedWithoutListingRecheck, severity, At(i, "kind"),
                        DiagnosticArguments.Create(("listedBy", listedBy)));
                    break;
            }
        }
    }

    private static IEnumerable<ValidationIssue> StatusAgrees(Hazard hazard, ValidationContext context, ValidationSeverity severity)
    {
        if (hazard.Events.Count > 0 && Final(hazard).State is { } state && HazardLifecycle.StatusOf(state) is var derived && derived != hazard.Status)
        {
            yield return BuiltInRule.Issue(ValidationCodes.HazardStatusDisagreesWithHistory, severity, "status", ("status", hazard.Status), ("derived", derived));
        }
    }

    private static IEnumerable<ValidationIssue> DatesAgree(Hazard hazard, ValidationContext context, ValidationSeverity severity)
    {
        if (hazard.Events.Count == 0)
        {
            yield break;
        }

        var standing = Final(hazard);
        LocalDate? rectifiedOn = null;
        HazardState? state = null;
        foreach (var e in hazard.Events)
        {
            var next = HazardLifecycle.Next(state, e.Kind, e.Kind == HazardEventKind.Rechecked ? e.Outcome : null);
            if (next is not null)
            {
                state = next;
                rectifiedOn = e.Kind == HazardEventKind.RectificationReported ? e.Date : state == HazardState.Rectifying ? null : rectifiedOn;
            }
        }

        foreach (var (member, stated, derived) in new[]
        {
            ("rectifiedOn", hazard.RectifiedOn, rectifiedOn),
            ("verifiedOn", hazard.VerifiedOn, standing.ClosedOn),
            ("rectificationDeadline", hazard.RectificationDeadline, standing.Deadline),
        })
        {
            if (stated != derived)
            {
                yield return BuiltInRule.Issue(ValidationCodes.HazardDateDisagreesWithHistory, severity, member,
                    ("member", member), ("stated", stated?.ToString("uuuu-MM-dd", null) ?? "—"), ("derived", derived?.ToString("uuuu-MM-dd", null) ?? "—"));
            }
        }
    }

    /// <summary>The standing after every event, whatever its date.</summary>
    private static HazardStanding Final(Hazard hazard) => HazardLifecycle.StandingOn(hazard, LocalDate.MaxIsoValue);

    private static IEnumerable<ValidationIssue> PlanPresent(Hazard hazard, ValidationContext context, ValidationSeverity severity)
    {
        if (hazard.Level == HazardLevel.Major && hazard.Events.Count > 0 && hazard.TreatmentPlan is null)
        {
            yield return BuiltInRule.Issue(ValidationCodes.MajorHazardWithoutPlan, severity, "treatmentPlan");
        }
    }

    private static IEnumerable<ValidationIssue> PlanComplete(Hazard hazard, ValidationContext context, ValidationSeverity severity)
    {
        if (hazard.TreatmentPlan is not { } plan)
        {
            yield break;
        }

        foreach (var (member, item, given) in new[]
        {
            ("responsible", "责任", !string.IsNullOrWhiteSpace(plan.Responsible)),
            ("measures", "措施", !string.IsNullOrWhiteSpace(plan.Measures)),
            ("fundsTenThousandYuan", "资金", plan.FundsTenThousandYuan is not null),
            ("timeLimit", "时限", plan.TimeLimit is not null),
            ("emergencyPlan", "预案", !string.IsNullOrWhiteSpace(plan.EmergencyPlan)),
        })
        {
            if (!given)
            {
                yield return ValidationIssue.Create(ValidationCodes.TreatmentPlanIncomplete, severity, JsonPointer.Root.Append("treatmentPlan").Append(member),
                    DiagnosticArguments.Create(("item", item)));
            }
        }
    }

    private static IEnumerable<ValidationIssue> PlanFundsNotNegative(Hazard hazard, ValidationContext context, ValidationSeverity severity)
    {
        if (hazard.TreatmentPlan?.FundsTenThousandYuan < 0)
        {
            yield return ValidationIssue.Create(ValidationCodes.TreatmentPlanFundsNegative, severity, JsonPointer.Root.Append("treatmentPlan").Append("fundsTenThousandYuan"), DiagnosticArguments.Empty);
        }
    }

    private static IEnumerable<ValidationIssue> BasisPresent(Hazard hazard, ValidationContext context, ValidationSeverity severity)
    {
        if (hazard.Level == HazardLevel.Major && hazard.Events.Count > 0 && hazard.MajorBasis.Count == 0)
        {
            yield return BuiltInRule.Issue(ValidationCodes.MajorHazardWithoutBasis, severity, "majorBasis");
        }
    }

    private static IEnumerable<ValidationIssue> NoBasisOnGeneral(Hazard hazard, ValidationContext context, ValidationSeverity severity)
    {
        if (hazard.Level == HazardLevel.General && hazard.MajorBasis.Count > 0)
        {
            yield return BuiltInRule.Issue(ValidationCodes.GeneralHazardWithMajorBasis, severity, "majorBasis");
        }
    }
}
