using SafetyModel.Serialization;

namespace SafetyModel.Cli.Tests;

public class SchemaCommandTests
{
    [Fact]
    public void Schema_prints_the_contracts_schema_the_same_as_the_checked_in_file()
    {
        var run = CliRun.Of("schema");

        run.ExitCode.Should().Be(0);
        run.Output.TrimEnd().Should().Be(SafetyJson.GetSchema().TrimEnd());
        var checkedIn = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "schemas", "safetymodel.schema.json")).Replace("\r\n", "\n", StringComparison.Ordinal);
        run.Output.TrimEnd().Should().Be(checkedIn.TrimEnd());
    }

    [Fact]
    public void Schema_as_a_table_lists_the_definitions()
    {
        var run = CliRun.Of("schema", "--format", "table");

        run.ExitCode.Should().Be(0);
        run.Output.Should().Contain("https://json-schema.org/draft/2020-12/schema").And.Contain("Inspection").And.Contain("Quantity");
    }
}
