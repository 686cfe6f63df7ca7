using SafetyModel.Contract;
using SafetyModel.Diagnostics;

namespace SafetyModel.Documents;

/// <summary>
/// Which way a document travels (行文方向). Textbook convention rather than law: kept per document, defaulting by
/// <see cref="DocumentType.DefaultDirection"/>.
/// </summary>
[ContractList("document direction")]
public enum DocumentDirection
{
    /// <summary>上行文 — to a superior organ (报告, 请示). Needs a 签发人 (GB/T 9704-2012 §7.2.5); one primary recipient.</summary>
    Upward = 0,

    /// <summary>平行文 — between organs with no line authority (函).</summary>
    Parallel = 1,

    /// <summary>下行文 — to subordinate organs (批复, 通知, 通报, 决定).</summary>
    Downward = 2,
}
