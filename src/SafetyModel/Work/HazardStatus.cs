using SafetyModel.Contract;
using SafetyModel.Diagnostics;

namespace SafetyModel.Work;

/// <summary>Where a hidden hazard stands in its lifecycle: found → rectifying → rectified → verified (隐患排查治理闭环).</summary>
[ContractList("hazard status")]
public enum HazardStatus
{
    /// <summary>已发现 — found, not yet being rectified.</summary>
    Found = 0,

    /// <summary>整改中 — being rectified.</summary>
    Rectifying = 1,

    /// <summary>已整改 — rectified, awaiting verification.</summary>
    Rectified = 2,

    /// <summary>已验收 — rectification verified (销号).</summary>
    Verified = 3,
}
