// SafetyModel quick start: the README's first command runs this program.
// The block between the "readme" markers is quoted in README.md; a test keeps the two identical.
using System;
using System.Globalization;
using SafetyModel.Primitives;
using SafetyModel.Text;
using SafetyModel.Validation;

Console.OutputEncoding = System.Text.Encoding.UTF8;
Console.WriteLine("SafetyModel quick start");
Console.WriteLine();

// readme:begin
// Open code lists keep what they do not know: a town's own measure word is kept, not rejected.
var leaflets = QuantityUnit.FromCode("份");
var flags = QuantityUnit.FromCode("面");
Console.WriteLine($"{leaflets.Code}: {leaflets.EnglishName}, known: {leaflets.IsKnown}");
Console.WriteLine($"{flags.Code}: {flags.EnglishName}, known: {flags.IsKnown}");

// Parsing never throws on bad input: the result says what failed, where and why, in English and Chinese.
ParseResult<JsonPointer> path = JsonPointer.ParseDetailed("statedFigures/2");
if (!path.Success)
{
    Console.WriteLine($"{path.Error!.Code} at {path.Error.Position}: {path.Error.Message.English}");
    Console.WriteLine($"{path.Error.Code} 位置 {path.Error.Position}：{path.Error.Message.Chinese}");
}

// Validation issues carry a stable code, a JSON Pointer into the JSON contract and both languages.
var issue = new ValidationIssue(
    "TOWN001",
    ValidationSeverity.Warning,
    JsonPointer.Root.Append("statedFigures").Append(2),
    new LocalizedText("Fewer leaflets than last year.", "宣传单发放数量少于去年。"));
var report = new ValidationReport(new[] { issue });
Console.WriteLine($"valid: {report.IsValid}; {issue.Code} at {issue.Path}: {issue.GetMessage(CultureInfo.GetCultureInfo("zh-CN"))}");
// readme:end
