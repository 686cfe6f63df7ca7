using System;
using System.Collections.Generic;
using System.Linq;
using SafetyModel.Contract;
using SafetyModel.Diagnostics;
using SafetyModel.Documents;
using SafetyModel.Primitives;
using SafetyModel.Work;

namespace SafetyModel.Reports;

/// <summary>
/// A work-safety summary report (安全生产工作总结) as a town sends it up: the document it travels in, the division and
/// period it covers, the figures it states, its leadership group, its campaigns, the areas of routine supervision and
/// the focus areas of the next period.
/// </summary>
/// <remarks>Built with an object initializer; collections are copied when set. Equality compares every member.</remarks>
[ContractObject]
public sealed partial class WorkSummaryReport : IEquatable<WorkSummaryReport>
{
    private readonly StatedFigure[] _figures = Array.Empty<StatedFigure>();
    private readonly Campaign[] _campaigns = Array.Empty<Campaign>();
    private readonly InspectionType[] _routine = Array.Empty<InspectionType>();
    private readonly Sector[] _focus = Array.Empty<Sector>();

    /// <summary>Gets the document the report travels in (a 函 or 报告), with its outline.</summary>
    [ContractMember("document")]
    public OfficialDocument? Document { get; init; }

    /// <summary>Gets the division the report covers.</summary>
    [ContractMember("division")]
    public DivisionCode Division { get; init; }

    /// <summary>Gets the period the report covers.</summary>
    [ContractMember("period")]
    public ReportingPeriod? Period { get; init; }

    /// <summary>Gets the figures the report states.</summary>
    [ContractMember("statedFigures")]
    public IReadOnlyList<StatedFigure> StatedFigures { get => _figures; init => _figures = Sequences.Copy(value, nameof(StatedFigures)); }

    /// <summary>Gets the leadership group the report describes.</summary>
    [ContractMember("leadershipGroup")]
    public LeadershipGroup? LeadershipGroup { get; init; }

    /// <summary>Gets the campaigns the report describes.</summary>
    [ContractMember("campaigns")]
    public IReadOnlyList<Campaign> Campaigns { get => _campaigns; init => _campaigns = Sequences.Copy(value, nameof(Campaigns)); }

    /// <summary>Gets the areas of daily supervision (日常监管) the report names.</summary>
    [ContractMember("routineSupervision")]
    public IReadOnlyList<InspectionType> RoutineSupervision { get => _routine; init => _routine = Sequences.Copy(value, nameof(RoutineSupervision)); }

    /// <summary>Gets the focus areas of the next period (下一步重点行业和领域).</summary>
    [ContractMember("focusAreas")]
    public IReadOnlyList<Sector> FocusAreas { get => _focus; init => _focus = Sequences.Copy(value, nameof(FocusAreas)); }

    /// <summary>Gets the stated figures of an indicator, top-level ones only.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <returns>The figures, in order.</returns>
    public IEnumerable<StatedFigure> FiguresOf(Indicator indicator) => _figures.Where(f => f.Indicator == indicator);

    /// <summary>Returns the division, the period and the number of stated figures.</summary>
    /// <returns>A readable one-line description.</returns>
    public override string ToString() => $"{Division.ShortCode} {Period?.ChineseName}: {_figures.Length} stated figures";
}
