using System.Text;
using SafetyModel.Aggregation;
using SafetyModel.Primitives;
using SafetyModel.Records;

namespace SafetyModel.Cli.Tests;

/// <summary>
/// Broken and hostile records against <c>validate</c> and <c>aggregate</c>: nothing crashes (exit 70), memory does not
/// grow with unreadable lines, what aggregate refuses validate reports first, errors name the file, line and member,
/// and no value reaches a terminal or a spreadsheet as control characters or a formula.
/// </summary>
public class HostileInputTests
{
    private const string MaxDecimal = "79228162514264337593543950335";

    private static string Training(string id, string people) =>
        $$$"""{"type": "training", "id": "{{{id}}}", "division": "150626103000", "date": "2022-06-08", "peopleTrained": {"qualifier": "exact", "stated": {{{people}}}, "lower": {{{people}}}, "lowerInclusive": true, "upper": {{{people}}}, "upperInclusive": true, "unit": "人"}}""";

    private static string Inspection(string id, string start, string hazards, string type = "comprehensive") =>
        $$"""{"type": "inspection", "id": {{System.Text.Json.JsonSerializer.Serialize(id)}}, "division": "150626103000", "start": "{{start}}", "types": [{{System.Text.Json.JsonSerializer.Serialize(type)}}], "hazardsFound": {{hazards}}}""";

    private static string Lines(params string[] lines) => TempDirectory.File("records.jsonl", string.Join("\n", lines) + "\n");

    [Fact]
    public void People_beyond_what_a_sum_holds_are_a_validation_error_and_aggregate_names_file_line_and_member_instead_of_crashing()
    {
        var path = Lines(Training("T-1", MaxDecimal), Training("T-2", MaxDecimal));

        var validate = CliRun.Of("validate", path);
        var aggregate = CliRun.Of("aggregate", path, "--by", "town", "--measure", "people-trained");

        validate.ExitCode.Should().Be(1, validate.Output);
        validate.Output.Should().Contain("SM4012").And.Contain("line 1 /peopleTrained (T-1)").And.Contain("line 2 /peopleTrained (T-2)");
        aggregate.ExitCode.Should().Be(2, "an unacceptable record is bad input, not a fault in the tool: {0}", aggregate.Error);
        aggregate.Error.Should().Contain("records.jsonl, line 1:").And.Contain("peopleTrained").And.Contain("SM4012");
    }

    [Fact]
    public void Negative_counts_and_unsupported_dates_are_validation_errors_before_aggregate_refuses_them()
    {
        var path = Lines(Inspection("I-1", "2022-05-01", "1"), Inspection("I-2", "2022-05-02", "-5"), Inspection("I-3", "0000-01-01", "1"), Inspection("I-4", "-0001-01-01", "1"));

        var validate = CliRun.Of("validate", path, "--format", "json");
        var aggregate = CliRun.Of("aggregate", path, "--by", "town,month", "--measure", "inspection-hazards-found");

        validate.ExitCode.Should().Be(1);
        var issues = validate.Json().GetProperty("issues").EnumerateArray()
            .Select(i => (i.GetProperty("line").GetInt32(), i.GetProperty("code").GetString()!, i.GetProperty("path").GetString()!)).ToArray();
        issues.Should().Contain(new[] { (2, "SM4010", "/hazardsFound"), (3, "SM4011", "/start"), (4, "SM4011", "/start") });
        aggregate.ExitCode.Should().Be(2);
        aggregate.Error.Should().Contain("records.jsonl, line 2:").And.Contain("negative hazardsFound");
    }

    [Fact]
    public void Aggregate_lists_the_first_twenty_unreadable_lines_and_stops_reading_there()
    {
        var bad = Enumerable.Repeat("""{"type":"nope"}""", 500).ToArray();
        var path = Lines(bad);

        var run = CliRun.Of("aggregate", path, "--by", "town");

        run.ExitCode.Should().Be(2);
        var listed = run.Error.Split('\n').Count(l => l.Contains("records.jsonl, line "));
        listed.Should().Be(20);
        run.Error.Should().Contain("more than 20 lines cannot be read, so reading stopped");
    }

    [Fact]
    public void Validate_lists_at_most_max_issues_and_counts_every_one()
    {
        var path = Lines(Enumerable.Repeat("""{"type":"nope"}""", 300).Append(Inspection("I-1", "2022-05-02", "-5")).ToArray());

        var table = CliRun.Of("validate", path, "--max-issues", "5");
        var json = CliRun.Of("validate", path, "--max-issues", "5", "--format", "json");

        table.ExitCode.Should().Be(1);
        table.Output.Split('\n').Count(l => l.Contains("SM8005")).Should().Be(5);
        table.Output.Should().Contain("… and 296 more, not listed (--max-issues).").And.Contain("301 errors");
        var root = json.Json();
        root.GetProperty("issues").GetArrayLength().Should().Be(5);
        root.GetProperty("unlistedIssues").GetInt64().Should().Be(296);
        root.GetProperty("unreadableLines").GetInt64().Should().Be(300);
        root.GetProperty("errors").GetInt64().Should().Be(301);
    }

