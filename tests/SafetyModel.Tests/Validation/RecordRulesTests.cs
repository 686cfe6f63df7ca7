using NodaTime;
using SafetyModel.Accidents;
using SafetyModel.Diagnostics;
using SafetyModel.Primitives;
using SafetyModel.Records;
using SafetyModel.Validation;
using SafetyModel.Work;

namespace SafetyModel.Tests.Validation;

public class RecordRulesTests
{
    private static readonly ValidationContext Today = FixedClock.On(2022, 7, 7).Context;
    private static DivisionCode Town => DivisionCode.Parse("150626103", 2023);

    private static Hazard Rectified() => new()
    {
        Id = "H-1",
        Division = Town,
        Description = "加油站消防器材过期",
        FoundOn = new LocalDate(2022, 5, 10),
        RectificationDeadline = new LocalDate(2022, 5, 20),
        Status = HazardStatus.Rectified,
        RectifiedOn = new LocalDate(2022, 5, 18),
    };

    [Theory]
    [InlineData("inspection", "/start")]
    [InlineData("hazard", "/foundOn")]
    [InlineData("accident", "/occurredAt")]
    [InlineData("meeting", "/date")]
    [InlineData("publicity", "/date")]
    [InlineData("training", "/date")]
    public void A_record_dated_in_the_future_is_reported_at_its_own_date_member(string type, string path)
    {
        var day = new LocalDate(2022, 7, 8);
        IRecord record = type switch
        {
            "inspection" => new Inspection { Id = "X-1", Division = Town, Start = day },
            "hazard" => new Hazard { Id = "X-1", Division = Town, FoundOn = day },
            "accident" => new SafetyModel.Accidents.Accident { Id = "X-1", Division = Town, OccurredAt = day.At(new LocalTime(9, 0)) },
            "meeting" => new Meeting { Id = "X-1", Division = Town, Date = day },
            "publicity" => new PublicityActivity { Id = "X-1", Division = Town, Date = day },
            _ => new Training { Id = "X-1", Division = Town, Date = day },
        };
        var context = new ValidationContext(new FixedClock(new LocalDate(2022, 7, 7)), registry: DivisionRegistry.SampleWushenBanner);

        var issue = RecordCatalogue.Default.Validate(record, context).Issues.Should().ContainSingle().Which;

        issue.Code.Should().Be(ValidationCodes.RecordDateInFuture);
        issue.Path.ToString().Should().Be(path);
        ((Action)(() => RecordRules.DuplicateIds(null!))).Should().Throw<ArgumentNullException>().WithParameterName("records");
    }

    [Fact]
    public void A_well_kept_hazard_passes_every_rule()
    {
        RecordRules.Common.Validate(Rectified(), new ValidationContext(new FixedClock(new LocalDate(2022, 7, 7)), registry: DivisionRegistry.SampleWushenBanner))
            .Issues.Should().BeEmpty();
        RecordRules.Hazards.Validate(Rectified(), Today).Issues.Should().BeEmpty();
    }

    public static TheoryData<string, string, string> CommonBreaches() => new()
    {
        { "no id", ValidationCodes.RecordIdMissing, "/id" },
        { "no division", ValidationCodes.RecordDivisionMissing, "/division" },
        { "unknown division", ValidationCodes.RecordDivisionUnknown, "/division" },
        { "future", ValidationCodes.RecordDateInFuture, "/start" },
    };

    [Theory]
    [MemberData(nameof(CommonBreaches))]
    public void Common_rules_report_their_breach(string breach, string code, string path)
    {
        IRecord record = breach switch
        {
            "no id" => new Meeting { Division = Town, Date = new LocalDate(2022, 3, 1) },
            "no division" => new Meeting { Id = "M-1", Date = new LocalDate(2022, 3, 1) },
            "unknown division" => new Meeting { Id = "M-1", Division = DivisionCode.Parse("150626105"), Date = new LocalDate(2022, 3, 1) },
            _ => new Inspection { Id = "I-1", Division = Town, Start = new LocalDate(2022, 7, 8) },
        };
        var context = new ValidationContext(new FixedClock(new LocalDate(2022, 7, 7)), registry: DivisionRegistry.SampleWushenBanner);

        var issue = RecordCatalogue.Default.Validate(record, context).Issues.Should().ContainSingle().Which;

        issue.Code.Should().Be(code);
        issue.Path.ToString().Should().Be(path);
    }

    [Fact]
    public void Without_a_registry_division_codes_are_checked_by_form_only() =>
        RecordRules.Common.Validate(new Meeting { Id = "M-1", Division = DivisionCode.Parse("150626105"), Date = new LocalDate(2022, 3, 1) }, Today)
            .Issues.Should().BeEmpty();

