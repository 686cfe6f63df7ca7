using CsCheck;
using NodaTime;
using SafetyModel.Documents;
using SafetyModel.Primitives;
using SafetyModel.Reports;
using SafetyModel.Samples;
using SafetyModel.Tests.Seed;
using SafetyModel.Work;

namespace SafetyModel.Tests.Reports;

/// <summary>The seed sample's report holds every fact of DOMAIN.md §7, checked one by one.</summary>
public class SeedReportTests
{
    private static WorkSummaryReport Report => SeedReport.Build();

    [Fact]
    public void Document_metadata()
    {
        var document = Report.Document!;

        document.Number.ToString().Should().Be("乌兰镇政函〔2022〕297号");
        document.Type.Should().Be(DocumentType.Letter);
        document.Title!.Issuer.Should().Be("乌兰陶勒盖镇人民政府");
        document.SignatureOrgans.Should().Equal("乌兰陶勒盖镇人民政府");
        document.PrimaryRecipients.Should().Equal("乌审旗安全生产委员会");
        document.Date.Should().Be(new LocalDate(2022, 7, 7));
        Report.Period.Should().Be(ReportingPeriod.Parse("2022年上半年"));
        Report.Division.ShortCode.Should().Be("150626103");
        DivisionRegistry.SampleWushenBanner.NameOrCode(Report.Division).Should().Be("乌兰陶勒盖镇");
    }

    [Fact]
    public void The_code_built_metadata_agrees_with_the_metadata_read_from_the_text()
    {
        var read = DocumentText.Parse(SeedFixture.Text);
        var built = Report.Document!;

        read.Number.Should().Be(built.Number);
        read.Title.Should().Be(built.Title);
        read.Type.Should().Be(built.Type);
        read.PrimaryRecipients.Should().Equal(built.PrimaryRecipients);
        read.SignatureOrgans.Should().Equal(built.SignatureOrgans);
        read.Date.Should().Be(built.Date);
    }

    [Fact]
    public void Leadership_group()
    {
        var group = Report.LeadershipGroup!;

        group.WithRole(GroupRole.Leader).Select(m => m.Post).Should().Equal("镇党委书记");
        group.WithRole(GroupRole.DeputyLeader).Select(m => m.Post).Should().Equal("镇长", "分管安全生产的副镇长");
        group.WithRole(GroupRole.Member).Select(m => m.Unit).Should().Equal("派出所", "司法所", "综合行政执法局");
        group.FullTimeSafetyOfficers.Should().Be(1);
        Report.FiguresOf(Indicator.SafetyOfficers).Single().Quantity.Should().Be(Quantity.Parse("1名"));
    }

    [Fact]
    public void Eight_meetings()
    {
        Report.FiguresOf(Indicator.Meetings).Single().Quantity!.Should().Be(Quantity.Parse("8次"));
    }

    [Fact]
    public void Seven_major_inspections_whose_parts_add_up_to_twelve_plus_a_flood_channel_check_without_a_count()
    {
        var major = Report.FiguresOf(Indicator.Inspections).First(f => f.Dimension == InspectionType.Comprehensive);

        major.Quantity!.Stated.Should().Be(7);
        major.Parts.Select(p => (p.Dimension!.Value.Code, p.Quantity?.Stated)).Should().Equal(
            ("construction", 1m), ("holiday-may-day", 2m), ("grassland-fire", 2m), ("flood-season", 2m), ("schools-and-kindergartens", 5m), ("flood-channels", (decimal?)null));
        var sum = Quantity.Sum(major.Parts.Where(p => p.Quantity is not null).Select(p => p.Quantity!), QuantityUnit.Times);
        sum.Stated.Should().Be(12);
        sum.IsGreaterThan(major.Quantity).Should().Be(Certainty.Definitely);
    }

    [Fact]
    public void Publicity_figures_keep_their_approximations()
    {
        Report.FiguresOf(Indicator.Banners).Single().Quantity.Should().Be(Quantity.Parse("16条"));
        var slogans = Report.FiguresOf(Indicator.Slogans).Single().Quantity!;
        slogans.RawText.Should().Be("16多条");
        slogans.Upper.Should().BeNull();
        var leaflets = Report.FiguresOf(Indicator.Leaflets).Single().Quantity!;
        leaflets.RawText.Should().Be("500余份");
        leaflets.Qualifier.Should().Be(QuantityQualifier.MoreThan);
        leaflets.Upper!.Value.Value.Should().Be(600);
    }

    [Fact]
    public void Safety_month_in_June_with_its_consultation_day()
    {
        var month = Report.Campaigns.Single(c => c.Kind == CampaignKind.SafetyMonth);
        month.Period.Should().Be(ReportingPeriod.ForMonth(2022, 6));
        month.Theme.Should().Be("遵守安全生产法，当好第一责任人");
        month.Name.Should().Contain("第21个");
        Report.Campaigns.Single(c => c.Kind == CampaignKind.PublicityDay).Covers(new LocalDate(2022, 6, 16)).Should().BeTrue();
    }

