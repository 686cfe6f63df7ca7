using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace SafetyModel.Office.Tests.Fixtures;

/// <summary>Builds .xlsx workbooks with DocumentFormat.OpenXml as Excel writes them: shared strings, numbers as numbers, merged cells after the sheet data.</summary>
internal sealed class Xlsx
{
    private readonly List<(string Name, List<(int Row, object?[] Cells)> Rows, List<string> Merges)> _sheets = new();

    public Xlsx Sheet(string name, IEnumerable<(int Row, object?[] Cells)> rows, params string[] merges)
    {
        _sheets.Add((name, rows.ToList(), merges.ToList()));
        return this;
    }

    public byte[] Build()
    {
        using var memory = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(memory, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var shared = workbook.AddNewPart<SharedStringTablePart>();
            shared.SharedStringTable = new SharedStringTable();
            var strings = new Dictionary<string, int>();
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            uint id = 1;
            foreach (var (name, rows, merges) in _sheets)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                foreach (var (rowNumber, cells) in rows)
                {
                    var row = new Row { RowIndex = (uint)rowNumber };
                    for (var c = 0; c < cells.Length; c++)
                    {
                        var reference = Column(c) + rowNumber.ToString(CultureInfo.InvariantCulture);
                        switch (cells[c])
                        {
                            case null:
                                break;
                            case string text:
                                if (!strings.TryGetValue(text, out var index))
                                {
                                    index = strings.Count;
                                    strings[text] = index;
                                    shared.SharedStringTable.AppendChild(new SharedStringItem(new DocumentFormat.OpenXml.Spreadsheet.Text(text)));
                                }

                                row.AppendChild(new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(index.ToString(CultureInfo.InvariantCulture)) });
                                break;
                            case IConvertible number:
                                row.AppendChild(new Cell { CellReference = reference, CellValue = new CellValue(Convert.ToDouble(number, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)) });
                                break;
                        }
                    }

                    data.AppendChild(row);
                }

                var worksheet = new Worksheet(data);
                if (merges.Count > 0)
                {
                    worksheet.AppendChild(new MergeCells(merges.Select(m => new MergeCell { Reference = m })));
                }

                part.Worksheet = worksheet;
                sheets.AppendChild(new Sheet { Name = name, SheetId = id++, Id = workbook.GetIdOfPart(part) });
            }

            workbook.Workbook.Save();
        }

        return memory.ToArray();
    }

    public static string Column(int index)
    {
        var name = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }
}
