using System.Collections.Generic;
using SafetyModel.Diagnostics;
using SafetyModel.Primitives;
using SafetyModel.Work;

namespace SafetyModel.Validation;

/// <summary>
/// The built-in rules for supervised units (生产经营单位): a name, and an industry code of GB/T 4754-2017 whose 大类 is
/// in its 门类. The 统一社会信用代码's check character (GB 32100-2015) is verified when the code is read, so a unit never
/// holds a code that fails it.
/// </summary>
public static class UnitRules
{
    /// <summary>Gets the rule set for a unit, named <c>units</c>.</summary>
    public static RuleSet<SupervisedUnit> Default { get; } = new("units", new[]
    {
        BuiltInRule.Create<SupervisedUnit>(ValidationCodes.UnitNameMissing, ValidationSeverity.Error, "A unit has a name.", "生产经营单位有名称。", NamePresent),
        BuiltInRule.Create<SupervisedUnit>(ValidationCodes.IndustryCodeUnknown, ValidationSeverity.Error, "An industry code is a GB/T 4754-2017 code.", "行业代码为 GB/T 4754-2017 代码。", IndustryKnown),
        BuiltInRule.Create<SupervisedUnit>(ValidationCodes.IndustryDivisionOutsideSection, ValidationSeverity.Error, "An industry code's 大类 is in its 门类.", "行业代码的大类属于其门类。", DivisionInSection),
    });

    private static IEnumerable<ValidationIssue> NamePresent(SupervisedUnit unit, ValidationContext context, ValidationSeverity severity)
    {
        if (string.IsNullOrWhiteSpace(unit.Name))
        {
            yield return BuiltInRule.Issue(ValidationCodes.UnitNameMissing, severity, "name");
        }
    }

    private static IEnumerable<ValidationIssue> IndustryKnown(SupervisedUnit unit, ValidationContext context, ValidationSeverity severity)
    {
        if (unit.IndustryCode is { } code && IndustryCode.Read(code, out _) == IndustryCodeProblem.Malformed)
        {
            yield return BuiltInRule.Issue(ValidationCodes.IndustryCodeUnknown, severity, "industryCode", ("code", code));
        }
    }

    private static IEnumerable<ValidationIssue> DivisionInSection(SupervisedUnit unit, ValidationContext context, ValidationSeverity severity)
    {
        if (unit.IndustryCode is { } code && IndustryCode.Read(code, out _) == IndustryCodeProblem.DivisionOutsideSection)
        {
            yield return BuiltInRule.Issue(ValidationCodes.IndustryDivisionOutsideSection, severity, "industryCode", ("code", code), ("division", code.Substring(1, 2)), ("section", code.Substring(0, 1)));
        }
    }
}
