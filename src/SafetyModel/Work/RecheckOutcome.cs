using SafetyModel.Contract;
using SafetyModel.Diagnostics;

namespace SafetyModel.Work;

/// <summary>The outcome of a hazard's re-check (复查): passed (合格) or failed (不合格). A closed list.</summary>
[ContractList("recheck outcome")]
public enum RecheckOutcome
{
    /// <summary>复查合格 — the rectification is accepted; the hazard may be closed (销号).</summary>
    Passed = 1,

    /// <summary>复查不合格 — the rectification is not accepted; rectification goes on.</summary>
    Failed = 2,
}
