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
    private readonly ByteCache _checked = new();
    private readonly Dictionary<string, int> _valueIndex = new(StringComparer.Ordinal);
    private readonly List<DimensionValue> _values = new();
    private readonly Dictionary<long, int[]> _cells = new();
    private readonly List<long> _slotKeys = new();
    private int _emptyValue = -1;
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
    [MethodImpl(Jit.Optimized)] // the hot loop of a file job: optimized from the first line, not after a warm-up
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

    [MethodImpl(Jit.Optimized)]
    private bool TryRead(ReadOnlySpan<byte> line)
    {
        var scanner = new LineScanner(line, _options.MaxDepth);
        if (!scanner.TryStartObject() || !scanner.TryNextMember(first: true, out var name, out var end) || end || !name.SequenceEqual("type"u8) ||
            !scanner.TryString(out var type) || _projection.For(type) is not { } kind)
        {
            return false; // the type not first (or not plain), or a kind read whole
        }

        var seen = 1UL;
        var division = -1;
        var month = -1;
        var valueCount = 0;
        var hasValues = false;
        Array.Copy(kind.Constants, _figures, _figures.Length);
        for (var position = 1; ; position++)
        {
            if (!scanner.TryNextMember(first: false, out name, out end))
            {
                return false;
            }

            if (end)
            {
                break;
            }

            var member = kind.IndexOf(name, _hints[position & 63]);
            if (member < 0)
            {
                if (_options.Strict || !scanner.TrySkipValue(1) || IsRepeated(name))
                {
                    return false;
                }

                _unknown.Add(Encoding.UTF8.GetString(name.ToArray()));
                continue;
            }

            _hints[position & 63] = member;
            if ((seen & (1UL << member)) != 0)
            {
                return false; // a member twice
            }

            seen |= 1UL << member;
            switch (kind.Roles[member])
            {
                case MemberRole.Division:
                    if (!scanner.TryString(out var code) || (division = Division(code, scanner.Token(code))) < 0)
                    {
                        return false;
                    }

                    break;
                case MemberRole.Date:
                    if (!scanner.TryString(out var date) || (month = Month(date, scanner.Token(date), kind)) < 0)
                    {
                        return false; // null, or not a date: read whole
                    }

                    break;
                case MemberRole.Figure:
                    if (scanner.TryNull())
                    {
                        if (!kind.Nullable[member])
                        {
                            return false;
                        }

                        break;
                    }

                    if (!scanner.TryCount(out var figure))
                    {
                        return false; // not a plain non-negative integer: read whole (refused, or read as the contract reads it)
                    }

                    _figures[kind.FigureMeasure[member]] += figure;
                    break;
                case MemberRole.Values:
                    hasValues = true;
                    if ((valueCount = Values(ref scanner, kind.Values!)) < 0)
                    {
                        return false;
                    }

                    break;
                default:
                    var start = scanner.Position;
                    if (scanner.TryNull() || !scanner.TrySkipValue(1) || !IsValid(kind, member, line.Slice(start, scanner.Position - start)))
                    {
                        return false; // a null (the record reader knows whether the member may be null), or not what the contract reads
                    }

                    break;
            }
        }

        // All required members there, the dating member given (a record without a date is read whole).
        if ((seen & kind.Required) != kind.Required || division < 0 || month < 0)
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

    /// <summary>
    /// Whether a member the query does not read holds what the record reader reads there: a string for a text member
    /// (any text is one), else the contract's reader of the member's type run on it — remembered by its bytes for short
    /// values (codes, dates, counts repeat), so that a line this accepts is one the record reader accepts.
    /// </summary>
    [MethodImpl(Jit.Optimized)]
    private bool IsValid(KindProjection kind, int member, ReadOnlySpan<byte> value)
    {
        if (value[0] == (byte)'"' && kind.IsText[member])
        {
            return true;
        }

        var checker = kind.Checkers[member]!;
        var salt = (member + 1) * kind.GetHashCode();
        if (value.Length <= 64 && _checked.TryGet(value, out var known, salt))
        {
            return known != 0;
        }

        bool valid;
        try
        {
            var reader = new Utf8JsonReader(value, new JsonReaderOptions { MaxDepth = _options.MaxDepth });
            reader.Read();
            checker.Read(ref reader, _projection.Contract);
            valid = true;
        }
        catch (Exception)
        {
            valid = false; // whatever the reason, the record reader decides
        }

        if (value.Length <= 64)
        {
            _checked.Add(value, valid ? 1 : 0, salt);
        }

        return valid;
    }

    /// <summary>Whether an unknown member's name came before on the line (a member twice: read whole).</summary>
    private bool IsRepeated(ReadOnlySpan<byte> name)
    {
        foreach (var earlier in _unknown)
        {
            if (Encoding.UTF8.GetByteCount(earlier) == name.Length && name.SequenceEqual(Encoding.UTF8.GetBytes(earlier)))
            {
                return true;
            }
        }

        return false;
    }

    private void Add(KindProjection kind, int division, int month, int valueCount)
    {
        // A division and month's cell: the slots of its subtotal (index 0) and of each value (1 + its index), found once a line.
        var key = ((long)division << 21) | (long)month;
        if (!_cells.TryGetValue(key, out var cell))
        {
            cell = new int[Math.Max(8, _values.Count + 2)];
            _cells.Add(key, cell);
        }

        AddTo(ref cell, key, 0);
        if (_query.Dimension == AggregationDimension.None)
        {
            return;
        }

        if (kind.KindValue is { } kindValue)
        {
            AddTo(ref cell, key, ValueIndex(kindValue) + 1);
        }
        else if (valueCount == 0)
        {
            // A kind without the dimension, or an empty list: the empty value (未注明), as a record's reader gives.
            AddTo(ref cell, key, (_emptyValue < 0 ? _emptyValue = ValueIndex(default) : _emptyValue) + 1);
        }
        else
        {
            for (var i = 0; i < valueCount; i++)
            {
                var value = _lineValues[i];
                if (Array.IndexOf(_lineValues, value, 0, i) < 0)
                {
                    AddTo(ref cell, key, value + 1);
                }
            }
        }
    }

    private void AddTo(ref int[] cell, long key, int value)
    {
        if (value >= cell.Length)
        {
            Array.Resize(ref cell, Math.Max(value + 1, cell.Length * 2));
            _cells[key] = cell;
        }

        var slot = cell[value] - 1;
        if (slot < 0)
        {
            slot = _slotKeys.Count;
            cell[value] = slot + 1;
            _slotKeys.Add((key << 21) | (long)value);
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

    /// <summary>Hands over the groups (value null for the division-and-period subtotal) and starts anew.</summary>
    public List<(DivisionCode Division, int Month, DimensionValue? Value, long[] Counts)> TakeGroups()
    {
        var groups = new List<(DivisionCode, int, DimensionValue?, long[])>(_slotKeys.Count);
        for (var slot = 0; slot < _slotKeys.Count; slot++)
        {
            // key = division << 42 | month << 21 | value + 1 (0 for the subtotal), each below 2²¹.
            var key = _slotKeys[slot];
            var value = (int)(key & 0x1FFFFF) - 1;
            var counts = new long[_figures.Length];
            Array.Copy(_sums, slot * _figures.Length, counts, 0, counts.Length);
            groups.Add((_divisionCodes[(int)(key >> 42)], (int)((key >> 21) & 0x1FFFFF), value < 0 ? null : _values[value], counts));
        }

        Array.Clear(_sums, 0, _slotKeys.Count * _figures.Length);
        _cells.Clear();
        _slotKeys.Clear();
        return groups;
    }

    [MethodImpl(Jit.Optimized)]
    private int Division(ReadOnlySpan<byte> text, ReadOnlySpan<byte> token)
    {
        if (_divisions.TryGet(text, out var index))
        {
            return index;
        }

        var reader = Reader(token);
        var code = JsonContract.ReadDivision(ref reader);
        index = _divisionCodes.Count;
        _divisionCodes.Add(Accumulation.GroupDivision(_query, code));
        _divisions.Add(text, index);
        return index;
    }

    [MethodImpl(Jit.Optimized)]
    private int Month(ReadOnlySpan<byte> text, ReadOnlySpan<byte> token, KindProjection kind)
    {
        if (_dates.TryGet(text, out var month))
        {
            return month;
        }

        var reader = Reader(token);
        var value = kind.DateReader.Read(ref reader, _projection.Contract);
        var date = value is LocalDate d ? d : ((LocalDate?)value)!.Value;

        // A year no reporting period covers is refused by aggregation (SM4011): read whole, to be refused as a record is.
        month = _calendar && !ReportingPeriod.IsSupportedYear(date.Year) ? -1 : Accumulation.MonthIndex(date);
        _dates.Add(text, month);
        return month;
    }

    [MethodImpl(Jit.Optimized)]
    private int Values(ref LineScanner scanner, IValueDecoder decoder)
    {
        if (!scanner.TryStartArray())
        {
            return -1; // null, or not a list: read whole
        }

        var count = 0;
        for (var first = true; ; first = false)
        {
            if (!scanner.TryNextItem(first, out var end))
            {
                return -1;
            }

            if (end)
            {
                return count;
            }

            if (!scanner.TryString(out var text))
            {
                return -1;
            }

            if (!_valueCache.TryGet(text, out var index))
            {
                var reader = Reader(scanner.Token(text));
                index = ValueIndex(decoder.Read(ref reader, _projection.Contract));
                _valueCache.Add(text, index);
            }

            if (count == _lineValues.Length)
            {
                Array.Resize(ref _lineValues, count * 2);
            }

            _lineValues[count++] = index;
        }
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

    /// <summary>A reader standing on a string token (with its quotes), for the contract's own reading of it.</summary>
    private static Utf8JsonReader Reader(ReadOnlySpan<byte> token)
    {
        var reader = new Utf8JsonReader(token);
        reader.Read();
        return reader;
    }

    /// <summary>Short byte strings (codes, dates) to what they were read as, by a 64-bit hash checked against the bytes.</summary>
    private sealed class ByteCache
    {
        private const int Limit = 4096;
        private readonly Dictionary<ulong, (byte[] Bytes, int Value, int Salt)> _entries = new();

        /// <summary>The value kept for the bytes (and the salt, which tells apart the same bytes in different places).</summary>
        [MethodImpl(Jit.Optimized)]
        public bool TryGet(ReadOnlySpan<byte> text, out int value, int salt = 0)
        {
            if (_entries.TryGetValue(Hash(text) ^ (ulong)salt, out var entry) && entry.Salt == salt && text.SequenceEqual(entry.Bytes))
            {
                value = entry.Value;
                return true;
            }

            value = 0;
            return false;
        }

        public void Add(ReadOnlySpan<byte> text, int value, int salt = 0)
        {
            // Bounded: a file of ever new codes reads them each time rather than growing the cache.
            if (_entries.Count < Limit)
            {
                _entries[Hash(text) ^ (ulong)salt] = (text.ToArray(), value, salt);
            }
        }

        [MethodImpl(Jit.Optimized)]
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
