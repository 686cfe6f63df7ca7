using SafetyModel.Contract;
using SafetyModel.Diagnostics;

namespace SafetyModel.Work;

/// <summary>事故隐患等级 (安监总局令第16号, 2008). A closed list, fixed by the rule.</summary>
[ContractList("hazard level")]
public enum HazardLevel
{
    /// <summary>一般事故隐患 — small harm and difficulty, can be rectified at once.</summary>
    General = 1,

    /// <summary>重大事故隐患 — needs full or partial shutdown and time to rectify, or cannot be removed by the unit itself.</summary>
    Major = 2,
}
