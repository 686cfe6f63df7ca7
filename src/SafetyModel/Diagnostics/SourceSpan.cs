using System;
using SafetyModel.Contract;

namespace SafetyModel.Diagnostics;

/// <summary>
/// Where in a text something was read: the paragraph, the exact characters and the sentence around them, so that a
/// reviewer can find a figure taken out of a report (<c>共召开了8次安全生产工作例会</c>) and check it.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Offset"/> and <see cref="Length"/> count UTF-16 code units from the start of the whole text that was
/// read (so <c>text.Substring(span.Offset, span.Length) == span.Text</c>); <see cref="Paragraph"/> counts the
/// non-blank lines of that text from zero. <see cref="Sentence"/> is the sentence as written, without the line's
/// indentation, so the span can be shown in context even where the original text is not at hand (as in JSON).
/// </para>
/// </remarks>
[ContractObject]
public sealed partial class SourceSpan : IEquatable<SourceSpan>
{
    /// <summary>Creates a span.</summary>
    /// <param name="paragraph">The zero-based index of the paragraph (non-blank line).</param>
    /// <param name="offset">The zero-based offset of the first character in the whole text.</param>
    /// <param name="text">The characters of the span, exactly as written.</param>
    /// <param name="sentence">The sentence that holds the span, as written.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="paragraph"/> or <paramref name="offset"/> is negative.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="sentence"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is empty, or <paramref name="sentence"/> does not contain it.</exception>
    public SourceSpan(int paragraph, int offset, string text, string sentence)
    {
        if (paragraph < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(paragraph), paragraph, "A paragraph index must not be negative.");
        }

        if (offset < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(offset), offset, "An offset must not be negative.");
        }

        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        if (text.Length == 0)
        {
            throw new ArgumentException("A source span must hold at least one character.", nameof(text));
        }

        if (sentence is null)
        {
            throw new ArgumentNullException(nameof(sentence));
        }

        if (sentence.IndexOf(text, StringComparison.Ordinal) < 0)
        {
            throw new ArgumentException($"The sentence does not contain the span's text '{text}'.", nameof(sentence));
        }

        Paragraph = paragraph;
        Offset = offset;
        Text = text;
        Sentence = sentence;
    }

    /// <summary>Gets the zero-based index of the paragraph (non-blank line) that holds the span.</summary>
    [ContractMember("paragraph", Required = true)]
    public int Paragraph { get; }

    /// <summary>Gets the zero-based offset of the span's first character in the whole text, in UTF-16 code units.</summary>
    [ContractMember("offset", Required = true)]
    public int Offset { get; }

    /// <summary>Gets the length of the span in UTF-16 code units.</summary>
    public int Length => Text.Length;

    /// <summary>Gets the characters of the span, exactly as written (<c>共召开了8次安全生产工作例会</c>).</summary>
    [ContractMember("text", Required = true)]
    public string Text { get; }

    /// <summary>
    /// Gets the sentence that holds the span, as written. <see cref="SafetyModel.Extraction.FigureExtractor"/> keeps a
    /// sentence longer than 512 characters as the 200 characters either side of the span.
    /// </summary>
    [ContractMember("sentence", Required = true)]
    public string Sentence { get; }

    /// <summary>Returns <c>¶5 @312+14 “共召开了8次安全生产工作例会”</c>.</summary>
    /// <returns>The location and the text.</returns>
    public override string ToString() => $"¶{Paragraph} @{Offset}+{Length} “{Text}”";
}
