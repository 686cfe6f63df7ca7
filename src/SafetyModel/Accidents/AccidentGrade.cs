using SafetyModel.Contract;
using SafetyModel.Diagnostics;

namespace SafetyModel.Accidents;

/// <summary>
/// The grade of a work-safety accident (生产安全事故), 国务院令第493号《生产安全事故报告和调查处理条例》第三条.
/// A closed list, fixed by the regulation; see <see cref="AccidentGrading"/> for the criteria.
/// </summary>
[ContractList("accident grade")]
public enum AccidentGrade
{
    /// <summary>一般事故 — fewer than 3 deaths, fewer than 10 serious injuries and less than 1000万元 direct loss.</summary>
    General = 1,

    /// <summary>较大事故 — 3–9 deaths, or 10–49 serious injuries, or 1000万 to under 5000万元.</summary>
    Larger = 2,

    /// <summary>重大事故 — 10–29 deaths, or 50–99 serious injuries, or 5000万 to under 1亿元.</summary>
    Major = 3,

    /// <summary>特别重大事故 — 30 or more deaths, or 100 or more serious injuries, or 1亿元 or more.</summary>
    ExtraordinarilyMajor = 4,
}
