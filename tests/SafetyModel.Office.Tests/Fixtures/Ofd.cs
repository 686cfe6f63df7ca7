using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;

namespace SafetyModel.Office.Tests.Fixtures;

/// <summary>
/// Builds OFD files (GB/T 33190-2016) from text the way a layout engine does: A4 pages, 28 characters a line and
/// 22 lines a page (GB/T 9704-2012 §5.2.2), paragraphs wrapped over lines, one TextObject per line placed by its
/// Boundary, a TextCode with X/Y (baseline) and DeltaX; the objects written in a shuffled order so that reading order
/// must come from the coordinates.
/// </summary>
internal static class Ofd
{
    private const double Left = 28, Top = 37, Width = 156, Pitch = 10.2, Size = 5.5;
    private const int PerLine = 28, PerPage = 22;

    public enum Align
    {
        Indented,
        FlushLeft,
        Centre,
        Right,
    }

    /// <summary>The seed letter's lines laid out as a 函: the number on the right, title centred, 主送 flush left, body indented, signature and date on the right.</summary>
    public static byte[] Letter(IReadOnlyList<string> lines, IReadOnlyList<string>? footer = null, bool splitCodes = false)
    {
        var laid = new List<(string, Align)> { (lines[0], Align.Right), (lines[1], Align.Centre), (lines[2], Align.FlushLeft) };
        laid.AddRange(lines.Skip(3).Take(lines.Count - 5).Select(l => (l, Align.Indented)));
        laid.Add((lines[^2], Align.Right));
        laid.Add((lines[^1], Align.Right));
        laid.AddRange((footer ?? Array.Empty<string>()).Select(l => (l, Align.FlushLeft)));
        return Build(laid, splitCodes);
    }

    public static byte[] Build(IEnumerable<(string Text, Align Align)> paragraphs, bool splitCodes = false)
    {
        var visual = new List<(string Text, double X)>();
        foreach (var (text, align) in paragraphs)
        {
            var first = align == Align.Indented ? PerLine - 2 : PerLine;
            var rest = text.TrimEnd();
            var isFirst = true;
            while (rest.Length > 0)
            {
                var take = Math.Min(rest.Length, isFirst ? first : PerLine);
                var piece = rest.Substring(0, take);
                rest = rest.Substring(take);
                var step = Width / PerLine;
                var x = align switch
                {
                    Align.Indented when isFirst => Left + (2 * step),
                    Align.Centre => Left + ((Width - (piece.Length * step)) / 2),
                    Align.Right => Left + Width - (piece.Length * step),
                    _ => Left,
                };
                visual.Add((piece, x));
                isFirst = false;
            }
        }

        var pages = visual.Select((line, i) => (line, i)).GroupBy(t => t.i / PerPage).Select(g => g.Select(t => t.line).ToList()).ToList();
        var files = new Dictionary<string, string>
        {
            ["OFD.xml"] = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\" Version=\"1.0\" DocType=\"OFD\"><ofd:DocBody><ofd:DocInfo><ofd:DocID>seed</ofd:DocID></ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>",
        };
        var pageList = new StringBuilder();
        for (var p = 0; p < pages.Count; p++)
        {
            pageList.Append(CultureInfo.InvariantCulture, $"<ofd:Page ID=\"{p + 10}\" BaseLoc=\"Pages/Page_{p}/Content.xml\"/>");
            files[$"Doc_0/Pages/Page_{p}/Content.xml"] = Page(pages[p], p, splitCodes);
        }

        files["Doc_0/Document.xml"] = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:Document xmlns:ofd=\"http://www.ofdspec.org/2016\"><ofd:CommonData><ofd:MaxUnitID>9999</ofd:MaxUnitID>" +
            "<ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea></ofd:CommonData><ofd:Pages>" + pageList + "</ofd:Pages></ofd:Document>";
        return Zip(files);
    }

    public static byte[] Zip(IReadOnlyDictionary<string, string> files)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in files)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                writer.Write(content);
            }
        }

        return memory.ToArray();
    }

    private static string Page(List<(string Text, double X)> lines, int page, bool splitCodes)
    {
        var step = Width / PerLine;
        var objects = new List<string>();
        for (var i = 0; i < lines.Count; i++)
        {
            var (text, x) = lines[i];
            var baseline = Top + (i * Pitch) + Size;
            var pieces = splitCodes && text.Length > 4 ? new[] { (text[..(text.Length / 2)], 0.0), (text[(text.Length / 2)..], (text.Length / 2) * step) } : new[] { (text, 0.0) };
            foreach (var (piece, shift) in pieces)
            {
                var id = 100 + (page * 1000) + objects.Count;
                var delta = piece.Length > 1 ? $" DeltaX=\"g {piece.Length - 1} {F(step)}\"" : string.Empty;
                objects.Add($"<ofd:TextObject ID=\"{id}\" Boundary=\"{F(x + shift)} {F(baseline - Size)} {F(piece.Length * step)} {F(Size * 1.5)}\" Font=\"3\" Size=\"{F(Size)}\">" +
                    $"<ofd:TextCode X=\"0\" Y=\"{F(Size)}\"{delta}>{SecurityElement.Escape(piece)}</ofd:TextCode></ofd:TextObject>");
            }
        }

        // Written out of order (reversed halves): the reader must order by the coordinates, not by the XML.
        var shuffled = objects.Where((_, i) => i % 2 == 1).Reverse().Concat(objects.Where((_, i) => i % 2 == 0));
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:Page xmlns:ofd=\"http://www.ofdspec.org/2016\"><ofd:Content><ofd:Layer ID=\"" + (page + 50) + "\">" +
            string.Concat(shuffled) + "</ofd:Layer></ofd:Content></ofd:Page>";
    }

    private static string F(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
