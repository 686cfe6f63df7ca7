using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml;

namespace SafetyModel.Office;

/// <summary>
/// Reads the text layer of an OFD (GB/T 33190-2016, 《电子文件存储与交换格式 版式文档》) with the BCL only: the
/// entry file <c>OFD.xml</c> names the document (<c>DocBody/DocRoot</c>, §7.4); the document (<c>Document.xml</c>,
/// §7.5) lists its pages (<c>Pages/Page/@BaseLoc</c>); each page's content (§7.7) holds layers of text objects
/// (<c>Layer/TextObject</c>, §11.2, with its <c>Boundary</c>) whose <c>TextCode</c>s (§11.3) place text at
/// <c>X</c>/<c>Y</c> (the baseline, relative to the object's boundary; <c>DeltaX</c>/<c>DeltaY</c> space the
/// characters after the first). Reading order: page by page, then by baseline (lines are the codes whose baselines lie
/// within half a character's height of each other), then by X; the codes on a line are joined without a separator, and a line that starts at the left edge (or two characters in) and fills the text width, followed by one starting at the left edge, runs on into it (one wrapped paragraph).
/// </summary>
/// <remarks>
/// Template pages, annotations, signatures, images and paths are not read; a transformation matrix (<c>CTM</c>) is not
/// applied to the reading order. Every entry is read through <see cref="GuardedZip"/> and every XML part through
/// <see cref="SafeXml"/> (no DTD, no resolver, bounded depth).
/// </remarks>
internal static class OfdDocuments
{
    private static readonly char[] Slash = { '/' };
    private static readonly char[] Blanks = { ' ', '\t', '\r', '\n' };

    private const double DefaultSize = 3.5; // millimetres: about 10 pt, when a text object states no size

    public static DocumentFileText Read(byte[] bytes, OfficeReadLimits limits)
    {
        using var memory = new MemoryStream(bytes, writable: false);
        using var zip = GuardedZip.Open(memory, limits);
        if (!zip.Contains("OFD.xml"))
        {
            throw new OfficeReadException(OfficeCodes.Error(
                OfficeCodes.MissingPart,
                "The file has no OFD.xml, the entry file every OFD starts from (GB/T 33190-2016 §7.4).",
                "文件中没有 OFD.xml，而每个 OFD 文件都从这一入口文件开始（GB/T 33190-2016 第7.4条）。",
                ("part", "OFD.xml")));
        }

        var root = FirstElementText(zip.Read("OFD.xml"), "OFD.xml", "DocRoot", limits);
        if (string.IsNullOrWhiteSpace(root))
        {
            throw new OfficeReadException(OfficeCodes.Error(
                OfficeCodes.MissingPart,
                "OFD.xml names no document (DocBody/DocRoot, GB/T 33190-2016 §7.4).",
                "OFD.xml 中没有指明文档（DocBody/DocRoot，GB/T 33190-2016 第7.4条）。",
                ("part", "OFD.xml")));
        }

        var documentPath = Resolve(string.Empty, root!);
        var pages = PageLocations(zip.Read(documentPath), documentPath, limits);
        var visual = new List<VisualLine>();
        foreach (var page in pages)
        {
            visual.AddRange(ReadPage(zip.Read(page), page, limits));
        }

        // A paragraph that runs on: a line that starts at the left edge (or indented by two characters) and reaches the
        // right edge of its page's text, followed (on the same page or the next) by a line of the same size that starts
        // at the left edge (not indented, not centred), is one paragraph wrapped (GB/T 9704-2012 §5.2.2 sets 28
        // characters a line: a clerk's paragraph is several lines on the page, and may go on over a page break).
        var lines = new LineCollector();
        var current = new StringBuilder();
        var first = 0;
        for (var i = 0; i < visual.Count; i++)
        {
            var line = visual[i];
            if (current.Length == 0)
            {
                first = i;
            }

            current.Append(line.Text);
            var next = i + 1 < visual.Count ? visual[i + 1] : null;
            var runsOn = next is not null &&
                line.Left - line.PageLeft <= 2.5 * line.Size &&
                line.PageRight - line.Right <= line.Size &&
                next.Left - next.PageLeft <= next.Size / 2 &&
                Math.Abs(next.Size - line.Size) < 0.01;
            if (!runsOn)
            {
                lines.Add(current.ToString(), visual[first].Part, visual[first].Index, SourceLineRole.Body);
                current.Clear();
            }
        }

        return lines.Build(DocumentFileFormat.Ofd, null);
    }

