using System;
using System.Collections.Generic;
using System.Linq;
using SafetyModel.Diagnostics;

namespace SafetyModel.Office;

/// <summary>
/// The text of a document file (.docx, .ofd or text) in reading order, one non-blank line per paragraph joined by
/// <c>\n</c>, with where each line came from. It is what <see cref="SafetyModel.Documents.DocumentText"/> and
/// <see cref="SafetyModel.Extraction.SummaryText"/> read, so every offset and <see cref="SourceSpan"/> they give maps
/// back to a paragraph of the file: <see cref="LineAt"/> for an offset, <c>Lines[span.Paragraph]</c> for a span.
/// </summary>
public sealed class DocumentFileText
{
    private readonly SourceLine[] _lines;

    internal DocumentFileText(DocumentFileFormat format, string text, IEnumerable<SourceLine> lines, string? banner)
    {
        Format = format;
        Text = text;
        _lines = lines.ToArray();
        Banner = banner;
    }

    /// <summary>Gets the format the file was read as.</summary>
    public DocumentFileFormat Format { get; }

    /// <summary>Gets the text: the file's non-blank lines in reading order, joined by <c>\n</c>.</summary>
    public string Text { get; }

    /// <summary>Gets where each line of <see cref="Text"/> came from, in order (line <c>i</c> is the <c>i</c>-th non-blank line).</summary>
    public IReadOnlyList<SourceLine> Lines => _lines;

    /// <summary>
    /// Gets a red 版头 in 信函格式 (the organ's name without 文件, GB/T 9704-2012 §10.1), kept here and out of
    /// <see cref="Text"/> (noted as SM9101) because the plain-text reading would take it for the title; <see langword="null"/> when there is none.
    /// A 版头 ending in 文件 stays in the text, where it is read as the 发文机关标志.
    /// </summary>
    public string? Banner { get; }

    /// <summary>Finds the line that holds an offset of <see cref="Text"/>.</summary>
    /// <param name="offset">An offset in <see cref="Text"/>, such as a note's position or a span's offset.</param>
    /// <returns>The line, or <see langword="null"/> when the offset is outside every line (a line break, or out of range).</returns>
    public SourceLine? LineAt(int offset)
    {
        int low = 0, high = _lines.Length - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var line = _lines[middle];
            if (offset < line.Offset)
            {
                high = middle - 1;
            }
            else if (offset >= line.Offset + Math.Max(line.Length, 1))
            {
                low = middle + 1;
            }
            else
            {
                return line;
            }
        }

        return null;
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Format}: {_lines.Length} lines, {Text.Length} characters";
}
