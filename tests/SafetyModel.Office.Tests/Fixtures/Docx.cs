using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace SafetyModel.Office.Tests.Fixtures;

/// <summary>Builds .docx files with DocumentFormat.OpenXml, the way Word lays out a 公文 (GB/T 9704-2012) or the way clerks really do.</summary>
internal sealed class Docx
{
    private readonly List<OpenXmlElement> _body = new();
    private readonly List<OpenXmlElement> _header = new();

    public static Paragraph P(string text, bool red = false, bool bold = false, JustificationValues? align = null, int halfPoints = 32, int? firstLineChars = null)
    {
        var properties = new ParagraphProperties();
        if (firstLineChars is { } chars)
        {
            properties.Append(new Indentation { FirstLineChars = chars * 100 });
        }

        if (align is { } a)
        {
            properties.Append(new Justification { Val = a });
        }

        var paragraph = new Paragraph(properties);
        var pieces = text.Split('\n');
        for (var i = 0; i < pieces.Length; i++)
        {
            var run = new Run(RunProps(red, bold, halfPoints));
            if (i > 0)
            {
                run.Append(new Break());
            }

            run.Append(new DocumentFormat.OpenXml.Wordprocessing.Text(pieces[i]) { Space = SpaceProcessingModeValues.Preserve });
            paragraph.Append(run);
        }

        return paragraph;
    }

    public Docx Add(params OpenXmlElement[] elements)
    {
        _body.AddRange(elements);
        return this;
    }

    public Docx Header(params OpenXmlElement[] elements)
    {
        _header.AddRange(elements);
        return this;
    }

    /// <summary>A one-cell table holding the paragraphs (how a title ends up "in a table" when copied from a form).</summary>
    public static Table Table(params Paragraph[] cellParagraphs) =>
        new(new TableProperties(new TableWidth { Type = TableWidthUnitValues.Auto }), new TableRow(new TableCell(cellParagraphs)));

    /// <summary>A paragraph anchoring a text box (wps shape in mc:AlternateContent, with the VML fallback Word writes), holding red text.</summary>
    public static Paragraph TextBox(string text)
    {
        var inner = $"<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:rPr><w:color w:val=\"FF0000\"/><w:sz w:val=\"44\"/></w:rPr><w:t>{text}</w:t></w:r></w:p>";
        var xml =
            "<w:p xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" " +
            "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" xmlns:v=\"urn:schemas-microsoft-com:vml\" " +
            "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\">" +
            "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\" simplePos=\"0\" relativeHeight=\"1\" behindDoc=\"0\" locked=\"0\" layoutInCell=\"1\" allowOverlap=\"1\">" +
            "<wp:simplePos x=\"0\" y=\"0\"/><wp:positionH relativeFrom=\"column\"><wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV relativeFrom=\"paragraph\"><wp:posOffset>0</wp:posOffset></wp:positionV>" +
            "<wp:extent cx=\"5000000\" cy=\"600000\"/><wp:wrapNone/><wp:docPr id=\"1\" name=\"Banner\"/>" +
            "<a:graphic><a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"><wps:wsp><wps:spPr/>" +
            $"<wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>" +
            $"<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>";
        return new Paragraph(xml);
    }

    public byte[] Build()
    {
        using var memory = new MemoryStream();
        using (var document = WordprocessingDocument.Create(memory, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            foreach (var element in _body)
            {
                body.Append(element.CloneNode(true));
            }

            var section = new SectionProperties(new PageSize { Width = 11906, Height = 16838 }, new PageMargin { Top = 2098, Bottom = 1984, Left = 1588, Right = 1474 });
            if (_header.Count > 0)
            {
                var headerPart = main.AddNewPart<HeaderPart>();
                headerPart.Header = new Header(_header.Select(e => e.CloneNode(true)));
                section.InsertAt(new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(headerPart) }, 0);
            }

            body.Append(section);
            main.Document = new Document(body);
            main.Document.Save();
        }

        return memory.ToArray();
    }

    private static RunProperties RunProps(bool red, bool bold, int halfPoints)
    {
        var properties = new RunProperties(new RunFonts { EastAsia = red ? "方正小标宋简体" : "仿宋_GB2312" });
        if (bold)
        {
            properties.Append(new Bold());
        }

        if (red)
        {
            properties.Append(new Color { Val = "FF0000" });
        }

        properties.Append(new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        return properties;
    }
}
