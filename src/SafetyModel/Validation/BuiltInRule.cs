using System;
using System.Collections.Generic;
using SafetyModel.Diagnostics;
using SafetyModel.Text;

namespace SafetyModel.Validation;

/// <summary>How the library's own rule sets make their rules and issues.</summary>
internal static class BuiltInRule
{
    /// <summary>A rule whose check is given the severity it reports with (overrides are applied by the rule set).</summary>
    public static ValidationRule<T> Create<T>(
        string code, ValidationSeverity severity, string english, string chinese, Func<T, ValidationContext, ValidationSeverity, IEnumerable<ValidationIssue>> check) =>
        new(code, severity, new LocalizedText(english, chinese), (subject, context) => check(subject, context, severity));

    /// <summary>An issue at a top-level member of the subject, with its message from the catalogue.</summary>
    public static ValidationIssue Issue(string code, ValidationSeverity severity, string member, params (string Name, object? Value)[] arguments) =>
        ValidationIssue.Create(code, severity, JsonPointer.Root.Append(member), DiagnosticArguments.Create(arguments));
}
