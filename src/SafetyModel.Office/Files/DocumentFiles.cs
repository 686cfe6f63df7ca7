using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using SafetyModel.Diagnostics;
using SafetyModel.Extraction;
using SafetyModel.Reports;

namespace SafetyModel.Office;

/// <summary>
/// Reads a 公文 from a file, whatever it is: a Word .docx (<see cref="WordDocuments"/>), an OFD
/// (GB/T 33190-2016, <see cref="OfdDocuments"/>) or UTF-8 / UTF-16 text, told apart by content, never by name. A .doc,
/// .wps, password-protected or otherwise unreadable file gets an error that says what to do; nothing throws on bad input.
/// </summary>
public static class DocumentFiles
{
    private static readonly byte[] CompoundSignature = { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 };

    /// <summary>Tells what a file holds from its content.</summary>
    /// <param name="stream">The file, read from its current position (up to <see cref="OfficeReadLimits.MaximumFileBytes"/>).</param>
    /// <returns>The format; <see cref="DocumentFileFormat.Unknown"/> for what is none of them, or too large to look at.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    public static DocumentFileFormat DetectFormat(Stream stream)
    {
        if (stream is null)
        {
            throw new ArgumentNullException(nameof(stream));
        }

        try
        {
            return Detect(Load(stream, OfficeReadLimits.Default), OfficeReadLimits.Default);
        }
        catch (OfficeReadException)
        {
            return DocumentFileFormat.Unknown;
        }
    }

    /// <summary>Reads a document file's text in reading order, with where each line came from.</summary>
    /// <param name="stream">The file, read from its current position.</param>
    /// <param name="limits">The limits to read within, or <see langword="null"/> for <see cref="OfficeReadLimits.Default"/>.</param>
    /// <returns>The text and its line map, with notes (SM9101); or the error (SM9001–SM9016) saying what is wrong and what to do.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    public static ParseResult<DocumentFileText> ReadText(Stream stream, OfficeReadLimits? limits = null)
    {
        if (stream is null)
        {
            throw new ArgumentNullException(nameof(stream));
        }

        limits ??= OfficeReadLimits.Default;
        try
        {
            var bytes = Load(stream, limits);
            var notes = new List<ParseDiagnostic>();
            var text = Detect(bytes, limits) switch
            {
                DocumentFileFormat.PlainText => ReadPlainText(bytes),
                DocumentFileFormat.Docx => WordDocuments.Read(bytes, limits, notes),
                DocumentFileFormat.Ofd => OfdDocuments.Read(bytes, limits),
                DocumentFileFormat.CompoundFile => throw new OfficeReadException(CompoundFileError(bytes)),
                DocumentFileFormat.Xlsx => throw new OfficeReadException(OfficeCodes.Error(
                    OfficeCodes.UnknownPackage,
                    "The file is an Excel workbook, not a document: a 台账 is imported with the ledger import, not parsed as a 公文.",
                    "该文件是 Excel 工作簿而不是公文：台账应通过台账导入读取，不能作为公文解析。")),
                DocumentFileFormat.OtherZip => throw new OfficeReadException(OfficeCodes.Error(
                    OfficeCodes.UnknownPackage,
                    "The file is a zip but neither a Word document (word/document.xml) nor an OFD (OFD.xml). Save the document as .docx or export it as OFD.",
                    "该文件是压缩包，但既不是 Word 文档（word/document.xml）也不是 OFD（OFD.xml）。请将文档另存为 .docx 或导出为 OFD。")),
                _ => throw new OfficeReadException(OfficeCodes.Error(
                    OfficeCodes.UnknownFormat,
                    "The file is neither a .docx, an .ofd nor UTF-8 / UTF-16 text. Open it in Word or WPS and save it as .docx (or as UTF-8 text).",
                    "该文件既不是 .docx、.ofd，也不是 UTF-8 / UTF-16 文本。请用 Word 或 WPS 打开，另存为 .docx（或 UTF-8 文本）。")),
            };
            if (text.Lines.Count == 0)
            {
                throw new OfficeReadException(OfficeCodes.Error(
                    OfficeCodes.NoText,
                    $"The {text.Format} file holds no text: it may be a scanned image. Use the document's text version, or have it recognised (OCR) first.",
                    $"该 {text.Format} 文件中没有文字，可能是扫描图像。请使用文档的文字版本，或先进行文字识别（OCR）。",
                    ("format", text.Format.ToString())));
            }

            return ParseResult<DocumentFileText>.ForValue(text, notes, text.Text);
        }
        catch (OfficeReadException e)
        {
            return ParseResult<DocumentFileText>.ForError(e.Diagnostic);
        }
    }

