using System.Collections.Generic;
using System.Text.Json;
using SafetyModel.Diagnostics;
using SafetyModel.Primitives;
using SafetyModel.Text;

namespace SafetyModel.Serialization;

/// <summary>
/// <see cref="Primitives.Quantity"/> as an object that keeps everything: the qualifier, the stated number (and the
/// second number of a range), both bounds with their inclusiveness, the unit and the raw text.
/// <c>{"qualifier":"more-than","stated":500,"lower":500,"lowerInclusive":false,"upper":600,"upperInclusive":false,"unit":"份","rawText":"500余份"}</c>;
/// no <c>upper</c> means no upper bound.
/// </summary>
internal sealed class QuantityCodec : IJsonCodec<Quantity>
{
    internal const string TypeName = "Quantity";

    internal static readonly JsonEncodedText[] Names =
    {
        JsonEncodedText.Encode("qualifier"), JsonEncodedText.Encode("stated"), JsonEncodedText.Encode("statedUpper"),
        JsonEncodedText.Encode("lower"), JsonEncodedText.Encode("lowerInclusive"), JsonEncodedText.Encode("upper"),
        JsonEncodedText.Encode("upperInclusive"), JsonEncodedText.Encode("unit"), JsonEncodedText.Encode("rawText"),
    };

    internal const ulong RequiredMembers = 0b1_1011; // qualifier, stated, lower, lowerInclusive

    private readonly JsonContract _contract;

    public QuantityCodec(JsonContract contract) => _contract = contract;

    public Quantity Read(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw JsonContract.WrongKind(ref reader, "a quantity object");
        }

        var start = reader.TokenStartIndex;
        var qualifier = QuantityQualifier.Exact;
        decimal stated = 0, lower = 0;
        decimal? statedUpper = null, upper = null;
        bool lowerInclusive = true, upperInclusive = true;
        var unit = default(QuantityUnit);
        string? rawText = null;
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
                    case 0: qualifier = _contract.QuantityQualifier.Read(ref reader); break;
                    case 1: stated = JsonContract.ReadDecimal(ref reader); break;
                    case 2: statedUpper = JsonContract.ReadNullableDecimal(ref reader); break;
                    case 3: lower = JsonContract.ReadDecimal(ref reader); break;
                    case 4: lowerInclusive = JsonContract.ReadBoolean(ref reader); break;
                    case 5: upper = JsonContract.ReadNullableDecimal(ref reader); break;
                    case 6: upperInclusive = JsonContract.ReadBoolean(ref reader); break;
                    case 7: unit = reader.TokenType == JsonTokenType.Null ? default : _contract.QuantityUnit.Read(ref reader); break;
                    default: rawText = JsonContract.ReadNullableString(ref reader); break;
                }
            }
            catch (JsonContractException e)
            {
                throw e.Within(Names[i].ToString());
            }
        }

        JsonContract.Required(start, seen, RequiredMembers, Names, TypeName);
        var quantity = Quantity.FromParts(
            qualifier, stated, statedUpper, new QuantityBound(lower, lowerInclusive), upper is { } high ? new QuantityBound(high, upperInclusive) : null,
            unit, rawText, out var problem);
        if (quantity is null)
        {
            throw new JsonContractException(
                JsonContractCodes.InvalidValue, DiagnosticArguments.Create(("value", TypeName), ("expected", "quantity")),
                new LocalizedText(problem!, problem switch
                {
                    "an exact quantity's bounds are its number, both inclusive" => "确数的上下界应等于该数且均为闭区间",
                    "the second stated number of a range is below the first" => "范围的第二个数小于第一个数",
                    _ => "上界低于下界，或两者相等却不都是闭区间",
                })).At(start);
        }

        JsonContract.Keep(quantity, unknown);
        return quantity;
    }

    public void Write(Utf8JsonWriter writer, Quantity value)
    {
        writer.WriteStartObject();
        writer.WritePropertyName(Names[0]);
        _contract.QuantityQualifier.Write(writer, value.Qualifier);
        writer.WriteNumber(Names[1], value.Stated);
        if (value.StatedUpper is { } statedUpper)
        {
            writer.WriteNumber(Names[2], statedUpper);
        }

        writer.WriteNumber(Names[3], value.Lower.Value);
        writer.WriteBoolean(Names[4], value.Lower.Inclusive);
        if (value.Upper is { } upper)
        {
            writer.WriteNumber(Names[5], upper.Value);
            writer.WriteBoolean(Names[6], upper.Inclusive);
        }

        if (value.Unit.Code.Length > 0)
        {
            writer.WriteString(Names[7], value.Unit.Code);
        }

        if (value.RawText is { } rawText)
        {
            writer.WriteString(Names[8], rawText);
        }

        JsonContract.WriteUnknown(writer, value);
        writer.WriteEndObject();
    }
}
