// SafetyModel tour: most of the API, one or two lines each, on the township letter the project started from
// (乌兰陶勒盖镇 2022年上半年安全生产工作总结的函). Run it with: dotnet run --project samples/Tour
// The block between the "readme" markers is quoted in README.md ("A tour of the API"); a test keeps the two identical.
using System;
using System.Globalization;
using System.IO;
using System.Linq;
using NodaTime;
using SafetyModel.Diagnostics;
using SafetyModel.Documents;
using SafetyModel.Extraction;
using SafetyModel.Primitives;
using SafetyModel.Serialization;
using SafetyModel.Text;
using SafetyModel.Validation;

Console.OutputEncoding = System.Text.Encoding.UTF8;
var letter = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seed", "wulantaolegai-2022-h1-safety-summary.txt"));
Console.WriteLine($"SafetyModel tour — the seed letter, {letter.Length} characters");
Console.WriteLine();

// readme:begin
// Dates as documents write them, into NodaTime; every normalisation is noted, nothing is changed silently.
LocalDate signed = ChineseDates.Parse("2022年7月7日");
ParseResult<LocalDate> older = ChineseDates.ParseDetailed("二〇二二年七月七日");
Console.WriteLine($"成文日期 {signed:uuuu-MM-dd}; 二〇二二年七月七日 = {older.Value:uuuu-MM-dd} ({older.Notes[0].Message.English})");

// Approximate figures (概数) are intervals, never exact numbers.
Quantity leaflets = Quantity.Parse("500余份");
ParseResult<Quantity> slogans = Quantity.ParseDetailed("16多条");
Console.WriteLine($"500余份 = {leaflets.ToEnglishString()}");
Console.WriteLine($"16多条 = {slogans.Value.ToEnglishString()}; {slogans.Notes[0].Message.Chinese}");

// Arithmetic carries the bounds, and comparisons answer honestly: definitely, possibly or no.
Quantity stated = Quantity.Parse("7次");
Quantity parts = Quantity.Sum(new[] { "1次", "2次", "2次", "2次", "5次" }.Select(t => Quantity.Parse(t)), QuantityUnit.Times);
Console.WriteLine($"其中 parts {parts} > stated {stated}: {parts.IsGreaterThan(stated)}");
Console.WriteLine($"16份 + 500余份 = {Quantity.Exact(16, QuantityUnit.Copy) + leaflets}");

// Reporting periods, with 同比 (year on year) and 环比 (period on period).
ReportingPeriod half = ReportingPeriod.Parse("上半年", contextYear: 2022);
Console.WriteLine($"{half.ChineseName}: {half.Start:uuuu-MM-dd}–{half.End:uuuu-MM-dd}; 环比 {half.Previous().ChineseName}; 同比 {half.SameTimeLastYear().ChineseName}");

// Parsing never throws on bad input: the result says what failed, where and why, in English and Chinese.
ParseResult<LocalDate> impossible = ChineseDates.ParseDetailed("2022年2月30日");
Console.WriteLine($"{impossible.Error!.Code} at {impossible.Error.Position}: {impossible.Error.Message.English} / {impossible.Error.Message.Chinese}");

// Validation issues carry a stable code, a JSON Pointer into the JSON contract and both languages.
var issue = new ValidationIssue(
    "TOWN001",
    ValidationSeverity.Warning,
    JsonPointer.Root.Append("statedFigures").Append(2),
    new LocalizedText("Fewer leaflets than last year.", "宣传单发放数量少于去年。"));
Console.WriteLine($"{issue.Code} at {issue.Path}: {issue.GetMessage(CultureInfo.GetCultureInfo("zh-CN"))}");

