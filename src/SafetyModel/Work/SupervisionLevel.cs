using SafetyModel.Contract;
using SafetyModel.Diagnostics;

namespace SafetyModel.Work;

/// <summary>The level of government that lists a hazard for supervision (挂牌督办): county, prefecture or province. A closed list.</summary>
[ContractList("supervision level")]
public enum SupervisionLevel
{
    /// <summary>县级挂牌督办 — by a county-level government or its work-safety committee (旗、县、区).</summary>
    County = 1,

    /// <summary>市级挂牌督办 — by a prefecture-level government (市、盟、州).</summary>
    Prefecture = 2,

    /// <summary>省级挂牌督办 — by a provincial government.</summary>
    Province = 3,
}
