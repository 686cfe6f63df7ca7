using System.Text;
using SafetyModel.Diagnostics;
using SafetyModel.Primitives;
using SafetyModel.Serialization;
using SafetyModel.Validation;

namespace SafetyModel.Cli.Tests;

public class ValidateCommandTests
{
    [Fact]
    public void Clean_records_exit_0_with_no_issues()
    {
        var path = RecordFiles.JsonLines("clean.jsonl", new IRecord[] { RecordFiles.Inspection("I-1", 3), RecordFiles.Inspection("I-2", 4) });

        var run = CliRun.Of("validate", path, "--today", "2022-07-07", "--registry", "sample");

        run.ExitCode.Should().Be(0, run.Output + run.Error);
        run.Output.Should().Contain("2 records").And.Contain("0 errors, 0 warnings, 0 information");
    }

    [Fact]
    public void Issues_of_a_JSON_Lines_file_name_their_line_pointer_and_record_in_input_order()
    {
        var lines = string.Join('\n',
            SafetyJson.Serialize<IRecord>(RecordFiles.Inspection("I-1", 3)),
            SafetyJson.Serialize<IRecord>(RecordFiles.OverdueHazard("H-1")),
            """{"type": "inspection", "id": "I-3", "division": "150626103000", "start": "2022-13-28"}""",
            SafetyJson.Serialize<IRecord>(RecordFiles.Inspection("I-1", 5)));
        var path = TempDirectory.File("records.jsonl", lines + "\n");

        var run = CliRun.Of("validate", path, "--today", "2022-07-07", "-f", "json");

        run.ExitCode.Should().Be(1);
        var json = run.Json();
        json.GetProperty("records").GetInt32().Should().Be(3);
        json.GetProperty("unreadableLines").GetInt32().Should().Be(1);
        var issues = json.GetProperty("issues").EnumerateArray()
            .Select(i => (Line: i.GetProperty("line").GetInt32(), Code: i.GetProperty("code").GetString(), Path: i.GetProperty("path").GetString(), Id: i.GetProperty("recordId").GetString()))
            .ToList();
        issues.Should().Equal(
            (2, ValidationCodes.HazardOverdue, "/rectificationDeadline", "H-1"),
            (3, "SM8010", "/start", null),
            (4, ValidationCodes.DuplicateRecordId, "/id", "I-1"));
        json.GetProperty("errors").GetInt32().Should().Be(2);
        json.GetProperty("warnings").GetInt32().Should().Be(1);
    }

    [Fact]
    public void Issues_of_an_envelope_point_into_the_envelope_and_its_reports_are_validated()
    {
        var set = new RecordSet
        {
            Records = new IRecord[] { RecordFiles.Inspection("I-1", 3), RecordFiles.OverdueHazard("H-1") },
            Reports = new[] { SafetyModel.Samples.SeedReport.Build() },
        };
        var path = RecordFiles.Envelope("set.json", set);

        var run = CliRun.Of("validate", path, "--today", "2022-07-07", "-f", "json");

        run.ExitCode.Should().Be(1);
        var json = run.Json();
        json.GetProperty("records").GetInt32().Should().Be(2);
        json.GetProperty("reports").GetInt32().Should().Be(1);
        var paths = json.GetProperty("issues").EnumerateArray().Select(i => i.GetProperty("path").GetString()).ToList();
        paths.Should().Contain("/records/1/rectificationDeadline").And.Contain("/reports/0/statedFigures/2");
        json.GetProperty("issues").EnumerateArray().Should().OnlyContain(i => i.GetProperty("line").ValueKind == System.Text.Json.JsonValueKind.Null);
    }

    [Fact]
    public void A_single_record_document_is_validated()
    {
        var path = TempDirectory.File("hazard.json", SafetyJson.Serialize<IRecord>(RecordFiles.OverdueHazard("H-9")));

        var run = CliRun.Of("validate", path, "--today", "2022-07-07");

        run.ExitCode.Should().Be(1);
        run.Output.Should().Contain(ValidationCodes.HazardOverdue).And.Contain("/rectificationDeadline (H-9)");
    }

