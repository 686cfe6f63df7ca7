using NodaTime;
using SafetyModel.Accidents;
using SafetyModel.Diagnostics;
using SafetyModel.Documents;
using SafetyModel.Primitives;
using SafetyModel.Reports;
using SafetyModel.Text;
using SafetyModel.Validation;
using SafetyModel.Work;

namespace SafetyModel.Tests.Validation;

/// <summary>
/// The corners of the built-in rules that mutation testing found untested: where a request phrase may hide in a
/// report, the exact bounds of the copy-number and punctuation checks, the member each issue names, records without
/// an id, and the messages of refused arguments.
/// </summary>
public class ValidationCornerTests
{
    private static ValidationContext Today => FixedClock.On(2026, 11, 29).Context;

    private static IEnumerable<ValidationIssue> Issues(OfficialDocument document, string code) =>
        DocumentRules.Default.Validate(document, Today).Issues.Where(i => i.Code == code);

    private static OfficialDocument Report(
        string subject = "上半年安全生产工作", string[]? preamble = null, OutlineSection[]? outline = null, DocumentType? type = null) => new()
    {
        Title = DocumentTitle.Parse($"乌兰陶勒盖镇人民政府关于{subject}的{(type ?? DocumentType.Report).ChineseName}"),
        Type = type ?? DocumentType.Report,
        Signers = new[] { "镇长" },
        PrimaryRecipients = new[] { "乌审旗人民政府" },
        Date = new LocalDate(2022, 7, 7),
        Preamble = preamble ?? Array.Empty<string>(),
        Outline = outline ?? new[] { new OutlineSection(1, 1, "一、", "工作情况", new[] { "全镇开展检查7次。" }) },
    };

    [Fact]
    public void A_report_without_a_request_phrase_passes()
    {
        Issues(Report(), ValidationCodes.ReportCarriesRequest).Should().BeEmpty();
    }

    public static TheoryData<string, OfficialDocument, string> ReportsCarryingRequests() => new()
    {
        { "in the title's subject", Report(subject: "增拨安全生产经费妥否"), "妥否" },
        { "in the preamble", Report(preamble: new[] { "现将上半年工作报告如下，请审批。" }), "请审批" },
        { "at the very start of a paragraph", Report(preamble: new[] { "请批复。" }), "请批复" },
        { "in a heading", Report(outline: new[] { new OutlineSection(1, 1, "一、", "请予批准的事项") }), "请予批准" },
        {
            "in a sub-section's paragraph",
            Report(outline: new[]
            {
                new OutlineSection(1, 1, "一、", "工作情况", new[] { "全镇开展检查7次。" }, new[] { new OutlineSection(2, 1, "（一）", "经费", new[] { "以上请核准。" }) }),
            }),
            "请核准"
        },
    };

    [Theory]
    [MemberData(nameof(ReportsCarryingRequests))]
    public void A_request_phrase_anywhere_in_a_report_is_reported(string place, OfficialDocument report, string phrase)
    {
        var issue = Issues(report, ValidationCodes.ReportCarriesRequest).Should().ContainSingle(place).Which;

        issue.Arguments["phrase"].Should().Be(phrase);
        issue.Path.ToString().Should().Be("/outline");
    }

    [Fact]
    public void A_request_phrase_in_a_document_that_is_not_a_report_is_not_reported()
    {
        Issues(Report(preamble: new[] { "以上通知，请批示。" }, type: DocumentType.Notice), ValidationCodes.ReportCarriesRequest).Should().BeEmpty();
    }

    [Theory]
    [InlineData("000001", false)]
    [InlineData("999999", false)]
    [InlineData("00012a", true)]
    [InlineData("a00012", true)]
    [InlineData("00001/", true)]
    [InlineData("00001:", true)]
    [InlineData("00001", true)]
    [InlineData("0000001", true)]
    public void A_copy_number_is_six_digits(string copyNumber, bool reported)
    {
        var document = new OfficialDocument { Title = Report().Title, Type = DocumentType.Report, Signers = new[] { "镇长" }, Date = new LocalDate(2022, 7, 7), CopyNumber = copyNumber };

        Issues(document, ValidationCodes.CopyNumberFormat).Should().HaveCount(reported ? 1 : 0, copyNumber);
    }

