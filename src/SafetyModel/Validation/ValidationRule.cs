using System;
using System.Collections.Generic;
using SafetyModel.Diagnostics;
using SafetyModel.Text;

namespace SafetyModel.Validation;

/// <summary>A validation rule made from a delegate: the quickest way to add a rule of your own.</summary>
/// <typeparam name="T">What the rule checks.</typeparam>
public sealed class ValidationRule<T> : IValidationRule<T>
{
    private readonly Func<T, ValidationContext, IEnumerable<ValidationIssue>> _check;

    /// <summary>Creates a rule.</summary>
    /// <param name="code">The stable code (users' own codes should not start with <c>SM</c>).</param>
    /// <param name="defaultSeverity">The severity of its issues unless a rule set says otherwise.</param>
    /// <param name="description">What the rule checks.</param>
    /// <param name="check">The check: the issues found in a subject.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The code is empty.</exception>
    public ValidationRule(string code, ValidationSeverity defaultSeverity, LocalizedText description, Func<T, ValidationContext, IEnumerable<ValidationIssue>> check)
    {
        if (code is null)
        {
            throw new ArgumentNullException(nameof(code));
        }

        if (string.IsNullOrWhiteSpace(code))
        {
            throw new ArgumentException("A rule code must not be empty.", nameof(code));
        }

        Code = code;
        DefaultSeverity = defaultSeverity;
        Description = description ?? throw new ArgumentNullException(nameof(description));
        _check = check ?? throw new ArgumentNullException(nameof(check));
    }

    /// <inheritdoc />
    public string Code { get; }

    /// <inheritdoc />
    public ValidationSeverity DefaultSeverity { get; }

    /// <inheritdoc />
    public LocalizedText Description { get; }

    /// <inheritdoc />
    public IEnumerable<ValidationIssue> Check(T subject, ValidationContext context) => _check(subject, context);

    /// <summary>Returns the code and the English description.</summary>
    /// <returns>A readable description.</returns>
    public override string ToString() => Code + ": " + Description.English;
}
