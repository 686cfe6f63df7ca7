using System.Collections.Generic;
using SafetyModel.Diagnostics;
using SafetyModel.Primitives;
using SafetyModel.Validation;

namespace SafetyModel.Records;

/// <summary>
/// The rules a kind's declared figures obey, made from the declaration itself: every figure read from a contract member
/// (<c>hazardsFound</c>, <c>deaths</c>, <c>peopleTrained</c>) is not negative (<see cref="ValidationCodes.NegativeCount"/>)
/// and at most <see cref="Measure.MaximumFigure"/> (<see cref="ValidationCodes.FigureTooLarge"/>). Aggregation refuses
/// exactly what these report (<see cref="Contribution.Check"/>), so a record that validates always adds up.
/// </summary>
internal static class FigureRules
{
    public static IEnumerable<IValidationRule<IRecord>> For(IReadOnlyList<Contribution> contributions) => new[]
    {
        BuiltInRule.Create<IRecord>(
            ValidationCodes.NegativeCount, ValidationSeverity.Error, "The figures a record states are not negative.", "记录所填数字不为负数。",
            (record, context, severity) => Find(contributions, record, FigureProblem.Negative, severity)),
        BuiltInRule.Create<IRecord>(
            ValidationCodes.FigureTooLarge, ValidationSeverity.Error, "The figures a record states are at most 10¹².", "记录所填数字不超过一万亿。",
            (record, context, severity) => Find(contributions, record, FigureProblem.TooLarge, severity)),
    };

    private static IEnumerable<ValidationIssue> Find(IReadOnlyList<Contribution> contributions, IRecord record, FigureProblem problem, ValidationSeverity severity)
    {
        foreach (var contribution in contributions)
        {
            if (contribution.Check(record) != problem)
            {
                continue;
            }

            yield return problem == FigureProblem.Negative
                ? BuiltInRule.Issue(ValidationCodes.NegativeCount, severity, contribution.Member!, ("member", contribution.Member))
                : BuiltInRule.Issue(
                    ValidationCodes.FigureTooLarge, severity, contribution.Member!,
                    ("member", contribution.Member), ("value", contribution.Figure(record)), ("maximum", Measure.MaximumFigure));
        }
    }
}
