using NodaTime;
using SafetyModel.Primitives;
using SafetyModel.Tests.Validation;
using SafetyModel.Work;

namespace SafetyModel.Tests.Work;

public class WorkModelTests
{
    [Theory]
    [InlineData("五一", "holiday-may-day")]
    [InlineData("草原防火", "grassland-fire")]
    [InlineData("汛期", "flood-season")]
    [InlineData("幼儿园", "schools-and-kindergartens")]
    [InlineData("防洪渠", "flood-channels")]
    [InlineData("集市", "markets-and-fairs")]
    [InlineData("危化品", "hazardous-chemicals")]
    public void Inspection_types_are_found_by_the_words_towns_use(string name, string code)
    {
        InspectionType.TryFromName(name, out var type).Should().BeTrue();
        type.Code.Should().Be(code);
    }

    [Fact]
    public void Taxonomies_keep_unknown_codes_and_have_unique_well_known_ones()
    {
        InspectionType.FromCode("grazing-fence").IsKnown.Should().BeFalse();
        Sector.FromCode("非煤矿山").IsKnown.Should().BeFalse("codes are English; 非煤矿山 is the Chinese name of non-coal-mining");
        Sector.TryFromName("非煤矿山", out var mining).Should().BeTrue();
        mining.Should().Be(Sector.NonCoalMining);
        InspectionType.KnownValues.Select(v => v.Code).Should().OnlyHaveUniqueItems();
        Sector.KnownValues.Select(v => v.Code).Should().OnlyHaveUniqueItems();
        CampaignKind.KnownValues.Select(v => v.Code).Should().OnlyHaveUniqueItems();
        Indicator.KnownValues.Select(v => v.Code).Should().OnlyHaveUniqueItems();
        CampaignKind.SafetyMonth.ToString().Should().Be("安全生产月");
        (Indicator.Leaflets == Indicator.FromCode("leaflets")).Should().BeTrue();
        (Indicator.Leaflets != Indicator.Slogans).Should().BeTrue();
    }

    [Theory]
    [InlineData("meetings", "次")]
    [InlineData("inspections", "次")]
    [InlineData("trainings", "次")]
    [InlineData("drills", "次")]
    [InlineData("hazards-found", "处")]
    [InlineData("hazards-rectified", "处")]
    [InlineData("hazards-overdue", "处")]
    [InlineData("banners", "条")]
    [InlineData("slogans", "条")]
    [InlineData("leaflets", "份")]
    [InlineData("display-boards", "块")]
    [InlineData("people-trained", "人次")]
    [InlineData("people-reached", "人次")]
    [InlineData("units-inspected", "家")]
    [InlineData("accidents", "起")]
    [InlineData("deaths", "人")]
    [InlineData("serious-injuries", "人")]
    [InlineData("minor-injuries", "人")]
    [InlineData("injuries", "人")]
    [InlineData("missing", "人")]
    [InlineData("direct-loss", "万元")]
    [InlineData("safety-officers", "名")]
    [InlineData("kindergartens", "所")]
    [InlineData("schools", "所")]
    public void Indicators_know_the_unit_they_are_counted_in(string code, string unit) =>
        Indicator.FromCode(code).DefaultUnit.Code.Should().Be(unit);

    [Fact]
    public void Every_well_known_indicator_has_a_unit_it_is_counted_in() =>
        Indicator.KnownValues.Where(i => i.DefaultUnit == default).Select(i => i.Code).Should().BeEmpty();

    [Fact]
    public void An_unknown_indicator_has_no_default_unit() => Indicator.FromCode("trees-planted").DefaultUnit.Should().Be(default(QuantityUnit));

    private static Hazard Open() => new()
    {
        Id = "H-1",
        Division = DivisionCode.Parse("150626103"),
        Description = "加油站消防器材过期",
        FoundOn = new LocalDate(2022, 5, 10),
        RectificationDeadline = new LocalDate(2022, 5, 20),
        Status = HazardStatus.Rectifying,
    };

