using System;
using System.Collections.Generic;
using System.Text.Json;
using SafetyModel.Diagnostics;
using SafetyModel.Text;

namespace SafetyModel.Serialization;

/// <summary>
/// A closed list (a C# enum fixed by a statute or standard) written as stable kebab-case codes
/// (<c>extraordinarily-major</c>). An unknown code is refused in either mode: a legal classification is not extended.
/// </summary>
/// <typeparam name="T">The enum.</typeparam>
internal sealed class EnumCodec<T> : IJsonCodec<T>
    where T : struct, Enum
{
    private readonly T[] _values;
    private readonly JsonEncodedText[] _codes;

    public EnumCodec(string listName, params (T Value, string Code)[] entries)
    {
        ListName = listName;
        _values = new T[entries.Length];
        _codes = new JsonEncodedText[entries.Length];
        for (var i = 0; i < entries.Length; i++)
        {
            _values[i] = entries[i].Value;
            _codes[i] = JsonEncodedText.Encode(entries[i].Code);
        }
    }

    /// <summary>Gets the list's name in messages (hazard level).</summary>
    public string ListName { get; }

    /// <summary>Gets the codes, in declaration order (for the schema).</summary>
    public IEnumerable<string> Codes
    {
        get
        {
            foreach (var code in _codes)
            {
                yield return code.ToString();
            }
        }
    }

    public T Read(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw JsonContract.WrongKind(ref reader, "a " + ListName + " code");
        }

        for (var i = 0; i < _codes.Length; i++)
        {
            if (reader.ValueTextEquals(_codes[i].EncodedUtf8Bytes))
            {
                return _values[i];
            }
        }

        throw new JsonContractException(
            JsonContractCodes.UnknownCode, DiagnosticArguments.Create(("code", JsonContract.GetString(ref reader)), ("list", ListName)))
            .At(reader.TokenStartIndex);
    }

    public void Write(Utf8JsonWriter writer, T value) => writer.WriteStringValue(Code(value));

    /// <summary>Gets a value's code.</summary>
    /// <exception cref="JsonContractException">The value is not one the enum defines.</exception>
    public JsonEncodedText Code(T value)
    {
        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < _values.Length; i++)
        {
            if (comparer.Equals(_values[i], value))
            {
                return _codes[i];
            }
        }

        throw new JsonContractException(JsonContractCodes.UnknownCode, DiagnosticArguments.Create(("code", value.ToString()), ("list", ListName)));
    }
}
