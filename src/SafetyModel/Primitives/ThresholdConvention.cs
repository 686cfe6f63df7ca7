namespace SafetyModel.Primitives;

/// <summary>
/// Whether 以上 and 以下 include the number they follow. The convention belongs to the instrument, not to the words:
/// choose the one of the text being read.
/// </summary>
public enum ThresholdConvention
{
    /// <summary>
    /// Both include it (以上 ≥, 以下 ≤): the general rule of 《民法典》第一千二百五十九条 and of most statutes.
    /// </summary>
    Inclusive = 0,

    /// <summary>
    /// 以上 includes it, 以下 excludes it (≥, &lt;): the rule of 国务院令第493号 (生产安全事故报告和调查处理条例) 第三条
    /// for accident grades.
    /// </summary>
    StateCouncilOrder493 = 1,

    /// <summary>Both exclude it (&gt;, &lt;).</summary>
    Exclusive = 2,
}
