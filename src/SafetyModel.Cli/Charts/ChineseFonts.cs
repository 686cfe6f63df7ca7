using System;
using SkiaSharp;

namespace SafetyModel.Cli.Charts;

/// <summary>
/// Finds an installed font that can draw Chinese labels: the families Chinese desktops ship (Noto CJK, Source Han,
/// WenQuanYi on Linux — Kylin and UOS among them; Microsoft YaHei, SimHei, SimSun on Windows; PingFang, Hiragino on
/// macOS) in that order of preference, then whatever font the system offers for a Chinese character. A family counts
/// only when it has the glyphs of a division's name, so a substitute that would draw empty boxes is never taken.
/// </summary>
internal static class ChineseFonts
{
    /// <summary>Characters every chart label may need: a town's name, a period's and the measures'.</summary>
    public const string Sample = "乌兰陶勒盖镇苏木年季度记录数隐患";

    /// <summary>The package to name when none is found (Debian, Ubuntu, Kylin, UOS).</summary>
    public const string Package = "fonts-noto-cjk";

    /// <summary>Preferred families, best first.</summary>
    public static readonly string[] Preferred =
    {
        "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Source Han Sans CN", "Noto Serif CJK SC", "Source Han Serif SC",
        "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Microsoft YaHei", "SimHei", "SimSun", "NSimSun", "PingFang SC", "Hiragino Sans GB",
        "Heiti SC", "STHeiti", "AR PL UMing CN", "Droid Sans Fallback",
    };

    /// <summary>What to do when no font is found, in English and Chinese.</summary>
    public static string Advice(bool chinese) => chinese
        ? $"未找到含中文字形的字体，图表以代码标注。请安装中文字体（Debian、Ubuntu、麒麟、统信：apt-get install {Package}；Fedora：google-noto-sans-cjk-fonts）后重新绘制。"
        : $"no font with Chinese glyphs is installed, so the chart is labelled with codes; install one (Debian, Ubuntu, Kylin, UOS: apt-get install {Package}; Fedora: google-noto-sans-cjk-fonts) and draw it again.";

    /// <summary>The family of an installed font with Chinese glyphs, or null when there is none.</summary>
    public static string? Find()
    {
        var manager = SKFontManager.Default;
        foreach (var family in Preferred)
        {
            using var typeface = manager.MatchFamily(family);
            if (typeface is not null && Draws(typeface))
            {
                return typeface.FamilyName;
            }
        }

        using var any = manager.MatchCharacter('镇');
        return any is not null && Draws(any) ? any.FamilyName : null;
    }

    /// <summary>Whether a typeface has a glyph for every character of <see cref="Sample"/>.</summary>
    public static bool Draws(SKTypeface typeface) => typeface.ContainsGlyphs(Sample.AsSpan());
}
