using System;
using System.Collections.Generic;
using System.Linq;
using SafetyModel.Diagnostics;
using SafetyModel.Documents;
using SafetyModel.Text;

namespace SafetyModel.Validation;

/// <summary>
/// The built-in rules for official documents (GB/T 9704-2012 and 《党政机关公文处理工作条例》): number against date,
/// dates against today (through <see cref="ValidationContext.Clock"/>), the title's type against the declared type,
/// 签发人 on upward documents, 份号 on classified documents, recipients, and the 函 / 报告 / 请示 rules.
/// </summary>
/// <remarks>
/// Paths point into the JSON contract of <see cref="OfficialDocument"/>: camelCase member names such as
/// <c>/number</c>, <c>/date</c>, <c>/primaryRecipients/0</c>. The codes are listed in <c>docs/diagnostic-codes.md</c>.
/// Rules that need knowledge outside the document — whether a cc recipient is a subordinate of the issuer, whether a
/// 请示 asks more than one thing — are not here: they need a registry of organs or a reader of intent.
/// </remarks>
public static class DocumentRules
{
    private static readonly char[] Punctuation = { ':', '：', ',', '，', ';', '；', '。' };
    private static readonly string[] RequestPhrases = { "请批示", "请审批", "请予批准", "妥否", "请批复", "请核准" };

    /// <summary>Gets the built-in rule set, named <c>documents</c>.</summary>
    public static RuleSet<OfficialDocument> Default { get; } = new("documents", new[]
    {
        BuiltInRule.Create<OfficialDocument>(ValidationCodes.Required, ValidationSeverity.Error, "A document has a title and a date.", "公文应有标题和成文日期。", RequiredElements),
        BuiltInRule.Create<OfficialDocument>(ValidationCodes.UnknownCode, ValidationSeverity.Information, "The type is a well-known 文种.", "文种为已知类型。", KnownType),
        BuiltInRule.Create<OfficialDocument>(ValidationCodes.NumberYearDiffersFromDate, ValidationSeverity.Warning, "The number's year is the date's year.", "发文字号年份与成文日期年份一致。", NumberYear),
        BuiltInRule.Create<OfficialDocument>(ValidationCodes.DocumentDateInFuture, ValidationSeverity.Error, "The date is not after today.", "成文日期不晚于今天。", DateInFuture),
        BuiltInRule.Create<OfficialDocument>(ValidationCodes.DocumentDateImplausible, ValidationSeverity.Warning, "The date is not before 1949.", "成文日期不早于1949年。", DateImplausible),
        BuiltInRule.Create<OfficialDocument>(ValidationCodes.PrintedBeforeSigned, ValidationSeverity.Error, "The printing date is not before the date.", "印发日期不早于成文日期。", PrintedBeforeSigned),
        // A declared type the library does not know (细则) is reported by SM2001; titles can only end in known types.
        BuiltInRule.Create<OfficialDocument>(ValidationCodes.TitleTypeDiffers, ValidationSeverity.Error, "The title ends with the declared type.", "标题的文种与声明的文种一致。", TitleType),
        BuiltInRule.Create<OfficialDocument>(ValidationCodes.UpwardWithoutSigner, ValidationSeverity.Error, "An upward document names its signers.", "上行文标注签发人。", Signer),
        BuiltInRule.Create<OfficialDocument>(ValidationCodes.ClassifiedWithoutCopyNumber, ValidationSeverity.Error, "A classified document has a copy number.", "涉密公文标注份号。", CopyNumberRequired),
        BuiltInRule.Create<OfficialDocument>(ValidationCodes.SecrecyPeriodTooLong, ValidationSeverity.Warning, "A secrecy period is within the statute's default maximum.", "保密期限不超过法定默认最长期限。", SecrecyPeriod),
        BuiltInRule.Create<OfficialDocument>(ValidationCodes.CopyNumberFormat, ValidationSeverity.Warning, "A copy number is six Arabic digits.", "份号为6位阿拉伯数字。", CopyNumberFormat),
        BuiltInRule.Create<OfficialDocument>(ValidationCodes.RecipientPunctuation, ValidationSeverity.Warning, "Recipient names carry no punctuation.", "主送机关名称不含标点。", RecipientPunctuation),
        BuiltInRule.Create<OfficialDocument>(ValidationCodes.UpwardWithSeveralRecipients, ValidationSeverity.Warning, "An upward document has one primary recipient.", "上行文只有一个主送机关。", UpwardRecipients),
        BuiltInRule.Create<OfficialDocument>(ValidationCodes.LetterWithPrintingLine, ValidationSeverity.Warning, "A letter has no printing line.", "函不标注印发机关和印发日期。", LetterPrinting),
        BuiltInRule.Create<OfficialDocument>(ValidationCodes.ReportCarriesRequest, ValidationSeverity.Warning, "A report carries no request.", "报告不夹带请示事项。", ReportRequest),
    });