    [Theory]
    [InlineData("乌审旗安委会", false)]
    [InlineData("，乌审旗安委会", true)]
    [InlineData("乌审旗安委会。", true)]
    [InlineData("乌审旗;安委会", true)]
    public void Punctuation_anywhere_in_a_recipient_is_reported_at_that_recipient(string recipient, bool reported)
    {
        var document = new OfficialDocument
        {
            Title = DocumentTitle.Parse("乌兰陶勒盖镇人民政府关于开展安全生产月活动的通知"),
            Type = DocumentType.Notice,
            Date = new LocalDate(2022, 6, 1),
            PrimaryRecipients = new[] { "各嘎查村", recipient },
        };

        var issues = Issues(document, ValidationCodes.RecipientPunctuation).ToList();

        issues.Select(i => i.Path.ToString()).Should().Equal(reported ? new[] { "/primaryRecipients/1" } : Array.Empty<string>());
    }

    [Theory]
    [InlineData(true, false, "/printingOrgan")]
    [InlineData(false, true, "/printingDate")]
    [InlineData(true, true, "/printingOrgan")]
    public void A_letter_with_a_printing_line_is_reported_at_the_part_it_has(bool organ, bool date, string path)
    {
        var letter = new OfficialDocument
        {
            Title = DocumentTitle.Parse("乌兰陶勒盖镇人民政府关于报送半年工作总结的函"),
            Type = DocumentType.Letter,
            Date = new LocalDate(2022, 7, 7),
            PrintingOrgan = organ ? "党政综合办公室" : null,
            PrintingDate = date ? new LocalDate(2022, 7, 8) : null,
        };

        Issues(letter, ValidationCodes.LetterWithPrintingLine).Should().ContainSingle().Which.Path.ToString().Should().Be(path);
    }

    [Fact]
    public void A_missing_title_or_date_names_the_member_for_machines()
    {
        var issues = DocumentRules.Default.Validate(new OfficialDocument(), Today).Issues.Where(i => i.Code == ValidationCodes.Required).ToList();

        issues.Select(i => i.Arguments["member"]).Should().Equal("title", "date");
        issues.Select(i => i.Path.ToString()).Should().Equal("/title", "/date");
    }

    [Fact]
    public void A_document_without_a_type_is_not_reported_as_of_an_unknown_type()
    {
        DocumentRules.Default.Validate(new OfficialDocument(), Today).Issues.Should().NotContain(i => i.Code == ValidationCodes.UnknownCode);
    }

    [Fact]
    public void Every_negative_count_of_an_accident_is_reported_at_its_member()
    {
        var accident = new Accident { Id = "A-1", Deaths = -1, SeriousInjuries = -2, MinorInjuries = -3, Missing = -4, DirectLossTenThousandYuan = -5 };

        var issues = SafetyModel.Records.RecordKinds.Accident.Validate(accident, Today).Issues.Where(i => i.Code == ValidationCodes.NegativeCount).ToList();

        var members = new[] { "deaths", "seriousInjuries", "minorInjuries", "missing", "directLossTenThousandYuan" };
        issues.Select(i => i.Path.ToString()).Should().Equal(members.Select(m => "/" + m));
        issues.Select(i => i.Arguments["member"]).Should().Equal(members);
    }

