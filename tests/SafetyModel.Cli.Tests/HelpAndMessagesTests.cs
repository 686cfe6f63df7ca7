using System.Globalization;
using System.Text.RegularExpressions;
using SafetyModel.Cli.Commands;
using SafetyModel.Cli.Output;

namespace SafetyModel.Cli.Tests;

/// <summary>The help and the messages an installed tool shows: its own name, one default, no file it lacks, English or Chinese.</summary>
public class HelpTests
{
    private static readonly Regex Cjk = new(@"\p{IsCJKUnifiedIdeographs}", RegexOptions.CultureInvariant);

    [Theory]
    [InlineData("--help", "safetymodel [command] [options]")]
    [InlineData("validate --help", "safetymodel validate <files>... [options]")]
    public void The_usage_line_names_the_installed_command_not_the_assembly(string args, string usage)
    {
        var run = CliRun.Of(args.Split(' '));

        run.ExitCode.Should().Be(0);
        run.Output.Should().Contain(usage).And.NotContain("SafetyModel.Cli");
    }

    [Fact]
    public void The_root_still_answers_version_as_a_root_command_did()
    {
        var run = CliRun.Of("--version");

        run.ExitCode.Should().Be(0);
        run.Output.Should().MatchRegex(@"^\d+\.\d+\.\d+");
    }

    [Fact]
    public void The_language_option_states_one_default_the_system_s_UI_language()
    {
        var line = CliRun.Of("date", "--help").Output.Split('\n').Single(l => l.TrimStart().StartsWith("--language", StringComparison.Ordinal));

        line.Should().Contain("default: the system's UI language").And.NotContain("[default:");
    }

    [Theory]
    [MemberData(nameof(UsageTests.Commands), MemberType = typeof(UsageTests))]
    public void Help_points_to_documentation_an_installed_tool_can_reach_not_to_a_file_of_the_repository(string command)
    {
        foreach (var language in new[] { "en", "zh" })
        {
            var output = CliRun.Of(command, "--help", "--language", language).Output;

            Regex.IsMatch(output, @"(?<!/blob/main/)docs/cli\.md").Should().BeFalse("help of {0} in {1} names docs/cli.md only as part of its address:\n{2}", command, language, output);
        }

        CliRun.Of("--help").Output.Should().Contain(CliTexts.DocumentationUrl).And.Contain("safetymodel <command> --help");
        CliTexts.DocumentationUrl.Should().StartWith("https://github.com/").And.EndWith("/blob/main/docs/cli.md");
    }

    [Theory]
    [MemberData(nameof(UsageTests.Commands), MemberType = typeof(UsageTests))]
    public void With_language_zh_every_description_in_a_command_s_help_is_Chinese(string command)
    {
        var run = CliRun.Of(command, "--help", "--language", "zh");

        run.ExitCode.Should().Be(0);
        run.Output.Should().StartWith("说明:").And.Contain("用法:").And.Contain("选项:").And.NotContain("Description:").And.NotContain("[default:");
        foreach (var line in OptionLines(run.Output))
        {
            Cjk.IsMatch(line).Should().BeTrue("every option of {0} is described in Chinese: {1}", command, line);
        }
    }

    [Fact]
    public void A_Chinese_UI_culture_gives_Chinese_help_and_the_culture_is_left_as_it_was()
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
        try
        {
            var chinese = CliRun.Of("--help");
            var english = CliRun.Of("--help", "--language", "en");

            chinese.Output.Should().Contain("读取公文和安全生产工作总结").And.Contain("显示帮助和用法");
            english.Output.Should().Contain("read 公文 and work-safety summaries").And.Contain("Usage:").And.NotContain("用法");
            CultureInfo.CurrentUICulture.Name.Should().Be("zh-CN");
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Fact]
    public void Bad_usage_under_zh_says_where_the_help_is_in_Chinese()
    {
        var run = CliRun.Of("date", "6月30日", "--year", "99999", "--language", "zh");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("--year 应为 1 至 9999 之间的年份").And.Contain("运行“safetymodel date --help”查看用法。");
    }

    [Theory]
    [InlineData("en", "unknown option '--frob'")]
    [InlineData("zh", "未知选项“--frob”")]
    public void An_unknown_option_before_a_file_is_an_unknown_option_in_either_language(string language, string message)
    {
        var file = TempDirectory.File("x.jsonl", """{"type": "meeting", "id": "M-1", "division": "150626103000", "date": "2022-05-01"}""" + "\n");

        var run = CliRun.Of("validate", "--frob", file, "--language", language);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain(message).And.NotContain("no such file");
    }

