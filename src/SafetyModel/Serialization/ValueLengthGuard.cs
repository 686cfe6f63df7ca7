using System;
using System.Collections.Generic;
using System.Text.Json;
using SafetyModel.Diagnostics;
using SafetyModel.Text;

namespace SafetyModel.Serialization;

/// <summary>
/// Refuses a value longer than <see cref="SafetyJsonReadOptions.MaxValueBytes"/> (<see cref="JsonContractCodes.ValueTooLong"/>)
/// while the bytes arrive: a string, member name or number that is still incomplete when more than the limit of it has
/// been read is refused then, so a 250 MiB <c>id</c> is never held whole. It tokenises incrementally and keeps only the
/// path to the current value; malformed JSON is left to the contract reader, which says where and why.
/// </summary>
internal sealed class ValueLengthGuard
{
    private readonly int _limit;
    private readonly List<(bool IsArray, int Count, string? Member)> _frames = new();
    private JsonReaderState _state;
    private long _consumed;
    private long _line;
    private long _lineStart;
    private JsonTokenType _last = JsonTokenType.None;
    private bool _off;

    /// <summary>A guard for one input; <paramref name="lineNumber"/> is the number of its first line (a JSON Lines record's).</summary>
    public ValueLengthGuard(SafetyJsonReadOptions options, long lineNumber = 0)
    {
        _line = lineNumber;
        _limit = options.MaxValueBytes;
        _state = new JsonReaderState(new JsonReaderOptions { MaxDepth = options.MaxDepth, CommentHandling = JsonCommentHandling.Disallow });
    }

    /// <summary>Checks the bytes read so far (all of them, from the start); <paramref name="final"/> when no more follow.</summary>
    /// <exception cref="JsonContractException">A value is longer than the limit.</exception>
    public void Check(ReadOnlySpan<byte> written, bool final)
    {
        if (_off)
        {
            return;
        }

        if (_consumed == 0 && _last == JsonTokenType.None)
        {
            if (written.Length < 3 && !final)
            {
                return;
            }

            if (written.Length >= 3 && written[0] == 0xEF && written[1] == 0xBB && written[2] == 0xBF)
            {
                _consumed = 3; // a UTF-8 byte-order mark, which the contract's readers skip at the start
            }
        }

        var pending = written.Slice((int)Math.Min(_consumed, written.Length));
        var reader = new Utf8JsonReader(pending, final, _state);
        try
        {
            while (reader.Read())
            {
                WorkMeter.Step();
                var token = reader.TokenType;
                if (token is JsonTokenType.String or JsonTokenType.PropertyName or JsonTokenType.Number)
                {
                    var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
                    if (length > _limit)
                    {
                        throw TooLong(token == JsonTokenType.PropertyName, _consumed + reader.TokenStartIndex, written);
                    }
                }

                switch (token)
                {
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        Count();
                        _frames.Add((token == JsonTokenType.StartArray, 0, null));
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        _frames.RemoveAt(_frames.Count - 1);
                        break;
                    case JsonTokenType.PropertyName:
                        _frames[_frames.Count - 1] = (false, 0, Name(ref reader));
                        break;
                    default:
                        Count();
                        break;
                }

                _last = token;
            }
        }
        catch (JsonException e) when (e is not JsonContractException)
        {
            _off = true; // malformed or too deep: the contract reader reports it with its place
            return;
        }

        _consumed += reader.BytesConsumed;
        _state = reader.CurrentState;

        // What is left is the start of a token the reader could not finish: white space first, then the token.
        var rest = written.Slice((int)_consumed);
        var blank = 0;
        while (blank < rest.Length && rest[blank] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)',' or (byte)':')
        {
            WorkMeter.Step();
            blank++;
        }

        // Separators are not skipped for the reader (its state expects them); only the length of the token counts.
        if (!final && rest.Length - blank > _limit + 1)
        {
            var name = _last is JsonTokenType.StartObject || (_frames.Count > 0 && !_frames[_frames.Count - 1].IsArray && _last != JsonTokenType.PropertyName);
            throw TooLong(name, _consumed + blank, written);
        }
    }

    private JsonContractException TooLong(bool isName, long offset, ReadOnlySpan<byte> written)
    {
        var pointer = JsonPointer.Root;
        for (var i = 0; i < _frames.Count; i++)
        {
            WorkMeter.Step();
            var (isArray, count, member) = _frames[i];
            var last = i == _frames.Count - 1;
            if (isArray)
            {
                // Frames below the top count the value they are in; the top has not yet counted the value met.
                pointer = pointer.Append(last ? count : Math.Max(0, count - 1));
            }
            else if (member is not null && !(last && isName))
            {
                pointer = pointer.Append(member);
            }
        }

        // Lines are counted only now, over what was read: the error says where, as every contract error does.
        for (var i = _lineStart; i < offset && i < written.Length; i++)
        {
            WorkMeter.Step();
            if (written[(int)i] == (byte)'\n')
            {
                _line++;
                _lineStart = i + 1;
            }
        }

        return new JsonContractException(JsonContractCodes.ValueTooLong, DiagnosticArguments.Create(("limit", _limit)))
            .At(pointer)
            .Located(_line, offset - _lineStart);
    }

    private void Count()
    {
        if (_frames.Count > 0 && _frames[_frames.Count - 1].IsArray)
        {
            var top = _frames[_frames.Count - 1];
            _frames[_frames.Count - 1] = (true, top.Count + 1, null);
        }
    }

    private static string Name(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString() ?? string.Empty;
        }
        catch (InvalidOperationException)
        {
            return "?";
        }
    }
}
