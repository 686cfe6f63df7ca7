namespace SafetyModel.Extraction;

/// <summary>How <see cref="FigureExtractor"/> reads a text.</summary>
public sealed class FigureExtractionOptions
{
    /// <summary>Gets the default options: no reference year.</summary>
    public static FigureExtractionOptions Default { get; } = new();

    /// <summary>
    /// Gets the year a month named without one belongs to (<c>6月份</c> in a 2022 summary is June 2022), usually the
    /// year of the report's period; <see langword="null"/> when unknown, in which case such a month is not turned
    /// into a period and a note (SM0602) says so.
    /// </summary>
    public int? Year { get; init; }
}