    [Fact]
    public void Two_kindergartens_with_one_full_inspection_in_June()
    {
        Report.FiguresOf(Indicator.Kindergartens).Single().Quantity.Should().Be(Quantity.Parse("2所"));
        var june = Report.FiguresOf(Indicator.Inspections).Single(f => f.Label == "全面大检查");
        june.Quantity!.Stated.Should().Be(1);
        june.Dimension.Should().Be(InspectionType.SchoolsAndKindergartens);
        june.Period.Should().Be(ReportingPeriod.ForMonth(2022, 6));
    }

    [Fact]
    public void Daily_supervision_and_next_focus()
    {
        Report.RoutineSupervision.Select(t => t.ChineseName).Should().Equal("消防", "道路交通", "饮食卫生", "集市活动");
        Report.FocusAreas.Select(s => s.ChineseName).Should().Equal("道路交通", "非煤矿山", "烟花爆竹", "水上交通");
    }

    [Fact]
    public void Two_graphs_built_independently_are_equal_and_hash_equal()
    {
        var again = SeedReport.Build();

        again.Should().Be(Report);
        again.GetHashCode().Should().Be(Report.GetHashCode());
    }

    private static readonly Func<WorkSummaryReport, WorkSummaryReport>[] Changes =
    {
        r => new WorkSummaryReport { Document = r.Document, Division = r.Division, Period = r.Period, StatedFigures = r.StatedFigures, LeadershipGroup = r.LeadershipGroup, Campaigns = r.Campaigns, RoutineSupervision = r.RoutineSupervision },
        r => new WorkSummaryReport { Document = r.Document, Division = DivisionCode.Parse("150626104", 2023), Period = r.Period, StatedFigures = r.StatedFigures, LeadershipGroup = r.LeadershipGroup, Campaigns = r.Campaigns, RoutineSupervision = r.RoutineSupervision, FocusAreas = r.FocusAreas },
        r => new WorkSummaryReport { Document = r.Document, Division = r.Division, Period = ReportingPeriod.ForHalfYear(2022, 2), StatedFigures = r.StatedFigures, LeadershipGroup = r.LeadershipGroup, Campaigns = r.Campaigns, RoutineSupervision = r.RoutineSupervision, FocusAreas = r.FocusAreas },
        r => new WorkSummaryReport { Document = r.Document, Division = r.Division, Period = r.Period, StatedFigures = r.StatedFigures.Skip(1).ToList(), LeadershipGroup = r.LeadershipGroup, Campaigns = r.Campaigns, RoutineSupervision = r.RoutineSupervision, FocusAreas = r.FocusAreas },
        r => new WorkSummaryReport { Document = r.Document, Division = r.Division, Period = r.Period, StatedFigures = r.StatedFigures.Select(f => f.Indicator == Indicator.Leaflets ? new StatedFigure { Indicator = f.Indicator, Label = f.Label, Quantity = Quantity.Parse("500份") } : f).ToList(), LeadershipGroup = r.LeadershipGroup, Campaigns = r.Campaigns, RoutineSupervision = r.RoutineSupervision, FocusAreas = r.FocusAreas },
        r => new WorkSummaryReport { Document = r.Document, Division = r.Division, Period = r.Period, StatedFigures = r.StatedFigures, LeadershipGroup = new LeadershipGroup { Members = r.LeadershipGroup!.Members, FullTimeSafetyOfficers = 2 }, Campaigns = r.Campaigns, RoutineSupervision = r.RoutineSupervision, FocusAreas = r.FocusAreas },
        r => new WorkSummaryReport { Document = r.Document, Division = r.Division, Period = r.Period, StatedFigures = r.StatedFigures, LeadershipGroup = r.LeadershipGroup, Campaigns = r.Campaigns.Take(1).ToList(), RoutineSupervision = r.RoutineSupervision, FocusAreas = r.FocusAreas },
        r => new WorkSummaryReport { Document = r.Document, Division = r.Division, Period = r.Period, StatedFigures = r.StatedFigures, LeadershipGroup = r.LeadershipGroup, Campaigns = r.Campaigns, RoutineSupervision = r.RoutineSupervision.Reverse().ToList(), FocusAreas = r.FocusAreas },
        r => new WorkSummaryReport { Document = new OfficialDocument { Number = r.Document!.Number, Title = r.Document.Title, Type = r.Document.Type, PrimaryRecipients = r.Document.PrimaryRecipients, SignatureOrgans = r.Document.SignatureOrgans, Date = new LocalDate(2022, 7, 8) }, Division = r.Division, Period = r.Period, StatedFigures = r.StatedFigures, LeadershipGroup = r.LeadershipGroup, Campaigns = r.Campaigns, RoutineSupervision = r.RoutineSupervision, FocusAreas = r.FocusAreas },
    };

    [Fact]
    public void Changing_any_member_breaks_equality() =>
        Gen.Int[0, Changes.Length - 1].Sample(i => Changes[i](SeedReport.Build()).Should().NotBe(Report, "change {0} alters the report", i));

    [Fact]
    public void An_unchanged_rebuild_through_the_initializer_is_equal()
    {
        var r = Report;
        new WorkSummaryReport { Document = r.Document, Division = r.Division, Period = r.Period, StatedFigures = r.StatedFigures.ToList(), LeadershipGroup = r.LeadershipGroup, Campaigns = r.Campaigns, RoutineSupervision = r.RoutineSupervision, FocusAreas = r.FocusAreas }
            .Should().Be(r);
    }
}
