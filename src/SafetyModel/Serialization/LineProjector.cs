using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using NodaTime;
using SafetyModel.Aggregation;
using SafetyModel.Diagnostics;
using SafetyModel.Primitives;
using SafetyModel.Records;
using SafetyModel.Validation;

namespace SafetyModel.Serialization;

/// <summary>
/// Reads JSON Lines records for one aggregation without making them (<see cref="LineProjection"/>), adding each line's
/// counts to the groups of the chunk it is reading; one per thread. A line it is not sure of — any member it reads not
/// as the contract reads it, a required member missing, a member twice, a figure a table refuses, invalid UTF-8, a value
/// longer than the limit, a kind read whole — is left to the caller to read whole, so that a line either adds exactly
/// what its record would add or is read as a record.
/// </summary>
internal sealed class LineProjector
{
    private readonly LineProjection _projection;
    private readonly AggregationQuery _query;
    private readonly SafetyJsonReadOptions _options;
    private readonly bool _calendar;
    private readonly ByteCache _divisions = new();
    private readonly List<DivisionCode> _divisionCodes = new();
    private readonly ByteCache _dates = new();
    private readonly ByteCache _valueCache = new();
    private readonly Dictionary<string, int> _valueIndex = new(StringComparer.Ordinal);
    private readonly List<DimensionValue> _values = new();
    private readonly Dictionary<long, int> _slots = new();
    private readonly List<long> _slotKeys = new();
    private long[] _sums = new long[256];
    private readonly long[] _figures;
    private readonly List<string> _unknown = new();
    private int[] _lineValues = new int[8];
    private readonly int[] _hints = new int[64];

    public LineProjector(LineProjection projection, SafetyJsonReadOptions options)
    {
        _projection = projection;
        _query = projection.Query;
        _options = options;
        _calendar = Aggregator.GroupsByCalendar(_query);
        _figures = new long[_query.Measures.Count];
    }

    /// <summary>Gets the members the last line read had that the contract does not define.</summary>
    public IReadOnlyList<string> UnknownMembers => _unknown;

