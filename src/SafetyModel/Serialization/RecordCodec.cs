using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.Json;
using SafetyModel.Diagnostics;
using SafetyModel.Primitives;
using SafetyModel.Records;
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

/// <summary>One kind of record in the contract: its discriminator and how to read and write it.</summary>
internal abstract class RecordEntry
{
    protected RecordEntry(string discriminator) => Discriminator = JsonEncodedText.Encode(discriminator);

    public JsonEncodedText Discriminator { get; }

    public abstract System.Type Type { get; }

    /// <summary>Gets the codec, as the contract's table of codecs by type holds it.</summary>
    public abstract object Codec { get; }

    public abstract IRecord Read(ref Utf8JsonReader reader);

    public abstract bool TryWrite(Utf8JsonWriter writer, IRecord value);
}

/// <summary>A record kind's entry over the record type's codec.</summary>
internal sealed class RecordEntry<T> : RecordEntry
    where T : class, IRecord
{
    private readonly IJsonCodec<T> _codec;

    public RecordEntry(string discriminator, IJsonCodec<T> codec)
        : base(discriminator) => _codec = codec;

    public override System.Type Type => typeof(T);

    public override object Codec => _codec;

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
    private static readonly ConditionalWeakTable<RecordCatalogue, JsonContract[]> Catalogued = new();

    private RecordEntry[] _recordKinds = System.Array.Empty<RecordEntry>();

    private readonly (string Type, string? Discriminator, string Description, (string Name, string Kind, bool Required, string? Description)[] Members)[] _runtimeObjects = System.Array.Empty<(string, string?, string, (string, string, bool, string?)[])>();

    private JsonContract(bool strict, RecordCatalogue catalogue)
        : this(strict)
    {
        var builder = new RuntimeEntries(this);
        var entries = new List<RecordEntry>(_recordKinds);
        var objects = new List<(string, string?, string, (string, string, bool, string?)[])>();
        foreach (var kind in catalogue.Kinds)
        {
            if (entries.Exists(e => e.Type == kind.RecordType))
            {
                continue;
            }

            var (entry, members) = kind.Accept(builder);
            entries.Add(entry);
            objects.Add((kind.RecordType.Name, kind.Code, RuntimeDescription(kind.RecordType.Name, kind.Code), members));
            _codecs.Add(kind.RecordType, entry.Codec);
        }

        _recordKinds = entries.ToArray();
        _runtimeObjects = objects.ToArray();
        RecordTypeList = string.Join(", ", entries.Select(e => e.Discriminator.ToString()));
    }

    public IReadOnlyList<RecordEntry> RecordKinds => _recordKinds;

    public string RecordTypeList { get; private set; } = string.Empty;

    /// <summary>
    /// Gets the object types of the kinds declared outside the library, for the schema. Their XML documentation is not
    /// there at run time, so a type is described by what it is and its members are not described.
    /// </summary>
    public IReadOnlyList<(string Type, string? Discriminator, string Description, (string Name, string Kind, bool Required, string? Description)[] Members)> RuntimeObjects => _runtimeObjects;

    /// <summary>Gets the contract of a catalogue: the built-in one for the default catalogue, else one that also reads and writes the catalogue's own kinds (made once per catalogue).</summary>
    /// <exception cref="System.ArgumentException">A kind of the catalogue cannot be read from its type's contract attributes.</exception>
    public static JsonContract For(bool strict, RecordCatalogue? catalogue)
    {
        if (catalogue is null || ReferenceEquals(catalogue, RecordCatalogue.Default))
        {
            return For(strict);
        }

        var pair = Catalogued.GetValue(catalogue, c => new[] { new JsonContract(strict: false, c), new JsonContract(strict: true, c) });
        return pair[strict ? 1 : 0];
    }

    /// <summary>The schema's description of a record type declared outside the library.</summary>
    private static string RuntimeDescription(string type, string discriminator) =>
        $"A record of a kind declared by its user ({type}, record type {discriminator}).";

    /// <summary>Builds the entry and schema members of a kind declared outside the library.</summary>
    private sealed class RuntimeEntries : IRecordKindVisitor<(RecordEntry Entry, (string Name, string Kind, bool Required, string? Description)[] Members)>
    {
        private readonly JsonContract _contract;

        public RuntimeEntries(JsonContract contract) => _contract = contract;

        public (RecordEntry Entry, (string Name, string Kind, bool Required, string? Description)[] Members) Visit<[DynamicallyAccessedMembers(Records.RecordKind.Members)] T>(RecordKind<T> kind)
            where T : class, IRecord
        {
            var codec = RuntimeCodec<T>.Create(_contract, kind);
            return (new RecordEntry<T>(kind.Code, codec), codec.SchemaMembers);
        }
    }
}
