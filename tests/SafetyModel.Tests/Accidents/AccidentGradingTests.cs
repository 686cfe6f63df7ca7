using System.Globalization;
using CsCheck;
using NodaTime;
using SafetyModel.Accidents;
using SafetyModel.Primitives;

namespace SafetyModel.Tests.Accidents;

public class AccidentGradingTests
{
    [Theory]
    [InlineData(2, AccidentGrade.General)]
    [InlineData(3, AccidentGrade.Larger)]
    [InlineData(9, AccidentGrade.Larger)]
    [InlineData(10, AccidentGrade.Major)]
    [InlineData(29, AccidentGrade.Major)]
    [InlineData(30, AccidentGrade.ExtraordinarilyMajor)]
    public void Deaths_at_every_boundary(int deaths, AccidentGrade grade)
    {
        AccidentGrading.Grade(deaths, 0, 0).Should().Be(grade);
        AccidentGrading.Assess(deaths, 0, 0).ByDeaths.Should().Be(grade);
    }

    [Theory]
    [InlineData(9, AccidentGrade.General)]
    [InlineData(10, AccidentGrade.Larger)]
    [InlineData(49, AccidentGrade.Larger)]
    [InlineData(50, AccidentGrade.Major)]
    [InlineData(99, AccidentGrade.Major)]
    [InlineData(100, AccidentGrade.ExtraordinarilyMajor)]
    public void Serious_injuries_at_every_boundary(int injuries, AccidentGrade grade) =>
        AccidentGrading.Grade(0, injuries, 0).Should().Be(grade);

    [Theory]
    [InlineData("999.99", AccidentGrade.General)]
    [InlineData("1000", AccidentGrade.Larger)]
    [InlineData("4999.99", AccidentGrade.Larger)]
    [InlineData("5000", AccidentGrade.Major)]
    [InlineData("9999.99", AccidentGrade.Major)]
    [InlineData("10000", AccidentGrade.ExtraordinarilyMajor)]
    public void Direct_loss_at_every_boundary(string lossTenThousandYuan, AccidentGrade grade) =>
        AccidentGrading.Grade(0, 0, decimal.Parse(lossTenThousandYuan, System.Globalization.CultureInfo.InvariantCulture)).Should().Be(grade);

    [Fact]
    public void The_highest_criterion_wins()
    {
        var assessment = AccidentGrading.Assess(2, 55, 1200m);

        assessment.ByDeaths.Should().Be(AccidentGrade.General);
        assessment.BySeriousInjuries.Should().Be(AccidentGrade.Major);
        assessment.ByDirectLoss.Should().Be(AccidentGrade.Larger);
        assessment.Grade.Should().Be(AccidentGrade.Major);
        assessment.ToString().Should().Be("重大事故 (deaths 一般事故, serious injuries 重大事故, loss 较大事故)");
    }

    [Fact]
    public void The_grade_is_the_maximum_of_the_three_for_any_figures() =>
        Gen.Select(Gen.Int[0, 200], Gen.Int[0, 300], Gen.Decimal[0, 30000]).Sample((d, s, l) =>
        {
            var assessment = AccidentGrading.Assess(d, s, l);
            assessment.Grade.Should().Be(new[] { assessment.ByDeaths, assessment.BySeriousInjuries, assessment.ByDirectLoss }.Max());
            AccidentGrading.Grade(d + 1, s, l).Should().BeOneOf(assessment.Grade, assessment.Grade + 1, AccidentGrade.ExtraordinarilyMajor);
            ((int)AccidentGrading.Grade(d + 1, s + 1, l + 1)).Should().BeGreaterThanOrEqualTo((int)assessment.Grade, "more harm is never a lower grade");
        });

