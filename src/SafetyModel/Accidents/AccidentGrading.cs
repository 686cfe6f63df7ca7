using System;

namespace SafetyModel.Accidents;

/// <summary>
/// Grades accidents by 国务院令第493号 第三条. Three criteria — deaths, serious injuries (acute industrial poisoning
/// included), direct economic loss — are alternatives: the highest grade any of them reaches wins. In this regulation
/// 以上 includes the bound and 以下 excludes it.
/// </summary>
/// <remarks>
/// <list type="table">
/// <listheader><term>grade</term><description>deaths / serious injuries / direct loss (万元)</description></listheader>
/// <item><term>特别重大</term><description>≥ 30 / ≥ 100 / ≥ 10000</description></item>
/// <item><term>重大</term><description>10–29 / 50–99 / 5000 to &lt; 10000</description></item>
/// <item><term>较大</term><description>3–9 / 10–49 / 1000 to &lt; 5000</description></item>
/// <item><term>一般</term><description>&lt; 3 / &lt; 10 / &lt; 1000</description></item>
/// </list>
/// </remarks>
public static class AccidentGrading
{
    /// <summary>Grades an accident.</summary>
    /// <param name="deaths">The number of deaths.</param>
    /// <param name="seriousInjuries">The number of serious injuries, acute industrial poisoning included.</param>
    /// <param name="directLossTenThousandYuan">The direct economic loss in 万元.</param>
    /// <returns>The grade.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A figure is negative.</exception>
    public static AccidentGrade Grade(int deaths, int seriousInjuries, decimal directLossTenThousandYuan) =>
        Assess(deaths, seriousInjuries, directLossTenThousandYuan).Grade;

    /// <summary>Grades an accident and says what each criterion reaches on its own.</summary>
    /// <param name="deaths">The number of deaths.</param>
    /// <param name="seriousInjuries">The number of serious injuries, acute industrial poisoning included.</param>
    /// <param name="directLossTenThousandYuan">The direct economic loss in 万元.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A figure is negative.</exception>
    public static AccidentGradeAssessment Assess(int deaths, int seriousInjuries, decimal directLossTenThousandYuan)
    {
        if (deaths < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(deaths), deaths, "A number of deaths must not be negative.");
        }

        if (seriousInjuries < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(seriousInjuries), seriousInjuries, "A number of serious injuries must not be negative.");
        }

        if (directLossTenThousandYuan < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(directLossTenThousandYuan), directLossTenThousandYuan, "A direct loss must not be negative.");
        }

        return new AccidentGradeAssessment(
            By(deaths, 3, 10, 30),
            By(seriousInjuries, 10, 50, 100),
            By(directLossTenThousandYuan, 1000m, 5000m, 10000m));
    }

    /// <summary>Gets the Chinese name of a grade: 一般事故, 较大事故, 重大事故, 特别重大事故.</summary>
    /// <param name="grade">The grade.</param>
    /// <returns>The name.</returns>
    public static string ChineseName(AccidentGrade grade) => grade switch
    {
        AccidentGrade.ExtraordinarilyMajor => "特别重大事故",
        AccidentGrade.Major => "重大事故",
        AccidentGrade.Larger => "较大事故",
        _ => "一般事故",
    };

    /// <summary>≥ the larger bound (以上 includes it) reaches the higher grade; below it (以下 excludes it) the lower.</summary>
    private static AccidentGrade By(decimal value, decimal larger, decimal major, decimal extraordinary) =>
        value >= extraordinary ? AccidentGrade.ExtraordinarilyMajor
        : value >= major ? AccidentGrade.Major
        : value >= larger ? AccidentGrade.Larger
        : AccidentGrade.General;
}
