using System.Collections.Generic;
using SafetyModel.Diagnostics;
using SafetyModel.Text;

namespace SafetyModel.Validation;

/// <summary>
/// One validation rule over a subject of type <typeparamref name="T"/>: a stable code, a default severity, a
/// description, and the check itself. Implement it (or use <see cref="ValidationRule{T}"/>) to add rules of your own
/// to a <see cref="RuleSet{T}"/>.
/// </summary>
/// <typeparam name="T">What the rule checks.</typeparam>
public interface IValidationRule<in T>
{
    /// <summary>Gets the stable code of the issues the rule reports.</summary>
    string Code { get; }

    /// <summary>Gets the severity of those issues unless the rule set says otherwise.</summary>
    ValidationSeverity DefaultSeverity { get; }

    /// <summary>Gets what the rule checks, in English and Chinese.</summary>
    LocalizedText Description { get; }

    /// <summary>Checks a subject and returns every issue found (none when it passes). Must not throw on any subject.</summary>
    /// <param name="subject">The subject, never <see langword="null"/>.</param>
    /// <param name="context">The clock and zone.</param>
    /// <returns>The issues, with paths relative to the subject.</returns>
    IEnumerable<ValidationIssue> Check(T subject, ValidationContext context);
}
