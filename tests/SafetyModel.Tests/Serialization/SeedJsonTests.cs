using SafetyModel.Reports;
using SafetyModel.Samples;
using SafetyModel.Serialization;

namespace SafetyModel.Tests.Serialization;

/// <summary>The seed report through the JSON contract: every fact survives, in the documented shape.</summary>
public class SeedJsonTests
{
    private static WorkSummaryReport Report => SeedReport.Build();

    [Fact]
    public void The_seed_report_round_trips_equal()
    {
        var json = SafetyJson.Serialize(Report);

        SafetyJson.Deserialize<WorkSummaryReport>(json).Should().Be(Report);
    }

    [Fact]
    public void The_seed_report_is_written_in_the_documented_shape()
    {
        var json = SafetyJson.Serialize(Report, indented: true);
        File.WriteAllText(Path.Combine(Path.GetTempPath(), "seed-report.json"), json);

        json.Should().Contain("\"number\": \"乌兰镇政函〔2022〕297号\"")
            .And.Contain("\"period\": \"2022-H1\"")
            .And.Contain("\"division\": \"150626103000@2023\"")
            .And.Contain("\"date\": \"2022-07-07\"")
            .And.Contain("\"qualifier\": \"more-than\"")
            .And.Contain("\"rawText\": \"500余份\"");
    }
}