    [Theory]
    [InlineData("rectified early", ValidationCodes.RectifiedBeforeFound, "/rectifiedOn")]
    [InlineData("deadline early", ValidationCodes.DeadlineBeforeFound, "/rectificationDeadline")]
    [InlineData("overdue", ValidationCodes.HazardOverdue, "/rectificationDeadline")]
    [InlineData("status without date", ValidationCodes.HazardStatusDateMismatch, "/rectifiedOn")]
    [InlineData("date without status", ValidationCodes.HazardStatusDateMismatch, "/status")]
    public void Hazard_rules_report_their_breach(string breach, string code, string path)
    {
        var ok = Rectified();
        var hazard = breach switch
        {
            "rectified early" => new Hazard { Id = "H", FoundOn = ok.FoundOn, Status = HazardStatus.Rectified, RectifiedOn = new LocalDate(2022, 5, 1) },
            "deadline early" => new Hazard { Id = "H", FoundOn = ok.FoundOn, RectificationDeadline = new LocalDate(2022, 5, 1), Status = HazardStatus.Rectified, RectifiedOn = ok.RectifiedOn },
            "overdue" => new Hazard { Id = "H", FoundOn = ok.FoundOn, RectificationDeadline = ok.RectificationDeadline, Status = HazardStatus.Rectifying },
            "status without date" => new Hazard { Id = "H", FoundOn = ok.FoundOn, Status = HazardStatus.Verified },
            _ => new Hazard { Id = "H", FoundOn = ok.FoundOn, Status = HazardStatus.Found, RectifiedOn = ok.RectifiedOn },
        };

        var issue = RecordRules.Hazards.Validate(hazard, Today).Issues.Should().ContainSingle().Which;

        issue.Code.Should().Be(code);
        issue.Path.ToString().Should().Be(path);
        issue.Message.Chinese.Should().NotContain("{");
    }

    [Fact]
    public void A_status_that_disagrees_with_the_date_is_named_by_its_code_and_its_Chinese_name_never_its_CSharp_name()
    {
        var hazard = new Hazard { Id = "H", FoundOn = Rectified().FoundOn, Status = HazardStatus.Verified };

        var issue = RecordRules.Hazards.Validate(hazard, Today).Issues.Single();

        issue.Message.English.Should().Be("The hazard's status (verified, 已验收) and its rectification date disagree.");
        issue.Message.Chinese.Should().Be("隐患状态（已验收，verified）与整改日期不一致。");
        issue.Arguments["status"].Should().Be("verified");
    }

    private static Accident Fall() => new()
    {
        Id = "A-1",
        Division = Town,
        OccurredAt = new LocalDateTime(2022, 5, 3, 14, 20),
        Deaths = 3,
        StatedGrade = AccidentGrade.Larger,
        ReportedAt = new LocalDateTime(2022, 5, 3, 15, 10),
    };

    [Fact]
    public void A_consistent_accident_reported_in_time_passes() => RecordRules.Accidents.Validate(Fall(), Today).Issues.Should().BeEmpty();

    [Fact]
    public void A_stated_grade_the_figures_contradict_is_an_error()
    {
        var accident = new Accident { Id = "A-1", Deaths = 10, StatedGrade = AccidentGrade.Larger };

        var issue = RecordRules.Accidents.Validate(accident, Today).Issues.Single();

        issue.Code.Should().Be(ValidationCodes.AccidentGradeInconsistent);
        issue.Arguments["computed"].Should().Be("重大事故");
        issue.Message.English.Should().Contain("较大事故").And.Contain("重大事故");
    }

    [Fact]
    public void A_late_report_is_a_warning_and_negative_counts_are_errors_of_the_accident_kind()
    {
        var late = new Accident { Id = "A-1", OccurredAt = new LocalDateTime(2022, 5, 3, 14, 20), ReportedAt = new LocalDateTime(2022, 5, 3, 15, 21) };
        var negative = new Accident { Id = "A-2", Deaths = -1, DirectLossTenThousandYuan = -5 };

        RecordRules.Accidents.Validate(late, Today).Issues.Single().Code.Should().Be(ValidationCodes.AccidentReportedLate);
        RecordRules.Accidents.Validate(negative, Today).Issues.Should().BeEmpty("negative figures are checked from the kind's declaration, not by the accident rules");
        RecordKinds.Accident.Validate(negative, Today).Issues.Where(i => i.Code == ValidationCodes.NegativeCount).Select(i => i.Path.ToString()).Should().Equal("/deaths", "/directLossTenThousandYuan");
    }

    [Fact]
    public void Duplicate_ids_in_a_batch_are_reported_where_they_repeat()
    {
        var batch = new IRecord[]
        {
            new Meeting { Id = "M-1" }, new Hazard { Id = "H-1" }, new Meeting { Id = "M-1" }, new Meeting { Id = "" }, new Meeting { Id = "" }, new Hazard { Id = "H-1" },
        };

        var issues = RecordRules.DuplicateIds(batch).ToList();

        issues.Select(i => i.Path.ToString()).Should().Equal("/2/id", "/5/id");
        issues[0].Arguments["first"].Should().Be(0L);
        issues[1].Arguments["first"].Should().Be(1L);
    }

    [Fact]
    public void Duplicate_ids_are_found_while_streaming()
    {
        static IEnumerable<IRecord> Endless()
        {
            for (var i = 0; ; i++)
            {
                yield return new Meeting { Id = i == 5 ? "M-1" : "M-" + i };
            }
        }

        RecordRules.DuplicateIds(Endless()).First().Path.ToString().Should().Be("/5/id");
    }
}
