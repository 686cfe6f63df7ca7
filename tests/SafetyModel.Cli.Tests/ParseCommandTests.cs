using System.Text;
using SafetyModel.Extraction;
using SafetyModel.Primitives;
using SafetyModel.Reports;
using SafetyModel.Serialization;

namespace SafetyModel.Cli.Tests;

public class ParseCommandTests
{
    [Fact]
    public void Parse_prints_metadata_outline_and_every_stated_figure_with_its_place()
    {
        var run = CliRun.Of("parse", CliRun.SeedPath, "--language", "en");

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Contain("number (发文字号)    乌兰镇政函〔2022〕297号")
            .And.Contain("三、组织开展各类安全大检查专项行动")
            .And.Contain("    （一）开展建筑领域安全隐患排查专项行动")
            .And.Contain("Stated figures (8)")
            .And.Contain("¶10 @926");
    }

    [Fact]
    public void Parse_in_JSON_gives_the_report_the_library_reads_from_the_same_text()
    {
        var text = File.ReadAllText(CliRun.SeedPath);
        var expected = SummaryText.Parse(text, new SummaryTextOptions { Registry = DivisionRegistry.SampleWushenBanner });

        var run = CliRun.Of("parse", CliRun.SeedPath, "--format", "json");

        run.ExitCode.Should().Be(0, run.Error);
        var json = run.Json();
        json.GetProperty("success").GetBoolean().Should().BeTrue();
        json.GetProperty("characters").GetInt32().Should().Be(text.Length);
        SafetyJson.Deserialize<WorkSummaryReport>(json.GetProperty("report").GetRawText()).Should().Be(expected);
    }

    [Fact]
    public void Parse_reads_standard_input_for_a_dash()
    {
        var run = CliRun.WithInput(File.ReadAllText(CliRun.SeedPath), "parse", "-", "-f", "json");

        run.ExitCode.Should().Be(0, run.Error);
        run.Json().GetProperty("input").GetString().Should().Be("standard input");
        run.Json().GetProperty("report").GetProperty("statedFigures").GetArrayLength().Should().Be(8);
    }

    [Fact]
    public void Parse_reads_GB18030_text_when_asked_and_says_how_when_not()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var path = TempDirectory.File("seed-gbk.txt", Encoding.GetEncoding("GB18030").GetBytes(File.ReadAllText(CliRun.SeedPath)));

        var asked = CliRun.Of("parse", path, "--encoding", "gb18030", "-f", "json");
        var notAsked = CliRun.Of("parse", path);

        asked.ExitCode.Should().Be(0, asked.Error);
        asked.Json().GetProperty("report").GetProperty("statedFigures").GetArrayLength().Should().Be(8);
        notAsked.ExitCode.Should().Be(2);
        notAsked.Error.Should().Contain("not valid utf-8 text at byte").And.Contain("--encoding gb18030");
        notAsked.Output.Should().BeEmpty();
    }

    [Fact]
    public void Parse_finds_the_division_given_on_the_command_line()
    {
        var run = CliRun.Of("parse", CliRun.SeedPath, "--registry", "none", "--division", "150626103", "-f", "json");

        run.ExitCode.Should().Be(0, run.Error);
        run.Json().GetProperty("report").GetProperty("division").GetString().Should().StartWith("150626103000");
    }

    [Fact]
    public void Parse_reads_a_registry_file_of_code_name_lines()
    {
        var registry = TempDirectory.File("towns.csv", "# code,name\n150626103,乌兰陶勒盖镇\n");

        var run = CliRun.Of("parse", CliRun.SeedPath, "--registry", registry, "-f", "json");

        run.ExitCode.Should().Be(0, run.Error);
        run.Json().GetProperty("report").GetProperty("division").GetString().Should().StartWith("150626103000");
    }

    [Theory]
    [InlineData("150626103,", "has no name")]
    [InlineData("15062x,乌兰陶勒盖镇", "is not a division code")]
    public void Parse_refuses_a_registry_file_with_a_bad_line_naming_the_line(string line, string why)
    {
        var registry = TempDirectory.File("towns.csv", "150626,乌审旗\n" + line + "\n");

        var run = CliRun.Of("parse", CliRun.SeedPath, "--registry", registry);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("line 2").And.Contain(why);
    }

    [Fact]
    public void Parse_refuses_a_division_that_is_not_a_code()
    {
        var run = CliRun.Of("parse", CliRun.SeedPath, "--division", "乌兰");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("--division").And.Contain("is not a division code");
    }

    [Fact]
    public void Parse_of_a_missing_file_is_bad_input()
    {
        var run = CliRun.Of("parse", "no-such-letter.txt");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Be("safetymodel: no-such-letter.txt: no such file." + Environment.NewLine);
        run.Output.Should().BeEmpty();
    }

    [Fact]
    public void Parse_of_a_directory_is_bad_input()
    {
        var run = CliRun.Of("parse", TempDirectory.Create());

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("is a directory");
    }

    [Fact]
    public void Parse_of_a_binary_file_is_bad_input_naming_the_NUL_byte()
    {
        var path = TempDirectory.File("letter.bin", new byte[] { 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x00, 0x00 });

        var run = CliRun.Of("parse", path);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("looks binary (a NUL byte at offset 8)");
    }

    [Fact]
    public void Parse_of_a_doc_or_wps_file_says_to_save_it_as_docx()
    {
        var path = TempDirectory.File("letter.doc", new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0x00, 0x00 });

        var run = CliRun.Of("parse", path);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("SM9002").And.Contain("save it as .docx");
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \n\t\r\n")]
    public void Parse_of_empty_input_is_bad_input(string text)
    {
        var run = CliRun.WithInput(text, "parse", "-");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("standard input: is empty");
    }

    [Fact]
    public void Parse_of_text_that_is_not_a_document_reports_the_reason_and_exits_1()
    {
        var run = CliRun.WithInput(new string('。', DocumentLimit + 1), "parse", "-", "-f", "json");

        run.ExitCode.Should().Be(1);
        var json = run.Json();
        json.GetProperty("success").GetBoolean().Should().BeFalse();
        json.GetProperty("report").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
        json.GetProperty("error").GetProperty("code").GetString().Should().Be("SM0003");
    }

    private const int DocumentLimit = SafetyModel.Documents.DocumentText.MaximumLength;
}
