using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using NodaTime;
using NodaTime.Text;
using SafetyModel.Primitives;
using SafetyModel.Records;
using SafetyModel.Serialization;

namespace SafetyModel.Office;

/// <summary>
/// Writes records out as 台账 sheets (.xlsx), the inverse of <see cref="LedgerImport"/>: one sheet per kind, named by
/// its Chinese name; a frozen header row of the first Chinese heading of each member (<see cref="LedgerColumns"/>, or
/// the contract name); dates as Excel dates, counts as numbers, list values by their Chinese names, several values
/// joined with 、 (with ； when a value itself holds 、, as 学校、幼儿园 does). Text is always written as a text cell (inline string), never as a formula, whatever it begins with
/// (<c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>). Rows are streamed (<see cref="OpenXmlWriter"/>).
/// </summary>
public static class LedgerExport
{
    private const uint DateStyle = 1;
    private const uint HeaderStyle = 2;
    private const uint TextStyle = 3;
    private static readonly char[] ListSeparators = { '、', '，', ',', '/' };

    /// <summary>Writes records as a workbook with one 台账 sheet per kind present, in the catalogue's order.</summary>
    /// <param name="output">The stream the .xlsx is written to.</param>
    /// <param name="records">The records.</param>
    /// <param name="catalogue">The catalogue that knows the records' kinds, or <see langword="null"/> for <see cref="RecordCatalogue.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> or <paramref name="records"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A record's kind is not in the catalogue.</exception>
    public static void Write(Stream output, IEnumerable<IRecord> records, RecordCatalogue? catalogue = null)
    {
        if (output is null)
        {
            throw new ArgumentNullException(nameof(output));
        }

        if (records is null)
        {
            throw new ArgumentNullException(nameof(records));
        }

        catalogue ??= RecordCatalogue.Default;
        var byKind = new Dictionary<RecordKind, List<IRecord>>();
        foreach (var record in records)
        {
            var kind = catalogue.KindOf(record) ?? throw new ArgumentException($"The record '{record.Id}' ({record.GetType().Name}) is of no kind in the catalogue.", nameof(records));
            if (!byKind.TryGetValue(kind, out var list))
            {
                byKind[kind] = list = new List<IRecord>();
            }

            list.Add(record);
        }

        using var memory = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(memory, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = Stylesheet();
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            uint id = 1;
            foreach (var kind in catalogue.Kinds.Where(byKind.ContainsKey))
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                WriteSheet(part, kind, MemberShape.Of(catalogue, kind.Code) ?? Array.Empty<MemberShape>(), byKind[kind]);
                sheets.AppendChild(new Sheet { Name = kind.ChineseName, SheetId = id++, Id = workbook.GetIdOfPart(part) });
            }

            if (id == 1)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                part.Worksheet = new Worksheet(new SheetData());
                sheets.AppendChild(new Sheet { Name = "台账", SheetId = id, Id = workbook.GetIdOfPart(part) });
            }

