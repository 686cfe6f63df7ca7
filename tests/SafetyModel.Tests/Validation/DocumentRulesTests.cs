using NodaTime;
using SafetyModel.Diagnostics;
using SafetyModel.Documents;
using SafetyModel.Tests.Seed;
using SafetyModel.Text;
using SafetyModel.Validation;

namespace SafetyModel.Tests.Validation;

public class DocumentRulesTests
{
    private static readonly ValidationContext Today = FixedClock.On(2026, 11, 29).Context;

    private static OfficialDocument Seed => DocumentText.Parse(SeedFixture.Text);

    private static OfficialDocument Valid() => new()
    {
        Number = new DocumentNumber("乌兰镇政函", 2022, 297),
        Title = DocumentTitle.Parse("乌兰陶勒盖镇人民政府关于报送乌兰陶勒盖镇2022年安全生产半年工作总结的函"),
        Type = DocumentType.Letter,
        PrimaryRecipients = new[] { "乌审旗安全生产委员会" },
        SignatureOrgans = new[] { "乌兰陶勒盖镇人民政府" },
        Date = new LocalDate(2022, 7, 7),
    };

    [Fact]
    public void The_seed_letter_passes_every_document_rule()
    {
        var report = DocumentRules.Default.Validate(Seed, Today);

        report.Issues.Should().BeEmpty();
        report.IsValid.Should().BeTrue();
    }

    [Fact]
    public void A_well_formed_document_passes()
    {
        DocumentRules.Default.Validate(Valid(), Today).Issues.Should().BeEmpty();
    }

    public static TheoryData<string, string, ValidationSeverity, string> Breaches() => new()
    {
        { "no title", ValidationCodes.Required, ValidationSeverity.Error, "/title" },
        { "unknown type", ValidationCodes.UnknownCode, ValidationSeverity.Information, "/type" },
        { "no date", ValidationCodes.Required, ValidationSeverity.Error, "/date" },
        { "number year", ValidationCodes.NumberYearDiffersFromDate, ValidationSeverity.Warning, "/number" },
        { "future", ValidationCodes.DocumentDateInFuture, ValidationSeverity.Error, "/date" },
        { "1900", ValidationCodes.DocumentDateImplausible, ValidationSeverity.Warning, "/date" },
        { "printed early", ValidationCodes.PrintedBeforeSigned, ValidationSeverity.Error, "/printingDate" },
        { "title type", ValidationCodes.TitleTypeDiffers, ValidationSeverity.Error, "/type" },
        { "upward unsigned", ValidationCodes.UpwardWithoutSigner, ValidationSeverity.Error, "/signers" },
        { "classified", ValidationCodes.ClassifiedWithoutCopyNumber, ValidationSeverity.Error, "/copyNumber" },
        { "secrecy period", ValidationCodes.SecrecyPeriodTooLong, ValidationSeverity.Warning, "/secrecy/years" },
        { "copy number", ValidationCodes.CopyNumberFormat, ValidationSeverity.Warning, "/copyNumber" },
        { "recipient colon", ValidationCodes.RecipientPunctuation, ValidationSeverity.Warning, "/primaryRecipients/0" },
        { "upward recipients", ValidationCodes.UpwardWithSeveralRecipients, ValidationSeverity.Warning, "/primaryRecipients" },
        { "letter printing", ValidationCodes.LetterWithPrintingLine, ValidationSeverity.Warning, "/printingOrgan" },
        { "report request", ValidationCodes.ReportCarriesRequest, ValidationSeverity.Warning, "/outline" },
    };

