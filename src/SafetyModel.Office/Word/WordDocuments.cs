using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using SafetyModel.Diagnostics;
using WText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace SafetyModel.Office;

/// <summary>
/// Reads the text of a Word .docx (ISO/IEC 29500) in reading order: the page header parts of the first section (where
/// clerks put the 发文字号), then the body's paragraphs, table cells row by row, and text boxes (where the red 版头
/// often sits) before the paragraph that anchors them. Manual line breaks start new lines; deleted text, field codes
/// and the fallback copy of a text box are left out. A paragraph whose runs are all red is a 版头 candidate (by direct
/// formatting, GB/T 9704-2012 §7.2.3); one centred and bold throughout is marked a title.
/// </summary>
internal static class WordDocuments
{
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string Mc = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    public static DocumentFileText Read(byte[] bytes, OfficeReadLimits limits, List<ParseDiagnostic> notes)
    {
        using var memory = new MemoryStream(bytes, writable: false);
        using (var zip = GuardedZip.Open(memory, limits))
        {
            zip.CheckAll();
        }

        memory.Position = 0;
        var paragraphs = new List<RawParagraph>();
        try
        {
            using var document = WordprocessingDocument.Open(memory, false, new OpenSettings { MaxCharactersInPart = limits.MaximumEntryBytes });
            var main = document.MainDocumentPart;
            var body = main?.Document?.Body;
            if (main is null || body is null)
            {
                throw new OfficeReadException(OfficeCodes.Error(
                    OfficeCodes.MissingPart,
                    "The Word file has no main document part (word/document.xml with a body). Open it in Word or WPS and save it again as .docx.",
                    "该 Word 文件没有正文部件（word/document.xml 及其 body）。请用 Word 或 WPS 打开后重新另存为 .docx。",
                    ("part", "word/document.xml")));
            }

            ReadHeaders(main, body, paragraphs);
            var reader = new PartReader(PartName(main), paragraphs);
            reader.ReadContainer(body, SourceLineRole.Body);
        }
        catch (OpenXmlPackageException e)
        {
            throw Invalid(e);
        }
        catch (XmlException e)
        {
            throw SafeXml.Failure(e, "word/document.xml");
        }
        catch (Exception e) when (e is InvalidDataException or FormatException or IOException or InvalidOperationException or NotSupportedException or ArgumentException)
        {
            throw Invalid(e);
        }

        return Collect(paragraphs, notes);
    }

    /// <summary>Sets a leading 信函格式 banner aside (it would be read as the title) and joins the rest into the text.</summary>
    private static DocumentFileText Collect(List<RawParagraph> paragraphs, List<ParseDiagnostic> notes)
    {
        // The banner: the first red paragraphs of the page (page headers and blank paragraphs aside).
        var banners = new HashSet<int>();
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var p = paragraphs[i];
            if (p.Role == SourceLineRole.Banner)
            {
                banners.Add(i);
            }
            else if (p.Role != SourceLineRole.PageHeader && !string.IsNullOrWhiteSpace(p.Text))
            {
                break;
            }
        }

        string? banner = null;
        var joined = string.Concat(banners.OrderBy(i => i).Select(i => Squeeze(paragraphs[i].Text)));
        var setAside = joined.Length > 0 && !joined.EndsWith("文件", StringComparison.Ordinal);
        if (setAside)
        {
            banner = joined;
            notes.Add(new ParseDiagnostic(
                OfficeCodes.LetterBannerSetAside,
                0,
                0,
                new LocalizedText(
                    $"The red banner '{banner}' (信函格式, GB/T 9704-2012 §10.1) is kept as the file's banner, not read as the title.",
                    $"红色版头“{banner}”（信函格式，GB/T 9704-2012 第10.1条）作为文件的版头保留，不作为标题读取。"),
                DiagnosticArguments.Create(("banner", banner))));
        }

        var lines = new LineCollector();
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (setAside && banners.Contains(i))
            {
                continue;
            }

