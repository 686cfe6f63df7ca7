using SafetyModel.Contract;
using SafetyModel.Diagnostics;

namespace SafetyModel.Work;

/// <summary>The kind of a work-safety meeting.</summary>
[ContractList("meeting kind")]
public enum MeetingKind
{
    /// <summary>例会 — a regular meeting (安全生产工作例会).</summary>
    Regular = 0,

    /// <summary>专题会议 — a special meeting on one subject.</summary>
    Special = 1,

    /// <summary>其他 — any other meeting (全体会议, 部署会 …).</summary>
    Other = 2,
}
