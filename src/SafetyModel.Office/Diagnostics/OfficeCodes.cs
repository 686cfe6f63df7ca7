using System.Globalization;
using SafetyModel.Diagnostics;
using SafetyModel.Documents;

namespace SafetyModel.Office;

/// <summary>
/// The stable codes of SafetyModel.Office (<c>SM9xxx</c>, listed in docs/office.md): why a .docx or .ofd file could not
/// be read (<c>SM90xx</c>, the error of a failed <see cref="ParseResult{T}"/>) and what was noted while reading one
/// (<c>SM91xx</c>). A code is never renamed or reused.
/// </summary>
public static class OfficeCodes
{
    /// <summary>SM9001: the file is neither a .docx, an .ofd nor UTF-8 / UTF-16 text.</summary>
    public const string UnknownFormat = "SM9001";

    /// <summary>SM9002: the file is an OLE compound file: a .doc or .wps (old binary Word / WPS formats).</summary>
    public const string LegacyBinaryDocument = "SM9002";

    /// <summary>SM9003: the file is password-protected (an encrypted OOXML package inside an OLE compound file).</summary>
    public const string EncryptedDocument = "SM9003";

    /// <summary>SM9004: the zip container is damaged or truncated.</summary>
    public const string DamagedZip = "SM9004";

    /// <summary>SM9005: the zip holds neither a Word document (word/document.xml) nor an OFD (OFD.xml).</summary>
    public const string UnknownPackage = "SM9005";

    /// <summary>SM9006: the zip holds more entries than <see cref="OfficeReadLimits.MaximumEntries"/>.</summary>
    public const string TooManyEntries = "SM9006";

    /// <summary>SM9007: an entry unpacks to more than <see cref="OfficeReadLimits.MaximumEntryBytes"/>.</summary>
    public const string EntryTooLarge = "SM9007";

    /// <summary>SM9008: the entries together unpack to more than <see cref="OfficeReadLimits.MaximumTotalBytes"/>.</summary>
    public const string PackageTooLarge = "SM9008";

    /// <summary>SM9009: an entry unpacks to more than <see cref="OfficeReadLimits.MaximumCompressionRatio"/> times its packed size (a zip bomb).</summary>
    public const string CompressionRatioTooHigh = "SM9009";

    /// <summary>SM9010: an XML part declares a DTD or entities, which are refused (an entity bomb or an external entity).</summary>
    public const string XmlDtdRefused = "SM9010";

    /// <summary>SM9011: an XML part nests deeper than <see cref="OfficeReadLimits.MaximumXmlDepth"/>.</summary>
    public const string XmlTooDeep = "SM9011";

    /// <summary>SM9012: an XML part is not well-formed.</summary>
    public const string MalformedXml = "SM9012";

    /// <summary>SM9013: a part the format requires is missing (OFD.xml's DocRoot, a page's Content.xml, the Word main part).</summary>
    public const string MissingPart = "SM9013";

    /// <summary>SM9014: the file is larger than <see cref="OfficeReadLimits.MaximumFileBytes"/>.</summary>
    public const string FileTooLarge = "SM9014";

    /// <summary>SM9015: the document holds no text (a scanned image, for example).</summary>
    public const string NoText = "SM9015";

    /// <summary>SM9016: the text read is longer than <see cref="DocumentText.MaximumLength"/> characters.</summary>
    public const string TextTooLong = "SM9016";

    /// <summary>SM9101 (note): a red 版头 that does not end in 文件 (信函格式, GB/T 9704-2012 §10.1) was set aside in <see cref="DocumentFileText.Banner"/>, not read as text.</summary>
    public const string LetterBannerSetAside = "SM9101";

    internal static ParseDiagnostic Error(string code, string english, string chinese, params (string Name, object? Value)[] arguments) =>
        new(code, 0, 0, new LocalizedText(english, chinese), DiagnosticArguments.Create(arguments));

    internal static string Format(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
