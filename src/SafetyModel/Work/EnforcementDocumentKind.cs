using SafetyModel.Contract;

namespace SafetyModel.Work;

/// <summary>
/// The kinds of 安全生产行政执法文书 that the enforcement statistics count (安全生产行政执法统计调查制度; the forms of the
/// 安全生产执法程序规定): a closed list. Codes are the kebab-case member names (<c>penalty-decision</c>);
/// <see cref="EnforcementDocuments.ChineseName"/> gives the document's name.
/// </summary>
[ContractList("enforcement document kind")]
public enum EnforcementDocumentKind
{
    /// <summary>现场检查记录 — the record of an on-site inspection (one per enforcement inspection visit).</summary>
    OnSiteInspectionRecord = 1,

    /// <summary>责令限期整改指令书 — an order to rectify hazards or violations by a deadline.</summary>
    RectificationOrder = 2,

    /// <summary>整改复查意见书 — the opinion after re-checking the rectification an order required.</summary>
    RectificationReview = 3,

    /// <summary>行政处罚决定书 — an administrative penalty decision (a fine in 元 and/or a non-monetary penalty such as 警告).</summary>
    PenaltyDecision = 4,

    /// <summary>责令停产停业整顿 — an order to suspend production or business and rectify.</summary>
    SuspensionOrder = 5,
}
