using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;

namespace SafetyModel.Cli.Output;

/// <summary>
/// The tool's own texts — the help of every command and option, and the usage messages — in English and Simplified
/// Chinese, kept in one table (<c>Resources/texts.tsv</c>: key, English, 简体中文). Diagnostics of the package have
/// their own table in the package.
/// </summary>
internal static class CliTexts
{
    private static readonly Lazy<Dictionary<string, (string English, string Chinese)>> Table = new(Load);

    /// <summary>Gets the address of the tool's documentation (docs/cli.md in the repository the package names).</summary>
    public static string DocumentationUrl { get; } =
        typeof(CliTexts).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "DocumentationUrl")?.Value
        ?? throw new InvalidOperationException("The tool is built without its DocumentationUrl (RepositoryUrl in Directory.Build.props).");

    /// <summary>Gets every key of the table.</summary>
    public static IEnumerable<string> Keys => Table.Value.Keys;

    /// <summary>Whether the table has a text for the key.</summary>
    public static bool Has(string key) => Table.Value.ContainsKey(key);

    /// <summary>Gets a text in a language, with <c>{docs}</c> and the named values filled in.</summary>
    public static string Get(string key, Language language, params (string Name, string Value)[] values)
    {
        if (!Table.Value.TryGetValue(key, out var texts))
        {
            throw new InvalidOperationException($"Resources/texts.tsv has no text for '{key}'.");
        }

        var text = new StringBuilder(language.Pick(texts.English, texts.Chinese)).Replace("{docs}", DocumentationUrl);
        foreach (var (name, value) in values)
        {
            text.Replace("{" + name + "}", value);
        }

        return text.ToString();
    }

    private static Dictionary<string, (string English, string Chinese)> Load()
    {
        using var stream = typeof(CliTexts).Assembly.GetManifestResourceStream("texts.tsv")
            ?? throw new InvalidOperationException("The tool's texts (texts.tsv) are not embedded.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var table = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var columns = line.Split('\t');
            if (columns.Length != 3 || !table.TryAdd(columns[0], (columns[1], columns[2])))
            {
                throw new InvalidOperationException($"texts.tsv: the line for '{columns[0]}' needs exactly a key, an English and a Chinese text, once.");
            }
        }

        return table;
    }
}
