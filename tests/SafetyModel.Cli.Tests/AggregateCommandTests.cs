using NodaTime;
using System.Globalization;
using SafetyModel.Aggregation;
using SafetyModel.Cli.Demo;
using SafetyModel.Primitives;
using SafetyModel.Records;
using SafetyModel.Serialization;
using SafetyModel.Work;
using SkiaSharp;

namespace SafetyModel.Cli.Tests;

public class AggregateCommandTests
{
    private static readonly AggregationQuery TownQuarterType = new()
    {
        DivisionLevel = DivisionLevel.Township,
        Granularity = PeriodGranularity.Quarter,
        Dimension = AggregationDimension.InspectionType,
        Measures = new[] { Measure.Records, Measure.InspectionHazardsFound },
    };

    [Fact]
    public void Aggregate_as_CSV_is_exactly_the_packages_table_with_the_registrys_names()
    {
        var records = DemoDataset.Create();
        var path = RecordFiles.JsonLines("banner.jsonl", records);

        var run = CliRun.Of("aggregate", path, "--by", "town,quarter,inspection-type", "--measure", "records,inspection-hazards-found", "-f", "csv");

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Be(Csv(Aggregator.Aggregate(records, TownQuarterType)));
    }

    private static string Csv(StatisticsTable table)
    {
        var writer = new StringWriter(CultureInfo.InvariantCulture);
        table.ToCsv(writer, DivisionRegistry.SampleWushenBanner);
        return writer.ToString();
    }

    [Fact]
    public void Aggregate_takes_Chinese_names_in_any_order()
    {
        var records = DemoDataset.Create();
        var path = RecordFiles.JsonLines("banner.jsonl", records);

        var run = CliRun.Of("aggregate", path, "--by", "检查类型，季度，乡镇", "--measure", "records,inspection-hazards-found", "-f", "csv");

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Be(Csv(Aggregator.Aggregate(records, TownQuarterType)));
    }

    [Fact]
    public void Aggregate_as_JSON_has_the_query_and_every_row_with_contract_quantities()
    {
        var records = DemoDataset.Create();
        var path = RecordFiles.JsonLines("banner.jsonl", records);
        var expected = Aggregator.Aggregate(records, TownQuarterType);

        var run = CliRun.Of("aggregate", path, "--by", "town,quarter,inspection-type", "--measure", "records,inspection-hazards-found", "-f", "json");

        run.ExitCode.Should().Be(0, run.Error);
        var json = run.Json();
        json.GetProperty("records").GetInt32().Should().Be(records.Count);
        var query = json.GetProperty("table").GetProperty("query");
        query.GetProperty("divisionLevel").GetString().Should().Be("township");
        query.GetProperty("granularity").GetString().Should().Be("quarter");
        query.GetProperty("dimension").GetString().Should().Be("inspection-type");
        var rows = json.GetProperty("table").GetProperty("rows").EnumerateArray().ToList();
        rows.Should().HaveCount(expected.Rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            rows[i].GetProperty("division").GetString().Should().Be(expected.Rows[i].Division?.Code);
            rows[i].GetProperty("period").GetString().Should().Be(expected.Rows[i].Period?.Code);
            SafetyJson.Deserialize<Quantity>(rows[i].GetProperty("values").GetProperty("inspection-hazards-found").GetRawText())
                .Should().Be(expected.Rows[i][Measure.InspectionHazardsFound]);
        }

        rows[0].GetProperty("divisionName").GetString().Should().Be("嘎鲁图镇");
    }

