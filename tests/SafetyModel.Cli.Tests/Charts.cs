using SkiaSharp;

namespace SafetyModel.Cli.Tests;

/// <summary>
/// Checks on drawn charts: a series' bar colour (Category10) appears in the plot's left three quarters, away from the
/// legend at the right edge, which shows the colours even when no bar is drawn.
/// </summary>
public static class Charts
{
    public static readonly SKColor FirstSeries = new(0x1F, 0x77, 0xB4);
    public static readonly SKColor SecondSeries = new(0xFF, 0x7F, 0x0E);

    public static bool Has(SKBitmap bitmap, SKColor colour)
    {
        for (var y = 0; y < bitmap.Height; y += 2)
        {
            for (var x = 0; x < bitmap.Width * 3 / 4; x += 2)
            {
                var pixel = bitmap.GetPixel(x, y);
                if (pixel.Red == colour.Red && pixel.Green == colour.Green && pixel.Blue == colour.Blue)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
