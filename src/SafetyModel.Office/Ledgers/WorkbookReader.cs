using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace SafetyModel.Office;

/// <summary>
/// An .xlsx opened for reading row by row: the sheets in workbook order, the shared strings, the date system, and each
/// sheet's rows streamed with DocumentFormat.OpenXml's SAX reader (<see cref="OpenXmlReader"/>), so a 100,000-row sheet
/// is never held whole; only rows that exist in the file are visited (a sheet claiming 1,048,576 rows costs nothing).
/// </summary>
internal sealed class WorkbookReader : IDisposable
{
    private readonly MemoryStream _memory;
    private readonly SpreadsheetDocument _document;
    private readonly List<string> _shared = new();

    private WorkbookReader(MemoryStream memory, SpreadsheetDocument document, IReadOnlyList<(string Name, WorksheetPart? Part)> sheets, bool date1904)
    {
        _memory = memory;
        _document = document;
        Sheets = sheets;
        Date1904 = date1904;
    }

    public IReadOnlyList<(string Name, WorksheetPart? Part)> Sheets { get; }

    public bool Date1904 { get; }

    public static WorkbookReader Open(byte[] bytes, OfficeReadLimits limits)
    {
        var memory = new MemoryStream(bytes, writable: false);
        try
        {
            using (var zip = GuardedZip.Open(memory, limits))
            {
                if (!zip.Contains("xl/workbook.xml"))
                {
                    throw new OfficeReadException(OfficeCodes.Error(
                        OfficeCodes.UnknownPackage,
                        "The file is not an Excel workbook (.xlsx: a zip holding xl/workbook.xml). Open it in Excel or WPS and save it as .xlsx.",
                        "该文件不是 Excel 工作簿（.xlsx，应含 xl/workbook.xml）。请用 Excel 或 WPS 打开后另存为 .xlsx。"));
                }

                zip.CheckAll();
            }

            memory.Position = 0;
            var document = SpreadsheetDocument.Open(memory, false, new OpenSettings { MaxCharactersInPart = limits.MaximumEntryBytes });
            var workbook = document.WorkbookPart;
            var sheets = new List<(string, WorksheetPart?)>();
            var date1904 = false;
            if (workbook?.Workbook is { } book)
            {
                date1904 = book.WorkbookProperties?.Date1904?.Value ?? false;
                foreach (var sheet in book.Sheets?.Elements<Sheet>() ?? Enumerable.Empty<Sheet>())
                {
                    var part = sheet.Id?.Value is { } id && workbook.TryGetPartById(id, out var p) ? p as WorksheetPart : null;
                    sheets.Add((sheet.Name?.Value ?? string.Empty, part));
                }
            }

            var reader = new WorkbookReader(memory, document, sheets, date1904);
            if (workbook?.SharedStringTablePart is { } strings)
            {
                reader.LoadSharedStrings(strings);
            }

            return reader;
        }
        catch (OpenXmlPackageException e)
        {
            memory.Dispose();
            throw Invalid(e);
        }
        catch (XmlException e)
        {
            memory.Dispose();
            throw SafeXml.Failure(e, "xl/workbook.xml");
        }
        catch (Exception e) when (e is InvalidDataException or FormatException or IOException or InvalidOperationException or NotSupportedException or ArgumentException)
        {
            memory.Dispose();
            throw Invalid(e);
        }
    }

    /// <summary>Streams a sheet's rows that hold at least one cell, with their one-based numbers.</summary>
    public IEnumerable<(int Row, List<SheetCell> Cells)> Rows(WorksheetPart part)
    {
        using var reader = OpenXmlReader.Create(part);
        var rowNumber = 0;
        List<SheetCell>? cells = null;
        while (Read(reader))
        {
            if (reader.ElementType == typeof(Row))
            {
                if (reader.IsStartElement)
                {
                    var r = reader.Attributes.FirstOrDefault(a => a.LocalName == "r").Value;
                    rowNumber = int.TryParse(r, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : rowNumber + 1;
                    cells = new List<SheetCell>();
                }
                else if (cells is not null)
                {
                    if (cells.Count > 0)
                    {
                        yield return (rowNumber, cells);
                    }

                    cells = null;
                }
            }
            else if (reader.ElementType == typeof(Cell) && reader.IsStartElement && cells is not null)
            {
                var cell = (Cell)reader.LoadCurrentElement()!;
                var column = cell.CellReference?.Value is { } reference ? SheetCell.ColumnIndex(reference) : cells.Count == 0 ? 0 : cells[cells.Count - 1].Column + 1;
                cells.Add(Convert(cell, column));
            }
        }
    }

    public void Dispose()
    {
        _document.Dispose();
        _memory.Dispose();
    }

    private static bool Read(OpenXmlReader reader)
    {
        try
        {
            return reader.Read();
        }
        catch (XmlException e)
        {
            throw SafeXml.Failure(e, "xl/worksheets");
        }
    }

    private static OfficeReadException Invalid(Exception e) => new(OfficeCodes.Error(
        OfficeCodes.DamagedZip,
        $"The file is not a valid Excel workbook: {e.Message} Open it in Excel or WPS and save it again as .xlsx.",
        "该文件不是有效的 Excel 工作簿。请用 Excel 或 WPS 打开后重新另存为 .xlsx。"));

    private void LoadSharedStrings(SharedStringTablePart part)
    {
        using var reader = OpenXmlReader.Create(part);
        while (Read(reader))
        {
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
            {
                var item = (SharedStringItem)reader.LoadCurrentElement()!;
                _shared.Add(item.Text?.Text ?? string.Concat(item.Elements<Run>().Select(r => r.Text?.Text)));
            }
        }
    }

    private SheetCell Convert(Cell cell, int column)
    {
        var value = cell.CellValue?.Text;
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var index) && index >= 0 && index < _shared.Count
                ? new SheetCell(column, _shared[index], null)
                : new SheetCell(column, null, null, isError: true);
        }

        if (type == CellValues.InlineString)
        {
            var inline = cell.InlineString;
            return new SheetCell(column, inline?.Text?.Text ?? string.Concat(inline?.Elements<Run>().Select(r => r.Text?.Text) ?? Array.Empty<string>()), null);
        }

        if (type == CellValues.String)
        {
            return new SheetCell(column, value, null);
        }

        if (type == CellValues.Boolean)
        {
            return new SheetCell(column, null, null, boolean: value == "1");
        }

        if (type == CellValues.Error)
        {
            return new SheetCell(column, value, null, isError: true);
        }

        if (type == CellValues.Date)
        {
            return new SheetCell(column, value, null);
        }

        if (value is null)
        {
            return new SheetCell(column, null, null);
        }

        return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? new SheetCell(column, null, number)
            : new SheetCell(column, value, null);
    }
}
