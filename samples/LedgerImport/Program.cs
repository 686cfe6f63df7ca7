// SafetyModel.Office end to end: records out to a 台账 workbook, a clerk's edits, the workbook back in as records,
// every problem reported at its cell. Synthetic records (labelled): the ledger a town might keep in 2022.
using System;
using System.IO;
using System.Linq;
using NodaTime;
using SafetyModel.Office;
using SafetyModel.Primitives;
using SafetyModel.Work;

IRecord[] records =
{
    new Inspection { Id = "JC-001", Start = new LocalDate(2022, 4, 28), Types = new[] { InspectionType.MayDay }, Inspected = new[] { "集贸市场" }, HazardsFound = 2 },
    new Inspection { Id = "JC-002", Start = new LocalDate(2022, 6, 1), Types = new[] { InspectionType.SchoolsAndKindergartens }, Inspected = new[] { "镇中心幼儿园" }, HazardsFound = 0 },
    new Inspection { Id = "JC-003", Start = new LocalDate(2022, 6, 20), Types = new[] { InspectionType.FloodSeason, InspectionType.FloodChannels }, Inspected = new[] { "防洪渠" }, HazardsFound = 3 },
};

// 1. Write the records as a 台账: one sheet per kind, a frozen Chinese header, dates as dates.
var ledger = new MemoryStream();
LedgerExport.Write(ledger, records);
Console.WriteLine($"wrote a ledger of {records.Length} inspections: {ledger.Length:N0} bytes");

// 2. Import it again: the same records.
var imported = LedgerImport.Import(new MemoryStream(ledger.ToArray()), "inspection");
Console.WriteLine($"imported {imported.Records.Count} records; read back equal: {imported.Records.Select(r => r.Record).SequenceEqual(records)}");
foreach (var issue in imported.Issues)
{
    Console.WriteLine($"  {issue.Cell} {issue.Code} {issue.Severity}: {issue.Message.Chinese}");
}

// 3. A column map overrides the headings (a heading or column letters → a member of the contract).
var options = new LedgerImportOptions { Columns = new System.Collections.Generic.Dictionary<string, string> { ["检查日期"] = "start" } };
var mapped = LedgerImport.Import(new MemoryStream(ledger.ToArray()), "inspection", options);
Console.WriteLine($"with a column map: {mapped.Records.Count} records, errors: {mapped.HasErrors}");

// 4. Anything that is not a workbook gets a clear, coded answer rather than an exception.
var notAWorkbook = LedgerImport.Import(new MemoryStream(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }), "inspection");
Console.WriteLine($"an old .xls: {notAWorkbook.Issues.Single().Code}: {notAWorkbook.Issues.Single().Message.Chinese}");
