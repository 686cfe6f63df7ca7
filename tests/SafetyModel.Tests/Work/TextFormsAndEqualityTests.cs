using NodaTime;
using SafetyModel.Accidents;
using SafetyModel.Primitives;
using SafetyModel.Reports;
using SafetyModel.Work;

namespace SafetyModel.Tests.Work;

/// <summary>
/// What the small model values write of themselves (for logs and messages) and how they compare: equal by content,
/// through <see cref="object.Equals(object)"/> as well as their typed <c>Equals</c>, with hash codes that agree.
/// </summary>
public class TextFormsAndEqualityTests
{
    [Theory]
    [InlineData(MeetingKind.Regular, "M-1 2022-05-01 例会")]
    [InlineData(MeetingKind.Special, "M-1 2022-05-01 专题会议")]
    [InlineData(MeetingKind.Other, "M-1 2022-05-01 会议")]
    public void A_meeting_writes_its_id_date_and_kind(MeetingKind kind, string text) =>
        new Meeting { Id = "M-1", Date = new LocalDate(2022, 5, 1), Kind = kind }.ToString().Should().Be(text);

    [Fact]
    public void A_campaign_writes_its_name_and_period()
    {
        new Campaign { Id = "C-1", Name = "安全生产月", Period = ReportingPeriod.ForMonth(2022, 6) }.ToString().Should().Be("安全生产月 (2022年6月)");
        new Campaign { Id = "C-2", Name = "百日攻坚" }.ToString().Should().Be("百日攻坚 ()");
    }

    [Theory]
    [InlineData(GroupRole.Leader, "镇党委书记", null, null, "组长: 镇党委书记")]
    [InlineData(GroupRole.DeputyLeader, null, "派出所", null, "副组长: 派出所")]
    [InlineData(GroupRole.Member, null, null, "张三", "成员: 张三")]
    [InlineData(GroupRole.Member, "专职干事", "安办", "李四", "成员: 专职干事")]
    public void A_group_member_writes_role_and_the_first_of_post_unit_and_name(GroupRole role, string? post, string? unit, string? person, string text) =>
        new GroupMember(role, post, unit, person).ToString().Should().Be(text);

    [Fact]
    public void Group_members_compare_by_every_part()
    {
        var member = new GroupMember(GroupRole.Leader, "镇长", "镇政府", "王五");

        member.Equals((object)new GroupMember(GroupRole.Leader, "镇长", "镇政府", "王五")).Should().BeTrue();
        member.GetHashCode().Should().Be(new GroupMember(GroupRole.Leader, "镇长", "镇政府", "王五").GetHashCode());
        member.Should().NotBe(new GroupMember(GroupRole.DeputyLeader, "镇长", "镇政府", "王五"));
        member.Should().NotBe(new GroupMember(GroupRole.Leader, "副镇长", "镇政府", "王五"));
        member.Should().NotBe(new GroupMember(GroupRole.Leader, "镇长", "派出所", "王五"));
        member.Should().NotBe(new GroupMember(GroupRole.Leader, "镇长", "镇政府", "赵六"));
        member.Equals((object)"组长").Should().BeFalse();
    }

    [Fact]
    public void A_figure_writes_its_indicator_and_quantity_and_compares_by_both()
    {
        var figure = new Figure(Indicator.Leaflets, Quantity.Parse("500余份"));

        figure.ToString().Should().Be("宣传单 " + Quantity.Parse("500余份"));
        figure.Equals((object)new Figure(Indicator.Leaflets, Quantity.Parse("500余份"))).Should().BeTrue();
        figure.GetHashCode().Should().Be(new Figure(Indicator.Leaflets, Quantity.Parse("500余份")).GetHashCode());
        figure.Should().NotBe(new Figure(Indicator.Banners, Quantity.Parse("500余份")));
        figure.Should().NotBe(new Figure(Indicator.Leaflets, Quantity.Parse("500份")));
        figure.Equals((object)"宣传资料").Should().BeFalse();
    }

    [Fact]
    public void A_stated_figure_compares_by_content_through_object_equality()
    {
        var stated = new StatedFigure { Indicator = Indicator.Inspections, Quantity = Quantity.Parse("7次") };

        stated.Equals((object)new StatedFigure { Indicator = Indicator.Inspections, Quantity = Quantity.Parse("7次") }).Should().BeTrue();
        stated.GetHashCode().Should().Be(new StatedFigure { Indicator = Indicator.Inspections, Quantity = Quantity.Parse("7次") }.GetHashCode());
        stated.Equals((object)new StatedFigure { Indicator = Indicator.Meetings, Quantity = Quantity.Parse("7次") }).Should().BeFalse();
        stated.Equals((object)"7次").Should().BeFalse();
    }

    [Fact]
    public void A_grade_assessment_compares_by_its_three_criteria()
    {
        var assessment = AccidentGrading.Assess(deaths: 3, seriousInjuries: 0, directLossTenThousandYuan: 100m);

        assessment.Equals((object)AccidentGrading.Assess(3, 0, 100m)).Should().BeTrue();
        assessment.GetHashCode().Should().Be(AccidentGrading.Assess(3, 0, 100m).GetHashCode());
        assessment.Should().NotBe(AccidentGrading.Assess(1, 0, 100m));
        assessment.Should().NotBe(AccidentGrading.Assess(3, 10, 100m));
        assessment.Should().NotBe(AccidentGrading.Assess(3, 0, 1000m));
        assessment.Equals((object)"较大事故").Should().BeFalse();
    }

    [Fact]
    public void Registries_and_schemes_say_how_much_they_hold()
    {
        DivisionRegistry.Empty.ToString().Should().Be("0 divisions");
        DivisionRegistry.Empty.With(DivisionCode.Parse("150626103"), "乌兰陶勒盖镇").ToString().Should().Be("1 division");
        DivisionRegistry.SampleWushenBanner.ToString().Should().Be($"{DivisionRegistry.SampleWushenBanner.Count} divisions");
        AccidentCategoryScheme.Gb6441Of1986.ToString().Should().Be($"GB 6441-1986 ({AccidentCategoryScheme.Gb6441Of1986.Categories.Count} categories)");
        AccidentCategoryScheme.Gb6441Of1986.Name.Should().Be("GB 6441-1986");
        ((Func<DivisionRegistry>)(() => new DivisionRegistry(null!))).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("entries");
    }

    [Fact]
    public void The_reporting_limits_of_order_493_are_an_hour_for_the_unit_and_two_hours_a_level()
    {
        AccidentReporting.UnitReportLimit.Should().Be(Duration.FromHours(1));
        AccidentReporting.PerLevelReportLimit.Should().Be(Duration.FromHours(2));
        AccidentReporting.CasualtyRevisionDays.Should().Be(30);
    }

    [Fact]
    public void Credit_codes_compare_by_value_with_both_operators()
    {
        var code = UnifiedSocialCreditCode.Parse("91330100799655058B");

        (code == UnifiedSocialCreditCode.Parse("91330100799655058B")).Should().BeTrue();
        (code != UnifiedSocialCreditCode.Parse("91330100799655058B")).Should().BeFalse();
        (code != default).Should().BeTrue();
        code.GetHashCode().Should().Be(UnifiedSocialCreditCode.Parse("91330100799655058B").GetHashCode());
    }
}
