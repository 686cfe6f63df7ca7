using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;
using SafetyModel.Diagnostics;
using SafetyModel.Text;

namespace SafetyModel.Serialization;

/// <summary>
/// The one exception the JSON contract throws on bad input: malformed JSON, a wrong kind of value, an unknown member in
/// strict reading, a limit exceeded. It says what is wrong (<see cref="Code"/>, <see cref="Reason"/> in English and
/// Simplified Chinese, <see cref="Arguments"/>) and where: <see cref="Pointer"/> (RFC 6901, the same pointers validation
/// issues use), <see cref="JsonException.Path"/> (the same place as a JSONPath), and the zero-based
/// <see cref="JsonException.LineNumber"/> and <see cref="JsonException.BytePositionInLine"/> of
/// System.Text.Json (for JSON Lines, the line of the record).
/// </summary>
/// <remarks>
/// It derives from <see cref="JsonException"/>, so code that catches System.Text.Json's exception catches it too.
/// Every <see cref="SafetyJson"/> and <see cref="JsonLines"/> reading method throws this type and no other for bad
/// input; arguments that are programming errors (a null stream) still throw <see cref="ArgumentException"/>.
/// </remarks>
#pragma warning disable CA1032 // An exception without a code and a place would defeat its purpose.
public sealed class JsonContractException : JsonException
#pragma warning restore CA1032
{
    private readonly List<object> _segments = new(); // innermost first, while the exception unwinds through the codecs
    private JsonPointer? _pointer;

    internal JsonContractException(string code, DiagnosticArguments arguments, LocalizedText? detail = null, Exception? innerException = null)
        : base(null, innerException)
    {
        Code = code;
        Arguments = arguments;
        Reason = detail is null ? MessageCatalog.Format(code, arguments) : MessageCatalog.Format(code, arguments, detail);
    }

    private JsonContractException(JsonContractException located, JsonPointer pointer, long? lineNumber, long? bytePositionInLine)
        : base(null, JsonPath(pointer), lineNumber, bytePositionInLine, located.InnerException)
    {
        Code = located.Code;
        Arguments = located.Arguments;
        Reason = located.Reason;
        _pointer = pointer;
        Offset = located.Offset;
    }

    /// <summary>Gets the stable code (a <see cref="JsonContractCodes"/> constant).</summary>
    public string Code { get; }

    /// <summary>Gets why the input was refused, in English and Simplified Chinese.</summary>
    public LocalizedText Reason { get; }

    /// <summary>Gets the values the message was made from, for programs (for example <c>member</c>, <c>expected</c>).</summary>
    public DiagnosticArguments Arguments { get; }

    /// <summary>
    /// Gets the RFC 6901 pointer to the member or item at fault, in the names of the contract
    /// (<c>/statedFigures/2/parts/1/quantity</c>); the root pointer when the fault is the input as a whole.
    /// </summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720", Justification = "JSON Pointer is the name of RFC 6901.")]
    public JsonPointer Pointer => _pointer ??= BuildPointer();

    /// <summary>Gets the message: the code, the English reason and the place.</summary>
    public override string Message
    {
        get
        {
            var message = new StringBuilder(Code).Append(": ").Append(Reason.English);
            message.Append(" Pointer: ").Append(Pointer.IsRoot ? "(root)" : Pointer.ToString());
            if (LineNumber is { } line)
            {
                message.Append(" | LineNumber: ").Append(line.ToString(CultureInfo.InvariantCulture));
            }

            if (BytePositionInLine is { } position)
            {
                message.Append(" | BytePositionInLine: ").Append(position.ToString(CultureInfo.InvariantCulture));
            }

            return message.Append('.').ToString();
        }
    }

    /// <summary>Gets the absolute byte offset in the input where the fault was seen, when a codec knew it.</summary>
    internal long? Offset { get; private set; }

    internal JsonContractException At(long offset)
    {
        Offset ??= offset;
        return this;
    }

    /// <summary>Sets the whole pointer at once, for faults the reader found (where no codec unwound).</summary>
    internal JsonContractException At(JsonPointer pointer)
    {
        _pointer = pointer;
        return this;
    }

    /// <summary>Adds the member the fault lies in, as the exception leaves that member's codec.</summary>
    internal JsonContractException Within(string member)
    {
        _segments.Add(member);
        _pointer = null;
        return this;
    }

    /// <summary>Adds the array index the fault lies in.</summary>
    internal JsonContractException Within(int index)
    {
        _segments.Add(index);
        _pointer = null;
        return this;
    }

    /// <summary>Makes the exception the public methods throw: same fault, with the JSONPath, line and position filled in.</summary>
    internal JsonContractException Located(long? lineNumber, long? bytePositionInLine) =>
        new(this, Pointer, lineNumber, bytePositionInLine);

    internal static string JsonPath(JsonPointer pointer)
    {
        var path = new StringBuilder("$");
        foreach (var token in pointer.Segments)
        {
            if (token.Length > 0 && token.Length < 10 && IsDigits(token))
            {
                path.Append('[').Append(token).Append(']');
            }
            else if (IsIdentifier(token))
            {
                path.Append('.').Append(token);
            }
            else
            {
                path.Append("['").Append(token.Replace("\\", "\\\\").Replace("'", "\\'")).Append("']");
            }
        }

        return path.ToString();
    }

    private JsonPointer BuildPointer()
    {
        var pointer = JsonPointer.Root;
        for (var i = _segments.Count - 1; i >= 0; i--)
        {
            pointer = _segments[i] is int index ? pointer.Append(index) : pointer.Append((string)_segments[i]);
        }

        return pointer;
    }

    private static bool IsDigits(string text)
    {
        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsIdentifier(string text)
    {
        if (text.Length == 0 || char.IsDigit(text[0]))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsLetterOrDigit(c) && c != '_')
            {
                return false;
            }
        }

        return true;
    }
}
