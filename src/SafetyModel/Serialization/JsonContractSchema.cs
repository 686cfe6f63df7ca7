using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace SafetyModel.Serialization;

/// <summary>
/// Writes the JSON Schema (draft 2020-12) of the contract from the codecs' own member tables and code lists, so the
/// schema cannot say other than what the codecs read and write. Checked in at <c>schemas/safetymodel.schema.json</c>.
/// The member table (<c>Objects</c>) is generated with the codecs, from the same declarations on the model types, and
/// carries the XML documentation summaries of the types and their members: those are the schema's descriptions, said
/// once, in the C# source. Only the hand-written definitions (the envelope, the record union, <see cref="Primitives.Quantity"/>
/// and the text values) have their descriptions here.
/// </summary>
internal static partial class JsonContractSchema
{
    private const string DefinitionsPrefix = "#/$defs/";

    public static string Build(JsonContract contract)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, SafetyJson.WriterOptions(indented: true)))
        {
            w.WriteStartObject();
            w.WriteString("$schema", "https://json-schema.org/draft/2020-12/schema");
            // A catalogue's own kinds make another schema: its id names them after the version (urn:…:1.0+drill).
            w.WriteString("$id", "urn:safetymodel:schema:" + SafetyJson.SchemaVersion + string.Concat(contract.RuntimeObjects.Select(o => "+" + o.Discriminator)));
            w.WriteString("title", "SafetyModel JSON contract " + SafetyJson.SchemaVersion);
            w.WriteString(
                "description",
                "A RecordSet envelope; the definitions describe every type of the contract (docs/json-format.md). Members a " +
                "version does not define are allowed: readers keep them and write them back.");
            w.WriteString("$ref", DefinitionsPrefix + "RecordSet");
            w.WriteStartObject("$defs");
            WriteRecordSet(w);
            WriteRecord(w, contract);
            foreach (var (type, discriminator, description, members) in Objects.Concat(contract.RuntimeObjects))
            {
                WriteObject(w, type, discriminator, description, members);
            }

            WriteQuantity(w);
            WriteScalars(w, contract);
            w.WriteEndObject();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n") + "\n";
    }

    private static void WriteRecordSet(Utf8JsonWriter w)
    {
        w.WriteStartObject("RecordSet");
        w.WriteString("type", "object");
        w.WriteString("description", "The versioned envelope. schemaVersion is major.minor; a reader reads every minor version of its major version.");
        w.WriteStartObject("properties");
        w.WriteStartObject("schemaVersion");
        w.WriteString("description", "The version of the contract the set is written in, major.minor.");
        w.WriteString("type", "string");
        w.WriteString("pattern", "^" + SafetyJson.MajorVersion + "\\.(0|[1-9][0-9]*)$");
        w.WriteEndObject();
        Array(w, "records", "The records, of any kind, in order.", "Record");
        Array(w, "reports", "The work summary reports, in order.", "WorkSummaryReport");
        w.WriteEndObject();
        w.WriteStartArray("required");
        w.WriteStringValue("schemaVersion");
        w.WriteEndArray();
        w.WriteEndObject();

        static void Array(Utf8JsonWriter w, string name, string description, string item)
        {
            w.WriteStartObject(name);
            w.WriteString("description", description);
            w.WriteString("type", "array");
            w.WriteStartObject("items");
            w.WriteString("$ref", DefinitionsPrefix + item);
            w.WriteEndObject();
            w.WriteEndObject();
        }
    }

    private static void WriteRecord(Utf8JsonWriter w, JsonContract contract)
    {
        w.WriteStartObject("Record");
        w.WriteString("description", "A record of any kind, told apart by its type member.");
        w.WriteString("type", "object");
        w.WriteStartArray("required");
        w.WriteStringValue("type");
        w.WriteEndArray();
        w.WriteStartArray("oneOf");
        foreach (var (type, discriminator, _, _) in Objects.Concat(contract.RuntimeObjects))
        {
            if (discriminator is not null)
            {
                w.WriteStartObject();
                w.WriteString("$ref", DefinitionsPrefix + type);
                w.WriteEndObject();
            }
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteObject(
        Utf8JsonWriter w, string type, string? discriminator, string description, (string Name, string Kind, bool Required, string? Description)[] members)
    {
        w.WriteStartObject(type);
        w.WriteString("type", "object");
        Description(w, description);
        w.WriteStartObject("properties");
        if (discriminator is not null)
        {
            w.WriteStartObject("type");
            w.WriteString("description", "The record type, which tells the kinds of record apart: " + discriminator + ".");
            w.WriteString("const", discriminator);
            w.WriteEndObject();
        }

        foreach (var (name, kind, _, memberDescription) in members)
        {
            w.WritePropertyName(name);
            WriteKind(w, kind, memberDescription);
        }

        w.WriteEndObject();
        var required = members.Where(m => m.Required).Select(m => m.Name).ToArray();
        if (required.Length > 0)
        {
            w.WriteStartArray("required");
            foreach (var name in required)
            {
                w.WriteStringValue(name);
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    /// <summary>Writes the schema of a member's kind, with the member's description when it has one.</summary>
    private static void WriteKind(Utf8JsonWriter w, string kind, string? description = null)
    {
        var nullable = kind.EndsWith("?", StringComparison.Ordinal);
        var bare = nullable ? kind.Substring(0, kind.Length - 1) : kind;
        if (bare.StartsWith("list:", StringComparison.Ordinal))
        {
            w.WriteStartObject();
            Description(w, description);
            w.WriteString("type", "array");
            w.WritePropertyName("items");
            WriteKind(w, bare.Substring(5));
            w.WriteEndObject();
            return;
        }

        if (nullable)
        {
            w.WriteStartObject();
            Description(w, description);
            w.WriteStartArray("anyOf");
            WriteKind(w, bare);
            w.WriteStartObject();
            w.WriteString("type", "null");
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
            return;
        }

        w.WriteStartObject();
        Description(w, description);
        switch (bare)
        {
            case "str": w.WriteString("type", "string"); break;
            case "int": w.WriteString("type", "integer"); w.WriteNumber("minimum", int.MinValue); w.WriteNumber("maximum", int.MaxValue); break;
            case "bool": w.WriteString("type", "boolean"); break;
            case "dec": w.WriteString("type", "number"); break;
            default: w.WriteString("$ref", DefinitionsPrefix + Definition(bare)); break;
        }

        w.WriteEndObject();
    }

    private static string Definition(string kind) => kind switch
    {
        "date" => "date",
        "datetime" => "dateTime",
        "division" => "divisionCode",
        "period" => "reportingPeriod",
        "docnumber" => "documentNumber",
        "title" => "documentTitle",
        "credit" => "unifiedSocialCreditCode",
        _ => kind.Substring(kind.IndexOf(':') + 1),
    };

    /// <summary>
    /// Writes <see cref="Primitives.Quantity"/>, whose codec is hand-written (<see cref="QuantityCodec"/>): its
    /// descriptions are said here, in the words of the type's XML documentation.
    /// </summary>
    private static void WriteQuantity(Utf8JsonWriter w)
    {
        w.WriteStartObject("Quantity");
        w.WriteString("type", "object");
        w.WriteString(
            "description",
            "A stated or derived figure (概数 as an interval): the qualifier, the stated number(s), the bounds of the values it " +
            "allows (no upper bound: unbounded), the unit and the text it was read from. Approximate figures are never made exact.");
        w.WriteStartObject("properties");
        Member("qualifier", "How the number is qualified: exact, 余, 约, 近, 不足, 以上, 以下, a range, or derived by arithmetic from other figures.", "$ref", DefinitionsPrefix + "QuantityQualifier");
        Member(
            "stated",
            "The number as stated: the exact value; the number before 余, after 约 or 近, before 以上 or 以下; the first number of a range; the sum of the stated numbers of a derived figure.",
            "type",
            "number");
        Member("statedUpper", "The second number of a range (三至五); absent otherwise.", "type", "number");
        Member("lower", "The lower bound of the values the figure allows (never below 0).", "type", "number");
        Member("lowerInclusive", "Whether the lower bound is itself one of the values allowed.", "type", "boolean");
        Member("upper", "The upper bound of the values the figure allows; absent when there is none (16多条).", "type", "number");
        Member("upperInclusive", "Whether the upper bound is itself one of the values allowed.", "type", "boolean");
        Member("unit", "The unit, by its code (份, 次, 人, 万元, …); absent when none was stated.", "$ref", DefinitionsPrefix + "QuantityUnit");
        Member("rawText", "The text the figure was read from, exactly as given (500余份).", "type", "string");
        w.WriteEndObject();
        w.WriteStartArray("required");
        for (var i = 0; i < QuantityCodec.Names.Length; i++)
        {
            if ((QuantityCodec.RequiredMembers & (1UL << i)) != 0)
            {
                w.WriteStringValue(QuantityCodec.Names[i].ToString());
            }
        }

        w.WriteEndArray();
        w.WriteEndObject();

        void Member(string name, string description, string keyword, string value)
        {
            w.WriteStartObject(name);
            w.WriteString("description", description);
            w.WriteString(keyword, value);
            w.WriteEndObject();
        }
    }

    private static void WriteScalars(Utf8JsonWriter w, JsonContract contract)
    {
        String(w, "date", "An ISO 8601 calendar date.", "^-?[0-9]{4}-[0-9]{2}-[0-9]{2}$", "date", "2022-07-07");
        String(w, "dateTime", "An ISO 8601 local date and time, seconds and fractions optional.", "^-?[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?$", null, "2022-07-07T08:30:00");
        String(w, "divisionCode", "A 12-digit statistical division code, optionally followed by @ and the edition year of the code list.", "^[1-9][0-9]{11}(@[0-9]{4})?$", null, "150626100000");
        String(w, "reportingPeriod", "A reporting period code: yyyy, yyyy-Hn, yyyy-Qn, yyyy-MM, or a custom interval start/end.", "^[0-9]{4}(-H[12]|-Q[1-4]|-(0[1-9]|1[0-2]))?$|^-?[0-9]{4}-[0-9]{2}-[0-9]{2}/-?[0-9]{4}-[0-9]{2}-[0-9]{2}$", null, "2022-H1");
        String(w, "documentNumber", "A 发文字号 in its GB/T 9704 form: 机关代字〔年份〕序号号.", "^.+〔[0-9]{4}〕[1-9][0-9]*号$", null, "乌兰镇政函〔2022〕297号");
        String(w, "documentTitle", "A 公文 title ending in its 文种.", null, null, "乌兰陶勒盖镇关于2022年上半年安全生产工作总结的报告");
        String(w, "unifiedSocialCreditCode", "An 18-character unified social credit code (GB 32100-2015), check character included.", "^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$", null, "91330100799655058B");
        foreach (var (name, description, codes) in contract.ClosedLists())
        {
            w.WriteStartObject(name);
            w.WriteString("type", "string");
            Description(w, description);
            w.WriteStartArray("enum");
            foreach (var code in codes)
            {
                w.WriteStringValue(code);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        foreach (var (name, description, codes) in contract.OpenLists())
        {
            w.WriteStartObject(name);
            w.WriteString("type", "string");
            // The type's summary says that it is an open list, and what becomes of other codes; the examples are the schema's own.
            w.WriteString(
                "description",
                description.IndexOf("open list", StringComparison.Ordinal) >= 0
                    ? description + " The examples are the well-known codes."
                    : (description + " An open list: the examples are the well-known codes; other codes are kept as given.").TrimStart());
            w.WriteNumber("minLength", 1);
            w.WriteStartArray("examples");
            foreach (var code in codes)
            {
                w.WriteStringValue(code);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }
    }

    /// <summary>Writes a description, unless there is none (a member of a kind declared at run time).</summary>
    private static void Description(Utf8JsonWriter w, string? description)
    {
        if (!string.IsNullOrEmpty(description))
        {
            w.WriteString("description", description);
        }
    }

    private static void String(Utf8JsonWriter w, string name, string description, string? pattern, string? format, string example)
    {
        w.WriteStartObject(name);
        w.WriteString("type", "string");
        w.WriteString("description", description);
        if (pattern is not null)
        {
            w.WriteString("pattern", pattern);
        }

        if (format is not null)
        {
            w.WriteString("format", format);
        }

        w.WriteStartArray("examples");
        w.WriteStringValue(example);
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