    [Fact]
    public void Control_and_bidi_characters_in_values_are_shown_escaped_in_tables()
    {
        const string hostile = "\u001b]0;pwned\u0007\u001b[31mRED\u202e";
        var path = Lines(Inspection(hostile, "2022-05-01", "-1", type: hostile));

        var validate = CliRun.Of("validate", path);
        var aggregate = CliRun.Of("aggregate", Lines(Inspection("I-1", "2022-05-01", "1", type: hostile)), "--by", "inspection-type");

        foreach (var output in new[] { validate.Output, aggregate.Output })
        {
            output.Should().NotContain("\u001b").And.NotContain("\u0007").And.NotContain("\u202e");
        }

        validate.Output.Should().Contain(@"(\u001b]0;pwned\u0007\u001b[31mRED\u202e)");
        aggregate.Output.Should().Contain(@"\u001b]0;pwned\u0007\u001b[31mRED\u202e");
    }

    [Fact]
    public void A_value_far_longer_than_a_cell_is_cut_with_the_count_of_what_is_left_out()
    {
        var id = new string('a', 100_000);
        var run = CliRun.Of("validate", Lines(Inspection(id, "2022-05-01", "-1")));

        run.ExitCode.Should().Be(1);
        run.Output.Length.Should().BeLessThan(2_000);
        // The cell is "line 1 /hazardsFound (" (22 characters), the id and ")": 200 shown, the rest counted.
        run.Output.Should().Contain("line 1 /hazardsFound (" + new string('a', 178) + "…(+99823 chars)");
    }

    [Fact]
    public void JSON_output_echoes_a_huge_value_cut_to_4096_characters_and_stays_valid_JSON()
    {
        // 100,000 characters, written as \u5b57 escapes: 600,000 bytes, under the 1 MiB limit for one value (SM8015).
        var id = new string('字', 100_000);
        var run = CliRun.Of("validate", Lines(Inspection(id, "2022-05-01", "-1"), Inspection(id, "2022-05-02", "1")), "--format", "json");

        run.ExitCode.Should().Be(1, run.Error);
        var issues = run.Json().GetProperty("issues").EnumerateArray().ToArray();
        issues.Select(i => i.GetProperty("code").GetString()).Should().Equal("SM4010", "SM4002");
        foreach (var issue in issues)
        {
            issue.GetProperty("recordId").GetString().Should().Be(new string('字', 4_096) + "…(+95904 chars)");
        }

        issues[1].GetProperty("arguments").GetProperty("id").GetString()!.Length.Should().BeLessThan(4_200);
        run.Output.Length.Should().BeLessThan(100_000);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\",\"y\")")]
    [InlineData("+1+2")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1)")]
    [InlineData("\tx")]
    public void A_code_that_a_spreadsheet_would_run_as_a_formula_is_written_to_CSV_as_text(string code)
    {
        var run = CliRun.Of("aggregate", Lines(Inspection("I-1", "2022-05-01", "1", type: code)), "--by", "inspection-type", "--format", "csv");

        run.ExitCode.Should().Be(0, run.Error);
        var cells = run.Output.Split("\r\n")[1];
        cells.Should().Contain("'" + code[0]).And.NotContain("," + code[0]).And.NotContain(",\"" + code[0]);
    }

    [Fact]
    public void CSV_says_on_standard_error_how_many_records_fell_outside_the_periods()
    {
        var path = Lines(Inspection("I-1", "2022-05-01", "1"), Inspection("I-2", "2021-05-01", "1"));

        var run = CliRun.Of("aggregate", path, "--by", "town", "--periods", "2022-Q2", "--format", "csv");

        run.ExitCode.Should().Be(0, run.Error);
        run.Error.Should().Contain("1 records fall in none of the periods and are left out of the table.");
    }
}

/// <summary>When standard output fails: a closed pipe ends the tool quietly, a full disk is a clear I/O error — never exit 70.</summary>
public class OutputFailureTests
{
    [Fact]
    public void A_reader_that_closed_the_pipe_ends_the_run_quietly_with_exit_141()
    {
        var run = RunWritingTo(new FailingStream(new IOException("Broken pipe", 32)));

        run.ExitCode.Should().Be(141);
        run.Error.Should().BeEmpty();
    }

