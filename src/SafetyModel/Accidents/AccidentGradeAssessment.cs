using System;

namespace SafetyModel.Accidents;

/// <summary>
/// The grade of an accident with the grade each of the three criteria of 国务院令第493号 reaches on its own; the
/// highest wins (the criteria are alternatives).
/// </summary>
public sealed class AccidentGradeAssessment : IEquatable<AccidentGradeAssessment>
{
    internal AccidentGradeAssessment(AccidentGrade byDeaths, AccidentGrade bySeriousInjuries, AccidentGrade byDirectLoss)
    {
        ByDeaths = byDeaths;
        BySeriousInjuries = bySeriousInjuries;
        ByDirectLoss = byDirectLoss;
    }

    /// <summary>Gets the grade: the highest of the three.</summary>
    public AccidentGrade Grade => (AccidentGrade)Math.Max((int)ByDeaths, Math.Max((int)BySeriousInjuries, (int)ByDirectLoss));

    /// <summary>Gets the grade the number of deaths reaches.</summary>
    public AccidentGrade ByDeaths { get; }

    /// <summary>Gets the grade the number of serious injuries (acute industrial poisoning included) reaches.</summary>
    public AccidentGrade BySeriousInjuries { get; }

    /// <summary>Gets the grade the direct economic loss reaches.</summary>
    public AccidentGrade ByDirectLoss { get; }

    /// <inheritdoc />
    public bool Equals(AccidentGradeAssessment? other) =>
        other is not null && ByDeaths == other.ByDeaths && BySeriousInjuries == other.BySeriousInjuries && ByDirectLoss == other.ByDirectLoss;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as AccidentGradeAssessment);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(ByDeaths, BySeriousInjuries, ByDirectLoss);

    /// <summary>Returns the grade and what each criterion reaches: <c>较大事故 (deaths 较大事故, serious injuries 一般事故, loss 一般事故)</c>.</summary>
    /// <returns>A readable assessment.</returns>
    public override string ToString() =>
        $"{AccidentGrading.ChineseName(Grade)} (deaths {AccidentGrading.ChineseName(ByDeaths)}, serious injuries {AccidentGrading.ChineseName(BySeriousInjuries)}, loss {AccidentGrading.ChineseName(ByDirectLoss)})";
}