    [Fact]
    public void A_hazard_is_overdue_only_after_its_deadline_and_while_unrectified()
    {
        Open().IsOverdueOn(new LocalDate(2022, 5, 20)).Should().BeFalse();
        Open().IsOverdueOn(new LocalDate(2022, 5, 21)).Should().BeTrue();
        Open().IsOverdue(new FixedClock(new LocalDate(2022, 5, 21))).Should().BeTrue();
        new Hazard { RectificationDeadline = new LocalDate(2022, 5, 20), Status = HazardStatus.Rectified }.IsOverdueOn(new LocalDate(2023, 1, 1)).Should().BeFalse();
        new Hazard { Status = HazardStatus.Found }.IsOverdueOn(new LocalDate(2030, 1, 1)).Should().BeFalse("no deadline was set");
        Open().Should().Be(Open());
        Open().Should().NotBe(new Hazard { Id = "H-1" });
        Open().ToString().Should().Be("H-1 一般事故隐患 加油站消防器材过期 (整改中)");
    }

    [Fact]
    public void Inspections_span_their_days_and_copy_their_lists()
    {
        var types = new List<InspectionType> { InspectionType.MayDay, InspectionType.FireSafety };
        var inspection = new Inspection { Id = "I-1", Start = new LocalDate(2022, 4, 28), End = new LocalDate(2022, 4, 30), Types = types };
        types.Clear();

        inspection.Types.Should().HaveCount(2);
        inspection.Days.Length.Should().Be(3);
        new Inspection { Start = new LocalDate(2022, 4, 28) }.Days.Length.Should().Be(1);
        inspection.ToString().Should().Be("I-1 2022-04-28 五一节前后、消防");
        inspection.Should().Be(new Inspection { Id = "I-1", Start = new LocalDate(2022, 4, 28), End = new LocalDate(2022, 4, 30), Types = new[] { InspectionType.MayDay, InspectionType.FireSafety } });
    }

    [Theory]
    [InlineData(2002, 1)]
    [InlineData(2022, 21)]
    [InlineData(2025, 24)]
    public void Safety_month_editions_count_from_2002(int year, int edition) => SafetyMonth.Edition(year).Should().Be(edition);

    [Fact]
    public void Safety_month_is_in_June_with_its_theme_and_consultation_day()
    {
        var campaign = SafetyMonth.For(2023);

        campaign.Period!.Code.Should().Be("2023-06");
        campaign.Theme.Should().Be("人人讲安全、个个会应急");
        campaign.Covers(SafetyMonth.ConsultationDay(2023)).Should().BeTrue();
        campaign.Covers(new LocalDate(2023, 7, 1)).Should().BeFalse();
        SafetyMonth.TryGetTheme(2018, out _).Should().BeFalse();
        SafetyMonth.For(2018).Theme.Should().BeNull();
        ((Func<int>)(() => SafetyMonth.Edition(2001))).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Records_of_meetings_publicity_and_training_compare_by_content()
    {
        new Meeting { Id = "M-1", Date = new LocalDate(2022, 3, 1), Topics = new[] { "部署" } }
            .Should().Be(new Meeting { Id = "M-1", Date = new LocalDate(2022, 3, 1), Topics = new List<string> { "部署" } });
        var publicity = new PublicityActivity { Id = "P-1", Materials = new[] { new Figure(Indicator.Banners, Quantity.Parse("16条")) } };
        publicity.Should().Be(new PublicityActivity { Id = "P-1", Materials = new[] { new Figure(Indicator.Banners, Quantity.Parse("16条")) } });
        publicity.Should().NotBe(new PublicityActivity { Id = "P-1", Materials = new[] { new Figure(Indicator.Banners, Quantity.Parse("17条")) } });
        publicity.Should().NotBe(new PublicityActivity { Id = "P-1", Kinds = new[] { PublicityKind.Banners }, Materials = publicity.Materials });
        PublicityKind.TryFromName("张帖标语", out var slogans).Should().BeTrue("the seed's typo is an accepted name");
        slogans.Should().Be(PublicityKind.Slogans);
        PublicityKind.KnownValues.Select(v => v.Code).Should().OnlyHaveUniqueItems();
        new Training { Id = "T-1", PeopleTrained = Quantity.Parse("200余人次") }.Should().NotBe(new Training { Id = "T-1" });
        ((Action)(() => _ = new GroupMember(GroupRole.Member))).Should().Throw<ArgumentException>();
    }
}
