using System;

namespace SafetyModel.Office;

/// <summary>
/// One non-blank line of the text read out of a document file and where it came from: the part (zip entry), the
/// paragraph in that part, and the line's role. Line <c>i</c> of <see cref="DocumentFileText.Lines"/> is the paragraph
/// <c>i</c> of a <see cref="SafetyModel.Diagnostics.SourceSpan"/> read from <see cref="DocumentFileText.Text"/>.
/// </summary>
public sealed class SourceLine : IEquatable<SourceLine>
{
    /// <summary>Creates a line.</summary>
    /// <param name="offset">The offset of the line in the text read.</param>
    /// <param name="length">The line's length.</param>
    /// <param name="part">The zip entry it came from, such as <c>word/document.xml</c> or <c>Doc_0/Pages/Page_0/Content.xml</c>.</param>
    /// <param name="paragraph">The zero-based paragraph in that part (for a .docx: its <c>w:p</c> in reading order; for an OFD: the line on its page).</param>
    /// <param name="role">The line's role.</param>
    /// <exception cref="ArgumentOutOfRangeException">An offset, length or paragraph is negative.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="part"/> is <see langword="null"/>.</exception>
    public SourceLine(int offset, int length, string part, int paragraph, SourceLineRole role)
    {
        if (offset < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(offset));
        }

        if (length < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(length));
        }

        if (paragraph < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(paragraph));
        }

        Offset = offset;
        Length = length;
        Part = part ?? throw new ArgumentNullException(nameof(part));
        Paragraph = paragraph;
        Role = role;
    }

    /// <summary>Gets the offset of the line's first character in <see cref="DocumentFileText.Text"/>.</summary>
    public int Offset { get; }

    /// <summary>Gets the line's length in UTF-16 code units.</summary>
    public int Length { get; }

    /// <summary>Gets the zip entry the line came from.</summary>
    public string Part { get; }

    /// <summary>Gets the zero-based paragraph in <see cref="Part"/> (a .docx paragraph broken by manual line breaks gives several lines with one paragraph).</summary>
    public int Paragraph { get; }

    /// <summary>Gets the line's role.</summary>
    public SourceLineRole Role { get; }

    /// <inheritdoc/>
    public bool Equals(SourceLine? other) =>
        other is not null && Offset == other.Offset && Length == other.Length && Part == other.Part && Paragraph == other.Paragraph && Role == other.Role;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as SourceLine);

    /// <inheritdoc/>
    public override int GetHashCode() => (Offset, Length, Part, Paragraph, Role).GetHashCode();

    /// <inheritdoc/>
    public override string ToString() => $"{Part} ¶{Paragraph} ({Role}) @{Offset}+{Length}";
}
