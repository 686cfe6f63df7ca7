using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using SafetyModel.Primitives;
using SafetyModel.Work;

namespace SafetyModel.Office.Tests.Ledgers;

/// <summary>Records written as a 台账 sheet import again to equal records (issue 23, second "Done when").</summary>
public sealed class LedgerExportTests
{
    [Fact]
    public void Exported_records_import_again_to_equal_records()
    {
        var imported = LedgerImport.Import(new MemoryStream(LedgerImportTests.Ledger()), "inspection").Records.Select(r => r.Record).ToList();
        var records = imported.Select((r, i) => (IRecord)new Inspection
        {
            Id = $"JC-{i + 1}",
            Start = ((Inspection)r).Start,
            Types = ((Inspection)r).Types,
            Inspected = ((Inspection)r).Inspected,
            HazardsFound = ((Inspection)r).HazardsFound,
            InspectingBody = i == 0 ? "=HYPERLINK(\"http://x\")" : null,
        }).ToList();
        var output = new MemoryStream();

        LedgerExport.Write(output, records);
        var again = LedgerImport.Import(new MemoryStream(output.ToArray()), "inspection");

        again.Records.Select(r => r.Record).Should().Equal(records);
        again.Issues.Where(i => i.Severity != SafetyModel.Validation.ValidationSeverity.Information)
            .Select(i => $"{i.Cell} {i.Code}").Should().Equal("检查!E5 SM9208"); // the unknown 防溺水 is still unknown, and still kept
    }

    [Fact]
    public void A_list_value_whose_name_holds_a_separator_survives_the_round_trip()
    {
        IRecord[] records =
        {
            new Inspection { Id = "1", Start = new NodaTime.LocalDate(2022, 6, 1), Types = new[] { InspectionType.SchoolsAndKindergartens } },
            new Inspection { Id = "2", Start = new NodaTime.LocalDate(2022, 6, 2), Types = new[] { InspectionType.SchoolsAndKindergartens, InspectionType.FireSafety } },
        };
        var output = new MemoryStream();

        LedgerExport.Write(output, records);

        LedgerImport.Import(new MemoryStream(output.ToArray()), "inspection").Records.Select(r => r.Record).Should().Equal(records);
    }

    [Fact]
    public void Text_that_looks_like_a_formula_is_written_as_text_and_dates_as_numbers()
    {
        var output = new MemoryStream();
        LedgerExport.Write(output, new IRecord[]
        {
            new Hazard { Id = "=1+1", Description = "@SUM(A1)", FoundOn = new NodaTime.LocalDate(2022, 1, 15), Status = HazardStatus.Rectified },
        });

        using var document = SpreadsheetDocument.Open(new MemoryStream(output.ToArray()), false);
        var cells = document.WorkbookPart!.WorksheetParts.Single().Worksheet!.Descendants<Cell>().ToList();
        cells.Should().NotContain(c => c.CellFormula != null);
        cells.Single(c => c.InlineString?.InnerText == "=1+1").DataType!.Value.Should().Be(CellValues.InlineString);
        cells.Single(c => c.CellValue?.Text == "44576").DataType.Should().BeNull("a date is an Excel date serial, styled as a date");
        cells.Should().Contain(c => c.InlineString != null && c.InlineString.InnerText == "已整改");
    }
}
