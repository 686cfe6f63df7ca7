using System;
using System.Collections.Generic;
using System.Text.Json;
using SafetyModel.Primitives;
using SafetyModel.Text;

namespace SafetyModel.Serialization;

/// <summary>
/// An open list (an extensible enum) written as its stable code. A code that is not well known is kept as given in
/// preserving reading and refused (<c>SM8004</c>) in strict reading.
/// </summary>
/// <typeparam name="T">The extensible enum.</typeparam>
internal sealed class ExtensibleCodec<T> : IJsonCodec<T>
    where T : struct, IExtensibleEnum
{
    private readonly JsonContract _contract;
    private readonly Func<string, T> _fromCode;
    private readonly T[] _known;
    private readonly byte[][] _codes; // UTF-8, unescaped: what ValueTextEquals compares with

    public ExtensibleCodec(JsonContract contract, string listName, IReadOnlyList<T> known, Func<string, T> fromCode)
    {
        _contract = contract;
        ListName = listName;
        _fromCode = fromCode;
        _known = new T[known.Count];
        _codes = new byte[known.Count][];
        for (var i = 0; i < known.Count; i++)
        {
            _known[i] = known[i];
            _codes[i] = System.Text.Encoding.UTF8.GetBytes(known[i].Code);
        }
    }

    /// <summary>Gets the list's name in messages (sector).</summary>
    public string ListName { get; }

    /// <summary>Gets the well-known codes (for the schema's examples).</summary>
    public IEnumerable<string> KnownCodes
    {
        get
        {
            foreach (var value in _known)
            {
                yield return value.Code;
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
            if (reader.ValueTextEquals(_codes[i]))
            {
                return _known[i];
            }
        }

        var code = JsonContract.GetString(ref reader);
        if (_contract.IsStrict)
        {
            throw new JsonContractException(JsonContractCodes.UnknownCode, DiagnosticArguments.Create(("code", code), ("list", ListName)))
                .At(reader.TokenStartIndex);
        }

        try
        {
            return _fromCode(code);
        }
        catch (ArgumentException e)
        {
            throw JsonContract.InvalidValue(ref reader, code, ListName + " code", new LocalizedText(
                "a code is a non-empty single line without control characters or surrounding spaces (" + e.Message + ")",
                "代码应为非空的单行文字，不含控制字符，首尾无空格"));
        }
    }

    public void Write(Utf8JsonWriter writer, T value) => writer.WriteStringValue(value.Code);
}
