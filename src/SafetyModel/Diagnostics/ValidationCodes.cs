namespace SafetyModel.Diagnostics;

/// <summary>
/// The stable codes of the validation issues this library reports (<see cref="Validation.ValidationIssue.Code"/>). A code is
/// never renamed or reused. The full list with an example each is in <c>docs/diagnostic-codes.md</c>.
/// </summary>
/// <remarks>
/// Ranges: <c>SM2xxx</c> general; <c>SM3xxx</c> official documents; <c>SM4xxx</c> records; <c>SM5xxx</c> reports;
/// <c>SM6xxx</c> accidents; <c>SM7xxx</c> campaigns; <c>SM8xxx</c> the JSON contract. Codes below <c>SM2000</c> are
/// parse codes (see <see cref="SafetyModel.Diagnostics.ParseCodes"/>). Codes of users' own rules should not start with
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

    /// <summary><c>SM2010</c> (error) — a line of an accident-category mapping that is not <c>source code,target code</c>. Arguments <c>line</c>, <c>text</c>.</summary>
    public const string CategoryMappingLine = "SM2010";

    /// <summary><c>SM2011</c> (error) — a mapping to a code the target scheme does not have. Arguments <c>line</c>, <c>code</c>, <c>scheme</c>.</summary>
    public const string CategoryMappingTargetUnknown = "SM2011";

    /// <summary><c>SM2012</c> (error) — a source code mapped twice. Arguments <c>line</c>, <c>code</c>.</summary>
    public const string CategoryMappingDuplicate = "SM2012";

    /// <summary><c>SM2013</c> (error) — a mapping whose first line does not name the source scheme and the target scheme given. Arguments <c>text</c>, <c>scheme</c>.</summary>
    public const string CategoryMappingHeader = "SM2013";

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

    /// <summary><c>SM4001</c> (error) — a record without an id.</summary>
    public const string RecordIdMissing = "SM4001";

    /// <summary><c>SM4002</c> (error) — two records of a batch share an id. Arguments <c>id</c>, <c>first</c> (the index of the first).</summary>
    public const string DuplicateRecordId = "SM4002";

    /// <summary><c>SM4003</c> (error) — a record dated after today (by the validation clock). Arguments <c>date</c>, <c>today</c>.</summary>
    public const string RecordDateInFuture = "SM4003";

    /// <summary><c>SM4004</c> (error) — a record without a division code.</summary>
    public const string RecordDivisionMissing = "SM4004";

    /// <summary><c>SM4005</c> (warning) — a division code the registry given to validation does not know. Argument <c>division</c>.</summary>
    public const string RecordDivisionUnknown = "SM4005";

    /// <summary><c>SM4006</c> (error) — a hazard rectified before it was found. Arguments <c>rectifiedOn</c>, <c>foundOn</c>.</summary>
    public const string RectifiedBeforeFound = "SM4006";

    /// <summary><c>SM4007</c> (error) — a rectification deadline before the day the hazard was found. Arguments <c>deadline</c>, <c>foundOn</c>.</summary>
    public const string DeadlineBeforeFound = "SM4007";

    /// <summary><c>SM4008</c> (warning) — a hazard not rectified by its deadline. Arguments <c>deadline</c>, <c>today</c>.</summary>
    public const string HazardOverdue = "SM4008";

    /// <summary><c>SM4009</c> (warning) — a hazard whose status and rectification date disagree. Arguments <c>status</c> (its code, <c>rectified</c>) and <c>statusName</c> (its Chinese name, 已整改).</summary>
    public const string HazardStatusDateMismatch = "SM4009";

    /// <summary><c>SM4010</c> (error) — a negative count, amount or number of people, at the member a record kind declares it from. Argument <c>member</c>.</summary>
    public const string NegativeCount = "SM4010";

    /// <summary><c>SM4011</c> (error) — a record dated outside the years 2 to 9998 that reporting periods cover (an unset date reads as 0001-01-01). Argument <c>date</c>.</summary>
    public const string RecordDateUnsupported = "SM4011";

    /// <summary><c>SM4012</c> (error) — a figure above <c>Measure.MaximumFigure</c> (10¹²), more than a statistics table adds up. Arguments <c>member</c>, <c>value</c>, <c>maximum</c>.</summary>
    public const string FigureTooLarge = "SM4012";

    /// <summary><c>SM4020</c> (error) — a hazard event the state machine does not allow after the events before it (<c>HazardLifecycle.Transitions</c>): a history that does not start with 上报, a 复查 before 整改完成, a 销号 before a passed 复查, anything after 销号. Arguments <c>event</c>, <c>state</c>.</summary>
    public const string HazardEventNotAllowed = "SM4020";

    /// <summary><c>SM4021</c> (error) — a hazard event dated before the event listed before it. Arguments <c>date</c>, <c>previous</c>.</summary>
    public const string HazardEventDateBackwards = "SM4021";

    /// <summary><c>SM4022</c> (error) — a hazard event dated before the hazard was found. Arguments <c>date</c>, <c>foundOn</c>.</summary>
    public const string HazardEventBeforeFound = "SM4022";

    /// <summary><c>SM4023</c> (error) — a hazard event without a member its kind needs (交办: assignee, deadline; 复查: outcome, by; 延期: deadline, reason; 挂牌督办: level, documentNumber, by). Arguments <c>event</c>, <c>member</c>.</summary>
    public const string HazardEventMemberMissing = "SM4023";

    /// <summary><c>SM4024</c> (error) — a 延期 whose new deadline is not after the deadline in force, or that extends no deadline. Arguments <c>deadline</c>, <c>previous</c>.</summary>
    public const string HazardDeadlineNotExtended = "SM4024";

    /// <summary><c>SM4025</c> (error) — a listed (挂牌督办) 重大 hazard closed without a passed re-check by the listing body. Argument <c>listedBy</c>.</summary>
    public const string ListedHazardClosedWithoutListingRecheck = "SM4025";

    /// <summary><c>SM4026</c> (error) — a hazard event dated after today (by the validation clock). Arguments <c>date</c>, <c>today</c>.</summary>
    public const string HazardEventInFuture = "SM4026";

    /// <summary><c>SM4027</c> (warning) — a hazard whose stated status is not the status its history leads to. Arguments <c>status</c>, <c>derived</c>.</summary>
    public const string HazardStatusDisagreesWithHistory = "SM4027";

    /// <summary><c>SM4028</c> (warning) — a hazard whose stated rectification date, verification (销号) date or deadline is not the one its history gives. Arguments <c>member</c>, <c>stated</c>, <c>derived</c>.</summary>
    public const string HazardDateDisagreesWithHistory = "SM4028";

    /// <summary><c>SM4029</c> (warning) — a 重大 hazard with a history but no treatment plan (治理方案, 安监总局令第16号 第十五条).</summary>
    public const string MajorHazardWithoutPlan = "SM4029";

    /// <summary><c>SM4030</c> (warning) — a treatment plan without one of the 五落实 (责任、措施、资金、时限、预案). Argument <c>item</c>.</summary>
    public const string TreatmentPlanIncomplete = "SM4030";

    /// <summary><c>SM4031</c> (warning) — a 重大 hazard with a history but no basis for its grading (判定依据).</summary>
    public const string MajorHazardWithoutBasis = "SM4031";

    /// <summary><c>SM4032</c> (warning) — a 一般 hazard that names a basis for a 重大 grading.</summary>
    public const string GeneralHazardWithMajorBasis = "SM4032";

    /// <summary><c>SM4033</c> (error) — a treatment plan with negative funds.</summary>
    public const string TreatmentPlanFundsNegative = "SM4033";

    /// <summary><c>SM4040</c> (error) — a supervised unit with no name.</summary>
    public const string UnitNameMissing = "SM4040";

    /// <summary><c>SM4041</c> (error) — an industry code that is not a GB/T 4754-2017 门类 letter with 大类, 中类 or 小类 digits of the standard. Argument <c>code</c>.</summary>
    public const string IndustryCodeUnknown = "SM4041";

    /// <summary><c>SM4042</c> (error) — an industry code whose 大类 belongs to another 门类 than its letter (GB/T 4754-2017). Arguments <c>code</c>, <c>division</c>, <c>section</c>.</summary>
    public const string IndustryDivisionOutsideSection = "SM4042";

    /// <summary><c>SM4043</c> (warning) — a <c>unitId</c> that names no unit of a batch that holds unit records. Argument <c>unitId</c>.</summary>
    public const string UnitNotInBatch = "SM4043";

    /// <summary><c>SM4044</c> (information) — a <c>unitId</c> in a batch that holds no unit record, so the link cannot be checked. Argument <c>unitId</c>.</summary>
    public const string UnitsNotGiven = "SM4044";

    /// <summary><c>SM4045</c> (error) — a 行政处罚决定书 with neither a fine nor a non-monetary penalty stated.</summary>
    public const string PenaltyWithoutPenalty = "SM4045";

    /// <summary><c>SM4046</c> (error) — an enforcement document's deadline before the day it was issued. Arguments <c>deadline</c>, <c>issuedOn</c>.</summary>
    public const string EnforcementDeadlineBeforeIssue = "SM4046";

    /// <summary><c>SM4047</c> (error) — an enforcement document issued before the inspection it follows from. Arguments <c>inspectedOn</c>, <c>issuedOn</c>.</summary>
    public const string InspectedAfterIssue = "SM4047";

    /// <summary><c>SM4048</c> (warning) — a fine stated on an enforcement document that is not a 行政处罚决定书 (it is not counted as a penalty). Argument <c>kind</c>.</summary>
    public const string FineOutsidePenalty = "SM4048";

    /// <summary><c>SM4049</c> (warning) — a 责令限期整改指令书 or 责令停产停业整顿 without its deadline. Argument <c>kind</c>.</summary>
    public const string OrderWithoutDeadline = "SM4049";

    /// <summary><c>SM4050</c> (error) — an enforcement action whose document kind is not set (or not one of the five).</summary>
    public const string EnforcementKindMissing = "SM4050";

    /// <summary><c>SM6001</c> (error) — an accident whose stated grade differs from the grade its figures reach (国务院令第493号 第三条). Arguments <c>stated</c>, <c>computed</c>.</summary>
    public const string AccidentGradeInconsistent = "SM6001";

    /// <summary><c>SM6002</c> (warning) — an accident reported more than an hour after the unit head learned of it (迟报, 第九条). Arguments <c>reportedAt</c>, <c>deadline</c>.</summary>
    public const string AccidentReportedLate = "SM6002";

    /// <summary><c>SM5005</c> (warning) — a report stating more hazards rectified than found. Arguments <c>rectified</c>, <c>found</c>.</summary>
    public const string RectifiedExceedsFound = "SM5005";

    /// <summary><c>SM5006</c> (warning) — a stated figure names a period (<c>6月份</c>) outside the report's period. Arguments <c>figurePeriod</c>, <c>period</c>.</summary>
    public const string FigureOutsideReportPeriod = "SM5006";

    /// <summary><c>SM7001</c> (warning) — a 安全生产月 whose period is not within June. Argument <c>period</c>.</summary>
    public const string SafetyMonthNotInJune = "SM7001";

    /// <summary><c>SM7002</c> (warning) — an activity or inspection of a campaign dated outside the campaign's period. Arguments <c>id</c>, <c>date</c>, <c>period</c>.</summary>
    public const string ActivityOutsideCampaign = "SM7002";
}
