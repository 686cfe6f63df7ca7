namespace SafetyModel.Cli.Tests;

public class UsageTests
{
    public static readonly TheoryData<string> Commands = new() { "demo", "parse", "number", "quantity", "date", "validate", "aggregate", "schema", "export" };

    [Fact]
    public void Help_lists_every_command_and_exits_0()
    {
        var run = CliRun.Of("--help");

        run.ExitCode.Should().Be(0);
        foreach (var command in Commands)
        {
            run.Output.Should().Contain(command);
        }
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Every_command_has_help_and_a_format_option(string command)
    {
        var run = CliRun.Of(command, "--help");

        run.ExitCode.Should().Be(0);
        run.Output.Should().Contain("--format").And.Contain("--language");
    }

    [Fact]
    public void No_command_is_bad_usage()
    {
        var run = CliRun.Of();

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("Required command was not provided").And.Contain("safetymodel --help");
    }

    [Fact]
    public void An_unknown_command_is_bad_usage()
    {
        var run = CliRun.Of("summarise", "x.txt");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("'summarise'");
        run.Output.Should().BeEmpty();
    }

    [Fact]
    public void A_missing_argument_is_bad_usage_pointing_at_the_commands_help()
    {
        var run = CliRun.Of("quantity");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("safetymodel quantity --help");
    }

    [Fact]
    public void A_format_the_command_does_not_have_is_bad_usage()
    {
        var run = CliRun.Of("quantity", "5次", "--format", "csv");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("csv");
    }

    [Fact]
    public void A_language_other_than_en_or_zh_is_bad_usage()
    {
        var run = CliRun.Of("quantity", "5次", "--language", "fr");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("fr");
    }
}
