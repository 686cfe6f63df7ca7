using System.Collections.Generic;
using System.Text;
using SafetyModel.Documents;

namespace SafetyModel.Office;

/// <summary>Joins the lines read out of a file into one text, dropping blank ones and recording where each came from.</summary>
internal sealed class LineCollector
{
    private readonly StringBuilder _text = new();
    private readonly List<SourceLine> _lines = new();

    public int Count => _lines.Count;

    public IReadOnlyList<SourceLine> Lines => _lines;

    /// <summary>Adds a paragraph's text; a manual line break (<c>\n</c>) in it starts another line of the same paragraph.</summary>
    public void Add(string paragraphText, string part, int paragraph, SourceLineRole role)
    {
        foreach (var raw in paragraphText.Split('\n'))
        {
            var line = raw.Replace("\r", string.Empty);
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (_text.Length > 0)
            {
                _text.Append('\n');
            }

            if (_text.Length + line.Length > DocumentText.MaximumLength)
            {
                throw new OfficeReadException(OfficeCodes.Error(
                    OfficeCodes.TextTooLong,
                    $"The document's text is longer than {OfficeCodes.Format(DocumentText.MaximumLength)} characters, the most a document is read to.",
                    $"文档文本超过 {OfficeCodes.Format(DocumentText.MaximumLength)} 个字符，超出可读取的上限。",
                    ("maximum", DocumentText.MaximumLength)));
            }

            _lines.Add(new SourceLine(_text.Length, line.Length, part, paragraph, role));
            _text.Append(line);
        }
    }

    public DocumentFileText Build(DocumentFileFormat format, string? banner) => new(format, _text.ToString(), _lines, banner);
}