    private static IEnumerable<ValidationIssue> RequiredElements(OfficialDocument document, ValidationContext context, ValidationSeverity severity)
    {
        if (document.Title is null)
        {
            yield return BuiltInRule.Issue(ValidationCodes.Required, severity, "title", ("member", "title"));
        }

        if (document.Date is null)
        {
            yield return BuiltInRule.Issue(ValidationCodes.Required, severity, "date", ("member", "date"));
        }
    }

    private static IEnumerable<ValidationIssue> KnownType(OfficialDocument document, ValidationContext context, ValidationSeverity severity)
    {
        if (document.Type.Code.Length > 0 && !document.Type.IsKnown)
        {
            yield return BuiltInRule.Issue(ValidationCodes.UnknownCode, severity, "type", ("code", document.Type.Code), ("list", nameof(DocumentType)));
        }
    }

    private static IEnumerable<ValidationIssue> NumberYear(OfficialDocument document, ValidationContext context, ValidationSeverity severity)
    {
        if (document.Number is { Kind: DocumentNumberKind.Dated } number && document.Date is { } date && number.Year != date.Year)
        {
            yield return BuiltInRule.Issue(ValidationCodes.NumberYearDiffersFromDate, severity, "number", ("numberYear", number.Year), ("dateYear", date.Year));
        }
    }

    private static IEnumerable<ValidationIssue> DateInFuture(OfficialDocument document, ValidationContext context, ValidationSeverity severity)
    {
        if (document.Date is { } date && date > context.Today)
        {
            yield return BuiltInRule.Issue(ValidationCodes.DocumentDateInFuture, severity, "date", ("date", date), ("today", context.Today));
        }
    }

    private static IEnumerable<ValidationIssue> DateImplausible(OfficialDocument document, ValidationContext context, ValidationSeverity severity)
    {
        if (document.Date is { } date && date.Year < 1949)
        {
            yield return BuiltInRule.Issue(ValidationCodes.DocumentDateImplausible, severity, "date", ("date", date));
        }
    }

    private static IEnumerable<ValidationIssue> PrintedBeforeSigned(OfficialDocument document, ValidationContext context, ValidationSeverity severity)
    {
        if (document.PrintingDate is { } printed && document.Date is { } date && printed < date)
        {
            yield return BuiltInRule.Issue(ValidationCodes.PrintedBeforeSigned, severity, "printingDate", ("printingDate", printed), ("date", date));
        }
    }

    private static IEnumerable<ValidationIssue> TitleType(OfficialDocument document, ValidationContext context, ValidationSeverity severity)
    {
        if (document.Title is { } title && document.Type.IsKnown && title.Type != document.Type)
        {
            yield return BuiltInRule.Issue(ValidationCodes.TitleTypeDiffers, severity, "type", ("titleType", title.Type.ChineseName), ("declaredType", document.Type.ChineseName));
        }
    }

    private static IEnumerable<ValidationIssue> Signer(OfficialDocument document, ValidationContext context, ValidationSeverity severity)
    {
        if (document.Direction == DocumentDirection.Upward && document.Signers.Count == 0)
        {
            yield return BuiltInRule.Issue(ValidationCodes.UpwardWithoutSigner, severity, "signers");
        }
    }