    /// <summary>Reads a document file's text (see <see cref="ReadText(Stream, OfficeReadLimits?)"/>).</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="limits">The limits, or <see langword="null"/> for the defaults.</param>
    /// <returns>The text and its line map, or the error.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public static ParseResult<DocumentFileText> ReadTextFile(string path, OfficeReadLimits? limits = null)
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        using var stream = File.OpenRead(path);
        return ReadText(stream, limits);
    }

    /// <summary>
    /// Reads a work-safety summary (a 函 or 报告) from a document file: its text (<see cref="ReadText(Stream, OfficeReadLimits?)"/>)
    /// through <see cref="SummaryText.ParseDetailed"/>. Positions in the notes and spans are offsets of the file's
    /// <see cref="DocumentFileText.Text"/>, which the result also carries (<see cref="ParseResult{T}.Text"/>).
    /// </summary>
    /// <param name="stream">The file.</param>
    /// <param name="options">What the caller knows (division, registry, period), or <see langword="null"/>.</param>
    /// <param name="limits">The limits, or <see langword="null"/> for the defaults.</param>
    /// <returns>The report with the file's notes and the reading's, or the first error.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    public static ParseResult<WorkSummaryReport> ReadSummary(Stream stream, SummaryTextOptions? options = null, OfficeReadLimits? limits = null)
    {
        var file = ReadText(stream, limits);
        if (!file.Success)
        {
            return file.ConvertError<WorkSummaryReport>();
        }

        var summary = SummaryText.ParseDetailed(file.Value.Text, options);
        return summary.Success
            ? ParseResult<WorkSummaryReport>.ForValue(summary.Value, file.Notes.Concat(summary.Notes), file.Value.Text)
            : ParseResult<WorkSummaryReport>.ForError(summary.Error!, file.Value.Text, file.Notes);
    }

    internal static DocumentFileFormat Detect(byte[] bytes, OfficeReadLimits limits)
    {
        if (StartsWith(bytes, CompoundSignature))
        {
            return DocumentFileFormat.CompoundFile;
        }

        if (bytes.Length >= 4 && bytes[0] == (byte)'P' && bytes[1] == (byte)'K' && bytes[2] is 3 or 5 && bytes[3] is 4 or 6)
        {
            using var memory = new MemoryStream(bytes, writable: false);
            using var zip = GuardedZip.Open(memory, limits);
            return zip.Contains("word/document.xml") ? DocumentFileFormat.Docx
                : zip.Contains("OFD.xml") ? DocumentFileFormat.Ofd
                : zip.Contains("xl/workbook.xml") ? DocumentFileFormat.Xlsx
                : DocumentFileFormat.OtherZip;
        }

        return TryDecodeText(bytes, out _) ? DocumentFileFormat.PlainText : DocumentFileFormat.Unknown;
    }

    internal static byte[] Load(Stream stream, OfficeReadLimits limits)
    {
        if (stream.CanSeek && stream.Length - stream.Position > limits.MaximumFileBytes)
        {
            throw TooLarge(limits);
        }

        using var memory = new MemoryStream();
        var buffer = new byte[81920];
        int n;
        while ((n = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (memory.Length + n > limits.MaximumFileBytes)
            {
                throw TooLarge(limits);
            }

            memory.Write(buffer, 0, n);
        }

        return memory.ToArray();
    }

    private static OfficeReadException TooLarge(OfficeReadLimits limits) => new(OfficeCodes.Error(
        OfficeCodes.FileTooLarge,
        $"The file is larger than {OfficeCodes.Format(limits.MaximumFileBytes)} bytes, the most read (OfficeReadLimits.MaximumFileBytes).",
        $"文件大于 {OfficeCodes.Format(limits.MaximumFileBytes)} 字节，超出可读取的上限（OfficeReadLimits.MaximumFileBytes）。",
        ("maximum", limits.MaximumFileBytes)));

    private static DocumentFileText ReadPlainText(byte[] bytes)
    {
        _ = TryDecodeText(bytes, out var text);
        var lines = new LineCollector();
        var paragraph = 0;
        foreach (var line in text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n'))
        {
            lines.Add(line, "text", paragraph++, SourceLineRole.Body);
        }

        return lines.Build(DocumentFileFormat.PlainText, null);
    }

    private static bool TryDecodeText(byte[] bytes, out string text)
    {
        text = string.Empty;
        try
        {
            if (StartsWith(bytes, new byte[] { 0xFF, 0xFE }))
            {
                text = new UnicodeEncoding(false, true, true).GetString(bytes, 2, bytes.Length - 2);
            }
            else if (StartsWith(bytes, new byte[] { 0xFE, 0xFF }))
            {
                text = new UnicodeEncoding(true, true, true).GetString(bytes, 2, bytes.Length - 2);
            }
            else
            {
                var skip = StartsWith(bytes, new byte[] { 0xEF, 0xBB, 0xBF }) ? 3 : 0;
                text = new UTF8Encoding(false, true).GetString(bytes, skip, bytes.Length - skip);
            }
        }
        catch (ArgumentException)
        {
            return false;
        }

        return text.IndexOf('\0') < 0;
    }

    private static ParseDiagnostic CompoundFileError(byte[] bytes)
    {
        if (ContainsUtf16(bytes, "EncryptedPackage"))
        {
            return OfficeCodes.Error(
                OfficeCodes.EncryptedDocument,
                "The document is password-protected (encrypted), so its text cannot be read. Open it in Word or WPS, remove the password (File > Info > Protect Document), and save it as .docx.",
                "该文档设有打开密码（已加密），无法读取文字。请用 Word 或 WPS 打开，取消密码（文件 > 信息 > 保护文档）后另存为 .docx。");
        }

        return OfficeCodes.Error(
            OfficeCodes.LegacyBinaryDocument,
            "The file is an old binary Office or WPS file (.doc, .wps, .xls or .et: an OLE compound file), which is not read. Open it in Word or WPS and save it as .docx (File > Save As > Word Document).",
            "该文件是旧版二进制 Office 或 WPS 文件（.doc、.wps、.xls 或 .et，OLE 复合文档），不能读取。请用 Word 或 WPS 打开，另存为 .docx（文件 > 另存为 > Word 文档）。");
    }

    private static bool StartsWith(byte[] bytes, byte[] prefix) =>
        bytes.Length >= prefix.Length && bytes.AsSpan(0, prefix.Length).SequenceEqual(prefix);

    private static bool ContainsUtf16(byte[] bytes, string name) =>
        bytes.AsSpan().IndexOf(Encoding.Unicode.GetBytes(name).AsSpan()) >= 0;
}
