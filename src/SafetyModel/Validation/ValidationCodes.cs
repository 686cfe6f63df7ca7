namespace SafetyModel.Validation;

/// <summary>
/// The stable codes of the validation issues this library reports (<see cref="ValidationIssue.Code"/>). A code is
/// never renamed or reused. The full list with an example each is in <c>docs/diagnostic-codes.md</c>.
/// </summary>
/// <remarks>
/// Ranges: <c>SM2xxx</c> general; <c>SM3xxx</c> official documents; <c>SM4xxx</c> records; <c>SM5xxx</c> reports;
/// <c>SM6xxx</c> accidents; <c>SM7xxx</c> campaigns; <c>SM8xxx</c> the JSON contract. Codes below <c>SM2000</c> are
/// parse codes (see <see cref="SafetyModel.Text.ParseCodes"/>). Codes of users' own rules should not start with
/// <c>SM</c>.
/// </remarks>
public static class ValidationCodes
{
    /// <summary>
    /// <c>SM2001</c> (information) — a code that is not one of the well-known values of an open list; it is kept as
    /// given. Arguments <c>code</c>, <c>list</c>.
    /// </summary>
    public const string UnknownCode = "SM2001";

    /// <summary><c>SM2002</c> (error) — a required value is missing. Argument <c>member</c>.</summary>
    public const string Required = "SM2002";

    /// <summary><c>SM3001</c> (warning) — the year in the 发文字号 differs from the year of the 成文日期. Arguments <c>numberYear</c>, <c>dateYear</c>.</summary>
    public const string NumberYearDiffersFromDate = "SM3001";

    /// <summary><c>SM3002</c> (error) — a 成文日期 after today (by the validation clock). Arguments <c>date</c>, <c>today</c>.</summary>
    public const string DocumentDateInFuture = "SM3002";

    /// <summary><c>SM3003</c> (warning) — a 成文日期 before 1949, implausible for the documents this library models. Argument <c>date</c>.</summary>
    public const string DocumentDateImplausible = "SM3003";

    /// <summary><c>SM3004</c> (error) — a 印发日期 before the 成文日期. Arguments <c>printingDate</c>, <c>date</c>.</summary>
    public const string PrintedBeforeSigned = "SM3004";

    /// <summary><c>SM3005</c> (error) — the title ends with another 文种 than the declared type. Arguments <c>titleType</c>, <c>declaredType</c>.</summary>
    public const string TitleTypeDiffers = "SM3005";

    /// <summary><c>SM3006</c> (error) — an upward document (上行文) without 签发人 (GB/T 9704-2012 §7.2.5).</summary>
    public const string UpwardWithoutSigner = "SM3006";

    /// <summary><c>SM3007</c> (error) — a classified document without 份号 (GB/T 9704-2012 §7.2.1). Argument <c>level</c>.</summary>
    public const string ClassifiedWithoutCopyNumber = "SM3007";

    /// <summary><c>SM3008</c> (warning) — a secrecy period longer than the statute's default maximum (保密法 第十四条). Arguments <c>years</c>, <c>maximum</c>.</summary>
    public const string SecrecyPeriodTooLong = "SM3008";

    /// <summary><c>SM3009</c> (warning) — a 份号 that is not six Arabic digits (GB/T 9704-2012 §7.2.1). Argument <c>copyNumber</c>.</summary>
    public const string CopyNumberFormat = "SM3009";

    /// <summary><c>SM3010</c> (warning) — a recipient name with punctuation in it (a colon carried over from the text). Argument <c>recipient</c>.</summary>
    public const string RecipientPunctuation = "SM3010";

    /// <summary><c>SM3011</c> (warning) — an upward document with more than one primary recipient (条例 第十五条). Argument <c>count</c>.</summary>
    public const string UpwardWithSeveralRecipients = "SM3011";

    /// <summary><c>SM3012</c> (warning) — a 函 with 印发机关 or 印发日期, which the 信函格式 does not have (GB/T 9704-2012 §10.1).</summary>
    public const string LetterWithPrintingLine = "SM3012";

    /// <summary><c>SM3013</c> (warning) — a 报告 that carries a request (条例 第十五条: 不得夹带请示事项). Argument <c>phrase</c>.</summary>
    public const string ReportCarriesRequest = "SM3013";

    /// <summary><c>SM5001</c> (warning) — the <c>其中</c> parts of a stated figure add up to more than its total (the seed's 7 against 12). Arguments <c>total</c>, <c>partsSum</c>.</summary>
    public const string BreakdownExceedsTotal = "SM5001";

    /// <summary><c>SM5002</c> (information) — an irregular approximate figure such as <c>16多条</c>, read with its lower bound only. Argument <c>text</c>.</summary>
    public const string IrregularApproximateFigure = "SM5002";

    /// <summary><c>SM5003</c> (warning) — a report dated before the end of the period it reports on. Arguments <c>date</c>, <c>periodEnd</c>.</summary>
    public const string ReportDatedBeforePeriodEnd = "SM5003";

    /// <summary><c>SM5004</c> (warning) — a campaign of the report outside the report's period. Arguments <c>campaign</c>, <c>period</c>.</summary>
    public const string CampaignOutsideReportPeriod = "SM5004";
}
