using System.Text.Json;
using NodaTime;
using SafetyModel.Aggregation;
using SafetyModel.Primitives;
using SafetyModel.Records;
using SafetyModel.Serialization;
using SafetyModel.Work;

namespace SafetyModel.Tests.Serialization;

public class StatisticsTableJsonTests
{
    private static DivisionCode Town => DivisionCode.Parse("150626103");

    private static StatisticsTable Table()
    {
        var records = new IRecord[]
        {
            new Training { Id = "t1", Division = Town, Date = new LocalDate(2022, 3, 1), PeopleTrained = Quantity.Parse("300余人") },
            new Hazard { Id = "h1", Division = Town, Description = "隐患", FoundOn = new LocalDate(2022, 3, 2), Status = HazardStatus.Verified },
            new Hazard { Id = "h2", Division = Town, Description = "隐患", FoundOn = new LocalDate(2022, 3, 3), Status = HazardStatus.Found },
            new Inspection { Id = "i1", Division = Town, Start = new LocalDate(2022, 12, 1), Inspected = new[] { "乌兰加油站" } },
        };
        return Aggregator.Aggregate(records, new AggregationQuery
        {
            DivisionLevel = DivisionLevel.Township,
            Granularity = PeriodGranularity.Custom,
            Periods = new[] { ReportingPeriod.ForInterval(new DateInterval(new LocalDate(2022, 3, 1), new LocalDate(2022, 3, 31))) },
            Measures = new[] { Measure.PeopleTrained, Measure.HazardsFound, Measure.HazardsRectified },
            Rates = new[] { Rate.Rectification },
        });
    }

