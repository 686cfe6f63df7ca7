using SafetyModel.Primitives;

namespace SafetyModel.Extraction;

/// <summary>How <see cref="SummaryText"/> turns a work summary's text into a report.</summary>
public sealed class SummaryTextOptions
{
    /// <summary>Gets the default options: division and period read from the text, no registry.</summary>
    public static SummaryTextOptions Default { get; } = new();

    /// <summary>
    /// Gets the division the report covers, when the caller knows it; otherwise it is looked up in
    /// <see cref="Registry"/> by the name of the organ that signs or issues the document.
    /// </summary>
    public DivisionCode? Division { get; init; }

    /// <summary>Gets the registry to find the division in by name (<c>乌兰陶勒盖镇人民政府</c> → <c>150626103</c>), or <see langword="null"/>.</summary>
    public DivisionRegistry? Registry { get; init; }

    /// <summary>Gets the period the report covers, when the caller knows it; otherwise it is read from the title.</summary>
    public ReportingPeriod? Period { get; init; }
}
