using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using SafetyModel.Contract;
using SafetyModel.Diagnostics;
using SafetyModel.Primitives;
using SafetyModel.Records;

namespace SafetyModel.Serialization;

/// <summary>
/// The codec of a record kind declared outside the library: the same contract attributes the source generator reads for
/// the built-in kinds (<see cref="ContractObjectAttribute"/>, <see cref="ContractMemberAttribute"/>), read once at run
/// time, and the same readers, writers, error codes and pointers. Slower than a generated codec (members are set by
/// reflection), which matters little for the few records of a town's own kinds.
/// </summary>
/// <typeparam name="T">The record type: a class with a public parameterless constructor and init or set accessors.</typeparam>
internal sealed class RuntimeCodec<[DynamicallyAccessedMembers(RecordKind.Members)] T> : IJsonCodec<T>
    where T : class, IRecord
{
    private static readonly JsonEncodedText TypeMember = JsonEncodedText.Encode("type");

    private readonly JsonContract _contract;
    private readonly Member[] _members;
    private readonly JsonEncodedText[] _names;
    private readonly ulong _required;
    private readonly JsonEncodedText _discriminator;
    private readonly string _typeName = typeof(T).Name;

    private RuntimeCodec(JsonContract contract, string discriminator, Member[] members)
    {
        _contract = contract;
        _members = members;
        _discriminator = JsonEncodedText.Encode(discriminator);
        _names = new[] { TypeMember }.Concat(members.Select(m => JsonEncodedText.Encode(m.Name))).ToArray();
        for (var i = 0; i < members.Length; i++)
        {
            _required |= members[i].Required ? 1UL << (i + 1) : 0;
        }
    }

    /// <summary>Gets the members as the schema table lists them: without a description, since no XML documentation is there at run time.</summary>
    public (string Name, string Kind, bool Required, string? Description)[] SchemaMembers =>
        _members.Select(m => (m.Name, m.Value.SchemaKind, m.Required, (string?)null)).ToArray();

    /// <summary>Reads a kind's declaration from its type's attributes.</summary>
    /// <exception cref="ArgumentException">The type is not declared as the kind's record object, or a member cannot be read.</exception>
    public static RuntimeCodec<T> Create(JsonContract contract, RecordKind<T> kind)
    {
        var type = typeof(T);
        var declared = type.GetCustomAttribute<ContractObjectAttribute>();
        if (declared?.RecordType != kind.Code)
        {
            throw new ArgumentException($"{type.Name} is the record type of the kind '{kind.Code}': declare it [ContractObject(\"{kind.Code}\")].", nameof(kind));
        }

        if (type.GetConstructor(Type.EmptyTypes) is null)
        {
            throw new ArgumentException($"{type.Name} needs a public parameterless constructor: the contract reads it with an object initializer.", nameof(kind));
        }

        var members = new List<Member>();
        foreach (var (member, property) in ContractMembers.Of(type))
        {
            var setter = type.GetProperty(member.Setter ?? property.Name)?.SetMethod;
            if (setter is null || !setter.IsPublic)
            {
                throw new ArgumentException($"The member '{member.Name}' of {type.Name} has no public init or set accessor.", nameof(kind));
            }

            var value = RuntimeValue.For(property.PropertyType) ?? throw new ArgumentException(
                $"The member '{member.Name}' of {type.Name} is a {property.PropertyType.Name}; a kind declared at run time may have members of these types: {RuntimeValue.Supported}.",
                nameof(kind));
            members.Add(new Member(member.Name, member.Required, property, setter, value));
        }

        if (members.Count == 0 || members.Count > 62)
        {
            throw new ArgumentException($"{type.Name} declares {members.Count} contract members; a record has 1 to 62.", nameof(kind));
        }

        if (!members.Any(m => m.Name == kind.DateMember))
        {
            throw new ArgumentException($"The kind '{kind.Code}' is dated by '{kind.DateMember}', which {type.Name} does not declare as a contract member.", nameof(kind));
        }

        return new RuntimeCodec<T>(contract, kind.Code, members.ToArray());
    }

    public T Read(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw JsonContract.WrongKind(ref reader, $"an object ({_typeName})");
        }

        var start = reader.TokenStartIndex;
        var values = new object?[_members.Length];
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

            var i = JsonContract.Match(ref reader, _names, ref next);
            if (i < 0)
            {
                _contract.ReadUnknown(ref reader, _typeName, ref unknown);
                continue;
            }

            JsonContract.Seen(ref reader, ref seen, i, _names);
            JsonContract.Next(ref reader);
            try
            {
                if (i == 0)
                {
                    JsonContract.ReadDiscriminator(ref reader, _discriminator);
                }
                else
                {
                    values[i - 1] = _members[i - 1].Value.Read(ref reader, _contract);
                }
            }
            catch (JsonContractException e)
            {
                throw e.Within(_names[i].ToString());
            }
        }

        JsonContract.Required(start, seen, _required, _names, _typeName);
        var value = Activator.CreateInstance<T>();
        for (var i = 0; i < _members.Length; i++)
        {
            if ((seen & (1UL << (i + 1))) == 0)
            {
                continue;
            }

            try
            {
                _members[i].Setter.Invoke(value, new[] { values[i] });
            }
            catch (TargetInvocationException e) when (e.InnerException is ArgumentException refused)
            {
                throw JsonContract.Refused(start, _typeName, refused);
            }
        }

        JsonContract.Keep(value, unknown);
        return value;
    }

    public void Write(Utf8JsonWriter writer, T value)
    {
        writer.WriteStartObject();
        writer.WriteString(_names[0], _discriminator);
        for (var i = 0; i < _members.Length; i++)
        {
            var member = _members[i];
            var current = member.Property.GetValue(value);
            if (!member.Value.IsEmpty(current))
            {
                writer.WritePropertyName(_names[i + 1]);
                member.Value.Write(writer, current!, _contract);
            }
        }

        JsonContract.WriteUnknown(writer, value);
        writer.WriteEndObject();
    }

    private sealed class Member
    {
        public Member(string name, bool required, PropertyInfo property, MethodInfo setter, RuntimeValue value)
        {
            Name = name;
            Required = required;
            Property = property;
            Setter = setter;
            Value = value;
        }

        public string Name { get; }

        public bool Required { get; }

        public PropertyInfo Property { get; }

        public MethodInfo Setter { get; }

        public RuntimeValue Value { get; }
    }
}
