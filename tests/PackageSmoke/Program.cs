// Calls the package through its public API and fails loudly (exit code 1) when something is off.
using System;
using System.Globalization;
using SafetyModel.Diagnostics;
using SafetyModel.Documents;
using SafetyModel.Primitives;
using SafetyModel.Text;
using SafetyModel.Validation;

var failures = 0;

void Check(bool condition, string what)
{
    Console.WriteLine((condition ? "ok   " : "FAIL ") + what);
    if (!condition)
    {
        failures++;
    }
}

Check(QuantityUnit.FromCode("份") == QuantityUnit.Copy, "well-known unit 份");
Check(!QuantityUnit.FromCode("面").IsKnown, "unknown unit 面 kept");

var pointer = JsonPointer.ParseDetailed("no-slash");
Check(!pointer.Success && pointer.Error!.Code == ParseCodes.JsonPointerMustStartWithSlash, "parse failure with code");
Check(pointer.Error!.Message.Chinese.Contains("JSON 指针", StringComparison.Ordinal), "Chinese message from the package's resources");
Check(pointer.Error.Message.English.Contains("RFC 6901", StringComparison.Ordinal), "English message from the package's resources");

var issue = new ValidationIssue("SMOKE1", ValidationSeverity.Error, JsonPointer.Root.Append("x"), new LocalizedText("e", "错"));
Check(!new ValidationReport(new[] { issue }).IsValid, "a report with an error is not valid");
Check(issue.GetMessage(CultureInfo.GetCultureInfo("zh-CN")) == "错", "messages by culture");

Check(ChineseDates.Parse("二〇二二年七月七日") == new NodaTime.LocalDate(2022, 7, 7), "Chinese-numeral date through NodaTime");
Check(Quantity.Parse("500余份").Upper?.Value == 600, "approximate figure as an interval");
Check(ChineseNumerals.Parse("一万二千三百四十五亿") == 1_234_500_000_000, "Chinese numerals");
Check(ReportingPeriod.Parse("2022年上半年").Code == "2022-H1", "reporting period");
Check(DocumentNumber.ParseLenient("乌兰镇政函[2022]第0297号").Value.ToString() == "乌兰镇政函〔2022〕297号", "lenient 发文字号");
var document = DocumentText.Parse("乌兰镇政函〔2022〕297号\n乌兰陶勒盖镇人民政府关于报送工作总结的函\n乌审旗安全生产委员会：\n一、工作\n正文。\n乌兰陶勒盖镇人民政府\n2022年7月7日");
Check(document.Type == DocumentType.Letter && DocumentRules.Default.Validate(document).IsValid, "document text and rules");

var json = SafetyModel.Serialization.SafetyJson.Serialize(new SafetyModel.Work.Meeting { Id = "M-1", Date = new NodaTime.LocalDate(2022, 5, 1) });
Check(json.Contains("\"type\":\"meeting\"", StringComparison.Ordinal) && json.Contains("\"date\":\"2022-05-01\"", StringComparison.Ordinal), "JSON contract writes");
Check(SafetyModel.Serialization.SafetyJson.Deserialize<IRecord>(json).Id == "M-1", "JSON contract reads by discriminator");
try
{
    SafetyModel.Serialization.SafetyJson.Deserialize<IRecord>("{\"type\":\"meeting\",\"date\":\"2022-02-30\"}");
    Check(false, "JSON contract refuses an impossible date");
}
catch (SafetyModel.Serialization.JsonContractException e)
{
    Check(e.Code == "SM8010" && e.Pointer.ToString() == "/date" && e.Reason.Chinese.Length > 0, "JSON contract error with code, pointer and Chinese reason");
}

Console.WriteLine(failures == 0 ? "package smoke test passed" : $"package smoke test: {failures} failure(s)");
return failures == 0 ? 0 : 1;