    private static IEnumerable<ValidationIssue> CopyNumberRequired(OfficialDocument document, ValidationContext context, ValidationSeverity severity)
    {
        if (document.Secrecy is { } secrecy && string.IsNullOrWhiteSpace(document.CopyNumber))
        {
            yield return BuiltInRule.Issue(ValidationCodes.ClassifiedWithoutCopyNumber, severity, "copyNumber", ("level", SecrecyMarking.ChineseName(secrecy.Level)));
        }
    }

    private static IEnumerable<ValidationIssue> SecrecyPeriod(OfficialDocument document, ValidationContext context, ValidationSeverity severity)
    {
        if (document.Secrecy is { Years: { } years } secrecy && years > secrecy.DefaultMaximumYears)
        {
            yield return ValidationIssue.Create(
                ValidationCodes.SecrecyPeriodTooLong,
                severity,
                JsonPointer.Root.Append("secrecy").Append("years"),
                DiagnosticArguments.Create(("years", years), ("maximum", secrecy.DefaultMaximumYears)));
        }
    }

    private static IEnumerable<ValidationIssue> CopyNumberFormat(OfficialDocument document, ValidationContext context, ValidationSeverity severity)
    {
        if (document.CopyNumber is { Length: > 0 } copy && (copy.Length != 6 || copy.Any(c => c is < '0' or > '9')))
        {
            yield return BuiltInRule.Issue(ValidationCodes.CopyNumberFormat, severity, "copyNumber", ("copyNumber", copy));
        }
    }

    private static IEnumerable<ValidationIssue> RecipientPunctuation(OfficialDocument document, ValidationContext context, ValidationSeverity severity)
    {
        for (var i = 0; i < document.PrimaryRecipients.Count; i++)
        {
            var recipient = document.PrimaryRecipients[i];
            if (recipient.IndexOfAny(Punctuation) >= 0)
            {
                yield return ValidationIssue.Create(
                    ValidationCodes.RecipientPunctuation,
                    severity,
                    JsonPointer.Root.Append("primaryRecipients").Append(i),
                    DiagnosticArguments.Create(("recipient", recipient)));
            }
        }
    }

    private static IEnumerable<ValidationIssue> UpwardRecipients(OfficialDocument document, ValidationContext context, ValidationSeverity severity)
    {
        if (document.Direction == DocumentDirection.Upward && document.PrimaryRecipients.Count > 1)
        {
            yield return BuiltInRule.Issue(ValidationCodes.UpwardWithSeveralRecipients, severity, "primaryRecipients", ("count", document.PrimaryRecipients.Count));
        }
    }

    private static IEnumerable<ValidationIssue> LetterPrinting(OfficialDocument document, ValidationContext context, ValidationSeverity severity)
    {
        if (document.Type == DocumentType.Letter && (document.PrintingOrgan is not null || document.PrintingDate is not null))
        {
            yield return BuiltInRule.Issue(ValidationCodes.LetterWithPrintingLine, severity, document.PrintingOrgan is not null ? "printingOrgan" : "printingDate");
        }
    }

    private static IEnumerable<ValidationIssue> ReportRequest(OfficialDocument document, ValidationContext context, ValidationSeverity severity)
    {
        if (document.Type != DocumentType.Report)
        {
            yield break;
        }

        var texts = new[] { document.Title?.Subject ?? string.Empty }.Concat(document.Preamble).Concat(Paragraphs(document.Outline));
        var phrase = texts.SelectMany(t => RequestPhrases.Where(p => t.IndexOf(p, StringComparison.Ordinal) >= 0)).FirstOrDefault();
        if (phrase is not null)
        {
            yield return BuiltInRule.Issue(ValidationCodes.ReportCarriesRequest, severity, "outline", ("phrase", phrase));
        }
    }

    private static IEnumerable<string> Paragraphs(IEnumerable<OutlineSection> sections) =>
        sections.SelectMany(s => new[] { s.Heading }.Concat(s.Paragraphs).Concat(Paragraphs(s.Children)));
}
