using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using NodaTime;
using SafetyModel.Primitives;
using SafetyModel.Work;

namespace SafetyModel.Cli.Tests;

/// <summary><c>aggregate --format xlsx</c>, read back: values, number types, 小计/合计 rows, approximate figures' bounds (issue 23, third "Done when").</summary>
public class AggregateXlsxTests
{
    [Fact]
    public void The_statistics_workbook_holds_numbers_as_numbers_subtotal_and_total_rows_and_the_bounds_of_approximate_figures()
    {
        var town = RecordFiles.Town;
        IRecord[] records =
        {
            new PublicityActivity { Id = "P1", Division = town, Date = new LocalDate(2022, 3, 1), PeopleReached = Quantity.Parse("300余人次") },
            new PublicityActivity { Id = "P2", Division = town, Date = new LocalDate(2022, 5, 1), PeopleReached = Quantity.Parse("120人次") },
            new PublicityActivity { Id = "P3", Division = town, Date = new LocalDate(2022, 5, 9), PeopleReached = Quantity.Parse("80人次") },
        };
        var directory = TempDirectory.Create();
        var input = RecordFiles.JsonLines("publicity.jsonl", records);

        var run = CliRun.Of(directory, null, false, "aggregate", input, "--by", "township,quarter", "--measure", "records,people-reached", "--format", "xlsx", "--output", "table.xlsx");

        run.ExitCode.Should().Be(0, run.Error);
        using var document = SpreadsheetDocument.Open(Path.Combine(directory, "table.xlsx"), false);
        var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet!;
        var rows = sheet.Descendants<Row>().ToDictionary(r => (int)r.RowIndex!.Value, r => r.Elements<Cell>().ToDictionary(c => new string(c.CellReference!.Value!.TakeWhile(char.IsLetter).ToArray())));
        string Text(int row, string column) => rows[row].TryGetValue(column, out var c) ? c.InlineString?.InnerText ?? c.CellValue?.Text ?? string.Empty : string.Empty;
        bool IsNumber(int row, string column) => rows[row].TryGetValue(column, out var c) && c.DataType is null && c.CellValue is not null;

        Text(1, "A").Should().StartWith("统计表：记录数、宣传覆盖人次");
        Text(1, "A").Should().Contain("地区：乡镇；期间：季度").And.NotContain("Township").And.NotContain("Quarter");
        Text(2, "H").Should().Be("记录数");
        Text(2, "L").Should().Be("宣传覆盖人次");
        sheet.Descendants<Pane>().Single().VerticalSplit!.Value.Should().Be(2, "the title and the header stay on screen");
        var kinds = rows.Keys.Where(r => r >= 3).OrderBy(r => r).Select(r => Text(r, "A")).ToList();
        kinds.Should().Contain("明细").And.Contain("小计");
        kinds.Last().Should().Be("合计");
        var total = rows.Keys.Max();
        Text(total, "H").Should().Be("3");
        IsNumber(total, "H").Should().BeTrue();
        Text(total, "L").Should().BeEmpty("the total reached is approximate: no exact number");
        Text(total, "M").Should().Be("大于500、小于600人次", "a sum of 300余, 120 and 80 is derived, and its text says so");
        Text(total, "N").Should().Be("500");
        IsNumber(total, "N").Should().BeTrue();
        Text(total, "O").Should().Be("600");
        var q1 = rows.Keys.Single(r => Text(r, "A") == "明细" && Text(r, "D") == "2022-Q1");
        Text(q1, "C").Should().NotBeEmpty("the division's name stands beside its code");
        Text(q1, "N").Should().Be("300");
        var q2 = rows.Keys.Single(r => Text(r, "A") == "明细" && Text(r, "D") == "2022-Q2");
        Text(q2, "L").Should().Be("200");
        IsNumber(q2, "L").Should().BeTrue();
        rows[total]["A"].StyleIndex!.Value.Should().NotBe(0u, "合计 rows are set apart");
    }
}
