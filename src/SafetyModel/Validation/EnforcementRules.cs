using System;
using System.Collections.Generic;
using SafetyModel.Diagnostics;
using SafetyModel.Work;

namespace SafetyModel.Validation;

/// <summary>
/// The built-in rules for enforcement actions (执法文书): a document kind; a 行政处罚决定书 states its penalty — a fine or
/// another penalty (行政处罚法, as revised in 2021, 第九条 lists 警告、通报批评, 罚款、没收违法所得, 暂扣许可证件, 责令停产停业、责令关闭 and others); a fine only on a
/// 行政处罚决定书; dates in order (inspected, then issued, then the deadline); a deadline on a 责令限期整改指令书 and a
/// 责令停产停业整顿. A negative fine is reported by the kind's declared figures (<c>SM4010</c>).
/// </summary>
public static class EnforcementRules
{
    /// <summary>Gets the rule set for an enforcement action, named <c>enforcement</c>.</summary>
    public static RuleSet<EnforcementAction> Default { get; } = new("enforcement", new[]
    {
        BuiltInRule.Create<EnforcementAction>(ValidationCodes.EnforcementKindMissing, ValidationSeverity.Error, "An enforcement action has a document kind.", "执法记录有文书种类。", KindPresent),
        BuiltInRule.Create<EnforcementAction>(ValidationCodes.PenaltyWithoutPenalty, ValidationSeverity.Error, "A 行政处罚决定书 states its penalty.", "行政处罚决定书载明处罚。", PenaltyStated),
        BuiltInRule.Create<EnforcementAction>(ValidationCodes.FineOutsidePenalty, ValidationSeverity.Warning, "Only a 行政处罚决定书 states a fine.", "只有行政处罚决定书载明罚款。", FineOnPenalty),
        BuiltInRule.Create<EnforcementAction>(ValidationCodes.InspectedAfterIssue, ValidationSeverity.Error, "A document is issued after the inspection it follows.", "文书作出不早于检查。", InspectedFirst),
        BuiltInRule.Create<EnforcementAction>(ValidationCodes.EnforcementDeadlineBeforeIssue, ValidationSeverity.Error, "A deadline is not before the document.", "期限不早于文书作出日期。", DeadlineAfterIssue),
        BuiltInRule.Create<EnforcementAction>(ValidationCodes.OrderWithoutDeadline, ValidationSeverity.Warning, "An order sets its deadline.", "指令书载明期限。", DeadlineSet),
    });

    private static bool Defined(EnforcementAction action) => EnforcementDocuments.IsDefined(action.Kind);

    private static IEnumerable<ValidationIssue> KindPresent(EnforcementAction action, ValidationContext context, ValidationSeverity severity)
    {
        if (!Defined(action))
        {
            yield return BuiltInRule.Issue(ValidationCodes.EnforcementKindMissing, severity, "kind");
        }
    }

    private static IEnumerable<ValidationIssue> PenaltyStated(EnforcementAction action, ValidationContext context, ValidationSeverity severity)
    {
        if (action.Kind == EnforcementDocumentKind.PenaltyDecision && action.FineYuan is null && string.IsNullOrWhiteSpace(action.OtherPenalty))
        {
            yield return BuiltInRule.Issue(ValidationCodes.PenaltyWithoutPenalty, severity, "fineYuan");
        }
    }

    private static IEnumerable<ValidationIssue> FineOnPenalty(EnforcementAction action, ValidationContext context, ValidationSeverity severity)
    {
        if (action.FineYuan is not null && action.Kind != EnforcementDocumentKind.PenaltyDecision && Defined(action))
        {
            yield return BuiltInRule.Issue(ValidationCodes.FineOutsidePenalty, severity, "fineYuan", ("kind", EnforcementDocuments.ChineseName(action.Kind)));
        }
    }

    private static IEnumerable<ValidationIssue> InspectedFirst(EnforcementAction action, ValidationContext context, ValidationSeverity severity)
    {
        if (action.InspectedOn is { } inspected && inspected > action.IssuedOn)
        {
            yield return BuiltInRule.Issue(ValidationCodes.InspectedAfterIssue, severity, "inspectedOn", ("inspectedOn", inspected), ("issuedOn", action.IssuedOn));
        }
    }

    private static IEnumerable<ValidationIssue> DeadlineAfterIssue(EnforcementAction action, ValidationContext context, ValidationSeverity severity)
    {
        if (action.Deadline is { } deadline && deadline < action.IssuedOn)
        {
            yield return BuiltInRule.Issue(ValidationCodes.EnforcementDeadlineBeforeIssue, severity, "deadline", ("deadline", deadline), ("issuedOn", action.IssuedOn));
        }
    }

    private static IEnumerable<ValidationIssue> DeadlineSet(EnforcementAction action, ValidationContext context, ValidationSeverity severity)
    {
        if (action.Deadline is null && action.Kind is EnforcementDocumentKind.RectificationOrder or EnforcementDocumentKind.SuspensionOrder)
        {
            yield return BuiltInRule.Issue(ValidationCodes.OrderWithoutDeadline, severity, "deadline", ("kind", EnforcementDocuments.ChineseName(action.Kind)));
        }
    }
}
