using System.CommandLine;
using System.Text.Json;
using SafetyModel.Cli.Output;
using SafetyModel.Serialization;

namespace SafetyModel.Cli.Commands;

/// <summary>
/// <c>safetymodel schema</c>: the JSON Schema (draft 2020-12) of the JSON contract, the same text as
/// <c>schemas/safetymodel.schema.json</c>. <c>--format json</c> puts it in the tool's JSON output (<c>command</c>,
/// <c>version</c>, <c>schema</c>) like every other command's; <c>--format table</c> lists the schema's definitions instead.
/// </summary>
internal static class SchemaCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var format = CommonOptions.Format("schema", "schema", "json", "table");
        var command = new Command("schema") { format };
        command.SetAction(result => Run(environment, result.GetValue(format) switch
        {
            "json" => OutputFormat.Json,
            "table" => OutputFormat.Table,
            _ => null,
        }));
        return command;
    }

    /// <summary>Writes the schema: as the document itself (no format), inside the tool's JSON output, or as a table of its definitions.</summary>
    public static int Run(CliEnvironment environment, OutputFormat? format)
    {
        var schema = SafetyJson.GetSchema();
        if (format == OutputFormat.Json)
        {
            using var json = new JsonOutput(environment.Output, "schema");
            using var parsed = JsonDocument.Parse(schema);
            json.Writer.WritePropertyName("schema");
            parsed.RootElement.WriteTo(json.Writer);
            return ExitCodes.Ok;
        }

        if (format is null)
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
