using SafetyModel.Diagnostics;
using SafetyModel.Primitives;
using SafetyModel.Reports;
using SafetyModel.Text;

namespace SafetyModel.Aggregation;

/// <summary>One stated figure of a report against the figure its records give.</summary>
public sealed class FigureCheck
{
    internal FigureCheck(StatedFigure figure, JsonPointer path, Quantity? derived, ReconciliationStatus status, LocalizedText? reason)
    {
        Figure = figure;
        Path = path;
        Derived = derived;
        Status = status;
        Reason = reason;
    }

    /// <summary>Gets the figure as the report states it.</summary>
    public StatedFigure Figure { get; }

    /// <summary>Gets where the figure stands in the report's JSON (<c>/statedFigures/2/parts/1</c>).</summary>
    public JsonPointer Path { get; }

    /// <summary>Gets what the records give, or <see langword="null"/> when they cannot say.</summary>
    public Quantity? Derived { get; }

    /// <summary>Gets the verdict.</summary>
    public ReconciliationStatus Status { get; }

    /// <summary>Gets why a figure cannot be checked, in English and Chinese; <see langword="null"/> otherwise.</summary>
    public LocalizedText? Reason { get; }

    /// <summary>Gets the difference (records − stated) when both are exact.</summary>
    public decimal? Difference =>
        Derived is { IsExact: true } derived && Figure.Quantity is { IsExact: true } stated ? derived.Stated - stated.Stated : null;

    /// <summary>Returns <c>/statedFigures/1 安全生产工作例会 8次: records 6 — Differs</c>.</summary>
    /// <returns>A readable check.</returns>
    public override string ToString() =>
        $"{Path} {Figure.Label ?? Figure.Indicator.ChineseName} {Figure.Quantity?.ToString() ?? "-"}: records {Derived?.ToString() ?? "-"} — {Status}";
}
