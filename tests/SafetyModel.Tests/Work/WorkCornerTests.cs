using NodaTime;
using SafetyModel.Primitives;
using SafetyModel.Work;

namespace SafetyModel.Tests.Work;

/// <summary>
/// The corners of the work records that mutation testing found untested: defaults, the parts equality compares one at
/// a time, text forms, the zone a hazard's deadline is judged in, and the messages of refused arguments.
/// </summary>
public class WorkCornerTests
{
    private static Organisation Gas() => new()
    {
        Name = "某某燃气有限公司",
        ShortName = "某某燃气",
        Kind = OrganisationKind.Enterprise,
        Division = DivisionCode.Parse("150626103"),
        CreditCode = UnifiedSocialCreditCode.Parse("91330100799655058B"),
        Sector = Sector.Construction,
    };

    public static TheoryData<string, Organisation> OrganisationsDifferingInOnePart() => new()
    {
        { "name", new Organisation { Name = "另一燃气有限公司", ShortName = "某某燃气", Kind = OrganisationKind.Enterprise, Division = DivisionCode.Parse("150626103"), CreditCode = UnifiedSocialCreditCode.Parse("91330100799655058B"), Sector = Sector.Construction } },
        { "short name", new Organisation { Name = "某某燃气有限公司", ShortName = null, Kind = OrganisationKind.Enterprise, Division = DivisionCode.Parse("150626103"), CreditCode = UnifiedSocialCreditCode.Parse("91330100799655058B"), Sector = Sector.Construction } },
        { "kind", new Organisation { Name = "某某燃气有限公司", ShortName = "某某燃气", Kind = OrganisationKind.Institution, Division = DivisionCode.Parse("150626103"), CreditCode = UnifiedSocialCreditCode.Parse("91330100799655058B"), Sector = Sector.Construction } },
        { "division", new Organisation { Name = "某某燃气有限公司", ShortName = "某某燃气", Kind = OrganisationKind.Enterprise, Division = DivisionCode.Parse("150626100"), CreditCode = UnifiedSocialCreditCode.Parse("91330100799655058B"), Sector = Sector.Construction } },
        { "credit code", new Organisation { Name = "某某燃气有限公司", ShortName = "某某燃气", Kind = OrganisationKind.Enterprise, Division = DivisionCode.Parse("150626103"), Sector = Sector.Construction } },
        { "sector", new Organisation { Name = "某某燃气有限公司", ShortName = "某某燃气", Kind = OrganisationKind.Enterprise, Division = DivisionCode.Parse("150626103"), CreditCode = UnifiedSocialCreditCode.Parse("91330100799655058B"), Sector = Sector.RoadTraffic } },
    };

    [Theory]
    [MemberData(nameof(OrganisationsDifferingInOnePart))]
    public void Organisations_differing_in_one_part_are_not_equal(string part, Organisation other)
    {
        Gas().Equals(other).Should().BeFalse(part);
        other.Equals(Gas()).Should().BeFalse(part);
        Gas().Equals((object)Gas()).Should().BeTrue();
        Gas().GetHashCode().Should().Be(Gas().GetHashCode());
    }

    [Fact]
    public void An_organisation_without_a_name_has_the_empty_name()
    {
        new Organisation().Name.Should().BeEmpty();
        new Organisation().ToString().Should().BeEmpty();
        Gas().ToString().Should().Be("某某燃气有限公司");
    }

    private static LeadershipGroup Group(string? name = null, int officers = 1, string leader = "镇党委书记")
    {
        var members = new[] { new GroupMember(GroupRole.Leader, leader), new GroupMember(GroupRole.Member, unit: "派出所") };
        return name is null
            ? new LeadershipGroup { Members = members, FullTimeSafetyOfficers = officers }
            : new LeadershipGroup { Name = name, Members = members, FullTimeSafetyOfficers = officers };
    }

    [Fact]
    public void A_leadership_group_is_named_安全生产工作领导小组_unless_named_otherwise()
    {
        new LeadershipGroup().Name.Should().Be("安全生产工作领导小组");
        Group("安全生产委员会").Name.Should().Be("安全生产委员会");
    }

    [Fact]
    public void Leadership_groups_compare_by_name_members_and_officers()
    {
        Group().Equals((object)Group()).Should().BeTrue();
        Group().GetHashCode().Should().Be(Group().GetHashCode());
        Group().Equals(Group("安全生产委员会")).Should().BeFalse("the names differ");
        Group().Equals(Group(leader: "镇长")).Should().BeFalse("the leaders differ");
        Group().Equals(Group(officers: 2)).Should().BeFalse("the officer counts differ");
        Group().Equals(null).Should().BeFalse();
    }