            var p = paragraphs[i];
            var role = p.Role == SourceLineRole.Banner && !banners.Contains(i) ? SourceLineRole.Body : p.Role;
            lines.Add(p.Text, p.Part, p.Index, role);
        }

        return lines.Build(DocumentFileFormat.Docx, banner);
    }

    private static string Squeeze(string text) => new(text.Where(c => !char.IsWhiteSpace(c)).ToArray());

    private static void ReadHeaders(MainDocumentPart main, Body body, List<RawParagraph> paragraphs)
    {
        var section = body.Descendants<SectionProperties>().FirstOrDefault();
        if (section is null)
        {
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var references = section.Elements<HeaderReference>()
            .OrderBy(r => r.Type?.Value == HeaderFooterValues.First ? 0 : r.Type?.Value == HeaderFooterValues.Even ? 2 : 1);
        foreach (var reference in references)
        {
            if (reference.Id?.Value is not { } id || main.GetPartById(id) is not HeaderPart part || part.Header is null)
            {
                continue;
            }

            var before = paragraphs.Count;
            new PartReader(PartName(part), paragraphs).ReadContainer(part.Header, SourceLineRole.PageHeader);
            var text = string.Join("\n", paragraphs.Skip(before).Select(p => p.Text));
            if (!seen.Add(text))
            {
                paragraphs.RemoveRange(before, paragraphs.Count - before);
            }
        }
    }

    private static string PartName(OpenXmlPart part) => part.Uri.OriginalString.TrimStart('/');

    private static OfficeReadException Invalid(Exception e) => new(OfficeCodes.Error(
        OfficeCodes.DamagedZip,
        $"The file is not a valid Word document: {e.Message} Open it in Word or WPS and save it again as .docx.",
        "该文件不是有效的 Word 文档。请用 Word 或 WPS 打开后重新另存为 .docx。"));

    private readonly struct RawParagraph
    {
        public RawParagraph(string text, string part, int index, SourceLineRole role)
        {
            Text = text;
            Part = part;
            Index = index;
            Role = role;
        }

        public string Text { get; }

        public string Part { get; }

        public int Index { get; }

        public SourceLineRole Role { get; }
    }

    /// <summary>Walks one part's elements in document order.</summary>
    private sealed class PartReader
    {
        private readonly string _part;
        private readonly List<RawParagraph> _output;
        private int _index;

        public PartReader(string part, List<RawParagraph> output)
        {
            _part = part;
            _output = output;
        }

        public void ReadContainer(OpenXmlElement container, SourceLineRole role)
        {
            foreach (var child in container.ChildElements)
            {
                if (child.NamespaceUri != W)
                {
                    if (child.NamespaceUri == Mc && child.LocalName == "Fallback")
                    {
                        continue;
                    }

                    ReadContainer(child, role);
                    continue;
                }

                switch (child.LocalName)
                {
                    case "p":
                        ReadParagraph(child, role);
                        break;
                    case "tc":
                        ReadContainer(child, role == SourceLineRole.Body ? SourceLineRole.TableCell : role);
                        break;
                    case "tbl" or "tr" or "sdt" or "sdtContent" or "customXml" or "txbxContent" or "ins" or "smartTag":
                        ReadContainer(child, role);
                        break;
                }
            }
        }

        private void ReadParagraph(OpenXmlElement paragraph, SourceLineRole role)
        {
            var index = _index++;
            var text = new StringBuilder();
            ReadInline(paragraph, text);
            var lineRole = role;
            if (paragraph is Paragraph typed && role is SourceLineRole.Body or SourceLineRole.TextBox or SourceLineRole.TableCell)
            {
                var runs = typed.Descendants<Run>().Where(r => r.Elements<WText>().Any(t => !string.IsNullOrWhiteSpace(t.Text))).ToList();
                if (runs.Count > 0 && runs.All(IsRed))
                {
                    lineRole = SourceLineRole.Banner;
                }
                else if (runs.Count > 0 && typed.ParagraphProperties?.Justification?.Val?.Value == JustificationValues.Center && runs.All(IsBold))
                {
                    lineRole = SourceLineRole.Title;
                }
            }

            _output.Add(new RawParagraph(text.ToString(), _part, index, lineRole));
        }

        /// <summary>Appends a paragraph's own text; text boxes inside it are read as paragraphs of their own, before it.</summary>
        private void ReadInline(OpenXmlElement element, StringBuilder text)
        {
            foreach (var child in element.ChildElements)
            {
                if (child.NamespaceUri == Mc && child.LocalName == "Fallback")
                {
                    continue;
                }

                if (child.NamespaceUri != W)
                {
                    ReadInline(child, text);
                    continue;
                }

                switch (child.LocalName)
                {
                    case "t":
                        text.Append(child.InnerText);
                        break;
                    case "tab" or "ptab":
                        text.Append('\t');
                        break;
                    case "br" or "cr":
                        text.Append('\n');
                        break;
                    case "noBreakHyphen":
                        text.Append('-');
                        break;
                    case "txbxContent":
                        ReadContainer(child, SourceLineRole.TextBox);
                        break;
                    case "del" or "delText" or "instrText" or "delInstrText" or "pPr" or "rPr" or "moveFrom":
                        break;
                    default:
                        ReadInline(child, text);
                        break;
                }
            }
        }

        private static bool IsRed(Run run)
        {
            var value = run.RunProperties?.Color?.Val?.Value;
            if (value is null || value.Length != 6 || !int.TryParse(value, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var rgb))
            {
                return false;
            }

            return (rgb >> 16) >= 0xC0 && ((rgb >> 8) & 0xFF) <= 0x60 && (rgb & 0xFF) <= 0x60;
        }

        private static bool IsBold(Run run) => run.RunProperties?.Bold is { } bold && (bold.Val is null || bold.Val.Value);
    }
}
