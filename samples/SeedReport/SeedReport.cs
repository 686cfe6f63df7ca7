using NodaTime;
using SafetyModel.Documents;
using SafetyModel.Primitives;
using SafetyModel.Reports;
using SafetyModel.Work;

namespace SafetyModel.Samples;

/// <summary>
/// The seed letter — 乌兰陶勒盖镇人民政府关于报送乌兰陶勒盖镇2022年安全生产半年工作总结的函 — built as a
/// <see cref="WorkSummaryReport"/> in code, with every fact it states.
/// </summary>
public static class SeedReport
{
    /// <summary>Gets 乌兰陶勒盖镇 in the 2023 edition of the division codes.</summary>
    public static DivisionCode Town { get; } = DivisionCode.Parse("150626103", edition: 2023);

    /// <summary>Builds the report.</summary>
    /// <returns>The seed as a report.</returns>
    public static WorkSummaryReport Build()
    {
        var times = QuantityUnit.Times;
        StatedFigure Inspections(InspectionType type, int count, string label) => new()
        {
            Indicator = Indicator.Inspections,
            Dimension = type,
            Label = label,
            Quantity = Quantity.Exact(count, times).WithRawText($"{count}次"),
        };

        return new WorkSummaryReport
        {
            Document = new OfficialDocument
            {
                Number = new DocumentNumber("乌兰镇政函", 2022, 297),
                Title = DocumentTitle.Parse("乌兰陶勒盖镇人民政府关于报送乌兰陶勒盖镇2022年安全生产半年工作总结的函"),
                Type = DocumentType.Letter,
                PrimaryRecipients = new[] { "乌审旗安全生产委员会" },
                SignatureOrgans = new[] { "乌兰陶勒盖镇人民政府" },
                Date = new LocalDate(2022, 7, 7),
            },
            Division = Town,
            Period = ReportingPeriod.ForHalfYear(2022, 1),
            LeadershipGroup = new LeadershipGroup
            {
                Members = new[]
                {
                    new GroupMember(GroupRole.Leader, post: "镇党委书记"),
                    new GroupMember(GroupRole.DeputyLeader, post: "镇长"),
                    new GroupMember(GroupRole.DeputyLeader, post: "分管安全生产的副镇长"),
                    new GroupMember(GroupRole.Member, unit: "派出所"),
                    new GroupMember(GroupRole.Member, unit: "司法所"),
                    new GroupMember(GroupRole.Member, unit: "综合行政执法局"),
                },
                FullTimeSafetyOfficers = 1,
            },
            StatedFigures = new[]
            {
                new StatedFigure { Indicator = Indicator.SafetyOfficers, Label = "安全生产专职干事", Quantity = Quantity.Parse("1名") },
                new StatedFigure { Indicator = Indicator.Meetings, Label = "安全生产工作例会", Quantity = Quantity.Parse("8次") },
                new StatedFigure
                {
                    Indicator = Indicator.Inspections,
                    Dimension = InspectionType.Comprehensive,
                    Label = "安全生产大检查",
                    Quantity = Quantity.Parse("7次"),
                    Parts = new[]
                    {
                        Inspections(InspectionType.Construction, 1, "建筑领域安全大检查"),
                        Inspections(InspectionType.MayDay, 2, "“五·一”节前后安全生产大检查活动"),
                        Inspections(InspectionType.GrasslandFire, 2, "草原火灾隐患排查"),
                        Inspections(InspectionType.FloodSeason, 2, "汛期安全生产检查"),
                        Inspections(InspectionType.SchoolsAndKindergartens, 5, "学校、幼儿园安全检查"),
                        new StatedFigure { Indicator = Indicator.Inspections, Dimension = InspectionType.FloodChannels, Label = "乌兰陶勒盖镇防洪渠安全隐患排查" },
                    },
                },
                new StatedFigure { Indicator = Indicator.Banners, Label = "横幅", Quantity = Quantity.Parse("16条") },
                new StatedFigure { Indicator = Indicator.Slogans, Label = "标语", Quantity = Quantity.Parse("16多条") },
                new StatedFigure { Indicator = Indicator.Leaflets, Label = "宣传单", Quantity = Quantity.Parse("500余份") },
                new StatedFigure { Indicator = Indicator.Kindergartens, Label = "幼儿园", Quantity = Quantity.Parse("2所") },
                new StatedFigure
                {
                    Indicator = Indicator.Inspections,
                    Dimension = InspectionType.SchoolsAndKindergartens,
                    Label = "全面大检查",
                    Quantity = Quantity.Parse("1次"),
                    Period = ReportingPeriod.ForMonth(2022, 6),
                },
            },
            Campaigns = new[]
            {
                SafetyMonth.For(2022, Town),
                new Campaign
                {
                    Id = "publicity-day-2022",
                    Kind = CampaignKind.PublicityDay,
                    Name = "安全生产宣传咨询日",
                    Period = ReportingPeriod.ForInterval(new DateInterval(SafetyMonth.ConsultationDay(2022), SafetyMonth.ConsultationDay(2022))),
                    Division = Town,
                },
            },
            RoutineSupervision = new[] { InspectionType.FireSafety, InspectionType.RoadTraffic, InspectionType.FoodHygiene, InspectionType.MarketsAndFairs },
            FocusAreas = new[] { Sector.RoadTraffic, Sector.NonCoalMining, Sector.Fireworks, Sector.WaterTransport },
        };
    }
}