    [Fact]
    public void A_full_disk_is_exit_74_with_the_reason()
    {
        var run = RunWritingTo(new FailingStream(new IOException("No space left on device", 28)));

        run.ExitCode.Should().Be(74);
        run.Error.Should().Be("safetymodel: cannot write the output: No space left on device" + Environment.NewLine);
    }

    [Fact]
    public void A_pipe_closed_in_the_middle_of_JSON_output_is_still_a_quiet_exit_141_not_a_fault()
    {
        var lines = Enumerable.Range(0, 2_000).Select(i => "{\"type\": \"inspection\", \"id\": \"I-" + i + "\", \"division\": \"150626103000\", \"start\": \"2022-05-01\", \"hazardsFound\": -1}");
        var path = TempDirectory.File("negative.jsonl", string.Join("\n", lines));

        var run = RunWritingTo(new FailingStream(new IOException("Broken pipe", 32), after: 70_000), "validate", path, "--format", "json");

        run.ExitCode.Should().Be(141);
        run.Error.Should().BeEmpty();
    }

    private static CliRun RunWritingTo(Stream stream) => RunWritingTo(stream, "parse", CliRun.SeedPath);

    private static CliRun RunWritingTo(Stream stream, params string[] args)
    {
        var output = new StreamWriter(Output.StandardOutput.Over(stream), new UTF8Encoding(false), 16);
        var error = new StringWriter();
        var environment = new CliEnvironment(output, error, () => new MemoryStream(), TempDirectory.Create(), errorIsTerminal: false);
        var exit = SafetyModelCli.Run(args, environment);
        return new CliRun(exit, string.Empty, error.ToString());
    }

    private sealed class FailingStream(IOException error, int after = 0) : MemoryStream
    {
        private int _written;

        public override void Write(byte[] buffer, int offset, int count)
        {
            _written += count;
            if (_written > after)
            {
                throw error;
            }
        }
    }
}

/// <summary>Errors that say what is wrong, where and why, with the exit code of bad usage (2).</summary>
public class ClearErrorTests
{
    [Fact]
    public void An_option_a_command_does_not_have_is_an_unknown_option_not_a_missing_file()
    {
        foreach (var command in new[] { "validate", "aggregate", "parse" })
        {
            var run = CliRun.Of(command, "--frob");

            run.ExitCode.Should().Be(2);
            run.Error.Should().Contain("unknown option '--frob'").And.NotContain("no such file");
        }
    }

    [Theory]
    [InlineData("99999")]
    [InlineData("0")]
    [InlineData("abc")]
    public void A_year_out_of_range_or_not_a_number_blames_the_year_option(string year)
    {
        var run = CliRun.Of("date", "6月30日", "--year", year);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain($"--year takes a year from 1 to 9999, such as 2022; '{year}' is not one.").And.NotContain("Nullable");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_UTF16_file_is_named_as_UTF16_with_how_to_convert_it(bool withByteOrderMark)
    {
        var text = """{"type": "meeting", "id": "M-1", "division": "150626103000", "date": "2022-05-01", "topic": "一季度安全生产例会"}""" + "\n";
        var bytes = (withByteOrderMark ? new byte[] { 0xFF, 0xFE } : Array.Empty<byte>()).Concat(Encoding.Unicode.GetBytes(text)).ToArray();

        var run = CliRun.Of("validate", TempDirectory.File("utf16.jsonl", bytes));

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("is UTF-16 text (little-endian), which is not supported; convert it to UTF-8").And.NotContain("binary");
    }

    [Fact]
    public void A_chart_path_that_is_a_directory_is_named_as_a_directory()
    {
        var directory = TempDirectory.Create();
        var records = TempDirectory.File("r.jsonl", """{"type": "meeting", "id": "M-1", "division": "150626103000", "date": "2022-05-01"}""" + "\n");

        var run = CliRun.Of("aggregate", records, "--by", "town", "--chart", directory);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("is a directory; give the name of a PNG file").And.NotContain("denied");
    }

    [Fact]
    public void An_argument_that_was_not_valid_UTF8_is_refused_rather_than_read_with_a_replacement_character()
    {
        var run = CliRun.Of("number", "乌兰镇政函\uFFFD2022\uFFFD297号");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("argument 2").And.Contain("is not valid UTF-8");
    }

    [Fact]
    public void A_registry_with_a_duplicate_code_says_so_without_the_library_s_parameter_name()
    {
        var registry = TempDirectory.File("registry.csv", "150626103,乌兰陶勒盖镇\n150626103,乌兰陶勒盖镇\n");
        var records = TempDirectory.File("r.jsonl", """{"type": "meeting", "id": "M-1", "division": "150626103000", "date": "2022-05-01"}""" + "\n");

        var run = CliRun.Of("validate", records, "--registry", registry);

        run.ExitCode.Should().Be(2);
        run.Error.Should().NotContain("(Parameter");
    }
}

/// <summary>A misspelled member is kept for the round trip but read by nothing: validate and aggregate say so.</summary>
public class UnknownMemberTests
{
    private const string Misspelled = """{"type": "inspection", "id": "I-1", "division": "150626103000", "start": "2022-05-01", "hazardFound": 3, "types": ["comprehensive"]}""";