    [Fact]
    public void A_leadership_group_writes_its_name_members_and_officers()
    {
        Group(officers: 2).ToString().Should().Be("安全生产工作领导小组: 组长: 镇党委书记；成员: 派出所; 专职干事 2名");
        new LeadershipGroup().ToString().Should().Be("安全生产工作领导小组: ; 专职干事 0名");
    }

    [Fact]
    public void A_group_member_without_a_post_is_written_by_its_unit_before_its_person()
    {
        new GroupMember(GroupRole.Member, null, "安办", "李四").ToString().Should().Be("成员: 安办");
    }

    [Fact]
    public void A_group_member_without_post_unit_or_person_is_refused_with_the_rule()
    {
        var create = () => new GroupMember(GroupRole.Member, " ", "", null);

        create.Should().Throw<ArgumentException>()
            .WithMessage("A group member is named by a post, a unit or a person.*").Which.ParamName.Should().Be("post");
    }

    [Fact]
    public void A_hazard_writes_its_level_in_Chinese()
    {
        new Hazard { Id = "H-2", Level = HazardLevel.Major, Description = "储罐区无防雷检测", Status = HazardStatus.Found }
            .ToString().Should().Be("H-2 重大事故隐患 储罐区无防雷检测 (已发现)");
        new Hazard { Id = "H-3", Level = HazardLevel.General, Description = "通道堵塞", Status = HazardStatus.Rectified }
            .ToString().Should().Be("H-3 一般事故隐患 通道堵塞 (已整改)");
    }

    [Fact]
    public void A_hazard_is_judged_overdue_on_the_date_in_the_zone_given()
    {
        // 2022-05-20 17:00 UTC is 2022-05-21 01:00 in China: the day after the deadline there, the deadline itself in UTC.
        var clock = new InstantClock(Instant.FromUtc(2022, 5, 20, 17, 0));
        var hazard = new Hazard { Id = "H-1", RectificationDeadline = new LocalDate(2022, 5, 20), Status = HazardStatus.Rectifying };

        hazard.IsOverdue(clock).Should().BeTrue("the default zone is Asia/Shanghai");
        hazard.IsOverdue(clock, DateTimeZone.Utc).Should().BeFalse("in UTC it is still the deadline day");
        hazard.IsOverdue(clock, DateTimeZoneProviders.Tzdb["Asia/Shanghai"]).Should().BeTrue();
        ((Func<bool>)(() => hazard.IsOverdue(null!))).Should().Throw<ArgumentNullException>().WithParameterName("clock");
    }

    [Fact]
    public void A_campaign_without_a_period_covers_no_day()
    {
        new Campaign { Id = "C-1", Name = "百日攻坚" }.Covers(new LocalDate(2022, 6, 1)).Should().BeFalse();
    }

    [Fact]
    public void The_safety_month_campaign_is_identified_by_its_year_unless_an_id_is_given()
    {
        SafetyMonth.For(2022).Id.Should().Be("safety-month-2022");
        SafetyMonth.For(2022, id: "C-7").Id.Should().Be("C-7");
        SafetyMonth.For(2022).Name.Should().Be("2022年第21个“安全生产月”");
    }

    [Fact]
    public void A_safety_month_before_2002_is_refused_with_the_rule()
    {
        var edition = () => SafetyMonth.Edition(2001);

        edition.Should().Throw<ArgumentOutOfRangeException>().WithMessage("安全生产月 began in 2002.*")
            .Which.ActualValue.Should().Be(2001);
    }

    [Fact]
    public void Trainings_and_publicity_write_their_id_date_and_content()
    {
        new Training { Id = "T-1", Date = new LocalDate(2022, 6, 16), Topic = "应急演练" }.ToString().Should().Be("T-1 2022-06-16 应急演练");
        new PublicityActivity
        {
            Id = "P-1",
            Date = new LocalDate(2022, 6, 16),
            Materials = new[] { new Figure(Indicator.Leaflets, Quantity.Parse("500余份")), new Figure(Indicator.Banners, Quantity.Parse("3条")) },
        }.ToString().Should().Be("P-1 2022-06-16 宣传单 " + Quantity.Parse("500余份") + "，横幅 " + Quantity.Parse("3条"));
    }

    private sealed class InstantClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }
}
