using NodaTime;
using SafetyModel.Office.Tests.Fixtures;
using SafetyModel.Validation;
using SafetyModel.Work;

namespace SafetyModel.Office.Tests.Ledgers;

/// <summary>A 台账 workbook imports to the expected records with exactly the expected issues (issue 23, second "Done when").</summary>
public sealed class LedgerImportTests
{
    /// <summary>
    /// Synthetic (labelled): an inspection ledger as towns keep it — a title row, a two-row header with merged cells
    /// (序号 / 检查日期 / 备注 merged down, 检查情况 merged across 检查类型 / 被检查单位 / 发现隐患), Excel date serials and
    /// text dates, figures with their units (3处) and one 概数 (10余处, which a count of hazards cannot hold), blank rows,
    /// one impossible date and one inspection type no list knows.
    /// </summary>
    internal static byte[] Ledger()
    {
        (int, object?[])[] Header(string title) => new (int, object?[])[]
        {
            (1, new object?[] { title }),
            (2, new object?[] { "序号", "检查日期", "检查情况", null, null, "备注" }),
            (3, new object?[] { null, null, "检查类型", "被检查单位", "发现隐患（处）", null }),
        };
        var merges = new[] { "A1:F1", "A2:A3", "B2:B3", "C2:E2", "F2:F3" };
        return new Xlsx()
            .Sheet("一季度", Header("乌兰陶勒盖镇安全生产检查台账（2022年一季度）").Concat(new (int, object?[])[]
            {
                (4, new object?[] { 1, 44576, "节前", "乌兰陶勒盖镇加油站", 2, null }),
                (5, new object?[] { null, null, null, null, null, null }),
                (6, new object?[] { 2, "2022年2月28日", "消防", "镇中心幼儿园", "3处", "整改完毕" }),
                (7, new object?[] { 3, "2022年2月30日", "建筑施工", "在建工地", 0, null }),
            }), merges)
            .Sheet("二季度", Header("乌兰陶勒盖镇安全生产检查台账（2022年二季度）").Concat(new (int, object?[])[]
            {
                (4, new object?[] { 1, "2022-04-29", "五一", "集贸市场", 1, null }),
                (5, new object?[] { 2, 44713, "防溺水", "巴音温都尔嘎查", "2处", null }),
                (6, new object?[] { 3, 44700, "汛期、防洪渠", "防洪渠", 5, null }),
                (7, new object?[] { 4, 44720, "消防", "镇区商铺", "10余处", null }),
                (8, new object?[] { null, "  ", null, null, null, null }),
            }), merges)
            .Build();
    }

    internal static IReadOnlyList<Inspection> Expected { get; } = new[]
    {
        new Inspection { Start = new LocalDate(2022, 1, 15), Types = new[] { InspectionType.Holiday }, Inspected = new[] { "乌兰陶勒盖镇加油站" }, HazardsFound = 2 },
        new Inspection { Start = new LocalDate(2022, 2, 28), Types = new[] { InspectionType.FireSafety }, Inspected = new[] { "镇中心幼儿园" }, HazardsFound = 3 },
        new Inspection { Start = new LocalDate(2022, 4, 29), Types = new[] { InspectionType.MayDay }, Inspected = new[] { "集贸市场" }, HazardsFound = 1 },
        new Inspection { Start = new LocalDate(2022, 6, 1), Types = new[] { InspectionType.FromCode("防溺水") }, Inspected = new[] { "巴音温都尔嘎查" }, HazardsFound = 2 },
        new Inspection { Start = new LocalDate(2022, 5, 19), Types = new[] { InspectionType.FloodSeason, InspectionType.FloodChannels }, Inspected = new[] { "防洪渠" }, HazardsFound = 5 },
    };

