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
            WorkMeter.Step();
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            WorkMeter.Step();
            end--;
        }

        return text.Slice(start, end - start);
    }

    /// <summary>Whether the character at <paramref name="index"/> may stand in a name or unit: no control character and no lone surrogate.</summary>
    public static bool IsWellFormedAt(ReadOnlySpan<char> text, int index)
    {
        var c = text[index];
        if (char.IsControl(c))
        {
            return false;
        }

        if (char.IsHighSurrogate(c))
        {
            return index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]);
        }

        return !char.IsLowSurrogate(c) || (index > 0 && char.IsHighSurrogate(text[index - 1]));
    }
}