    [Fact]
    public void Validate_warns_of_a_misspelled_member_at_its_pointer_and_exits_1()
    {
        var run = CliRun.Of("validate", TempDirectory.File("typo.jsonl", Misspelled + "\n"), "--format", "json");

        run.ExitCode.Should().Be(1);
        var issue = run.Json().GetProperty("issues").EnumerateArray().Single();
        issue.GetProperty("code").GetString().Should().Be("SM8014");
        issue.GetProperty("severity").GetString().Should().Be("warning");
        issue.GetProperty("path").GetString().Should().Be("/hazardFound");
        issue.GetProperty("line").GetInt32().Should().Be(1);
        issue.GetProperty("message").GetProperty("en").GetString().Should().Be("'hazardFound' is not a member of the contract: it is kept as read, but nothing reads it (a misspelled member?).");
    }

    [Fact]
    public void Strict_validation_makes_it_an_error()
    {
        var run = CliRun.Of("validate", TempDirectory.File("typo.jsonl", Misspelled + "\n"), "--strict");

        run.ExitCode.Should().Be(1);
        run.Output.Should().Contain("error     SM8014  line 1 /hazardFound (I-1)");
    }

    [Fact]
    public void Unknown_members_of_nested_objects_and_of_the_envelope_are_found_with_their_pointers()
    {
        const string envelope = """
            {"schemaVersion": "1.0", "recrods": [], "records": [
              {"type": "training", "id": "T-1", "division": "150626103000", "date": "2022-06-08",
               "peopleTrained": {"qualifier": "exact", "stated": 46, "lower": 46, "lowerInclusive": true, "upper": 46, "upperInclusive": true, "unit": "人", "colour": "red"}}]}
            """;

        var run = CliRun.Of("validate", TempDirectory.File("set.json", envelope), "--format", "json");

        run.ExitCode.Should().Be(1);
        run.Json().GetProperty("issues").EnumerateArray().Select(i => i.GetProperty("path").GetString())
            .Should().BeEquivalentTo("/records/0/peopleTrained/colour", "/recrods");
    }

    [Fact]
    public void Aggregate_warns_on_standard_error_that_the_member_is_not_counted()
    {
        var run = CliRun.Of("aggregate", TempDirectory.File("typo.jsonl", Misspelled + "\n"), "--by", "town", "--measure", "inspection-hazards-found");

        run.ExitCode.Should().Be(0, run.Error);
        run.Error.Should().Contain("typo.jsonl, line 1, /hazardFound: SM8014 'hazardFound' is not a member of the contract and is not counted");
    }
}

/// <summary>Limits are checked while reading, on standard input as on files, before memory fills.</summary>
public class DocumentLimitTests
{
    [Fact]
    public void A_JSON_document_past_the_limit_is_refused_while_read_from_standard_input_without_reading_the_rest()
    {
        var input = new CountingStream(Encoding.UTF8.GetBytes("{\"schemaVersion\": \"1.0\", \"records\": [" + string.Concat(Enumerable.Repeat("{\"type\": \"meeting\", \"id\": \"M\", \"division\": \"150626103000\", \"date\": \"2022-05-01\"},", 20_000)) + "]}"));
        var environment = new CliEnvironment(new StringWriter(), new StringWriter(), () => input, TempDirectory.Create(), errorIsTerminal: false);
        var reader = new Input.RecordReader(environment, Input.RecordFormat.Json, maxDocumentBytes: 256 * 1024);

        var refusal = FluentActions.Invoking(() => reader.Read(new[] { "-" }).ToList()).Should().Throw<CliException>().Which;

        refusal.Message.Should().Contain("SM8007 the JSON document is larger than 262144 bytes, the most read whole; give the records as JSON Lines");
        input.Consumed.Should().BeLessThan(256 * 1024 + (1 << 17), "reading stops at the limit, not at the end of the input");
    }

    private sealed class CountingStream(byte[] bytes) : MemoryStream(bytes)
    {
        public long Consumed { get; private set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = base.Read(buffer, offset, count);
            Consumed += n;
            return n;
        }
    }
}
