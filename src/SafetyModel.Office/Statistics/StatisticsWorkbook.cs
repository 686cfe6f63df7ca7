using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using SafetyModel.Aggregation;
using SafetyModel.Primitives;

namespace SafetyModel.Office;

/// <summary>
/// Writes a <see cref="StatisticsTable"/> as an .xlsx the way a county office prints and forwards it: a title row with
/// the query (区划层级、期间、分组、口径), a frozen header in Chinese (or English), division and period names beside
/// their codes, 小计 and 合计 rows in bold on a grey fill, every figure as a number — an approximate one (概数) as its
/// text beside two numeric columns for its lower and upper bound (the upper empty when unbounded) — and rates as
/// percentages; column widths fit Chinese text. Text cells are inline strings, never formulas.
/// </summary>
public static class StatisticsWorkbook
{
    private const uint Plain = 0, Bold = 1, TotalText = 2, TotalNumber = 3, Percent = 4, TotalPercent = 5, Title = 6;

    /// <summary>Writes a statistics table as a one-sheet workbook.</summary>
    /// <param name="output">The stream the .xlsx is written to.</param>
    /// <param name="table">The table.</param>
    /// <param name="registry">Division names, or <see langword="null"/> to show codes only.</param>
    /// <param name="english">Whether the title and header are in English instead of Chinese.</param>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> or <paramref name="table"/> is <see langword="null"/>.</exception>
    public static void Write(Stream output, StatisticsTable table, DivisionRegistry? registry = null, bool english = false)
    {
        if (output is null)
        {
            throw new ArgumentNullException(nameof(output));
        }

        if (table is null)
        {
            throw new ArgumentNullException(nameof(table));
        }

        var query = table.Query;
        var headings = new List<string>
        {
            english ? "row" : "类别", english ? "division code" : "区划代码", english ? "division" : "区划名称",
            english ? "period code" : "期间代码", english ? "period" : "期间", english ? query.Dimension.EnglishName + " code" : query.Dimension.ChineseName + "代码",
            english ? query.Dimension.EnglishName : query.Dimension.ChineseName,
        };
        foreach (var measure in query.Measures)
        {
            var name = english ? measure.EnglishName : measure.ChineseName;
            headings.Add(name);
            headings.Add(english ? name + " (text)" : name + "（原文）");
            headings.Add(english ? name + " (lower)" : name + "（下限）");
            headings.Add(english ? name + " (upper)" : name + "（上限）");
        }

        foreach (var rate in query.Rates)
        {
            headings.Add(english ? rate.Code : rate.ChineseName);
            headings.Add(english ? rate.Code + " (lower)" : rate.ChineseName + "（下限）");
            headings.Add(english ? rate.Code + " (upper)" : rate.ChineseName + "（上限）");
        }

        using var memory = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(memory, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            var part = workbook.AddNewPart<WorksheetPart>();
            using (var writer = OpenXmlWriter.Create(part))
            {
                writer.WriteStartElement(new Worksheet());
                writer.WriteElement(new SheetViews(new SheetView(new Pane { VerticalSplit = 2, TopLeftCell = "A3", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen }) { WorkbookViewId = 0 }));
                var columns = new Columns();
                for (var i = 0; i < headings.Count; i++)
                {
                    var width = Math.Max(10, Math.Min(40, LedgerExport.Width(headings[i]) + 2));
                    if (i is 2 or 6)
                    {
                        width = Math.Max(width, 20);
                    }

                    columns.Append(new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = width, CustomWidth = true });
                }

                writer.WriteElement(columns);
                writer.WriteStartElement(new SheetData());
                LedgerExport.WriteRow(writer, 1, new[] { LedgerExport.Text(0, 1, TitleOf(table, english), Title) });
                LedgerExport.WriteRow(writer, 2, headings.Select((h, i) => LedgerExport.Text(i, 2, h, Bold)));
                var r = 3;
                foreach (var row in table.Rows)
                {
                    LedgerExport.WriteRow(writer, r, Cells(row, r, registry, english));
                    r++;
                }

                writer.WriteEndElement();
                writer.WriteEndElement();
            }

            workbook.Workbook.AppendChild(new Sheets(new Sheet { Name = english ? "Statistics" : "统计表", SheetId = 1, Id = workbook.GetIdOfPart(part) }));
            workbook.Workbook.Save();
        }

