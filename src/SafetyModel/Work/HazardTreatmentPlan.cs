using System;
using NodaTime;
using SafetyModel.Contract;
using SafetyModel.Diagnostics;

namespace SafetyModel.Work;

/// <summary>
/// The treatment plan (治理方案) of a major hazard (重大事故隐患). 安监总局令第16号 第十五条 lists what it holds: the goals and
/// tasks, the methods and measures, the funds and materials, the body and people responsible, the time limit and
/// requirements, and the safety measures and emergency plan. Practice checks it as 五落实 — 责任、措施、资金、时限、预案
/// (<see cref="IsFullyResourced"/>).
/// </summary>
/// <remarks>Built with an object initializer; holds what it is given.</remarks>
[ContractObject]
public sealed partial class HazardTreatmentPlan : IEquatable<HazardTreatmentPlan>
{
    /// <summary>Gets 治理的目标和任务 — the goals and tasks.</summary>
    [ContractMember("goals")]
    public string? Goals { get; init; }

    /// <summary>Gets 采取的方法和措施 — the methods and measures (五落实: 措施).</summary>
    [ContractMember("measures")]
    public string? Measures { get; init; }

    /// <summary>Gets 经费 — the funds set aside, in 万元 (五落实: 资金).</summary>
    [ContractMember("fundsTenThousandYuan")]
    public decimal? FundsTenThousandYuan { get; init; }

    /// <summary>Gets 物资 — the materials.</summary>
    [ContractMember("materials")]
    public string? Materials { get; init; }

    /// <summary>Gets 负责治理的机构和人员 — the body and people responsible (五落实: 责任).</summary>
    [ContractMember("responsible")]
    public string? Responsible { get; init; }

    /// <summary>Gets 治理的时限 — the day the treatment is to be finished (五落实: 时限).</summary>
    [ContractMember("timeLimit")]
    public LocalDate? TimeLimit { get; init; }

    /// <summary>Gets 要求 — the requirements.</summary>
    [ContractMember("requirements")]
    public string? Requirements { get; init; }

    /// <summary>Gets 安全措施 — the safety measures during treatment.</summary>
    [ContractMember("safetyMeasures")]
    public string? SafetyMeasures { get; init; }

    /// <summary>Gets 应急预案 — the emergency plan (五落实: 预案).</summary>
    [ContractMember("emergencyPlan")]
    public string? EmergencyPlan { get; init; }

    /// <summary>Gets a value indicating whether the five items of 五落实 are all given: responsible, measures, funds, time limit and emergency plan.</summary>
    public bool IsFullyResourced =>
        !string.IsNullOrWhiteSpace(Responsible) && !string.IsNullOrWhiteSpace(Measures) && FundsTenThousandYuan is not null
        && TimeLimit is not null && !string.IsNullOrWhiteSpace(EmergencyPlan);

    /// <summary>Returns the responsible body, the funds and the time limit.</summary>
    /// <returns>A readable one-line description.</returns>
    public override string ToString() =>
        $"治理方案: {Responsible ?? "?"}, {(FundsTenThousandYuan is { } funds ? funds + "万元" : "?")}, {(TimeLimit is { } limit ? limit.ToString("uuuu-MM-dd", null) : "?")}";
}
