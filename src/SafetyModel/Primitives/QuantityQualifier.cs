using SafetyModel.Contract;
using SafetyModel.Diagnostics;

namespace SafetyModel.Primitives;

/// <summary>
/// How a stated figure qualifies its number (概数, GB/T 15835-2011): exactly, more than, about, nearly, below, at or
/// above, at or below, a range, 几 inside a number — or derived by arithmetic from other figures. A closed list: the qualifiers of the
/// standard, not something towns extend.
/// </summary>
[ContractList("quantity qualifier")]
public enum QuantityQualifier
{
    /// <summary>Exact: <c>7次</c>.</summary>
    Exact = 0,

    /// <summary>
    /// 余 / 多 after a number: more than it, below the next step of its last stated digit —
    /// <c>500余份</c> is 500 &lt; n &lt; 600, <c>10余万元</c> 100,000 &lt; n &lt; 200,000.
    /// </summary>
    MoreThan = 1,

    /// <summary>约 / 左右 / 上下: about the number, within a tolerance (by default ±10%).</summary>
    About = 2,

    /// <summary>近: nearly, just below the number (by default within 10% below it).</summary>
    Nearly = 3,

    /// <summary>不足 / 不到: below the number (0 ≤ n &lt; it).</summary>
    LessThan = 4,

    /// <summary>以上: the number or more; whether it includes the number depends on the <see cref="ThresholdConvention"/>.</summary>
    AtOrAbove = 5,

    /// <summary>以下: the number or less; whether it includes the number depends on the <see cref="ThresholdConvention"/>.</summary>
    AtOrBelow = 6,

    /// <summary>A range: <c>三四个</c>, <c>十七八个</c>, <c>3～5个</c>, <c>3至5个</c> (both ends included).</summary>
    Range = 7,

    /// <summary>Derived by arithmetic (a sum) from figures at least one of which is not exact; only the bounds are meaningful.</summary>
    Derived = 8,

    /// <summary>
    /// 几 inside a number (a 概数 like 余 and 多; GB/T 15835-2011 writes 概数 with 几 in Chinese digits: 二十几, 一百几十): an unknown digit 1–9 in 几's place and
    /// anything below it — <c>二十几</c> is 20 &lt; n &lt; 30, <c>一百零几</c> 100 &lt; n &lt; 110, <c>二十几万</c>
    /// 200,000 &lt; n &lt; 300,000; a leading 几 starts at its place: <c>几十</c> is 10 ≤ n &lt; 100.
    /// </summary>
    Several = 9,
}
