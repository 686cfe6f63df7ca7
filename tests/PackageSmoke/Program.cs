// Calls the package through its public API and fails loudly (exit code 1) when something is off.
using System;
using System.Globalization;
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

Console.WriteLine(failures == 0 ? "package smoke test passed" : $"package smoke test: {failures} failure(s)");
return failures == 0 ? 0 : 1;
