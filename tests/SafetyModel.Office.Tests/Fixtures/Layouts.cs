using DocumentFormat.OpenXml.Wordprocessing;

namespace SafetyModel.Office.Tests.Fixtures;

/// <summary>The seed letter laid out as .docx files: by the book (GB/T 9704-2012) and as clerks really do.</summary>
internal static class Layouts
{
    public const string Banner = "乌兰陶勒盖镇人民政府";

    /// <summary>
    /// GB/T 9704-2012 信函格式 (§10.1): the organ's name in red at the top, the 发文字号 under it on the right, the title
    /// centred (bold here, as when no 小标宋 font is at hand), the 主送 flush left, body paragraphs indented two
    /// characters by formatting, the signature and date on the right, then any 抄送 / 印发 lines.
    /// </summary>
    public static byte[] Gbt9704(IReadOnlyList<string> lines, IReadOnlyList<string>? footer = null)
    {
        var docx = new Docx().Add(Docx.P(Banner, red: true, align: JustificationValues.Center, halfPoints: 44));
        docx.Add(Docx.P(lines[0], align: JustificationValues.Right));
        docx.Add(Docx.P(lines[1], bold: true, align: JustificationValues.Center, halfPoints: 44));
        docx.Add(Docx.P(lines[2]));
        foreach (var line in lines.Skip(3).Take(lines.Count - 5))
        {
            docx.Add(Docx.P(line, firstLineChars: 2));
        }

        docx.Add(Docx.P(lines[^2], align: JustificationValues.Right), Docx.P(lines[^1], align: JustificationValues.Right));
        foreach (var line in footer ?? Array.Empty<string>())
        {
            docx.Add(Docx.P(line));
        }

        return docx.Build();
    }

    /// <summary>
    /// A sloppy layout: the red 版头 in a text box, the 发文字号 in the page header, the title in a table cell, body
    /// paragraphs indented with full-width spaces (　　), blank paragraphs for spacing, and the signature and the date in
    /// one paragraph split by a manual line break.
    /// </summary>
    public static byte[] Sloppy(IReadOnlyList<string> lines)
    {
        var docx = new Docx().Header(Docx.P(lines[0], align: JustificationValues.Right));
        docx.Add(Docx.TextBox(Banner), Docx.P(string.Empty));
        docx.Add(Docx.Table(Docx.P(lines[1], align: JustificationValues.Center)));
        docx.Add(Docx.P(lines[2]), Docx.P("　"));
        foreach (var line in lines.Skip(3).Take(lines.Count - 5))
        {
            docx.Add(Docx.P("　　" + line), Docx.P(string.Empty));
        }

        docx.Add(Docx.P("　　　　　　　　" + lines[^2] + "\n　　　　　　　　" + lines[^1]));
        return docx.Build();
    }
}
