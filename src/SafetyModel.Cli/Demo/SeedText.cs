using System.IO;
using System.Reflection;
using System.Text;

namespace SafetyModel.Cli.Demo;

/// <summary>
/// The township letter the project started from (乌兰陶勒盖镇人民政府关于2022年上半年安全生产工作总结的函), bundled with
/// the tool so that <c>safetymodel demo</c> needs no file.
/// </summary>
internal static class SeedText
{
    public const string Name = "wulantaolegai-2022-h1-safety-summary.txt";

    public static string Read()
    {
        using var stream = typeof(SeedText).Assembly.GetManifestResourceStream("seed.txt")
            ?? throw new FileNotFoundException("The bundled seed letter is missing from the tool's assembly.", Name);
        using var reader = new StreamReader(stream, new UTF8Encoding(false));
        return reader.ReadToEnd();
    }
}
