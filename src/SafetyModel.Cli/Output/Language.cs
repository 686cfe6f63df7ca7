using System.Globalization;
using SafetyModel.Diagnostics;
using SafetyModel.Text;

namespace SafetyModel.Cli.Output;

/// <summary>The language of messages in table output; JSON output always carries both.</summary>
internal enum Language
{
    English,
    Chinese,
}

/// <summary>Helpers for <see cref="Language"/>.</summary>
internal static class Languages
{
    public static readonly string[] Names = { "en", "zh" };

    /// <summary>The language of the current UI culture: Chinese for zh-*, English otherwise.</summary>
    public static string Default => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "zh" ? "zh" : "en";

    /// <summary>The language a name stands for; no name stands for the system's UI language (<see cref="Default"/>).</summary>
    public static Language Parse(string? name) => (name ?? Default) == "zh" ? Language.Chinese : Language.English;

    /// <summary>The language of the current UI culture, which the tool sets to the language of the run (see <see cref="SafetyModelCli.Run"/>).</summary>
    public static Language Current => Parse(Default);

    public static string Pick(this Language language, LocalizedText text) => language == Language.Chinese ? text.Chinese : text.English;

    public static string Pick(this Language language, string english, string chinese) => language == Language.Chinese ? chinese : english;
}
