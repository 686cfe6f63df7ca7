using System;

namespace SafetyModel.Text;

/// <summary>Small span helpers shared by the parsers.</summary>
internal static class TextSpans
{
    /// <summary>Trims white space of any width (including U+3000) from both ends; <paramref name="start"/> is where the result begins.</summary>
    public static ReadOnlySpan<char> Trim(ReadOnlySpan<char> text, out int start)
    {
        start = 0;
        var end = text.Length;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return text.Slice(start, end - start);
    }
}