    [Fact]
    public void The_ledger_imports_to_the_expected_records_with_exactly_the_expected_issues_and_cells()
    {
        var result = LedgerImport.Import(new MemoryStream(Ledger()), "inspection");

        result.Records.Select(r => r.Record).Should().Equal(Expected);
        result.Records.Select(r => $"{r.Sheet}!{r.Row}").Should().Equal("一季度!4", "一季度!6", "二季度!4", "二季度!5", "二季度!6");
        result.Issues.Select(i => $"{i.Cell} {i.Code} {i.Severity}").Should().Equal(
            "一季度!A3 SM9204 Information",
            "一季度!F3 SM9204 Information",
            "一季度!B7 SM9205 Error",
            "二季度!A3 SM9204 Information",
            "二季度!F3 SM9204 Information",
            "二季度!C5 SM9208 Warning",
            "二季度!E7 SM9207 Error");
        result.HasErrors.Should().BeTrue();
        var badDate = result.Issues.Single(i => i.Code == LedgerCodes.BadDate);
        badDate.Message.English.Should().Contain("2022年2月30日");
        badDate.Message.Chinese.Should().Contain("2022年2月30日").And.Contain("日期");
    }

    [Fact]
    public void One_sheet_and_a_column_map_override_the_headings()
    {
        var options = new LedgerImportOptions
        {
            Sheet = "二季度",
            Columns = new Dictionary<string, string> { ["备注"] = "inspectingBody", ["A"] = "id" },
        };

        var result = LedgerImport.Import(new MemoryStream(Ledger()), "inspection", options);

        result.Records.Select(r => r.Record.Id).Should().Equal("1", "2", "3");
        result.Issues.Select(i => i.Code).Should().Equal(LedgerCodes.UnknownListValue, LedgerCodes.ApproximateCount);
    }

    [Fact]
    public void An_approximate_figure_where_an_exact_count_is_needed_is_an_error_at_its_cell()
    {
        var workbook = new Xlsx().Sheet("Sheet1", new (int, object?[])[]
        {
            (1, new object?[] { "检查日期", "检查类型", "隐患数" }),
            (2, new object?[] { "2022年5月6日", "消防", "10余处" }),
        }).Build();

        var result = LedgerImport.Import(new MemoryStream(workbook), "inspection");

        result.Records.Should().BeEmpty();
        result.Issues.Select(i => $"{i.Cell} {i.Code}").Should().Equal("Sheet1!C2 SM9207");
    }

    [Fact]
    public void Hazard_status_words_and_quantities_read_as_what_they_are()
    {
        var workbook = new Xlsx().Sheet("隐患台账", new (int, object?[])[]
        {
            (1, new object?[] { "隐患编号", "隐患描述", "发现日期", "隐患等级", "整改情况" }),
            (2, new object?[] { "YH-1", "灭火器过期", 44700, "一般", "已整改" }),
            (3, new object?[] { "YH-2", "消防通道堵塞", "2022.5.20", "一般隐患", "未整改" }),
            (4, new object?[] { "YH-3", "配电箱无防护", 44702, "很大", "整改中" }),
        }).Build();

        var result = LedgerImport.Import(new MemoryStream(workbook), "hazard");

        result.Records.Select(r => ((Hazard)r.Record).Status).Should().Equal(HazardStatus.Rectified, HazardStatus.Found);
        result.Issues.Select(i => $"{i.Cell} {i.Code}").Should().Equal("隐患台账!D4 SM9209");
    }

    [Fact]
    public void An_unknown_kind_a_missing_sheet_no_header_and_a_map_to_nothing_are_reported()
    {
        var ledger = Ledger();

        LedgerImport.Import(new MemoryStream(ledger), "nonesuch").Issues.Single().Code.Should().Be(LedgerCodes.UnknownKind);
        LedgerImport.Import(new MemoryStream(ledger), "inspection", new LedgerImportOptions { Sheet = "三季度" }).Issues.Single().Code.Should().Be(LedgerCodes.SheetNotFound);
        LedgerImport.Import(new MemoryStream(ledger), "inspection", new LedgerImportOptions { Columns = new Dictionary<string, string> { ["检查日期"] = "when" } })
            .Issues.Should().Contain(i => i.Code == LedgerCodes.BadColumnMap && i.Cell == "一季度!B3");
        var noHeader = new Xlsx().Sheet("Sheet1", new (int, object?[])[] { (1, new object?[] { "甲", "乙" }), (2, new object?[] { 1, 2 }) }).Build();
        LedgerImport.Import(new MemoryStream(noHeader), "inspection").Issues.Single().Cell.Should().Be("Sheet1");
    }
}