    [Fact]
    public void A_contradicted_grade_and_a_late_report_point_at_their_members()
    {
        var accident = new Accident
        {
            Id = "A-1",
            Deaths = 10,
            StatedGrade = AccidentGrade.Larger,
            OccurredAt = new LocalDateTime(2022, 5, 3, 14, 20),
            ReportedAt = new LocalDateTime(2022, 5, 3, 16, 0),
        };

        var issues = RecordRules.Accidents.Validate(accident, Today).Issues;

        issues.Single(i => i.Code == ValidationCodes.AccidentGradeInconsistent).Path.ToString().Should().Be("/statedGrade");
        issues.Single(i => i.Code == ValidationCodes.AccidentReportedLate).Path.ToString().Should().Be("/reportedAt");
    }

    [Fact]
    public void Records_without_an_id_and_null_records_are_not_looked_up_by_a_campaign()
    {
        var campaign = new Campaign { Id = "C-1", Period = ReportingPeriod.ForMonth(2022, 6), ActivityIds = new[] { "", "P-1" } };
        var records = new IRecord[]
        {
            null!,
            new PublicityActivity { Id = "", Date = new LocalDate(2022, 9, 1) },
            new PublicityActivity { Id = "P-1", Date = new LocalDate(2022, 9, 2) },
        };

        var issues = CampaignRules.ActivitiesOutside(campaign, records).ToList();

        issues.Select(i => i.Path.ToString()).Should().Equal("/activityIds/1");
    }

    private static ValidationIssue Issue(string code = "X9001", ValidationSeverity severity = ValidationSeverity.Warning) =>
        new(code, severity, JsonPointer.Parse("/a"), new LocalizedText("Message.", "消息。"));

    [Fact]
    public void Issues_differing_only_in_code_are_not_equal()
    {
        Issue().Should().Be(Issue());
        Issue().Equals(Issue("X9002")).Should().BeFalse();
        Issue().Equals((object?)null).Should().BeFalse();
    }

    [Fact]
    public void Refused_issue_and_rule_arguments_say_why()
    {
        var message = new LocalizedText("x", "x");

        ((Action)(() => _ = new ValidationIssue(" ", ValidationSeverity.Error, default, message))).Should().Throw<ArgumentException>()
            .WithMessage("A validation code must not be empty.*").Which.ParamName.Should().Be("code");
        ((Action)(() => _ = new ValidationIssue("X", (ValidationSeverity)7, default, message))).Should().Throw<ArgumentException>()
            .WithMessage("7 is not a defined severity.*");
        ((Action)(() => _ = new ValidationRule<Hazard>(null!, ValidationSeverity.Error, message, (_, _) => Array.Empty<ValidationIssue>())))
            .Should().Throw<ArgumentNullException>().WithParameterName("code");
        ((Action)(() => _ = new ValidationRule<Hazard>(" ", ValidationSeverity.Error, message, (_, _) => Array.Empty<ValidationIssue>())))
            .Should().Throw<ArgumentException>().WithMessage("A rule code must not be empty.*").Which.ParamName.Should().Be("code");
        ((Action)(() => RecordRules.Hazards.WithSeverity(RecordRules.Hazards.Rules[0].Code, (ValidationSeverity)9))).Should().Throw<ArgumentException>()
            .WithMessage("9 is not a defined severity.*").Which.ParamName.Should().Be("severity");
    }

    [Fact]
    public void A_report_is_refused_a_null_list_or_a_null_issue_by_name()
    {
        ((Action)(() => _ = new ValidationReport(null!))).Should().Throw<ArgumentNullException>().WithParameterName("issues");
        ((Action)(() => _ = new ValidationReport(new[] { Issue(), null! }))).Should().Throw<ArgumentNullException>()
            .WithMessage("A validation report cannot hold a null issue.*").Which.ParamName.Should().Be("issues");
    }

    [Fact]
    public void Reports_holding_different_issues_hash_differently()
    {
        var one = new ValidationReport(new[] { Issue() });
        var other = new ValidationReport(new[] { Issue("X9002") });

        one.GetHashCode().Should().Be(new ValidationReport(new[] { Issue() }).GetHashCode());
        one.GetHashCode().Should().NotBe(other.GetHashCode(), "the hash is built from every issue");
    }
}
