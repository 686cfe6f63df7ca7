using System;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using SafetyModel.Diagnostics;
using SafetyModel.Primitives;
using SafetyModel.Serialization;
using SafetyModel.Text;
using SafetyModel.Validation;

namespace SafetyModel.Cli.Output;

/// <summary>
/// Writes a command's JSON output: indented, Chinese left unescaped, one document per run. Values of the JSON
/// contract (reports, quantities, records) are written exactly as <see cref="SafetyJson"/> writes them. Long outputs
/// are drained to the writer as they grow — the writer streams into the target through <see cref="TextWriterStream"/> —
/// so memory stays bounded.
/// </summary>
internal sealed class JsonOutput : IDisposable
{
    /// <summary>The version of the CLI's JSON output shapes; raised only for incompatible changes.</summary>
    public const int Version = 1;

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly TextWriter _target;

    /// <summary>Starts the output object with its <c>command</c> and <c>version</c> members.</summary>
    public JsonOutput(TextWriter target, string command)
    {
        _target = target;
        Writer = new Utf8JsonWriter(new TextWriterStream(target), Options);
        Writer.WriteStartObject();
        Writer.WriteString("command", command);
        Writer.WriteNumber("version", Version);
    }

    public Utf8JsonWriter Writer { get; }

    /// <summary>Writes a value of the JSON contract under a name.</summary>
    public void WriteContract<T>(string name, T value)
    {
        Writer.WritePropertyName(name);
        WriteContractValue(value);
    }

    /// <summary>Writes a value of the JSON contract, streaming: long lists are sent to the output as they are written.</summary>
    public void WriteContractValue<T>(T value) => SafetyJson.Serialize(Writer, value);

    /// <summary>Writes <c>{"en": …, "zh": …}</c>.</summary>
    public void WriteLocalized(string name, LocalizedText text)
    {
        Writer.WriteStartObject(name);
        Writer.WriteString("en", text.English);
        Writer.WriteString("zh", text.Chinese);
        Writer.WriteEndObject();
    }

    /// <summary>Writes a parser's diagnostic: code, position, length, message, arguments.</summary>
    public void WriteDiagnostic(ParseDiagnostic diagnostic)
    {
        Writer.WriteStartObject();
        Writer.WriteString("code", diagnostic.Code);
        Writer.WriteNumber("position", diagnostic.Position);
        Writer.WriteNumber("length", diagnostic.Length);
        WriteLocalized("message", diagnostic.Message);
        WriteArguments(diagnostic.Arguments);
        Writer.WriteEndObject();
    }

    /// <summary>Writes a parser's notes as an array under a name.</summary>
    public void WriteDiagnostics(string name, System.Collections.Generic.IEnumerable<ParseDiagnostic> diagnostics)
    {
        Writer.WriteStartArray(name);
        foreach (var diagnostic in diagnostics)
        {
            WriteDiagnostic(diagnostic);
        }

        Writer.WriteEndArray();
    }

    /// <summary>Writes the members of a validation issue (inside an object the caller opened).</summary>
    public void WriteIssueMembers(ValidationIssue issue)
    {
        Writer.WriteString("code", issue.Code);
        Writer.WriteString("severity", EnumCodes.Of(issue.Severity));
        Writer.WriteString("path", issue.Path.ToString());
        WriteLocalized("message", new LocalizedText(SafeText.Cut(issue.Message.English), SafeText.Cut(issue.Message.Chinese)));
        WriteArguments(issue.Arguments);
    }

    /// <summary>Writes <c>"arguments": {…}</c> with JSON strings, numbers, booleans and nulls.</summary>
    public void WriteArguments(DiagnosticArguments arguments)
    {
        Writer.WriteStartObject("arguments");
        foreach (var (key, value) in arguments)
        {
            switch (value)
            {
                case null: Writer.WriteNull(key); break;
                case bool b: Writer.WriteBoolean(key, b); break;
                case long l: Writer.WriteNumber(key, l); break;
                case decimal m: Writer.WriteNumber(key, m); break;
                case int i: Writer.WriteNumber(key, i); break;
                case double d: Writer.WriteNumber(key, d); break;
                default: Writer.WriteString(key, SafeText.Cut(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty)); break;
            }
        }

        Writer.WriteEndObject();
    }

    /// <summary>Writes a quantity in the contract's form, or null.</summary>
    public void WriteQuantity(string name, Quantity? quantity)
    {
        if (quantity is null)
        {
            Writer.WriteNull(name);
        }
        else
        {
            WriteContract(name, quantity);
        }
    }

    /// <summary>Moves what has been written so far to the target.</summary>
    public void Drain() => Writer.Flush();

    /// <summary>Ends the output object and writes it out; when a command stopped inside a member (an error, a closed output), writes nothing more, so the first error is the one reported.</summary>
    public void Dispose()
    {
        if (Writer.CurrentDepth != 1)
        {
            Writer.Dispose();
            return;
        }

        Writer.WriteEndObject();
        Drain();
        _target.WriteLine();
        Writer.Dispose();
    }
}
