using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Wordprocessing;
using SafetyModel.Extraction;
using SafetyModel.Primitives;
using SafetyModel.Reports;
using SafetyModel.Serialization;

namespace SafetyModel.Cli.Tests;

/// <summary><c>parse</c> of .docx files (by content), <c>import</c> of a 台账 and <c>export</c> back to one.</summary>
public class OfficeCommandTests
{
    [Fact]
    public void Parse_reads_a_docx_by_its_content_whatever_its_name_to_the_report_of_the_seed_text()
    {
        var lines = File.ReadAllLines(CliRun.SeedPath).Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l.Trim()).ToList();
        var path = TempDirectory.File("letter.txt", Docx(lines));
        var expected = SummaryText.Parse(File.ReadAllText(CliRun.SeedPath), new SummaryTextOptions { Registry = DivisionRegistry.SampleWushenBanner });

        var run = CliRun.Of("parse", path, "--format", "json");

        run.ExitCode.Should().Be(0, run.Error);
        var report = SafetyJson.Deserialize<WorkSummaryReport>(run.Json().GetProperty("report").GetRawText());
        report.Document.Should().Be(expected.Document);
        report.Division.Should().Be(expected.Division);
        report.StatedFigures.Select(f => f.Source!.Text).Should().Equal(expected.StatedFigures.Select(f => f.Source!.Text));
    }

    [Fact]
    public void Import_writes_JSON_Lines_puts_each_problem_with_its_cell_on_standard_error_and_exits_1_on_an_error()
    {
        var path = TempDirectory.File("台账.xlsx", Workbook(
            new object[] { "检查日期", "检查类型", "发现隐患" },
            new object[] { 44576, "消防", "3处" },
            new object[] { "2022年2月30日", "消防", 1 },
            new object[] { "2022-03-01", "防溺水", 0 }));

        var run = CliRun.Of("import", path, "--kind", "inspection");

        run.ExitCode.Should().Be(1);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(2);
        lines[0].Should().Contain("\"start\":\"2022-01-15\"").And.Contain("\"hazardsFound\":3");
        run.Error.Should().Contain("Sheet1!A3 SM9205").And.Contain("Sheet1!B4 SM9208");
    }

    [Fact]
    public void Import_with_a_map_and_an_output_file_then_export_gives_a_ledger_that_imports_to_the_same_records()
    {
        var directory = TempDirectory.Create();
        File.WriteAllBytes(Path.Combine(directory, "in.xlsx"), Workbook(
            new object[] { "时间", "类型", "问题数" },
            new object[] { 44576, "消防", 2 },
            new object[] { 44600, "汛期", 0 }));

        var first = CliRun.Of(directory, null, false, "import", "in.xlsx", "--kind", "inspection", "--map", "时间=start,类型=types,C=hazardsFound", "--output", "a.jsonl");
        var export = CliRun.Of(directory, null, false, "export", "a.jsonl", "--format", "xlsx", "--output", "out.xlsx");
        var second = CliRun.Of(directory, null, false, "import", "out.xlsx", "--kind", "inspection", "--output", "b.jsonl");

        first.ExitCode.Should().Be(0, first.Error);
        export.ExitCode.Should().Be(0, export.Error);
        second.ExitCode.Should().Be(0, second.Error);
        File.ReadAllLines(Path.Combine(directory, "b.jsonl")).Should().Equal(File.ReadAllLines(Path.Combine(directory, "a.jsonl"))).And.HaveCount(2);
    }

    [Fact]
    public void Import_of_a_file_that_is_no_workbook_is_bad_input()
    {
        var run = CliRun.Of("import", CliRun.SeedPath, "--kind", "inspection");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("SM9001");
    }

    private static byte[] Docx(IReadOnlyList<string> lines)
    {
        using var memory = new MemoryStream();
        using (var document = WordprocessingDocument.Create(memory, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(lines.Select(l => new Paragraph(new DocumentFormat.OpenXml.Wordprocessing.Run(new DocumentFormat.OpenXml.Wordprocessing.Text(l))))));
        }

        return memory.ToArray();
    }

    private static byte[] Workbook(params object[][] rows)
    {
        using var memory = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(memory, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var part = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            for (var r = 0; r < rows.Length; r++)
            {
                var row = new Row { RowIndex = (uint)(r + 1) };
                for (var c = 0; c < rows[r].Length; c++)
                {
                    var reference = (char)('A' + c) + (r + 1).ToString(CultureInfo.InvariantCulture);
                    row.AppendChild(rows[r][c] is string text
                        ? new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(text)) }
                        : new Cell { CellReference = reference, CellValue = new CellValue(Convert.ToDouble(rows[r][c], CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)) });
                }

                data.AppendChild(row);
            }

            part.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Name = "Sheet1", SheetId = 1, Id = workbook.GetIdOfPart(part) }));
        }

        return memory.ToArray();
    }
}
