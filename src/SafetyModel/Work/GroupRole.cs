using SafetyModel.Contract;
using SafetyModel.Diagnostics;

namespace SafetyModel.Work;

/// <summary>A role in a leadership group (领导小组).</summary>
[ContractList("group role")]
public enum GroupRole
{
    /// <summary>组长 — the head.</summary>
    Leader = 0,

    /// <summary>副组长 — a deputy head.</summary>
    DeputyLeader = 1,

    /// <summary>成员 — a member.</summary>
    Member = 2,
}
