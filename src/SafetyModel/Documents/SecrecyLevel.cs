using SafetyModel.Contract;
using SafetyModel.Diagnostics;

namespace SafetyModel.Documents;

/// <summary>密级, the secrecy level of a classified document (《保守国家秘密法》). A closed list, fixed by the statute.</summary>
[ContractList("secrecy level")]
public enum SecrecyLevel
{
    /// <summary>秘密 — secret; default longest period 10 years (保密法 第十四条).</summary>
    Secret = 1,

    /// <summary>机密 — confidential (higher than 秘密); default longest period 20 years.</summary>
    Confidential = 2,

    /// <summary>绝密 — top secret; default longest period 30 years.</summary>
    TopSecret = 3,
}
