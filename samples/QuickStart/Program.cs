// SafetyModel quick start: read a work-safety summary's text, validate it and write it as JSON, on the township letter
// the project started from. Run it with: dotnet run --project samples/QuickStart
// The block between the "readme" markers is the README's Usage block; a test keeps the two identical and compiles it.
// readme:begin
using System;
using System.IO;
using SafetyModel.Diagnostics;
using SafetyModel.Extraction;
using SafetyModel.Primitives;
using SafetyModel.Reports;
using SafetyModel.Serialization;
using SafetyModel.Text;
using SafetyModel.Validation;

Console.OutputEncoding = System.Text.Encoding.UTF8;
// The text of a 函 or 报告: here the township letter the project started from, copied next to the program.
string text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seed", "wulantaolegai-2022-h1-safety-summary.txt"));

// Read the text: 公文 metadata, the reporting period, the division, and each figure the prose states with its source.
ParseResult<WorkSummaryReport> read = SummaryText.ParseDetailed(text, new SummaryTextOptions { Registry = DivisionRegistry.SampleWushenBanner });
WorkSummaryReport report = read.Value;
Console.WriteLine($"{report.Document!.Number} {report.Document.Title!.Subject} — {report.Period!.ChineseName}, {report.Division}");
foreach (StatedFigure figure in report.StatedFigures)
{
    Console.WriteLine($"  {figure.Indicator.ChineseName}: {figure.Quantity?.ToEnglishString() ?? "(no count)"} ← “{figure.Source!.Text}”");
}

// Validate: each issue has a stable code, a severity, a JSON Pointer and a message in English and Chinese.
ValidationReport validation = ReportRules.Default.ValidateParsed(read);
foreach (ValidationIssue issue in validation.Issues)
{
    // "warning SM5001 at /statedFigures/3: …" in the UI language (an issue about the whole report is "at (root)").
    Console.WriteLine($"  {issue} / {issue.Message.Chinese}");
}

// Write it as JSON: bounds, sources and all; reading the JSON back gives an equal report.
string json = SafetyJson.Serialize(report);
Console.WriteLine($"{json.Length} characters of JSON; read back equal: {SafetyJson.Deserialize<WorkSummaryReport>(json).Equals(report)}");
// readme:end
