using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using SafetyModel.Diagnostics;
using SafetyModel.Primitives;
using SafetyModel.Reports;
using SafetyModel.Text;

namespace SafetyModel.Serialization;

/// <summary>Reads and writes the envelope <see cref="RecordSet"/>, checking its schema version first.</summary>
internal sealed class RecordSetCodec : IJsonCodec<RecordSet>
{
    internal const string TypeName = "RecordSet";

    internal static readonly JsonEncodedText[] Names =
    {
        JsonEncodedText.Encode("schemaVersion"), JsonEncodedText.Encode("records"), JsonEncodedText.Encode("reports"),
    };

    private readonly JsonContract _contract;

    public RecordSetCodec(JsonContract contract) => _contract = contract;

    public RecordSet Read(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw JsonContract.WrongKind(ref reader, "an object (RecordSet)");
        }

        var start = reader.TokenStartIndex;
        string? version = null;
        IReadOnlyList<IRecord> records = Array.Empty<IRecord>();
        IReadOnlyList<WorkSummaryReport> reports = Array.Empty<WorkSummaryReport>();
        ulong seen = 0;
        var next = 0;
        List<KeyValuePair<string, JsonElement>>? unknown = null;
        while (true)
        {
            JsonContract.Next(ref reader);
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                break;
            }

            var i = JsonContract.Match(ref reader, Names, ref next);
            if (i < 0)
            {
                _contract.ReadUnknown(ref reader, TypeName, ref unknown);
                continue;
            }

            JsonContract.Seen(ref reader, ref seen, i, Names);
            JsonContract.Next(ref reader);
            try
            {
                switch (i)
                {
                    case 0:
                        version = JsonContract.ReadString(ref reader);
                        if (!IsReadable(version))
                        {
                            throw Unsupported(version).At(reader.TokenStartIndex);
                        }

                        break;
                    case 1: records = JsonContract.ReadList(ref reader, _contract.Record); break;
                    default: reports = JsonContract.ReadList(ref reader, _contract.WorkSummaryReport); break;
                }
            }
            catch (JsonContractException e)
            {
                throw e.Within(Names[i].ToString());
            }
        }

        if (version is null)
        {
            throw Unsupported("(missing)").At(start);
        }

        var set = new RecordSet { SchemaVersion = version, Records = records, Reports = reports };
        JsonContract.Keep(set, unknown);
        return set;
    }

    public void Write(Utf8JsonWriter writer, RecordSet value)
    {
        writer.WriteStartObject();
        writer.WriteString(Names[0], value.SchemaVersion);
        writer.WritePropertyName(Names[1]);
        JsonContract.WriteList(writer, value.Records, _contract.Record);
        if (value.Reports.Count > 0)
        {
            writer.WritePropertyName(Names[2]);
            JsonContract.WriteList(writer, value.Reports, _contract.WorkSummaryReport);
        }

        JsonContract.WriteUnknown(writer, value);
        writer.WriteEndObject();
    }

    /// <summary>
    /// Whether a version is <c>major.minor</c> with this library's major version. The parts are compared as digits, never
    /// as numbers of a fixed size: <c>1.99999999999999999999</c> is a 1.x version (its minor part is not read as a number
    /// at all — a later minor version only adds optional members, which preserving reading keeps).
    /// </summary>
    internal static bool IsReadable(string version)
    {
        var dot = version.IndexOf('.');
        return dot > 0 && dot < version.Length - 1 &&
               AllDigits(version, 0, dot) && AllDigits(version, dot + 1, version.Length) &&
               int.TryParse(version.Substring(0, dot), NumberStyles.None, CultureInfo.InvariantCulture, out var major) &&
               major == SafetyJson.MajorVersion;

        static bool AllDigits(string text, int start, int end)
        {
            for (var i = start; i < end; i++)
            {
                if (text[i] is < '0' or > '9')
                {
                    return false;
                }
            }

            return true;
        }
    }

    private static JsonContractException Unsupported(string version) =>
        new(JsonContractCodes.UnsupportedSchemaVersion, DiagnosticArguments.Create(
            ("version", version), ("supported", SafetyJson.MajorVersion.ToString(CultureInfo.InvariantCulture) + ".x")));
}
