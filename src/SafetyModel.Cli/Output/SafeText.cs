using System.Globalization;
using System.Text;

namespace SafetyModel.Cli.Output;

/// <summary>
/// Text from the user's input made safe to show on a terminal: control characters (C0, DEL, C1), bidirectional
/// overrides and isolates, and zero-width and other invisible characters are shown as <c>\u001b</c>-style escapes, so
/// no input can move the cursor, retitle the window, recolour the screen or reorder what is shown; and a value longer
/// than the limit is cut with an ellipsis and the number of characters left out, so output stays bounded whatever the
/// input. JSON output needs neither: the JSON writer escapes control characters, and values are written whole.
/// </summary>
internal static class SafeText
{
    /// <summary>The most characters of one value shown in a table cell.</summary>
    public const int CellLimit = 200;

    /// <summary>The most characters of an error message shown.</summary>
    public const int MessageLimit = 2_000;

    /// <summary>The most characters of one value echoed whole in JSON output.</summary>
    public const int JsonLimit = 4_096;

    /// <summary>The value cut to <paramref name="limit"/> characters with an ellipsis and the count left out; otherwise as it is.</summary>
    public static string Cut(string text, int limit = JsonLimit)
    {
        if (text.Length <= limit)
        {
            return text;
        }

        var shown = char.IsHighSurrogate(text[limit - 1]) ? limit - 1 : limit;
        return text.Substring(0, shown) + string.Create(CultureInfo.InvariantCulture, $"…(+{text.Length - shown} chars)");
    }

    /// <summary>The value with unsafe characters escaped and cut to <paramref name="limit"/> characters.</summary>
    public static string ForTerminal(string? text, int limit = CellLimit)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        if (text.Length <= limit && !HasUnsafe(text))
        {
            return text;
        }

        var builder = new StringBuilder(System.Math.Min(text.Length, limit) + 16);
        var shown = 0;
        for (; shown < text.Length && shown < limit; shown++)
        {
            var c = text[shown];
            if (IsUnsafe(c))
            {
                builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            else if (char.IsHighSurrogate(c) && shown + 1 == limit)
            {
                break; // never cut a pair in two
            }
            else
            {
                builder.Append(c);
            }
        }

        if (shown < text.Length)
        {
            builder.Append(CultureInfo.InvariantCulture, $"…(+{text.Length - shown} chars)");
        }

        return builder.ToString();
    }

    /// <summary>Whether a character must not reach a terminal as it is.</summary>
    public static bool IsUnsafe(char c) =>
        c < ' ' || c is >= '\u007f' and <= '\u009f'
        || c is '\u00ad' or '\u061c' or '\u180e' or '\ufeff'
        || c is >= '\u200b' and <= '\u200f'
        || c is >= '\u2028' and <= '\u202e'
        || c is >= '\u2060' and <= '\u206f'
        || c is >= '\ufff9' and <= '\ufffb';

    private static bool HasUnsafe(string text)
    {
        foreach (var c in text)
        {
            if (IsUnsafe(c))
            {
                return true;
            }
        }

        return false;
    }
}