    /// <summary>Resolves an ST_Loc (GB/T 33190-2016 §7.3): absolute from the package root when it starts with '/', else relative to the referring file's folder.</summary>
    internal static string Resolve(string referringFile, string location)
    {
        location = location.Trim().Replace('\\', '/');
        var folder = location.StartsWith("/", StringComparison.Ordinal) ? string.Empty
            : referringFile.LastIndexOf('/') is var slash and >= 0 ? referringFile.Substring(0, slash) : string.Empty;
        var parts = new List<string>(folder.Split(Slash, StringSplitOptions.RemoveEmptyEntries));
        foreach (var segment in location.Split(Slash, StringSplitOptions.RemoveEmptyEntries))
        {
            if (segment == "..")
            {
                if (parts.Count > 0)
                {
                    parts.RemoveAt(parts.Count - 1);
                }
            }
            else if (segment != ".")
            {
                parts.Add(segment);
            }
        }

        return string.Join("/", parts);
    }

    private static string? FirstElementText(byte[] xml, string part, string localName, OfficeReadLimits limits)
    {
        try
        {
            using var reader = SafeXml.Create(xml);
            while (reader.Read())
            {
                SafeXml.CheckDepth(reader, part, limits);
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == localName)
                {
                    return reader.ReadElementContentAsString();
                }
            }

            return null;
        }
        catch (XmlException e)
        {
            throw SafeXml.Failure(e, part);
        }
    }

    private static List<string> PageLocations(byte[] xml, string documentPath, OfficeReadLimits limits)
    {
        var pages = new List<string>();
        try
        {
            using var reader = SafeXml.Create(xml);
            while (reader.Read())
            {
                SafeXml.CheckDepth(reader, documentPath, limits);
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Page" && reader.GetAttribute("BaseLoc") is { } location)
                {
                    pages.Add(Resolve(documentPath, location));
                }
            }
        }
        catch (XmlException e)
        {
            throw SafeXml.Failure(e, documentPath);
        }

        if (pages.Count == 0)
        {
            throw new OfficeReadException(OfficeCodes.Error(
                OfficeCodes.MissingPart,
                $"The OFD document '{documentPath}' lists no pages (Pages/Page/@BaseLoc, GB/T 33190-2016 §7.5).",
                $"OFD 文档“{documentPath}”中没有列出页面（Pages/Page/@BaseLoc，GB/T 33190-2016 第7.5条）。",
                ("part", documentPath)));
        }

        return pages;
    }

    /// <summary>Reads a page's text codes and joins them into lines in reading order.</summary>
    private static IReadOnlyList<VisualLine> ReadPage(byte[] xml, string part, OfficeReadLimits limits)
    {
        var codes = new List<Code>();
        try
        {
            using var reader = SafeXml.Create(xml);
            double originX = 0, originY = 0, size = DefaultSize;
            var sequence = 0;
            while (reader.Read())
            {
                SafeXml.CheckDepth(reader, part, limits);
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                if (reader.LocalName == "TextObject")
                {
                    var boundary = Numbers(reader.GetAttribute("Boundary"));
                    originX = boundary.Count >= 2 ? boundary[0] : 0;
                    originY = boundary.Count >= 2 ? boundary[1] : 0;
                    var sizes = Numbers(reader.GetAttribute("Size"));
                    size = sizes.Count > 0 && sizes[0] > 0 ? sizes[0] : DefaultSize;
                }
                else if (reader.LocalName == "TextCode")
                {
                    var x = Numbers(reader.GetAttribute("X"));
                    var y = Numbers(reader.GetAttribute("Y"));
                    var advance = Advance(reader.GetAttribute("DeltaX"));
                    var text = reader.ReadElementContentAsString();
                    if (text.Length > 0)
                    {
                        var left = originX + (x.Count > 0 ? x[0] : 0);
                        codes.Add(new Code(left, left + advance + size, originY + (y.Count > 0 ? y[0] : 0), size, text, sequence++));
                    }
                }
            }
        }
        catch (XmlException e)
        {
            throw SafeXml.Failure(e, part);
        }

        var lines = new List<List<Code>>();
        foreach (var code in codes.OrderBy(c => c.Y).ThenBy(c => c.X).ThenBy(c => c.Sequence))
        {
            var last = lines.Count > 0 ? lines[lines.Count - 1] : null;
            if (last is not null && Math.Abs(code.Y - last[0].Y) <= Math.Max(code.Size, last[0].Size) / 2)
            {
                last.Add(code);
            }
            else
            {
                lines.Add(new List<Code> { code });
            }
        }

        if (lines.Count == 0)
        {
            return Array.Empty<VisualLine>();
        }

        var pageLeft = codes.Min(c => c.X);
        var pageRight = codes.Max(c => c.Right);
        return lines.Select((line, index) =>
        {
            var ordered = line.OrderBy(c => c.X).ThenBy(c => c.Sequence).ToList();
            return new VisualLine(part, index, string.Concat(ordered.Select(c => c.Text)), ordered[0].X, ordered.Max(c => c.Right), ordered.Max(c => c.Size), pageLeft, pageRight);
        }).ToList();
    }

    /// <summary>How far the last character of a TextCode stands from its first: the sum of DeltaX, whose "g n d" repeats d n times (GB/T 33190-2016 §11.3).</summary>
    private static double Advance(string? deltaX)
    {
        if (deltaX is null)
        {
            return 0;
        }

        var tokens = deltaX.Split(Blanks, StringSplitOptions.RemoveEmptyEntries);
        double total = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i] == "g" && i + 2 < tokens.Length &&
                int.TryParse(tokens[i + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var count) &&
                double.TryParse(tokens[i + 2], NumberStyles.Float, CultureInfo.InvariantCulture, out var step))
            {
                total += Math.Min(count, 100_000) * step;
                i += 2;
            }
            else if (double.TryParse(tokens[i], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                total += value;
            }
        }

        return double.IsNaN(total) || double.IsInfinity(total) ? 0 : total;
    }

    private static List<double> Numbers(string? text)
    {
        var numbers = new List<double>();
        if (text is null)
        {
            return numbers;
        }

        foreach (var token in text.Split(Blanks, StringSplitOptions.RemoveEmptyEntries))
        {
            if (double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && !double.IsNaN(value) && !double.IsInfinity(value))
            {
                numbers.Add(value);
            }
        }

        return numbers;
    }

    private readonly struct Code
    {
        public Code(double x, double right, double y, double size, string text, int sequence)
        {
            X = x;
            Right = right;
            Y = y;
            Size = size;
            Text = text;
            Sequence = sequence;
        }

        public double X { get; }

        public double Right { get; }

        public double Y { get; }

        public double Size { get; }

        public string Text { get; }

        public int Sequence { get; }
    }

    private sealed class VisualLine
    {
        public VisualLine(string part, int index, string text, double left, double right, double size, double pageLeft, double pageRight)
        {
            Part = part;
            Index = index;
            Text = text;
            Left = left;
            Right = right;
            Size = size;
            PageLeft = pageLeft;
            PageRight = pageRight;
        }

        public string Part { get; }

        public int Index { get; }

        public string Text { get; }

        public double Left { get; }

        public double Right { get; }

        public double Size { get; }

        public double PageLeft { get; }

        public double PageRight { get; }
    }
}