    [Fact]
    public void Aggregate_as_a_table_names_towns_and_marks_subtotals_and_the_total()
    {
        var path = RecordFiles.JsonLines("r.jsonl", new IRecord[] { RecordFiles.Inspection("I-1", 3, 2), RecordFiles.Inspection("I-2", 4, 3), RecordFiles.Inspection("I-3", 5, null) });

        var run = CliRun.Of("aggregate", path, "--by", "town,quarter", "--measure", "records,inspection-hazards-found", "--language", "zh");

        run.ExitCode.Should().Be(0, run.Error);
        var lines = run.Output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        lines.Should().Contain(l => l.Contains("乌兰陶勒盖镇", StringComparison.Ordinal) && l.Contains("2022年第一季度", StringComparison.Ordinal) && l.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(2).SequenceEqual(new[] { "1", "2" }));
        lines.Should().Contain(l => l.Contains("小计", StringComparison.Ordinal) && l.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(2).SequenceEqual(new[] { "3", "5" }));
        lines.Should().Contain(l => l.TrimStart().StartsWith("合计", StringComparison.Ordinal) && l.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).SequenceEqual(new[] { "3", "5" }));
    }

    [Fact]
    public void Aggregate_over_several_files_and_standard_input_adds_them_up()
    {
        var first = RecordFiles.JsonLines("a.jsonl", new IRecord[] { RecordFiles.Inspection("I-1", 3) });
        var second = RecordFiles.Envelope("b.json", new RecordSet { Records = new IRecord[] { RecordFiles.Inspection("I-2", 4), RecordFiles.Inspection("I-3", 8) } });

        var run = CliRun.Of(TempDirectory.Create(), System.Text.Encoding.UTF8.GetBytes(SafetyJson.Serialize<IRecord>(RecordFiles.Inspection("I-4", 9)) + "\n"), false,
            "aggregate", first, second, "-", "--by", "half-year", "-f", "json");

        run.ExitCode.Should().Be(0, run.Error);
        var json = run.Json();
        json.GetProperty("records").GetInt32().Should().Be(4);
        var rows = json.GetProperty("table").GetProperty("rows").EnumerateArray().ToList();
        rows.Where(r => r.GetProperty("kind").GetString() == "detail")
            .Select(r => (r.GetProperty("period").GetString(), r.GetProperty("values").GetProperty("records").GetProperty("stated").GetInt32()))
            .Should().Equal(("2022-H1", 2), ("2022-H2", 2));
    }

    [Fact]
    public void Aggregate_draws_a_chart_that_decodes()
    {
        var path = RecordFiles.JsonLines("banner.jsonl", DemoDataset.Create());
        var directory = TempDirectory.Create();

        var run = CliRun.Of(directory, null, false, "aggregate", path, "--by", "town,half-year", "--chart", "rollup.png");

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Contain("rollup.png");
        using var bitmap = SKBitmap.Decode(Path.Combine(directory, "rollup.png"));
        bitmap.Should().NotBeNull();
        bitmap.Width.Should().Be(1000);
        Charts.Has(bitmap, Charts.FirstSeries).Should().BeTrue("the first half-year's bars are drawn");
        Charts.Has(bitmap, Charts.SecondSeries).Should().BeTrue("the second half-year's bars are drawn");
    }

    [Theory]
    [InlineData("town,quarter,inspection-type")]
    [InlineData("town,inspection-type")]
    [InlineData("quarter,inspection-type")]
    [InlineData("quarter")]
    [InlineData("inspection-type")]
    [InlineData("")]
    public void Aggregate_draws_a_chart_for_every_shape_of_query(string by)
    {
        var path = RecordFiles.JsonLines("banner.jsonl", DemoDataset.Create().Take(40));
        var directory = TempDirectory.Create();

        var run = CliRun.Of(directory, null, false, "aggregate", path, "--by", by, "--chart", "c.png");

        run.ExitCode.Should().Be(0, run.Error);
        using var bitmap = SKBitmap.Decode(Path.Combine(directory, "c.png"));
        bitmap.Should().NotBeNull();
        Charts.Has(bitmap, Charts.FirstSeries).Should().BeTrue("bars are drawn whatever the query's shape");
    }

    [Fact]
    public void Aggregate_draws_approximate_people_counts_without_error()
    {
        var publicity = new SafetyModel.Work.PublicityActivity
        {
            Id = "P-1",
            Division = RecordFiles.Town,
            Date = new NodaTime.LocalDate(2022, 6, 16),
            PeopleReached = Quantity.Parse("约300人"),
        };
        var path = RecordFiles.JsonLines("p.jsonl", new IRecord[] { publicity });
        var directory = TempDirectory.Create();

        var run = CliRun.Of(directory, null, false, "aggregate", path, "--by", "town,month", "--measure", "people-reached", "--chart", "p.png", "--language", "en");

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Contain("between 270 and 330 person-times (270 ≤ n ≤ 330)", "约300人 is read as 300 ± 10 %, and stays an interval when summed");
        File.Exists(Path.Combine(directory, "p.png")).Should().BeTrue();
    }

    [Fact]
    public void Aggregate_refuses_input_with_an_unreadable_line_and_gives_no_table()
    {
        var path = TempDirectory.File("r.jsonl",
            SafetyJson.Serialize<IRecord>(RecordFiles.Inspection("I-1", 3)) + "\n{\"type\": \"inspection\", \"id\": \"I-2\", \"start\": \"2022-02-30\"}\n");

        var run = CliRun.Of("aggregate", path, "--by", "town");

        run.ExitCode.Should().Be(2);
        run.Output.Should().BeEmpty();
        run.Error.Should().Contain("r.jsonl, line 2: SM8010").And.Contain("1 lines cannot be read, so no table is given");
    }

    [Theory]
    [InlineData("--by", "town,parish", "“parish” is not a division level")]
    [InlineData("--by", "town,village", "“village” is a second division level")]
    [InlineData("--by", "quarter,month", "“month” is a second period length")]
    [InlineData("--measure", "records,fatalities", "“fatalities” is not a measure")]
    [InlineData("--measure", "records,records", "“records” is named twice")]
    [InlineData("--measure", "hazards-overdue", "needs --as-of")]
    [InlineData("--as-of", "2022-06-31", "--as-of: “2022-06-31” is not a date")]
    public void Aggregate_refuses_a_bad_query_saying_why(string option, string value, string why)
    {
        var path = RecordFiles.JsonLines("r.jsonl", new IRecord[] { RecordFiles.Inspection("I-1", 3) });

        var run = CliRun.Of("aggregate", path, option, value);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain(why);
        run.Output.Should().BeEmpty();
    }

    [Fact]
    public void Aggregate_reports_progress_on_a_terminal_and_not_otherwise()
    {
        var records = Enumerable.Range(0, 100_001).Select(i => (IRecord)RecordFiles.Inspection("I-" + i.ToString(CultureInfo.InvariantCulture), 1 + (i % 12)));
        var path = RecordFiles.JsonLines("big.jsonl", records);

        var terminal = CliRun.Of(TempDirectory.Create(), null, true, "aggregate", path, "--by", "quarter", "-f", "csv");
        var redirected = CliRun.Of(TempDirectory.Create(), null, false, "aggregate", path, "--by", "quarter", "-f", "csv");

        var recordByRecord = CliRun.Of(TempDirectory.Create(), null, true, "aggregate", path, path, "--by", "quarter", "-f", "csv");

        // One JSON Lines file is read without making its records: progress in megabytes; two files record by record.
        terminal.ExitCode.Should().Be(0, terminal.Error);
        terminal.Error.Should().MatchRegex(@"\d+ MB read \(\d+\.\d s\)");
        recordByRecord.Error.Should().Contain("100,000 records read");
        redirected.Error.Should().BeEmpty();
        terminal.Output.Should().Be(redirected.Output);
        redirected.Output.Should().Contain("total,,,,,,,100001,100001,100001,0");
    }

    [Theory]
    [InlineData("--by", "township,quarter,inspection-type", "--measure", "records,inspection-hazards-found,hazards-found,people-trained,people-reached")]
    [InlineData("--by", "county,month,record-type", "--measure", "records,inspections,meetings,trainings,enforcement-documents")]
    [InlineData("--preset", "hazard-quarterly", "--threads", "1")]
    [InlineData("--by", "township,half-year,enforcement-document", "--measure", "records,fines,penalty-decisions")]
    public void One_jsonl_file_read_without_making_records_gives_the_table_read_record_by_record_from_standard_input(params string[] query)
    {
        // The sample town year: every kind, 概数 in people reached and trained, hazards with histories, enforcement.
        var path = Path.Combine(DocumentationTests.RepositoryRoot(), "samples", "data", "records.jsonl");
        var file = CliRun.Of(new[] { "aggregate", path, "-f", "csv" }.Concat(query).ToArray());
        var stdin = CliRun.WithInput(File.ReadAllText(path), new[] { "aggregate", "-", "-f", "csv" }.Concat(query).ToArray());

        file.ExitCode.Should().Be(0, file.Error);
        stdin.ExitCode.Should().Be(0, stdin.Error);
        file.Output.Should().Be(stdin.Output).And.Contain("total,");
        file.Error.Should().Be(stdin.Error);
    }

    [Fact]
    public void A_bad_line_in_one_jsonl_file_is_listed_with_the_others_as_before()
    {
        var good = SafetyJson.Serialize<IRecord>(RecordFiles.Inspection("I-1", 3));
        var path = TempDirectory.File("bad.jsonl", good + "\n{\"type\":\"inspection\"\n" + good + "\n{\"type\":\"meeting\",\"date\":\"2022-02-30\"}\n");

        var run = CliRun.Of("aggregate", path, "--by", "quarter", "--threads", "2");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("line 2").And.Contain("line 4").And.Contain("2 lines cannot be read");
        CliRun.Of("aggregate", path, "--threads", "0").Error.Should().Contain("--threads 0: give a number of threads from 1 to 256");
    }

    private static IRecord[] FloodSeasonRecords() => new IRecord[]
    {
        Inspection("I-6", 6, "乌兰加油站", "苏力德煤矿"),
        Inspection("I-7", 7, "乌兰加油站"),
        Inspection("I-10", 10),
        Hazard("H-1", 2, HazardStatus.Rectifying),
        Hazard("H-2", 3, HazardStatus.Rectified),
    };

    private static Inspection Inspection(string id, int month, params string[] units) => new()
    {
        Id = id, Division = RecordFiles.Town, Start = new LocalDate(2022, month, 10), Types = new[] { InspectionType.Comprehensive }, Inspected = units,
    };

    private static Hazard Hazard(string id, int day, HazardStatus status) => new()
    {
        Id = id, Division = RecordFiles.Town, Description = "消防通道堵塞", FoundOn = new LocalDate(2022, 6, day), Status = status,
    };

    [Fact]
    public void Aggregate_groups_by_listed_periods_counts_units_once_and_adds_the_rectification_rate()
    {
        var path = RecordFiles.JsonLines("flood.jsonl", FloodSeasonRecords());

        var run = CliRun.Of("aggregate", path, "--by", "town", "--periods", "2022-06-01/2022-09-30", "--measure", "records,inspected-units", "--rate", "整改率", "-f", "csv");

        run.ExitCode.Should().Be(0, run.Error);
        var lines = run.Output.Split("\r\n");
        lines[0].Should().Be("kind,division,divisionName,period,periodName,dimension,dimensionName,records.lower,records.upper,records.text,inspected-units.lower,inspected-units.upper,inspected-units.text,hazards-rectified.lower,hazards-rectified.upper,hazards-rectified.text,hazards-found.lower,hazards-found.upper,hazards-found.text,rectification-rate.lower,rectification-rate.upper,unsummedFigures");
        lines.Should().Contain(l => l.StartsWith("detail,150626103000,乌兰陶勒盖镇,2022-06-01/2022-09-30,", StringComparison.Ordinal) && l.EndsWith(",,,4,4,4,2,2,2家,1,1,1处,2,2,2处,50,50,0", StringComparison.Ordinal));
    }

    [Fact]
    public void Aggregate_as_JSON_writes_rates_and_the_records_left_outside_the_periods()
    {
        var path = RecordFiles.JsonLines("flood.jsonl", FloodSeasonRecords());

        var run = CliRun.Of("aggregate", path, "--by", "town", "--periods", "2022-06-01/2022-09-30", "--rate", "rectification-rate", "-f", "json");

        run.ExitCode.Should().Be(0, run.Error);
        var table = run.Json().GetProperty("table");
        table.GetProperty("recordsOutsidePeriods").GetInt64().Should().Be(1);
        table.GetProperty("query").GetProperty("periods")[0].GetString().Should().Be("2022-06-01/2022-09-30");
        table.GetProperty("query").GetProperty("granularity").GetString().Should().Be("custom");
        var rate = table.GetProperty("rows")[0].GetProperty("rates").GetProperty("rectification-rate");
        rate.GetProperty("status").GetString().Should().Be("exact");
        rate.GetProperty("value").GetDecimal().Should().Be(50m);
    }

    [Fact]
    public void Aggregate_says_how_many_records_fall_outside_the_periods()
    {
        var path = RecordFiles.JsonLines("flood.jsonl", FloodSeasonRecords());

        var run = CliRun.Of("aggregate", path, "--by", "town", "--periods", "2022年上半年,2022-Q3", "--language", "zh");

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Contain("另有1条记录不在所列期间内，未计入。");
    }

    [Theory]
    [InlineData("--periods", "2022-13", "not a period")]
    [InlineData("--rate", "death-rate", "not a rate")]
    [InlineData("--periods", "2022,2022-Q1", "overlap")]
    public void Aggregate_refuses_bad_periods_and_rates_with_exit_code_2(string option, string value, string message)
    {
        var path = RecordFiles.JsonLines("flood.jsonl", FloodSeasonRecords());

        var run = CliRun.Of("aggregate", path, "--by", "town", option, value);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain(message);
    }

    [Fact]
    public void Aggregate_refuses_a_period_length_and_listed_periods_together()
    {
        var path = RecordFiles.JsonLines("flood.jsonl", FloodSeasonRecords());

        var run = CliRun.Of("aggregate", path, "--by", "town,quarter", "--periods", "2022-Q3");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("give one of them");
    }
}