    private static OfficialDocument Breach(string name)
    {
        var valid = Valid();
        var report = new OfficialDocument
        {
            Number = new DocumentNumber("乌兰镇政发", 2022, 12),
            Title = DocumentTitle.Parse("乌兰陶勒盖镇人民政府关于上半年安全生产工作的报告"),
            Type = DocumentType.Report,
            Signers = new[] { "镇长" },
            PrimaryRecipients = new[] { "乌审旗人民政府" },
            Date = new LocalDate(2022, 7, 7),
            Outline = new[] { new OutlineSection(1, 1, "一、", "工作情况", new[] { "以上报告，妥否，请批示。" }) },
        };
        return name switch
        {
            "no title" => new OfficialDocument { Type = valid.Type, Date = valid.Date },
            "unknown type" => new OfficialDocument { Title = DocumentTitle.Parse("关于X的细则的函"), Type = DocumentType.FromCode("细则"), Date = valid.Date },
            "no date" => new OfficialDocument { Title = valid.Title, Type = valid.Type },
            "number year" => new OfficialDocument { Title = valid.Title, Type = valid.Type, Date = valid.Date, Number = new DocumentNumber("乌兰镇政函", 2021, 297) },
            "future" => new OfficialDocument { Title = valid.Title, Type = valid.Type, Date = new LocalDate(2026, 11, 30) },
            "1900" => new OfficialDocument { Title = valid.Title, Type = valid.Type, Date = new LocalDate(1900, 1, 1) },
            "printed early" => new OfficialDocument { Title = DocumentTitle.Parse("关于X的通知"), Type = DocumentType.Notice, Date = valid.Date, PrintingOrgan = "办公室", PrintingDate = new LocalDate(2022, 7, 6) },
            "title type" => new OfficialDocument { Title = valid.Title, Type = DocumentType.Notice, Date = valid.Date },
            "upward unsigned" => new OfficialDocument { Title = report.Title, Type = DocumentType.Report, Date = valid.Date, PrimaryRecipients = report.PrimaryRecipients },
            "classified" => new OfficialDocument { Title = valid.Title, Type = valid.Type, Date = valid.Date, Secrecy = new SecrecyMarking(SecrecyLevel.Secret, 1) },
            "secrecy period" => new OfficialDocument { Title = valid.Title, Type = valid.Type, Date = valid.Date, Secrecy = new SecrecyMarking(SecrecyLevel.Secret, 15), CopyNumber = "000001" },
            "copy number" => new OfficialDocument { Title = valid.Title, Type = valid.Type, Date = valid.Date, CopyNumber = "1" },
            "recipient colon" => new OfficialDocument { Title = valid.Title, Type = valid.Type, Date = valid.Date, PrimaryRecipients = new[] { "乌审旗安全生产委员会:" } },
            "upward recipients" => new OfficialDocument { Title = report.Title, Type = DocumentType.Report, Signers = report.Signers, Date = valid.Date, PrimaryRecipients = new[] { "乌审旗人民政府", "乌审旗安委会" } },
            "letter printing" => new OfficialDocument { Title = valid.Title, Type = valid.Type, Date = valid.Date, PrintingOrgan = "办公室" },
            "report request" => report,
            _ => throw new ArgumentOutOfRangeException(nameof(name)),
        };
    }

    [Theory]
    [MemberData(nameof(Breaches))]
    public void Every_rule_reports_its_breach_with_code_severity_path_and_both_languages(string breach, string code, ValidationSeverity severity, string path)
    {
        var report = DocumentRules.Default.Validate(Breach(breach), Today);

        var issue = report.Issues.Should().ContainSingle(i => i.Code == code).Which;
        issue.Severity.Should().Be(severity);
        issue.Path.ToString().Should().Be(path);
        issue.Message.English.Should().NotContain("{");
        issue.Message.Chinese.Should().NotContain("{");
        report.Issues.Should().HaveCount(1, "each breach breaks one rule only: {0}", report);
    }

    [Fact]
    public void Messages_carry_the_figures_for_people_and_machines()
    {
        var issue = DocumentRules.Default.Validate(Breach("number year"), Today).Issues.Single();

        issue.Arguments["numberYear"].Should().Be(2021L);
        issue.Arguments["dateYear"].Should().Be(2022L);
        issue.Message.English.Should().Be("The year 2021 in the document number differs from the year of the date, 2022.");
        issue.Message.Chinese.Should().Be("发文字号中的年份 2021 与成文日期的年份 2022 不一致。");
    }

    [Fact]
    public void The_future_is_reckoned_by_the_clock_given()
    {
        var document = Breach("future");

        DocumentRules.Default.Validate(document, FixedClock.On(2026, 11, 30).Context).IsValid.Should().BeTrue();
        DocumentRules.Default.Validate(document, FixedClock.On(2026, 11, 29).Context).IsValid.Should().BeFalse();
    }
}
