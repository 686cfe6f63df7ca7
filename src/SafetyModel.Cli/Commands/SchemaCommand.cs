using System.CommandLine;
using System.Text.Json;
using SafetyModel.Cli.Output;
using SafetyModel.Serialization;

namespace SafetyModel.Cli.Commands;

/// <summary>
/// <c>safetymodel schema</c>: the JSON Schema (draft 2020-12) of the JSON contract, the same text as
/// <c>schemas/safetymodel.schema.json</c>. <c>--format table</c> lists the schema's definitions instead.
/// </summary>
internal static class SchemaCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var format = CommonOptions.Format("json");
        var command = new Command("schema", "Print the JSON Schema (draft 2020-12) of the JSON contract; --format table lists its definitions.") { format };
        command.SetAction(result => Run(environment, CommonOptions.ParseFormat(result.GetValue(format))));
        return command;
    }

    public static int Run(CliEnvironment environment, OutputFormat format)
    {
        var schema = SafetyJson.GetSchema();
        if (format == OutputFormat.Json)
        {
            environment.Output.Write(schema);
            if (!schema.EndsWith('\n'))
            {
                environment.Output.WriteLine();
            }

            return ExitCodes.Ok;
        }

        using var document = JsonDocument.Parse(schema);
        var root = document.RootElement;
        environment.Output.WriteLine($"{Text(root, "title")} — {Text(root, "$id")}");
        environment.Output.WriteLine($"$schema {Text(root, "$schema")}");
        var table = new TextTable("definition", "description");
        if (root.TryGetProperty("$defs", out var definitions))
        {
            foreach (var definition in definitions.EnumerateObject())
            {
                table.Add(definition.Name, ReportView.Clip(Text(definition.Value, "description"), 90));
            }
        }

        table.Write(environment.Output, "  ");
        return ExitCodes.Ok;
    }

    private static string Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "-";
}
