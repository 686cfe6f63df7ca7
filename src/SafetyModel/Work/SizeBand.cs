using SafetyModel.Contract;

namespace SafetyModel.Work;

/// <summary>
/// 企业规模, the four size bands of 《统计上大中小微型企业划分办法（2017）》 (国家统计局, 国统字〔2017〕213号): 大型, 中型,
/// 小型, 微型, judged by the thresholds of employees, revenue and assets the 办法 sets per industry. A closed list fixed by
/// the 办法; the record states the band, the library does not compute it.
/// </summary>
[ContractList("size band")]
public enum SizeBand
{
    /// <summary>大型企业.</summary>
    Large = 1,

    /// <summary>中型企业.</summary>
    Medium = 2,

    /// <summary>小型企业.</summary>
    Small = 3,

    /// <summary>微型企业.</summary>
    Micro = 4,
}
