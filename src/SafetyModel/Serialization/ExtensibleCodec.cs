using System;
using System.Collections.Generic;
using System.Text.Json;
using SafetyModel.Diagnostics;
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
    private readonly string[] _codeStrings;
    private readonly JsonEncodedText?[] _encoded; // ASCII kebab codes, written without transcoding or escaping

    public ExtensibleCodec(JsonContract contract, string listName, IReadOnlyList<T> known, Func<string, T> fromCode)
    {
        _contract = contract;
        ListName = listName;
        _fromCode = fromCode;
        _known = new T[known.Count];
        _codes = new byte[known.Count][];
        _codeStrings = new string[known.Count];
        _encoded = new JsonEncodedText?[known.Count];
        for (var i = 0; i < known.Count; i++)
        {
            _known[i] = known[i];
            _codeStrings[i] = known[i].Code;
            _codes[i] = System.Text.Encoding.UTF8.GetBytes(known[i].Code);

            // Only codes of [a-z0-9-], which no encoder escapes, so the output is what the writer's own encoder would give.
            if (IsPlainAscii(known[i].Code))
            {
                _encoded[i] = JsonEncodedText.Encode(known[i].Code);
            }
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

        if (!reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            var span = reader.ValueSpan;
            for (var i = 0; i < _codes.Length; i++)
            {
                if (_codes[i].Length == span.Length && span.SequenceEqual(_codes[i]))
                {
                    return _known[i];
                }
            }
        }
        else
        {
            for (var i = 0; i < _codes.Length; i++)
            {
                if (reader.ValueTextEquals(_codes[i]))
                {
                    return _known[i];
                }
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
                "a code is not empty or white space (" + e.Message + ")",
                "代码不能为空或仅含空白"));
        }
    }

    public void Write(Utf8JsonWriter writer, T value)
    {
        var code = value.Code;
        for (var i = 0; i < _codeStrings.Length; i++)
        {
            // A well-known value carries the very string instance it was defined with.
            if (ReferenceEquals(code, _codeStrings[i]) && _encoded[i] is { } encoded)
            {
                writer.WriteStringValue(encoded);
                return;
            }
        }

        writer.WriteStringValue(code);
    }

    private static bool IsPlainAscii(string code)
    {
        foreach (var c in code)
        {
            if (!(c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-'))
            {
                return false;
            }
        }

        return code.Length > 0;
    }
}