    [Fact]
    public void A_table_is_written_with_its_query_rows_contract_quantities_and_rates()
    {
        var table = Table();
        var registry = DivisionRegistry.Empty.With(Town.TruncatedTo(DivisionLevel.Township), "乌兰陶勒盖镇");

        using var json = JsonDocument.Parse(StatisticsTableJson.Serialize(table, indented: true, registry));

        var root = json.RootElement;
        root.GetProperty("version").GetInt32().Should().Be(StatisticsTableJson.Version);
        var query = root.GetProperty("query");
        query.GetProperty("divisionLevel").GetString().Should().Be("township");
        query.GetProperty("granularity").GetString().Should().Be("custom");
        query.GetProperty("periods").EnumerateArray().Select(p => p.GetString()).Should().Equal("2022-03-01/2022-03-31");
        query.GetProperty("dimension").ValueKind.Should().Be(JsonValueKind.Null);
        query.GetProperty("measures").EnumerateArray().Select(m => m.GetString()).Should().Equal("people-trained", "hazards-found", "hazards-rectified");
        query.GetProperty("rates")[0].GetProperty("code").GetString().Should().Be("rectification-rate");
        query.GetProperty("rates")[0].GetProperty("denominatorMeasure").GetString().Should().Be("hazards-found");
        query.GetProperty("rates")[0].GetProperty("scale").GetDecimal().Should().Be(100m);
        root.GetProperty("recordsOutsidePeriods").GetInt64().Should().Be(1);

        var rows = root.GetProperty("rows").EnumerateArray().ToList();
        rows.Select(r => r.GetProperty("kind").GetString()).Should().Equal("detail", "division-subtotal", "total");
        var detail = rows[0];
        detail.GetProperty("division").GetString().Should().Be("150626103000");
        detail.GetProperty("divisionName").GetString().Should().Be("乌兰陶勒盖镇");
        detail.GetProperty("period").GetString().Should().Be("2022-03-01/2022-03-31");
        SafetyJson.Deserialize<Quantity>(detail.GetProperty("values").GetProperty("people-trained").GetRawText())
            .Should().Be(table.Rows[0][Measure.PeopleTrained], "an approximate sum keeps its qualifier and bounds");
        var rate = detail.GetProperty("rates").GetProperty("rectification-rate");
        rate.GetProperty("status").GetString().Should().Be("exact");
        rate.GetProperty("value").GetDecimal().Should().Be(50m);
        SafetyJson.Deserialize<Quantity>(rate.GetProperty("denominator").GetRawText()).Should().Be(Quantity.Exact(2, QuantityUnit.Place));
        rows[2].GetProperty("division").ValueKind.Should().Be(JsonValueKind.Null);
        rows[2].GetProperty("divisionName").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public void A_rate_without_a_value_is_written_with_nulls_and_its_status()
    {
        var table = Aggregator.Aggregate(
            new IRecord[] { new Inspection { Id = "i", Division = Town, Start = new LocalDate(2022, 1, 1) } },
            new AggregationQuery { Measures = new[] { Measure.HazardsFound, Measure.HazardsRectified }, Rates = new[] { Rate.Rectification } });

        using var json = JsonDocument.Parse(StatisticsTableJson.Serialize(table));

        var rate = json.RootElement.GetProperty("rows")[0].GetProperty("rates").GetProperty("rectification-rate");
        rate.GetProperty("status").GetString().Should().Be("zero-denominator");
        rate.GetProperty("value").ValueKind.Should().Be(JsonValueKind.Null);
        rate.GetProperty("lower").ValueKind.Should().Be(JsonValueKind.Null);
        rate.GetProperty("upper").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public void Writing_checks_its_arguments()
    {
        using var stream = new MemoryStream();
        using var writer = new Utf8JsonWriter(stream);
        FluentActions.Invoking(() => StatisticsTableJson.Write(null!, Table())).Should().Throw<ArgumentNullException>().WithParameterName("writer");
        FluentActions.Invoking(() => StatisticsTableJson.Write(writer, null!)).Should().Throw<ArgumentNullException>().WithParameterName("table");
        FluentActions.Invoking(() => StatisticsTableJson.Serialize(null!)).Should().Throw<ArgumentNullException>().WithParameterName("table");
    }

    /// <summary>The example under "Statistics tables" in docs/json-format.md is this table's real output.</summary>
    [Fact]
    public void The_format_pages_table_example_is_what_the_package_writes()
    {
        var town = DivisionCode.Parse("150626103");
        var floodSeason = ReportingPeriod.ForInterval(new DateInterval(new LocalDate(2022, 6, 1), new LocalDate(2022, 9, 30)));
        var records = new IRecord[]
        {
            new Inspection { Id = "I-1", Division = town, Start = new LocalDate(2022, 6, 9), Types = new[] { InspectionType.FloodSeason }, Inspected = new[] { "乌兰加油站", "防洪渠" } },
            new Hazard { Id = "H-1", Division = town, Description = "防洪渠淤堵", FoundOn = new LocalDate(2022, 6, 9), Status = HazardStatus.Rectified },
            new Hazard { Id = "H-2", Division = town, Description = "消防通道堵塞", FoundOn = new LocalDate(2022, 6, 9), Status = HazardStatus.Rectifying },
            new Hazard { Id = "H-3", Division = town, Description = "配电箱无门", FoundOn = new LocalDate(2022, 10, 8), Status = HazardStatus.Found },
        };
        var table = Aggregator.Aggregate(records, new AggregationQuery
        {
            DivisionLevel = DivisionLevel.Township,
            Granularity = PeriodGranularity.Custom,
            Periods = new[] { floodSeason },
            Measures = new[] { Measure.HazardsFound, Measure.HazardsRectified, Measure.InspectedUnits },
            Rates = new[] { Rate.Rectification },
        });
        var written = StatisticsTableJson.Serialize(table, indented: true, DivisionRegistry.SampleWushenBanner).Replace("\r\n", "\n", StringComparison.Ordinal);
        var path = Path.Combine(SafetyModel.Tests.Text.MessageCatalogTests.RepositoryRoot(), "docs", "json-format.md");
        var page = File.ReadAllText(path);
        var block = System.Text.RegularExpressions.Regex.Match(page, "```json-table\n(.*?)\n```", System.Text.RegularExpressions.RegexOptions.Singleline);
        if (Environment.GetEnvironmentVariable("SAFETYMODEL_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, page.Replace(block.Groups[1].Value, written, StringComparison.Ordinal));
            return;
        }

        block.Success.Should().BeTrue("docs/json-format.md shows a table under a json-table block");
        block.Groups[1].Value.Should().Be(written, "the example must be what the package writes (SAFETYMODEL_UPDATE_DOCS=1 rewrites it)");
    }
}