            workbook.Workbook.Save();
        }

        memory.Position = 0;
        memory.CopyTo(output);
    }

    private static void WriteSheet(WorksheetPart part, RecordKind kind, IReadOnlyList<MemberShape> shapes, List<IRecord> records)
    {
        var members = shapes.Where(s => s.Kind != MemberShape.ShapeKind.Unsupported).ToList();
        var headings = members.Select(m => LedgerColumns.Aliases(kind.Code, m.Name) is { Count: > 0 } a ? a[0] : m.Name).ToList();
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        writer.WriteElement(new SheetViews(new SheetView(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen }) { WorkbookViewId = 0 }));
        var columns = new Columns();
        for (var i = 0; i < members.Count; i++)
        {
            var width = members[i].Kind == MemberShape.ShapeKind.Date ? 12 : Math.Max(8, Math.Min(40, Width(headings[i]) + 2));
            if (members[i].IsArray || members[i].Kind == MemberShape.ShapeKind.Text)
            {
                width = Math.Max(width, 20);
            }

            columns.Append(new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = width, CustomWidth = true });
        }

        writer.WriteElement(columns);
        writer.WriteStartElement(new SheetData());
        WriteRow(writer, 1, headings.Select((h, i) => Text(i, 1, h, HeaderStyle)));
        var row = 2;
        foreach (var record in records)
        {
            using var json = JsonDocument.Parse(SafetyJson.SerializeToUtf8Bytes(record));
            var cells = new List<Cell>();
            for (var i = 0; i < members.Count; i++)
            {
                if (json.RootElement.TryGetProperty(members[i].Name, out var value) && value.ValueKind != JsonValueKind.Null)
                {
                    cells.Add(CellOf(members[i], value, i, row));
                }
            }

            WriteRow(writer, row++, cells);
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static Cell CellOf(MemberShape shape, JsonElement value, int column, int row)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Array:
                var items = value.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.String ? Name(shape, v.GetString()!) : v.GetRawText()).ToList();
                return Text(column, row, string.Join(items.Any(i => i.IndexOfAny(ListSeparators) >= 0) ? "；" : "、", items), TextStyle);
            case JsonValueKind.Number:
                return new Cell { CellReference = Reference(column, row), CellValue = new CellValue(value.GetRawText()) };
            case JsonValueKind.True or JsonValueKind.False:
                return Text(column, row, value.GetBoolean() ? "是" : "否", TextStyle);
            case JsonValueKind.String when shape.Kind == MemberShape.ShapeKind.Date && LocalDatePattern.Iso.Parse(value.GetString()!) is { Success: true } date:
                return new Cell { CellReference = Reference(column, row), StyleIndex = DateStyle, CellValue = new CellValue(Serial(date.Value).ToString(CultureInfo.InvariantCulture)) };
            case JsonValueKind.String:
                return Text(column, row, Name(shape, value.GetString()!), TextStyle);
            case JsonValueKind.Object when shape.Kind == MemberShape.ShapeKind.Quantity:
                var quantity = SafetyJson.Deserialize<Quantity>(value.GetRawText());
                return Text(column, row, quantity.RawText ?? quantity.ToString(), TextStyle);
            default:
                return Text(column, row, value.GetRawText(), TextStyle);
        }
    }

    private static string Name(MemberShape shape, string code) =>
        shape.Kind is MemberShape.ShapeKind.OpenList or MemberShape.ShapeKind.ClosedList ? ListValues.Name(shape, code) : code;

    /// <summary>Days since 1899-12-30: Excel's 1900 date system for dates after 1900-02-28.</summary>
    internal static int Serial(LocalDate date) => Period.Between(new LocalDate(1899, 12, 30), date, PeriodUnits.Days).Days;

    /// <summary>A text cell: an inline string, which Excel never evaluates as a formula.</summary>
    internal static Cell Text(int column, int row, string text, uint style) => new()
    {
        CellReference = Reference(column, row),
        DataType = CellValues.InlineString,
        StyleIndex = style,
        InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(Clean(text)) { Space = SpaceProcessingModeValues.Preserve }),
    };

    /// <summary>Characters XML 1.0 cannot hold (control characters other than tab, line feed, carriage return) are dropped.</summary>
    private static string Clean(string text) =>
        text.Any(c => char.IsControl(c) && c is not '\t' and not '\n' and not '\r') ? new string(text.Where(c => !char.IsControl(c) || c is '\t' or '\n' or '\r').ToArray()) : text;

    internal static string Reference(int column, int row) => SheetCell.ColumnName(column) + row.ToString(CultureInfo.InvariantCulture);

    internal static void WriteRow(OpenXmlWriter writer, int row, IEnumerable<Cell> cells)
    {
        writer.WriteStartElement(new Row { RowIndex = (uint)row });
        foreach (var cell in cells)
        {
            writer.WriteElement(cell);
        }

        writer.WriteEndElement();
    }

    /// <summary>The width of a text in Excel's character units: a CJK character takes two.</summary>
    internal static int Width(string text) => text.Sum(c => c >= 0x2E80 ? 2 : 1);

    /// <summary>Styles: 0 plain; 1 a date (yyyy-mm-dd); 2 a bold header; 3 text with a quote prefix (shown and kept as text).</summary>
    internal static Stylesheet Stylesheet() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "yyyy-mm-dd" }) { Count = 1 },
        new Fonts(new Font(new FontSize { Val = 11 }, new FontName { Val = "等线" }), new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "等线" })) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 },
            new CellFormat { NumberFormatId = 164, FontId = 0, FillId = 0, BorderId = 0, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 49, FontId = 1, FillId = 0, BorderId = 0, ApplyFont = true },
            new CellFormat { NumberFormatId = 49, FontId = 0, FillId = 0, BorderId = 0, QuotePrefix = true, ApplyNumberFormat = true }) { Count = 4 });
}
