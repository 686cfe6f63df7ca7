using System.Collections.Generic;

namespace SafetyModel.Cli.Charts;

/// <summary>
/// What a chart was drawn with: the file, the font family (null when no font with Chinese glyphs was found and the
/// labels are codes), and every text and value tick put on it — so that a caller can say what happened and a test can
/// check the labels and the typeface without reading pixels.
/// </summary>
internal sealed record ChartDrawing(
    string Path,
    string? ChineseFont,
    string Title,
    string YLabel,
    IReadOnlyList<string> CategoryLabels,
    IReadOnlyList<string> LegendLabels,
    IReadOnlyList<double> ValueTicks)
{
    /// <summary>Whether the labels are Chinese names (a font with Chinese glyphs was found).</summary>
    public bool Chinese => ChineseFont is not null;
}
