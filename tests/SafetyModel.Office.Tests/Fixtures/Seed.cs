namespace SafetyModel.Office.Tests.Fixtures;

/// <summary>The seed letter (a real 函 of 乌兰陶勒盖镇, 2022), as the plain-text fixture the core reads.</summary>
internal static class Seed
{
    public static string Text { get; } = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seed", "wulantaolegai-2022-h1-safety-summary.txt"));

    /// <summary>The seed's non-blank lines without their indentation (which a layout sets by formatting instead).</summary>
    public static IReadOnlyList<string> Lines { get; } = Text.Replace("\r\n", "\n").Split('\n')
        .Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l.TrimStart(' ', '\u3000')).ToList();

    /// <summary>The 抄送 and 印发 lines a letter in the full GB/T 9704-2012 layout ends with (§7.4), added for the layout tests.</summary>
    public static IReadOnlyList<string> Footer { get; } = new[] { "抄送：乌审旗应急管理局。", "乌兰陶勒盖镇党政综合办公室　　　　　　2022年7月7日印发" };
}
