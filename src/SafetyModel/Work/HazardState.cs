namespace SafetyModel.Work;

/// <summary>
/// Where a hazard stands in its life, as its history (<see cref="Hazard.Events"/>) says:
/// 已上报 → 已交办 → 整改中 → 待复查 → 复查合格 → 已销号. <see cref="HazardLifecycle.Transitions"/> says how events move it.
/// </summary>
/// <remarks>
/// Finer than the register's <see cref="HazardStatus"/>; <see cref="HazardLifecycle.StatusOf"/> maps one to the other.
/// 延期, 挂牌督办 and 约谈 do not move a hazard.
/// </remarks>
public enum HazardState
{
    /// <summary>已上报 — reported, not yet assigned or rectified.</summary>
    Reported = 0,

    /// <summary>已交办 — assigned for rectification, with a deadline.</summary>
    Assigned = 1,

    /// <summary>整改中 — being rectified (also after a failed re-check).</summary>
    Rectifying = 2,

    /// <summary>待复查 — rectification reported done, awaiting the re-check.</summary>
    AwaitingRecheck = 3,

    /// <summary>复查合格 — re-checked and passed, not yet closed.</summary>
    RecheckPassed = 4,

    /// <summary>已销号 — closed.</summary>
    Closed = 5,
}