    [Fact]
    public void Negative_figures_are_refused_by_the_grader()
    {
        ((Func<AccidentGrade>)(() => AccidentGrading.Grade(-1, 0, 0))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("deaths");
        ((Func<AccidentGrade>)(() => AccidentGrading.Grade(0, -1, 0))).Should().Throw<ArgumentOutOfRangeException>();
        ((Func<AccidentGrade>)(() => AccidentGrading.Grade(0, 0, -0.01m))).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Theory]
    [InlineData(AccidentGrade.General, "一般事故")]
    [InlineData(AccidentGrade.Larger, "较大事故")]
    [InlineData(AccidentGrade.Major, "重大事故")]
    [InlineData(AccidentGrade.ExtraordinarilyMajor, "特别重大事故")]
    public void Grades_have_their_Chinese_names(AccidentGrade grade, string name) =>
        AccidentGrading.ChineseName(grade).Should().Be(name);

    [Fact]
    public void GB_6441_1986_has_its_twenty_categories_and_other_schemes_can_live_beside_it()
    {
        var scheme = AccidentCategoryScheme.Gb6441Of1986;

        scheme.Categories.Should().HaveCount(20);
        scheme.TryGet("01", out var first).Should().BeTrue();
        first!.ChineseName.Should().Be("物体打击");
        scheme.TryGetByName("中毒和窒息", out var poisoning).Should().BeTrue();
        poisoning!.Code.Should().Be("19");
        scheme.TryGet("21", out _).Should().BeFalse();
        first.ToString().Should().Be("GB 6441-1986 01 物体打击");

        var newer = new AccidentCategoryScheme("GB 6441-2025", new[] { new AccidentCategory("GB 6441-2025", "01", "物体打击", "struck by object") });
        newer.Categories[0].Should().NotBe(first, "the same code in another scheme is another category");
        ((Func<AccidentCategoryScheme>)(() => new AccidentCategoryScheme("X", new[] { first }))).Should().Throw<ArgumentException>();
    }

    private static Accident Fall() => new()
    {
        Id = "A-2022-001",
        OccurredAt = new LocalDateTime(2022, 5, 3, 14, 20),
        Place = "某建筑工地",
        Division = DivisionCode.Parse("150626103", 2023),
        Category = AccidentCategoryScheme.Gb6441Of1986.Categories[8],
        Deaths = 3,
        SeriousInjuries = 1,
        DirectLossTenThousandYuan = 320m,
        ReportedAt = new LocalDateTime(2022, 5, 3, 15, 50),
    };

    [Fact]
    public void An_accident_is_graded_by_its_figures_and_knows_its_deadlines()
    {
        var accident = Fall();

        accident.Grade.Should().Be(AccidentGrade.Larger);
        accident.ReportDeadline.Should().Be(new LocalDateTime(2022, 5, 3, 15, 20));
        accident.ReportedLate.Should().BeTrue("it was reported 90 minutes after the accident");
        accident.CasualtyRevisionUntil.Should().Be(new LocalDate(2022, 6, 2));
        accident.InvestigationReportDue.Should().Be(new LocalDate(2022, 7, 2));
        accident.ToString().Should().Be("A-2022-001 2022-05-03 14:20 高处坠落: 3 dead, 1 seriously injured, 320万元 — 较大事故");
    }

    [Fact]
    public void Road_traffic_and_fire_accidents_are_re_reported_within_seven_days()
    {
        var road = new Accident { OccurredAt = new LocalDateTime(2022, 5, 3, 14, 20), RoadTraffic = true };
        var fire = new Accident { OccurredAt = new LocalDateTime(2022, 5, 3, 14, 20), Category = AccidentCategoryScheme.Gb6441Of1986.Categories[7] };

        road.CasualtyRevisionUntil.Should().Be(new LocalDate(2022, 5, 10));
        fire.HasShortRevisionWindow.Should().BeTrue();
        fire.CasualtyRevisionUntil.Should().Be(new LocalDate(2022, 5, 10));
    }

    [Fact]
    public void The_unit_head_learning_late_moves_the_deadline()
    {
        var accident = new Accident { OccurredAt = new LocalDateTime(2022, 5, 3, 14, 20), UnitHeadInformedAt = new LocalDateTime(2022, 5, 3, 15, 0), ReportedAt = new LocalDateTime(2022, 5, 3, 15, 50) };

        accident.ReportDeadline.Should().Be(new LocalDateTime(2022, 5, 3, 16, 0));
        accident.ReportedLate.Should().BeFalse();
        AccidentReporting.NextLevelReportDeadline(new LocalDateTime(2022, 5, 3, 16, 0)).Should().Be(new LocalDateTime(2022, 5, 3, 18, 0));
    }

    [Fact]
    public void A_record_holds_even_figures_that_break_the_rules_and_grades_them_as_zero()
    {
        var accident = new Accident { Deaths = -2, SeriousInjuries = 12 };

        accident.Deaths.Should().Be(-2);
        accident.Grade.Should().Be(AccidentGrade.Larger);
    }

    [Theory]
    [InlineData(0, 0, "1000", AccidentGrade.Larger)]
    [InlineData(0, 0, "5000", AccidentGrade.Major)]
    [InlineData(0, 10, "0", AccidentGrade.Larger)]
    [InlineData(10, 0, "0", AccidentGrade.Major)]
    [InlineData(0, 0, "-5000", AccidentGrade.General)]
    public void An_accident_is_graded_by_each_of_its_figures(int deaths, int seriousInjuries, string loss, AccidentGrade grade) =>
        new Accident { Deaths = deaths, SeriousInjuries = seriousInjuries, DirectLossTenThousandYuan = decimal.Parse(loss, CultureInfo.InvariantCulture) }
            .Grade.Should().Be(grade);

    [Theory]
    [InlineData(59, false)]
    [InlineData(60, false)]
    [InlineData(61, true)]
    public void A_report_exactly_one_hour_after_the_unit_head_learned_is_on_time(int minutes, bool late) =>
        new Accident { OccurredAt = new LocalDateTime(2022, 5, 3, 14, 20), ReportedAt = new LocalDateTime(2022, 5, 3, 14, 20).PlusMinutes(minutes) }
            .ReportedLate.Should().Be(late, "第九条 gives the unit an hour");

    [Fact]
    public void An_accident_without_a_category_reads_with_a_question_mark()
    {
        var accident = new Accident { Id = "A-1", OccurredAt = new LocalDateTime(2022, 5, 3, 14, 20) };

        accident.ToString().Should().Be("A-1 2022-05-03 14:20 ?: 0 dead, 0 seriously injured, 0万元 — 一般事故");
    }

    [Fact]
    public void A_new_scheme_finds_its_categories_by_code_and_by_name()
    {
        var scheme = new AccidentCategoryScheme("GB 6441-2025", new[]
        {
            new AccidentCategory("GB 6441-2025", "01", "物体打击", "struck by object"),
            new AccidentCategory("GB 6441-2025", "02", "车辆伤害", "vehicle injury"),
        });

        scheme.TryGet("02", out var vehicle).Should().BeTrue();
        vehicle!.ChineseName.Should().Be("车辆伤害");
        scheme.TryGetByName("物体打击", out var struck).Should().BeTrue();
        struck!.Code.Should().Be("01");
        scheme.TryGet("03", out _).Should().BeFalse();
    }

    [Fact]
    public void A_scheme_refuses_what_it_cannot_hold_and_says_why()
    {
        var first = new AccidentCategory("S", "01", "物体打击", "struck by object");

        ((Func<AccidentCategoryScheme>)(() => new AccidentCategoryScheme(" ", new[] { first })))
            .Should().Throw<ArgumentException>().WithParameterName("name").WithMessage("A scheme needs a name.*");
        ((Func<AccidentCategoryScheme>)(() => new AccidentCategoryScheme("T", new[] { first })))
            .Should().Throw<ArgumentException>().WithParameterName("categories").WithMessage("Every category of T must belong to it.*");
        ((Func<AccidentCategoryScheme>)(() => new AccidentCategoryScheme("S", new[] { first, new AccidentCategory("S", "01", "车辆伤害", "vehicle injury") })))
            .Should().Throw<ArgumentException>().WithParameterName("categories").WithMessage("S has two categories with the code 01.*");
        ((Func<AccidentCategory>)(() => new AccidentCategory("S", "01", "", "struck by object")))
            .Should().Throw<ArgumentException>().WithMessage("The * of an accident category must not be*");
    }

    [Fact]
    public void The_grader_says_which_figure_is_negative()
    {
        ((Func<AccidentGrade>)(() => AccidentGrading.Grade(-1, 0, 0))).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("deaths").WithMessage("A number of deaths must not be negative.*");
        ((Func<AccidentGrade>)(() => AccidentGrading.Grade(0, -1, 0))).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("seriousInjuries").WithMessage("A number of serious injuries must not be negative.*");
        ((Func<AccidentGrade>)(() => AccidentGrading.Grade(0, 0, -0.01m))).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("directLossTenThousandYuan").WithMessage("A direct loss must not be negative.*");
    }

    [Fact]
    public void Equal_records_are_equal_and_any_change_breaks_equality()
    {
        Fall().Should().Be(Fall());
        Fall().GetHashCode().Should().Be(Fall().GetHashCode());
        Fall().Should().NotBe(new Accident { Id = "A-2022-001" });
    }
}
