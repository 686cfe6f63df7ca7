using System;
using System.Collections.Generic;
using SafetyModel.Contract;
using SafetyModel.Diagnostics;
using SafetyModel.Primitives;
using SafetyModel.Text;
using SafetyModel.Work;

namespace SafetyModel.Reports;

/// <summary>
/// A figure a report states: what it counts (an <see cref="Indicator"/>), the quantity as stated (approximation and
/// raw text kept), an optional dimension (such as the inspection type), and the parts of a <c>其中</c> breakdown. A
/// part may name an activity without a count (<c>乌兰陶勒盖镇防洪渠安全隐患排查</c>): its quantity is then null.
/// </summary>
/// <remarks>
/// Stated figures are what a report claims; they may be approximate and may contradict each other — the seed states 7
/// inspections whose parts add up to 12. Validation and reconciliation compare them; the model keeps them as stated.
/// </remarks>
[ContractObject]
public sealed partial class StatedFigure : IEquatable<StatedFigure>
{
    private readonly StatedFigure[] _parts = Array.Empty<StatedFigure>();

    /// <summary>Gets what the figure counts.</summary>
    [ContractMember("indicator", Required = true)]
    public Indicator Indicator { get; init; }

    /// <summary>Gets the quantity as stated, or <see langword="null"/> when the report names the item without a count.</summary>
    [ContractMember("quantity")]
    public Quantity? Quantity { get; init; }

    /// <summary>Gets the dimension the figure is broken down by, such as the inspection type of a part.</summary>
    [ContractMember("dimension")]
    public InspectionType? Dimension { get; init; }

    /// <summary>Gets the label the report gives the figure, when it adds one (<c>建筑领域安全大检查</c>).</summary>
    [ContractMember("label")]
    public string? Label { get; init; }

    /// <summary>
    /// Gets the period the figure itself names, when narrower than the report's (<c>6月份…组织了1次全面大检查</c>: June),
    /// or <see langword="null"/> when it speaks of the report's whole period.
    /// </summary>
    [ContractMember("period")]
    public ReportingPeriod? Period { get; init; }

    /// <summary>
    /// Gets where in the report's text the figure is stated, when it was read from text (see
    /// <c>SafetyModel.Extraction.FigureExtractor</c>); <see langword="null"/> for a figure entered as data.
    /// </summary>
    [ContractMember("source")]
    public SourceSpan? Source { get; init; }

    /// <summary>Gets the parts of a <c>其中</c> breakdown.</summary>
    [ContractMember("parts")]
    public IReadOnlyList<StatedFigure> Parts { get => _parts; init => _parts = Sequences.Copy(value, nameof(Parts)); }

    /// <summary>Returns <c>安全检查 7次 (其中 5 parts)</c>.</summary>
    /// <returns>A readable figure.</returns>
    public override string ToString() =>
        $"{Label ?? Indicator.ChineseName} {Quantity?.ToString() ?? "(no count)"}" + (_parts.Length > 0 ? $" (其中 {_parts.Length} parts)" : string.Empty);
}
