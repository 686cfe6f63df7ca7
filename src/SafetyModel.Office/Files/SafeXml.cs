using System.IO;
using System.Xml;

namespace SafetyModel.Office;

/// <summary>
/// XML read safely: no DTD (so no entity bomb and no external entity), no resolver, nesting no deeper than
/// <see cref="OfficeReadLimits.MaximumXmlDepth"/>; every refusal is a clear error naming the part.
/// </summary>
internal static class SafeXml
{
    public static XmlReader Create(byte[] bytes) => Create(new MemoryStream(bytes, writable: false));

    public static XmlReader Create(Stream stream) => XmlReader.Create(stream, new XmlReaderSettings
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    });

    /// <summary>Reads a part through once, checking that it is well-formed, has no DTD and is not too deep.</summary>
    public static void Check(Stream stream, string part, OfficeReadLimits limits)
    {
        try
        {
            using var reader = Create(stream);
            while (reader.Read())
            {
                CheckDepth(reader, part, limits);
            }
        }
        catch (XmlException e)
        {
            throw Failure(e, part);
        }
    }

    public static void CheckDepth(XmlReader reader, string part, OfficeReadLimits limits)
    {
        if (reader.Depth > limits.MaximumXmlDepth)
        {
            throw new OfficeReadException(OfficeCodes.Error(
                OfficeCodes.XmlTooDeep,
                $"The part '{part}' nests its XML more than {limits.MaximumXmlDepth} levels deep (OfficeReadLimits.MaximumXmlDepth); it is not read.",
                $"部件“{part}”的 XML 嵌套超过 {limits.MaximumXmlDepth} 层（OfficeReadLimits.MaximumXmlDepth），不予读取。",
                ("part", part),
                ("maximum", limits.MaximumXmlDepth)));
        }
    }

    public static OfficeReadException Failure(XmlException e, string part) =>
        e.Message.IndexOf("DTD", System.StringComparison.OrdinalIgnoreCase) >= 0
            ? new OfficeReadException(OfficeCodes.Error(
                OfficeCodes.XmlDtdRefused,
                $"The part '{part}' declares a DTD (entities), which Office and OFD files never need and which is refused: it could expand without end or reach outside the file.",
                $"部件“{part}”声明了 DTD（实体）。Office 与 OFD 文件不需要 DTD，为防止实体无限展开或访问外部资源，拒绝读取。",
                ("part", part)))
            : new OfficeReadException(OfficeCodes.Error(
                OfficeCodes.MalformedXml,
                $"The part '{part}' is not well-formed XML (line {e.LineNumber}, position {e.LinePosition}): {e.Message} Open the file in its program and save it again.",
                $"部件“{part}”不是格式正确的 XML（第 {e.LineNumber} 行第 {e.LinePosition} 列）。请用原程序打开该文件后重新保存。",
                ("part", part),
                ("line", e.LineNumber),
                ("position", e.LinePosition)));
}
