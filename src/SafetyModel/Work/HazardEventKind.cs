using SafetyModel.Contract;
using SafetyModel.Diagnostics;

namespace SafetyModel.Work;

/// <summary>
/// What happened to a hazard on a day of its life, as the provincial 隐患排查治理 systems record it: 上报 → 交办 → 整改 →
/// 复查 → 销号, with 延期, 挂牌督办 and 约谈 beside them. A closed list; <see cref="HazardLifecycle.Transitions"/> says
/// which may follow which.
/// </summary>
[ContractList("hazard event kind")]
public enum HazardEventKind
{
    /// <summary>上报 — the hazard is reported (registered) to the authority; the first event of every history.</summary>
    Reported = 0,

    /// <summary>交办 — the hazard is assigned to a body for rectification, with a deadline (整改期限).</summary>
    Assigned = 1,

    /// <summary>开始整改 — rectification starts.</summary>
    RectificationStarted = 2,

    /// <summary>整改完成 (报请复查) — the unit reports the rectification done and asks for the re-check.</summary>
    RectificationReported = 3,

    /// <summary>复查 (验收) — the rectification is re-checked: passed or failed, by a named body.</summary>
    Rechecked = 4,

    /// <summary>销号 (核销) — the hazard is closed after a passed re-check.</summary>
    Closed = 5,

    /// <summary>延期 — the deadline is extended, with a reason and a new deadline.</summary>
    DeadlineExtended = 6,

    /// <summary>挂牌督办 — the hazard is listed for supervision by a county, prefecture or province, under a listing document's number.</summary>
    Escalated = 7,

    /// <summary>约谈 — the people responsible are summoned for a talk (usually over an overdue or listed hazard).</summary>
    Interviewed = 8,
}
