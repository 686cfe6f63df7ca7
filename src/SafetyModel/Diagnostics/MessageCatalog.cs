using System;
using System.Collections.Generic;
using System.Globalization;
using System.Resources;
using System.Text;

namespace SafetyModel.Diagnostics;

/// <summary>
/// The library's own message templates, one per diagnostic code, in English and Simplified Chinese.
/// </summary>
/// <remarks>
/// The two languages live in two neutral resource files (<c>Resources/EnglishMessages.resx</c> and
/// <c>Resources/ChineseMessages.resx</c>) embedded in the main assembly rather than in a satellite assembly, so that
/// both are always available — also under invariant globalization, where a <c>zh-Hans</c> culture cannot be created.
/// Templates name their arguments in braces: <c>{total}</c>.
/// </remarks>
internal static class MessageCatalog
{
    private static readonly ResourceManager English =
        new("SafetyModel.Resources.EnglishMessages", typeof(MessageCatalog).Assembly);

    private static readonly ResourceManager Chinese =
        new("SafetyModel.Resources.ChineseMessages", typeof(MessageCatalog).Assembly);

    /// <summary>Formats the message of a diagnostic code in both languages.</summary>
    public static LocalizedText Format(string code, DiagnosticArguments arguments) =>
        new(Fill(Template(English, code), arguments), Fill(Template(Chinese, code), arguments));

    /// <summary>Gets the raw English and Chinese templates of a code, or null when the code has none.</summary>
    /// <summary>Formats a message whose <c>{detail}</c> placeholder takes a text of its own in each language.</summary>
    public static LocalizedText Format(string code, DiagnosticArguments arguments, LocalizedText detail) =>
        new(
            Fill(Template(English, code), arguments).Replace("{detail}", detail.English),
            Fill(Template(Chinese, code), arguments).Replace("{detail}", detail.Chinese));

    public static (string? English, string? Chinese) Templates(string code) =>
        (English.GetString(code, CultureInfo.InvariantCulture), Chinese.GetString(code, CultureInfo.InvariantCulture));

    private static string Template(ResourceManager resources, string code) =>
        resources.GetString(code, CultureInfo.InvariantCulture)
        ?? throw new InvalidOperationException($"No message template for diagnostic code '{code}'.");

    private static string Fill(string template, DiagnosticArguments arguments)
    {
        if (template.IndexOf('{') < 0)
        {
            return template;
        }

        var builder = new StringBuilder(template.Length + 16);
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            var close = open < 0 ? -1 : template.IndexOf('}', open + 1);
            if (open < 0 || close < 0)
            {
                builder.Append(template, i, template.Length - i);
                break;
            }

            builder.Append(template, i, open - i);
            var name = template.Substring(open + 1, close - open - 1);
            if (arguments.TryGetValue(name, out var value))
            {
                builder.Append(DiagnosticArguments.FormatValue(value));
            }
            else
            {
                builder.Append(template, open, close - open + 1);
            }

            i = close + 1;
        }

        return builder.ToString();
    }

    /// <summary>Lists every code that has a template, for completeness tests.</summary>
    public static IEnumerable<string> Codes()
    {
        var set = English.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false);
        if (set is null)
        {
            yield break;
        }

        foreach (System.Collections.DictionaryEntry entry in set)
        {
            yield return (string)entry.Key;
        }
    }
}
