namespace SafetyModel.Office;

/// <summary>What a file holds, told by its content (its first bytes and, for a zip, its entries), never by its name.</summary>
public enum DocumentFileFormat
{
    /// <summary>None of the formats below.</summary>
    Unknown = 0,

    /// <summary>UTF-8 or UTF-16 text (with or without a byte-order mark).</summary>
    PlainText = 1,

    /// <summary>A Word document (Office Open XML, ISO/IEC 29500): a zip holding word/document.xml.</summary>
    Docx = 2,

    /// <summary>An OFD (GB/T 33190-2016): a zip holding OFD.xml.</summary>
    Ofd = 3,

    /// <summary>An Excel workbook (Office Open XML): a zip holding xl/workbook.xml.</summary>
    Xlsx = 4,

    /// <summary>An OLE compound file (signature D0 CF 11 E0): a .doc, .wps, .xls, .et, or a password-protected .docx.</summary>
    CompoundFile = 5,

    /// <summary>A zip whose entries are none of the above, or which cannot be opened.</summary>
    OtherZip = 6,
}
