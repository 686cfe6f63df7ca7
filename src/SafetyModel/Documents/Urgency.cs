using SafetyModel.Contract;
using SafetyModel.Diagnostics;

namespace SafetyModel.Documents;

/// <summary>
/// 紧急程度. Documents are marked 特急 or 加急 (GB/T 9704-2012 §7.2.3); telegrams (电报) use 特提, 特急, 加急 and 平急.
/// A closed list, fixed by the standard.
/// </summary>
[ContractList("urgency")]
public enum Urgency
{
    /// <summary>平急 — routine (telegrams only).</summary>
    Routine = 0,

    /// <summary>加急 — urgent.</summary>
    Urgent = 1,

    /// <summary>特急 — extra urgent.</summary>
    ExtraUrgent = 2,

    /// <summary>特提 — flash (telegrams only), the highest.</summary>
    Flash = 3,
}