// The JSON contract: camelCase members, ISO dates, quantities that keep their bounds; a round trip loses nothing,
// and bad input gets one exception type with a code, a JSON Pointer, a line and a position.
string json = SafetyJson.Serialize(leaflets);
Console.WriteLine(json);
Console.WriteLine($"round trip equal: {SafetyJson.Deserialize<Quantity>(json).Equals(leaflets)}");
try
{
    SafetyJson.Deserialize<Quantity>("""{"qualifier":"more-than","stated":"500"}""");
}
catch (JsonContractException e)
{
    Console.WriteLine($"{e.Code} at {e.Pointer}: {e.Reason.Chinese}");
}

// Figures out of a summary's prose, with their approximation and the exact characters they were read from.
foreach (var figure in FigureExtractor.Extract("共计挂横幅16条，张帖标语16多条，发放宣传单500余份。").Value)
{
    Console.WriteLine($"{figure.Indicator.ChineseName} {figure.Quantity!.ToEnglishString()} ← “{figure.Source!.Text}” at {figure.Source.Offset}");
}
// readme:end

Console.WriteLine();
Console.WriteLine("The letter read as an official document (公文):");
ParseResult<OfficialDocument> read = DocumentText.ParseDetailed(letter);
OfficialDocument document = read.Value;
Console.WriteLine($"  发文字号 {document.Number} (机关代字 {document.Number?.IssuerCode}, {document.Number?.Year}, {document.Number?.Serial})");
Console.WriteLine($"  文种 {document.Type} ({document.Type.EnglishName}, {document.Direction}); 发文机关 {document.Title?.Issuer}");
Console.WriteLine($"  事由 {document.Title?.Subject}");
Console.WriteLine($"  主送 {string.Join("、", document.PrimaryRecipients)}; 署名 {string.Join(" ", document.SignatureOrgans)}; 成文日期 {document.Date:uuuu-MM-dd}");
foreach (var section in document.Outline)
{
    Console.WriteLine($"  {section}{(section.Children.Count > 0 ? $" ({section.Children.Count} sub-sections)" : string.Empty)}");
}

foreach (var note in read.Notes)
{
    Console.WriteLine($"  note {note.Code} at {note.Position}: {note.Message.English}");
}

Console.WriteLine($"  document rules: {DocumentRules.Default.Validate(document).ToString().Split('\n')[0]}");
Console.WriteLine($"  strict 发文字号 \"乌兰镇政函[2022]第0297号\": {DocumentNumber.ParseStrict("乌兰镇政函[2022]第0297号").Error!.Message.English}");
ParseResult<DocumentNumber> lenient = DocumentNumber.ParseLenient("乌兰镇政函[2022]第0297号");
Console.WriteLine($"  lenient: {lenient.Value} with notes {string.Join(", ", lenient.Notes.Select(n => n.Code))}");

Console.WriteLine();
Console.WriteLine("The letter as a work summary report (samples/SeedReport), validated:");
var seedReport = SafetyModel.Samples.SeedReport.Build();
ValidationReport findings = ReportRules.Default.Validate(seedReport);
Console.WriteLine($"  {findings.ToString().Replace("\n", "\n  ", StringComparison.Ordinal)}");
foreach (var finding in findings.Issues)
{
    Console.WriteLine($"  {finding.Code} 中文: {finding.Message.Chinese}");
}

Console.WriteLine();
Console.WriteLine("Every dated, counted or approximate figure the letter states:");
foreach (var text in new[] { "8次", "7次", "1次", "2次", "5次", "16条", "16多条", "500余份", "2所", "1名", "一个月" })
{
    var figure = Quantity.ParseDetailed(text);
    var where = letter.IndexOf(text, StringComparison.Ordinal);
    Console.WriteLine($"  {text,-6} at {where,4}: {figure.Value.ToEnglishString()}{(figure.Notes.Count > 0 ? " — note " + figure.Notes[0].Code : string.Empty)}");
}

Console.WriteLine();
Console.WriteLine($"Numbers in Chinese: {ChineseNumerals.Format(1_234_567_890_123L)} / {ChineseNumerals.Format(1005, ChineseNumeralStyle.Financial)} / {ChineseNumerals.Format(2022, ChineseNumeralStyle.Digits)}");