        memory.Position = 0;
        memory.CopyTo(output);
    }

    private static string TitleOf(StatisticsTable table, bool english)
    {
        var query = table.Query;
        var level = query.DivisionLevel is { } l ? (english ? EnumCodes.Of(l) : ChineseNames.Of(l)) : english ? "all" : "全部";
        var period = query.Periods.Count > 0 ? string.Join(english ? ", " : "、", query.Periods.Select(p => english ? p.EnglishName : p.ChineseName))
            : query.Granularity is { } g ? (english ? EnumCodes.Of(g) : ChineseNames.Of(g)) : english ? "all" : "全部";
        var measures = string.Join(english ? ", " : "、", query.Measures.Select(m => english ? m.EnglishName : m.ChineseName));
        return english
            ? $"Statistics: {measures} — divisions: {level}; periods: {period}; by: {query.Dimension.EnglishName}{(query.AsOf is { } d ? $"; as of {d:uuuu-MM-dd}" : string.Empty)}"
            : $"统计表：{measures}（地区：{level}；期间：{period}；分组：{query.Dimension.ChineseName}{(query.AsOf is { } d2 ? $"；截至{d2:uuuu-MM-dd}" : string.Empty)}）";
    }

    private static List<Cell> Cells(StatisticsRow row, int r, DivisionRegistry? registry, bool english)
    {
        var total = row.Kind != StatisticsRowKind.Detail;
        var text = total ? TotalText : Plain;
        var number = total ? TotalNumber : Plain;
        var percent = total ? TotalPercent : Percent;
        var kind = row.Kind switch
        {
            StatisticsRowKind.Total => english ? "total" : "合计",
            StatisticsRowKind.Detail => english ? "detail" : "明细",
            _ => english ? "subtotal" : "小计",
        };
        var cells = new List<Cell> { LedgerExport.Text(0, r, kind, text) };
        void Add(int column, string? value)
        {
            if (value is not null)
            {
                cells.Add(LedgerExport.Text(column, r, value, text));
            }
            else if (total)
            {
                cells.Add(new Cell { CellReference = LedgerExport.Reference(column, r), StyleIndex = text });
            }
        }

        void Number(int column, decimal? value, uint style)
        {
            if (value is { } v)
            {
                cells.Add(new Cell { CellReference = LedgerExport.Reference(column, r), StyleIndex = style, CellValue = new CellValue(v.ToString(CultureInfo.InvariantCulture)) });
            }
            else if (total)
            {
                cells.Add(new Cell { CellReference = LedgerExport.Reference(column, r), StyleIndex = style });
            }
        }

        Add(1, row.Division?.Code);
        Add(2, row.Division is { } division ? (registry?.TryGetName(division, out var name) == true ? name : division.ShortCode) : null);
        Add(3, row.Period?.Code);
        Add(4, row.Period is { } period ? (english ? period.EnglishName : period.ChineseName) : null);
        Add(5, row.Dimension);
        Add(6, row.DimensionName);
        var column = 7;
        foreach (var value in row.Values)
        {
            Number(column, value.IsExact ? value.Stated : null, number);
            Add(column + 1, value.IsExact ? null : value.ToChineseString());
            Number(column + 2, value.Lower.Value, number);
            Number(column + 3, value.Upper?.Value, number);
            column += 4;
        }

        foreach (var rate in row.Rates)
        {
            Number(column, rate.Value / 100, percent);
            Number(column + 1, rate.Lower / 100, percent);
            Number(column + 2, rate.Upper / 100, percent);
            column += 3;
        }

        return cells;
    }

    /// <summary>0 plain; 1 bold; 2 bold text on grey (小计/合计); 3 bold number on grey; 4 percent; 5 bold percent on grey; 6 the title (bold, larger).</summary>
    private static Stylesheet Styles() => new(
        new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "等线" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "等线" }),
            new Font(new Bold(), new FontSize { Val = 14 }, new FontName { Val = "等线" })) { Count = 3 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFD9D9D9" }) { PatternType = PatternValues.Solid })) { Count = 3 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 },
            new CellFormat { NumberFormatId = 0, FontId = 1, FillId = 0, BorderId = 0, ApplyFont = true },
            new CellFormat { NumberFormatId = 0, FontId = 1, FillId = 2, BorderId = 0, ApplyFont = true, ApplyFill = true },
            new CellFormat { NumberFormatId = 0, FontId = 1, FillId = 2, BorderId = 0, ApplyFont = true, ApplyFill = true },
            new CellFormat { NumberFormatId = 10, FontId = 0, FillId = 0, BorderId = 0, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 10, FontId = 1, FillId = 2, BorderId = 0, ApplyFont = true, ApplyFill = true, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 0, FontId = 2, FillId = 0, BorderId = 0, ApplyFont = true }) { Count = 7 });
}
