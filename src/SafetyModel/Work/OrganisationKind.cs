using SafetyModel.Contract;
using SafetyModel.Diagnostics;

namespace SafetyModel.Work;

/// <summary>The kind of an organisation in work-safety records.</summary>
[ContractList("organisation kind")]
public enum OrganisationKind
{
    /// <summary>政府机关 — a government body (镇人民政府, 旗人民政府).</summary>
    GovernmentBody = 0,

    /// <summary>委员会 — a committee, such as the work-safety committee (安全生产委员会, 安委会) or its office (安委办).</summary>
    Committee = 1,

    /// <summary>部门 — a department (应急管理局, 综合行政执法局).</summary>
    Department = 2,

    /// <summary>站所 — a station of a higher department in the town (派出所, 司法所, 安监站).</summary>
    Station = 3,

    /// <summary>企业 — an enterprise or production and business unit (生产经营单位).</summary>
    Enterprise = 4,

    /// <summary>事业单位 — a public institution (学校, 幼儿园, 卫生院).</summary>
    Institution = 5,

    /// <summary>基层群众自治组织 — a village or residents' committee (嘎查村委会, 社区居委会).</summary>
    VillageCommittee = 6,

    /// <summary>其他 — any other organisation.</summary>
    Other = 7,
}