    [Fact]
    public void Every_command_option_and_argument_has_its_text_in_English_and_in_Chinese_in_the_one_table()
    {
        var root = SafetyModelCli.Build(new CliEnvironment(TextWriter.Null, TextWriter.Null, () => Stream.Null, TempDirectory.Create(), false), Language.English);

        foreach (var key in HelpTexts.KeysOf(root))
        {
            CliTexts.Has(key).Should().BeTrue("Resources/texts.tsv has the help of '{0}'", key);
            CliTexts.Get(key, Language.English).Should().NotBeNullOrWhiteSpace();
            Cjk.IsMatch(CliTexts.Get(key, Language.Chinese)).Should().BeTrue("the Chinese help of '{0}' is Chinese", key);
        }
    }

    /// <summary>The lines of the options section that begin an option (the description may wrap onto more lines).</summary>
    private static IEnumerable<string> OptionLines(string help) =>
        help.Split('\n').SkipWhile(l => !l.StartsWith("选项:", StringComparison.Ordinal)).Skip(1)
            .TakeWhile(l => l.Trim().Length > 0)
            .Where(l => l.TrimStart().StartsWith('-'));
}

/// <summary>Values of closed lists shown by their published codes and Chinese names, never their C# names.</summary>
public class PublishedNamesTests
{
    private const string Hazard = """{"type": "hazard", "id": "H-1", "division": "150626103000", "foundOn": "2022-05-01", "level": "general", "description": "灭火器过期", "status": "rectified"}""";
    private const string Inspection = """{"type": "inspection", "id": "I-1", "division": "150626103000", "start": "2022-05-01", "hazardsFound": 3, "types": ["comprehensive"]}""";

    [Fact]
    public void The_aggregate_title_names_levels_periods_and_measures_by_code_or_in_Chinese()
    {
        var file = TempDirectory.File("r.jsonl", Inspection + "\n" + Hazard + "\n");

        var english = CliRun.Of("aggregate", file, "--by", "town,quarter", "--measure", "records,hazards-found", "--language", "en");
        var chinese = CliRun.Of("aggregate", file, "--by", "town,quarter", "--measure", "records,hazards-found", "--language", "zh");

        english.Output.Should().StartWith("2 records: township × quarter: records, hazards-found").And.NotContain("None").And.NotContain("Township");
        chinese.Output.Should().StartWith("记录2条，乡镇 × 季度：记录数、").And.NotContain("none").And.NotContain("township");
    }

    [Fact]
    public void A_hazard_status_in_a_message_is_its_code_in_English_and_its_Chinese_name_in_Chinese()
    {
        var file = TempDirectory.File("h.jsonl", Hazard + "\n");

        var english = CliRun.Of("validate", file, "--language", "en");
        var chinese = CliRun.Of("validate", file, "--language", "zh");
        var json = CliRun.Of("validate", file, "--format", "json").Json().GetProperty("issues")[0];

        english.Output.Should().Contain("status (rectified, 已整改)").And.NotContain("Rectified");
        chinese.Output.Should().Contain("隐患状态（已整改，rectified）");
        json.GetProperty("arguments").GetProperty("status").GetString().Should().Be("rectified");
    }

    [Theory]
    [InlineData("en", "thursday")]
    [InlineData("zh", "星期四")]
    public void The_day_of_week_of_a_date_is_its_code_or_its_Chinese_name(string language, string day)
    {
        var run = CliRun.Of("date", "2022年7月7日", "--language", language);

        run.Output.Should().Contain(day).And.NotContain("Thursday");
    }
}

/// <summary>The whole record is the root of its JSON: "" in JSON output (RFC 6901), "(root)" in a table — never "/".</summary>
public class RootPointerTests
{
    [Fact]
    public void An_issue_about_the_whole_record_is_at_the_root_not_at_the_member_named_empty()
    {
        var file = TempDirectory.File("r.jsonl", """{"type": "hazard", "id": "H-1", "division": "150626103000"}""" + "\n");

        var table = CliRun.Of("validate", file, "--language", "en");
        var chinese = CliRun.Of("validate", file, "--language", "zh");
        var json = CliRun.Of("validate", file, "--format", "json").Json().GetProperty("issues")[0];

        table.Output.Should().Contain("line 1 (root)").And.NotContain("line 1 /");
        chinese.Output.Should().Contain("第1行 （根）");
        json.GetProperty("path").GetString().Should().BeEmpty();
    }
}

public class SchemaEnvelopeTests
{
    [Fact]
    public void Schema_as_JSON_output_has_the_command_and_version_every_JSON_output_begins_with()
    {
        var run = CliRun.Of("schema", "--format", "json");

        run.ExitCode.Should().Be(0);
        var json = run.Json();
        json.EnumerateObject().Select(p => p.Name).Take(3).Should().Equal("command", "version", "schema");
        json.GetProperty("command").GetString().Should().Be("schema");
        json.GetProperty("version").GetInt32().Should().Be(1);
        json.GetProperty("schema").GetProperty("$schema").GetString().Should().Be("https://json-schema.org/draft/2020-12/schema");
    }
}