    /// <summary>Reads a line and adds it to the chunk's groups; false (nothing added) when the line must be read whole.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // the hot loop of a file job: optimized from the first line, not after a warm-up
    public bool TryAdd(ReadOnlySpan<byte> line)
    {
        _unknown.Clear();
        if (line.Length > _options.MaxValueBytes || JsonReading.FirstInvalidUtf8(line) >= 0)
        {
            return false;
        }

        try
        {
            return TryRead(line);
        }
        catch (JsonException)
        {
            return false; // malformed, or refused by the contract (JsonContractException): the record reader says where and why
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool TryRead(ReadOnlySpan<byte> line)
    {
        var reader = new Utf8JsonReader(line, new JsonReaderOptions { MaxDepth = _options.MaxDepth, CommentHandling = JsonCommentHandling.Disallow });
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject || !reader.Read() || reader.TokenType != JsonTokenType.PropertyName ||
            reader.ValueIsEscaped || !reader.ValueSpan.SequenceEqual("type"u8) || !reader.Read() || reader.TokenType != JsonTokenType.String || reader.ValueIsEscaped)
        {
            return false; // the type not first (or not plain): read whole
        }

        if (_projection.For(reader.ValueSpan) is not { } kind)
        {
            return false;
        }

        var seen = 1UL;
        var division = -1;
        var month = -1;
        var valueCount = 0;
        var hasValues = false;
        Array.Copy(kind.Constants, _figures, _figures.Length);
        var position = 1;
        while (true)
        {
            if (!reader.Read())
            {
                return false;
            }

            if (reader.TokenType == JsonTokenType.EndObject)
            {
                break;
            }

            if (reader.ValueIsEscaped)
            {
                return false;
            }

            var member = kind.IndexOf(reader.ValueSpan, _hints[position & 63]);
            if (member < 0)
            {
                if (_options.Strict)
                {
                    return false;
                }

                _unknown.Add(Encoding.UTF8.GetString(reader.ValueSpan.ToArray()));
                reader.Read();
                reader.Skip();
                position++;
                continue;
            }

            _hints[position & 63] = member;
            position++;
            if ((seen & (1UL << member)) != 0)
            {
                return false; // a member twice
            }

            seen |= 1UL << member;
            reader.Read();
            switch (kind.Roles[member])
            {
                case MemberRole.Division:
                    division = Division(ref reader, line);
                    if (division < 0)
                    {
                        return false;
                    }

                    break;
                case MemberRole.Date:
                    month = Month(ref reader, line, kind);
                    if (month < 0)
                    {
                        return false;
                    }

                    break;
                case MemberRole.Figure:
                    if (reader.TokenType == JsonTokenType.Null && kind.Nullable[member])
                    {
                        break;
                    }

                    if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out var figure) || figure < 0)
                    {
                        return false; // not an integer the contract reads, or negative (refused by aggregation)
                    }

                    _figures[kind.FigureMeasure[member]] += figure;
                    break;
                case MemberRole.Values:
                    hasValues = true;
                    valueCount = Values(ref reader, line, kind.Values!);
                    if (valueCount < 0)
                    {
                        return false;
                    }

                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        // One JSON value a line, all required members there, the dating member given (a record without a date is read whole).
        if (reader.Read() || (seen & kind.Required) != kind.Required || division < 0 || month < 0)
        {
            return false;
        }

        if (_values.Count > 1 << 20 || _divisionCodes.Count > 1 << 20)
        {
            return false; // more distinct codes than a packed group key holds: read whole
        }

        Add(kind, division, month, hasValues ? valueCount : 0);
        return true;
    }

    private void Add(KindProjection kind, int division, int month, int valueCount)
    {
        AddTo(division, month, -1);
        if (_query.Dimension == AggregationDimension.None)
        {
            return;
        }

        if (kind.KindValue is { } kindValue)
        {
            AddTo(division, month, ValueIndex(kindValue));
            return;
        }

        if (valueCount == 0)
        {
            // A kind without the dimension, or an empty list: the empty value (未注明), as a record's reader gives.
            AddTo(division, month, ValueIndex(default));
            return;
        }

        for (var i = 0; i < valueCount; i++)
        {
            var value = _lineValues[i];
            if (Array.IndexOf(_lineValues, value, 0, i) < 0)
            {
                AddTo(division, month, value);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AddTo(int division, int month, int value)
    {
        // A group's key packed in a long (division, month index and value below 2²⁰ each): one hash, no tuple.
        var key = ((long)division << 42) | ((long)month << 21) | (long)(value + 1);
        if (!_slots.TryGetValue(key, out var slot))
        {
            slot = _slotKeys.Count;
            _slots.Add(key, slot);
            _slotKeys.Add(key);
            if ((slot + 1) * _figures.Length > _sums.Length)
            {
                Array.Resize(ref _sums, _sums.Length * 2);
            }
        }

        var at = slot * _figures.Length;
        for (var i = 0; i < _figures.Length; i++)
        {
            _sums[at + i] += _figures[i];
        }
    }

    /// <summary>Hands over the chunk's groups (value null for the division-and-period subtotal) and starts a new chunk.</summary>
    public List<(DivisionCode Division, int Month, DimensionValue? Value, long[] Counts)> TakeGroups()
    {
        var groups = new List<(DivisionCode, int, DimensionValue?, long[])>(_slotKeys.Count);
        for (var slot = 0; slot < _slotKeys.Count; slot++)
        {
            var key = _slotKeys[slot];
            var value = (int)(key & 0x1FFFFF) - 1;
            var counts = new long[_figures.Length];
            Array.Copy(_sums, slot * _figures.Length, counts, 0, counts.Length);
            groups.Add((_divisionCodes[(int)(key >> 42)], (int)((key >> 21) & 0x1FFFFF), value < 0 ? null : _values[value], counts));
        }

        Array.Clear(_sums, 0, _slotKeys.Count * _figures.Length);
        _slots.Clear();
        _slotKeys.Clear();
        return groups;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int Division(ref Utf8JsonReader reader, ReadOnlySpan<byte> line)
    {
        if (reader.TokenType != JsonTokenType.String || reader.ValueIsEscaped)
        {
            return -1;
        }

        var text = reader.ValueSpan;
        if (_divisions.TryGet(text, out var index))
        {
            return index;
        }

        var token = Token(ref reader, line);
        var code = JsonContract.ReadDivision(ref token);
        index = _divisionCodes.Count;
        _divisionCodes.Add(Accumulation.GroupDivision(_query, code));
        _divisions.Add(text, index);
        return index;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int Month(ref Utf8JsonReader reader, ReadOnlySpan<byte> line, KindProjection kind)
    {
        if (reader.TokenType != JsonTokenType.String || reader.ValueIsEscaped)
        {
            return -1; // null, or not a date: read whole
        }

        var text = reader.ValueSpan;
        if (_dates.TryGet(text, out var month))
        {
            return month;
        }

        var token = Token(ref reader, line);
        var value = kind.DateReader.Read(ref token, _projection.Contract);
        var date = value is LocalDate d ? d : ((LocalDate?)value)!.Value;

        // A year no reporting period covers is refused by aggregation (SM4011): read whole, to be refused as a record is.
        month = _calendar && !ReportingPeriod.IsSupportedYear(date.Year) ? -1 : Accumulation.MonthIndex(date);
        _dates.Add(text, month);
        return month;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int Values(ref Utf8JsonReader reader, ReadOnlySpan<byte> line, IValueDecoder decoder)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return -1;
        }

        var count = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.String || reader.ValueIsEscaped)
            {
                return -1;
            }

            var text = reader.ValueSpan;
            if (!_valueCache.TryGet(text, out var index))
            {
                var token = Token(ref reader, line);
                index = ValueIndex(decoder.Read(ref token, _projection.Contract));
                _valueCache.Add(text, index);
            }

            if (count == _lineValues.Length)
            {
                Array.Resize(ref _lineValues, count * 2);
            }

            _lineValues[count++] = index;
        }

        return count;
    }

    private int ValueIndex(DimensionValue value)
    {
        var code = value.Code ?? string.Empty;
        if (!_valueIndex.TryGetValue(code, out var index))
        {
            index = _values.Count;
            _values.Add(value);
            _valueIndex.Add(code, index);
        }

        return index;
    }

    /// <summary>A reader over the string token the reader stands on, for the contract's own reading of it.</summary>
    private static Utf8JsonReader Token(ref Utf8JsonReader reader, ReadOnlySpan<byte> line)
    {
        var token = new Utf8JsonReader(line.Slice((int)reader.TokenStartIndex, reader.ValueSpan.Length + 2));
        token.Read();
        return token;
    }

    /// <summary>Short byte strings (codes, dates) to what they were read as, by a 64-bit hash checked against the bytes.</summary>
    private sealed class ByteCache
    {
        private const int Limit = 4096;
        private readonly Dictionary<ulong, (byte[] Bytes, int Value)> _entries = new();

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public bool TryGet(ReadOnlySpan<byte> text, out int value)
        {
            if (_entries.TryGetValue(Hash(text), out var entry) && text.SequenceEqual(entry.Bytes))
            {
                value = entry.Value;
                return true;
            }

            value = 0;
            return false;
        }

        public void Add(ReadOnlySpan<byte> text, int value)
        {
            // Bounded: a file of ever new codes reads them each time rather than growing the cache.
            if (_entries.Count < Limit)
            {
                _entries[Hash(text)] = (text.ToArray(), value);
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private static ulong Hash(ReadOnlySpan<byte> text)
        {
            // FNV-1a over 8-byte words, then the tail.
            var hash = 14695981039346656037UL ^ (ulong)text.Length;
            var words = MemoryMarshal.Cast<byte, ulong>(text);
            foreach (var word in words)
            {
                hash = (hash ^ word) * 1099511628211UL;
            }

            for (var i = words.Length * 8; i < text.Length; i++)
            {
                hash = (hash ^ text[i]) * 1099511628211UL;
            }

            return hash ^ (hash >> 29);
        }
    }
}
