using System.IO.Compression;
using System.Text;
using SafetyModel.Office.Tests.Fixtures;

namespace SafetyModel.Office.Tests.Ledgers;

/// <summary>Bad workbooks get a clear, coded issue in bounded time and memory (issue 23, last "Done when").</summary>
public sealed class MalformedWorkbookTests
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    [Fact]
    public void A_workbook_with_no_sheets_is_reported()
    {
        var result = Import(Package(sheets: string.Empty));

        result.Issues.Select(i => i.Code).Should().Equal(LedgerCodes.NoSheets);
        result.HasErrors.Should().BeTrue();
    }

    [Fact]
    public void A_sheet_claiming_1048576_rows_but_holding_two_is_read_in_no_time()
    {
        // Synthetic: the dimension claims the whole sheet and the last row is the 1,048,576th; only stored rows are read.
        var sheet = $"<worksheet xmlns=\"{Main}\"><dimension ref=\"A1:C1048576\"/><sheetData>" +
                    "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>检查日期</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>检查类型</t></is></c></row>" +
                    "<row r=\"2\"><c r=\"A2\"><v>44576</v></c><c r=\"B2\" t=\"inlineStr\"><is><t>消防</t></is></c></row>" +
                    "<row r=\"1048576\"/></sheetData></worksheet>";

        var result = Import(Package(sheet: sheet));

        result.Records.Should().ContainSingle();
        result.Issues.Should().BeEmpty();
    }

    [Fact]
    public void A_sheet_of_1048576_stored_empty_rows_is_streamed_not_held()
    {
        // Synthetic: a million empty <row/> elements pack into a few kilobytes and are streamed past.
        var rows = new StringBuilder();
        for (var r = 1; r <= 1_048_576; r++)
        {
            rows.Append("<row r=\"").Append(r).Append("\"/>");
        }

        var result = Import(Package(sheet: $"<worksheet xmlns=\"{Main}\"><sheetData>{rows}</sheetData></worksheet>"), new OfficeReadLimits { MaximumCompressionRatio = 10_000 });

        result.Records.Should().BeEmpty();
        result.Issues.Select(i => i.Code).Should().Equal(LedgerCodes.EmptySheet);
    }

    [Fact]
    public void A_truncated_workbook_a_bomb_an_entity_bomb_and_a_document_are_refused_with_their_codes()
    {
        var ledger = LedgerImportTests.Ledger();
        var bomb = Package(sheet: $"<worksheet xmlns=\"{Main}\"><sheetData>{new string(' ', 30 * 1024 * 1024)}</sheetData></worksheet>");
        var entities = Package(sheet: "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>" +
                                      $"<worksheet xmlns=\"{Main}\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&b;</t></is></c></row></sheetData></worksheet>");

        Import(ledger.Take(ledger.Length / 2).ToArray()).Issues.Single().Code.Should().BeOneOf(OfficeCodes.DamagedZip, OfficeCodes.UnknownFormat);
        Import(bomb).Issues.Single().Code.Should().Be(OfficeCodes.CompressionRatioTooHigh);
        Import(entities).Issues.Single().Code.Should().Be(OfficeCodes.XmlDtdRefused);
        Import(Layouts.Gbt9704(Seed.Lines)).Issues.Single().Code.Should().Be(OfficeCodes.UnknownFormat);
        Import(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0 }).Issues.Single().Code.Should().Be(OfficeCodes.LegacyBinaryDocument);
    }

    private static LedgerImportResult Import(byte[] bytes, OfficeReadLimits? limits = null) =>
        LedgerImport.Import(new MemoryStream(bytes), "inspection", new LedgerImportOptions { Limits = limits ?? OfficeReadLimits.Default });

    /// <summary>A minimal workbook package, written entry by entry so that it can be as broken as a test needs.</summary>
    private static byte[] Package(string? sheets = null, string? sheet = null)
    {
        sheets ??= $"<sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/>";
        var files = new Dictionary<string, string>
        {
            ["[Content_Types].xml"] = "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
                "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>",
            ["_rels/.rels"] = "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>",
            ["xl/workbook.xml"] = $"<workbook xmlns=\"{Main}\" xmlns:r=\"{Rel}\"><sheets>{sheets}</sheets></workbook>",
            ["xl/_rels/workbook.xml.rels"] = "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>",
            ["xl/worksheets/sheet1.xml"] = sheet ?? $"<worksheet xmlns=\"{Main}\"><sheetData/></worksheet>",
        };
        return Fixtures.Ofd.Zip(files);
    }
}
