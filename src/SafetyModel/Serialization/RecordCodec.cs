using System.Collections.Generic;
using System.Text.Json;
using SafetyModel.Diagnostics;
using SafetyModel.Primitives;
using SafetyModel.Text;

namespace SafetyModel.Serialization;

/// <summary>
/// A record of any kind (<see cref="IRecord"/>), told apart by its <c>type</c> member — a fixed discriminator whose
/// values are part of the contract (<c>inspection</c>, <c>hazard</c>, …). The <c>type</c> member may stand anywhere
/// in the object; the record's own codec then reads the whole object.
/// </summary>
internal sealed class RecordCodec : IJsonCodec<IRecord>
{
    internal static readonly JsonEncodedText TypeMember = JsonEncodedText.Encode("type");

    private readonly JsonContract _contract;

    public RecordCodec(JsonContract contract) => _contract = contract;

    public IRecord Read(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw JsonContract.WrongKind(ref reader, "a record object");
        }

        var start = reader.TokenStartIndex;
        var probe = reader;
        var depth = probe.CurrentDepth;
        while (true)
        {
            JsonContract.Next(ref probe);
            if (probe.TokenType == JsonTokenType.EndObject && probe.CurrentDepth == depth)
            {
                throw new JsonContractException(JsonContractCodes.MissingRecordType, DiagnosticArguments.Empty).At(start);
            }

            if (probe.TokenType == JsonTokenType.PropertyName && probe.ValueTextEquals(TypeMember.EncodedUtf8Bytes))
            {
                JsonContract.Next(ref probe);
                if (probe.TokenType != JsonTokenType.String)
                {
                    throw JsonContract.WrongKind(ref probe, "a record type").Within("type");
                }

                foreach (var kind in _contract.RecordKinds)
                {
                    if (probe.ValueTextEquals(kind.Discriminator.EncodedUtf8Bytes))
                    {
                        return kind.Read(ref reader);
                    }
                }

                throw new JsonContractException(
                    JsonContractCodes.UnknownRecordType,
                    DiagnosticArguments.Create(("recordType", JsonContract.GetString(ref probe)), ("expected", _contract.RecordTypeList)))
                    .At(probe.TokenStartIndex).Within("type");
            }

            if (probe.TokenType == JsonTokenType.PropertyName)
            {
                JsonContract.Next(ref probe);
                probe.Skip();
            }
        }
    }

    public void Write(Utf8JsonWriter writer, IRecord value)
    {
        foreach (var kind in _contract.RecordKinds)
        {
            if (kind.TryWrite(writer, value))
            {
                return;
            }
        }

        throw new JsonContractException(
            JsonContractCodes.UnknownRecordType,
            DiagnosticArguments.Create(("recordType", value?.GetType().Name), ("expected", _contract.RecordTypeList)));
    }
}

/// <summary>One kind of record: its discriminator and how to read and write it.</summary>
internal abstract class RecordKind
{
    protected RecordKind(string discriminator) => Discriminator = JsonEncodedText.Encode(discriminator);

    public JsonEncodedText Discriminator { get; }

    public abstract System.Type Type { get; }

    public abstract IRecord Read(ref Utf8JsonReader reader);

    public abstract bool TryWrite(Utf8JsonWriter writer, IRecord value);
}

/// <summary>A record kind over the record type's codec.</summary>
internal sealed class RecordKind<T> : RecordKind
    where T : class, IRecord
{
    private readonly IJsonCodec<T> _codec;

    public RecordKind(string discriminator, IJsonCodec<T> codec)
        : base(discriminator) => _codec = codec;

    public override System.Type Type => typeof(T);

    public override IRecord Read(ref Utf8JsonReader reader) => _codec.Read(ref reader);

    public override bool TryWrite(Utf8JsonWriter writer, IRecord value)
    {
        if (value is not T record)
        {
            return false;
        }

        _codec.Write(writer, record);
        return true;
    }
}

/// <summary>The record kinds of the contract, in the order of their discriminators.</summary>
internal sealed partial class JsonContract
{
    private RecordKind[] _recordKinds = System.Array.Empty<RecordKind>();

    public IReadOnlyList<RecordKind> RecordKinds => _recordKinds;

    public string RecordTypeList { get; private set; } = string.Empty;
}