    [Fact]
    public void An_unknown_division_is_a_warning_only_with_a_registry()
    {
        var path = RecordFiles.JsonLines("r.jsonl", new IRecord[] { new SafetyModel.Work.Inspection { Id = "I-1", Division = DivisionCode.Parse("150626999"), Start = new NodaTime.LocalDate(2022, 3, 1) } });

        CliRun.Of("validate", path, "--today", "2022-07-07").ExitCode.Should().Be(0);
        var withRegistry = CliRun.Of("validate", path, "--today", "2022-07-07", "--registry", "sample");
        withRegistry.ExitCode.Should().Be(1);
        withRegistry.Output.Should().Contain(ValidationCodes.RecordDivisionUnknown);
    }

    [Fact]
    public void Standard_input_of_several_lines_is_read_as_JSON_Lines()
    {
        var lines = SafetyJson.Serialize<IRecord>(RecordFiles.Inspection("I-1", 3)) + "\n" + SafetyJson.Serialize<IRecord>(RecordFiles.Inspection("I-1", 4)) + "\n";

        var run = CliRun.WithInput(lines, "validate", "-", "--today", "2022-07-07");

        run.ExitCode.Should().Be(1);
        run.Output.Should().Contain("2 records").And.Contain("line 2 /id (I-1)");
    }

    [Fact]
    public void A_malformed_JSON_document_is_bad_input_with_code_line_and_position()
    {
        var path = TempDirectory.File("bad.json", "{\"schemaVersion\": \"1.0\",\n \"records\": [ {\"type\": \"inspection\", \"id\": }\n]}");

        var run = CliRun.Of("validate", path);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("bad.json: SM8001").And.Contain("line 2");
        run.Output.Should().BeEmpty();
    }

    [Fact]
    public void A_JSON_array_is_bad_input_that_says_what_to_give_instead()
    {
        var path = TempDirectory.File("records.json", "[{\"type\": \"inspection\"}]");

        var run = CliRun.Of("validate", path);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("is a JSON array").And.Contain("JSON Lines");
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n  \n")]
    public void Empty_input_is_bad_input(string text)
    {
        var path = TempDirectory.File("empty.jsonl", text);

        var run = CliRun.Of("validate", path);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("is empty");
    }

    [Fact]
    public void A_binary_file_is_bad_input()
    {
        var path = TempDirectory.File("records.jsonl", new byte[] { 0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00 });

        var run = CliRun.Of("validate", path);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("looks binary");
    }

    [Fact]
    public void A_missing_file_is_bad_input()
    {
        var run = CliRun.Of("validate", "missing.jsonl");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("missing.jsonl: no such file.");
    }

    [Fact]
    public void A_today_that_is_not_a_date_is_bad_usage()
    {
        var path = RecordFiles.JsonLines("r.jsonl", new IRecord[] { RecordFiles.Inspection("I-1", 3) });

        var run = CliRun.Of("validate", path, "--today", "7/7/2022");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("--today").And.Contain("yyyy-MM-dd");
    }

    [Fact]
    public void Issues_from_several_files_say_which_file()
    {
        var first = RecordFiles.JsonLines("a.jsonl", new IRecord[] { RecordFiles.Inspection("I-1", 3) });
        var second = RecordFiles.JsonLines("b.jsonl", new IRecord[] { RecordFiles.Inspection("I-1", 4) });

        var run = CliRun.Of("validate", first, second, "--today", "2022-07-07", "-f", "json");

        run.ExitCode.Should().Be(1);
        var issue = run.Json().GetProperty("issues")[0];
        issue.GetProperty("input").GetString().Should().Be(second);
        issue.GetProperty("code").GetString().Should().Be(ValidationCodes.DuplicateRecordId);
        issue.GetProperty("arguments").GetProperty("firstInput").GetString().Should().Be(first);
        issue.GetProperty("arguments").GetProperty("firstLine").GetInt32().Should().Be(1);
        issue.GetProperty("message").GetProperty("en").GetString().Should().EndWith($"(first at {first}:1).");
        issue.GetProperty("message").GetProperty("zh").GetString().Should().EndWith($"（首次出现于 {first}:1）。");
    }

    [Fact]
    public void A_UTF8_byte_order_mark_is_accepted()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(SafetyJson.Serialize<IRecord>(RecordFiles.Inspection("I-1", 3)))).ToArray();
        var path = TempDirectory.File("record.json", bytes);

        var run = CliRun.Of("validate", path, "--today", "2022-07-07");

        run.ExitCode.Should().Be(0, run.Error);
    }
}
