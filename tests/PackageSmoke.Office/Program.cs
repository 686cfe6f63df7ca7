// Calls the SafetyModel.Office package through its public API and fails loudly (exit code 1) when something is off.
using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using NodaTime;
using SafetyModel.Office;
using SafetyModel.Primitives;
using SafetyModel.Work;

var failures = 0;

void Check(bool condition, string what)
{
    Console.WriteLine((condition ? "ok   " : "FAIL ") + what);
    if (!condition)
    {
        failures++;
    }
}

// An OFD built here (GB/T 33190-2016): OFD.xml → Document.xml → a page of text codes.
var ofd = new MemoryStream();
using (var zip = new ZipArchive(ofd, ZipArchiveMode.Create, leaveOpen: true))
{
    void Entry(string name, string xml)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(xml);
    }

    Entry("OFD.xml", "<ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\"><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>");
    Entry("Doc_0/Document.xml", "<ofd:Document xmlns:ofd=\"http://www.ofdspec.org/2016\"><ofd:Pages><ofd:Page ID=\"1\" BaseLoc=\"Pages/Page_0/Content.xml\"/></ofd:Pages></ofd:Document>");
    Entry("Doc_0/Pages/Page_0/Content.xml", "<ofd:Page xmlns:ofd=\"http://www.ofdspec.org/2016\"><ofd:Content><ofd:Layer ID=\"2\">" +
        "<ofd:TextObject ID=\"4\" Boundary=\"30 60 150 8\" Size=\"5\"><ofd:TextCode X=\"0\" Y=\"5\">乌审旗安全生产委员会：</ofd:TextCode></ofd:TextObject>" +
        "<ofd:TextObject ID=\"3\" Boundary=\"60 40 150 8\" Size=\"5\"><ofd:TextCode X=\"0\" Y=\"5\">关于报送工作总结的函</ofd:TextCode></ofd:TextObject>" +
        "</ofd:Layer></ofd:Content></ofd:Page>");
}

ofd.Position = 0;
var text = DocumentFiles.ReadText(ofd);
Check(text.Success && text.Value.Format == DocumentFileFormat.Ofd, "an OFD is told by its content");
Check(text.Success && text.Value.Text == "关于报送工作总结的函\n乌审旗安全生产委员会：", "OFD text in reading order (by Y, not by the XML)");

var doc = DocumentFiles.ReadText(new MemoryStream(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0 }));
Check(!doc.Success && doc.Error!.Code == OfficeCodes.LegacyBinaryDocument && doc.Error.Message.Chinese.Contains(".docx"), ".doc refused with a coded, bilingual error");

var ledger = new MemoryStream();
IRecord[] records = { new Inspection { Id = "JC-1", Start = new LocalDate(2022, 5, 6), Types = new[] { InspectionType.FireSafety }, HazardsFound = 3 } };
LedgerExport.Write(ledger, records);
var imported = LedgerImport.Import(new MemoryStream(ledger.ToArray()), "inspection");
Check(imported.Records.Select(r => r.Record).SequenceEqual(records) && !imported.HasErrors, "a 台账 written with DocumentFormat.OpenXml imports back equal");

Console.WriteLine(failures == 0 ? "Office package smoke test passed" : $"Office package smoke test: {failures} failure(s)");
return failures == 0 ? 0 : 1;
