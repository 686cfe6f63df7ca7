using System;
using SafetyModel.Primitives;

namespace SafetyModel.Work;

/// <summary>The names of the <see cref="EnforcementDocumentKind"/> values.</summary>
public static class EnforcementDocuments
{
    /// <summary>Gets the document's Chinese name: 现场检查记录, 责令限期整改指令书, 整改复查意见书, 行政处罚决定书, 责令停产停业整顿.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined kind.</exception>
    public static string ChineseName(EnforcementDocumentKind kind) => kind switch
    {
        EnforcementDocumentKind.OnSiteInspectionRecord => "现场检查记录",
        EnforcementDocumentKind.RectificationOrder => "责令限期整改指令书",
        EnforcementDocumentKind.RectificationReview => "整改复查意见书",
        EnforcementDocumentKind.PenaltyDecision => "行政处罚决定书",
        EnforcementDocumentKind.SuspensionOrder => "责令停产停业整顿",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a defined enforcement document kind."),
    };

    /// <summary>Whether a value is one of the five kinds (an unset kind is 0).</summary>
    internal static bool IsDefined(EnforcementDocumentKind kind) => kind is >= EnforcementDocumentKind.OnSiteInspectionRecord and <= EnforcementDocumentKind.SuspensionOrder;

    /// <summary>Gets the kind's code in the JSON contract, such as <c>penalty-decision</c> (<see cref="EnumCodes.Of{TEnum}"/>).</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The code.</returns>
    public static string Code(EnforcementDocumentKind kind) => EnumCodes.Of(kind);
}
