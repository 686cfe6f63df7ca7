// SafetyModel sample: a town's own validation rule, added to the built-in rules for records, with its severity raised.
// Run it with: dotnet run --project samples/CustomRules
using System;
using System.Collections.Generic;
using NodaTime;
using SafetyModel.Diagnostics;
using SafetyModel.Primitives;
using SafetyModel.Text;
using SafetyModel.Validation;
using SafetyModel.Work;

Console.OutputEncoding = System.Text.Encoding.UTF8;

// The town's rule: an inspection names the body that made it (检查主体), so that the banner can follow it up.
// Codes of your own must not start with "SM" (the package's); a prefix of the town's keeps them apart.
var namesItsBody = new ValidationRule<IRecord>(
    "WLTLG001",
    ValidationSeverity.Warning,
    new LocalizedText("An inspection names the body that made it.", "检查记录应写明检查主体。"),
    (record, context) => record is Inspection { InspectingBody: null or "" } inspection
        ? new[]
        {
            new ValidationIssue(
                "WLTLG001",
                ValidationSeverity.Warning,
                JsonPointer.Root.Append("inspectingBody"),
                new LocalizedText($"Inspection {inspection.Id} does not name its inspecting body.", $"检查记录 {inspection.Id} 未写明检查主体。")),
        }
        : Array.Empty<ValidationIssue>());

// The built-in rules for every record, plus the town's rule, raised to an error for this town.
RuleSet<IRecord> rules = RecordRules.Common.With(namesItsBody).WithSeverity("WLTLG001", ValidationSeverity.Error);

DivisionCode town = DivisionCode.Parse("150626103");
IRecord[] records =
{
    new Inspection { Id = "I-1", Division = town, Start = new LocalDate(2022, 4, 28), InspectingBody = "乌兰陶勒盖镇安全生产委员会办公室" },
    new Inspection { Id = "I-2", Division = town, Start = new LocalDate(2022, 5, 3) },
    new Inspection { Id = "I-3", Division = town, Start = new LocalDate(2022, 12, 1), InspectingBody = "镇应急办" },
};

// "Today" comes from a clock, so that the result does not depend on the day the sample runs: 2022-07-07 here.
IClock clock = new FixedDay(new LocalDate(2022, 7, 7));
ValidationReport report = rules.ValidateAll(records, new ValidationContext(clock, registry: DivisionRegistry.SampleWushenBanner));

Console.WriteLine($"Rule set '{rules.Name}': {rules.Rules.Count} rules; {report.ErrorCount} errors, {report.WarningCount} warnings");
foreach (ValidationIssue issue in report.Issues)
{
    Console.WriteLine($"  {issue.Severity,-11} {issue.Code,-9} {issue.Path,-20} {issue.Message.Chinese}");
}

foreach (IValidationRule<IRecord> rule in rules.Rules)
{
    Console.WriteLine($"  rule {rule.Code}: {rules.SeverityOf(rule.Code)} — {rule.Description.English}");
}

/// <summary>A clock that always reads noon on one day in China Standard Time.</summary>
internal sealed class FixedDay : IClock
{
    private readonly Instant _now;

    public FixedDay(LocalDate day) =>
        _now = day.At(new LocalTime(12, 0)).InZoneLeniently(DateTimeZoneProviders.Tzdb["Asia/Shanghai"]).ToInstant();

    public Instant GetCurrentInstant() => _now;
}
