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
    private readonly bool _hasDimension;
    private readonly ByteCache _divisions = new();
    private readonly List<DivisionCode> _divisionCodes = new();
    private readonly ByteCache _valueCache = new();
    private readonly ByteCache _checked = new();
    private readonly Dictionary<string, int> _valueIndex = new(StringComparer.Ordinal);
    private readonly List<DimensionValue> _values = new();
    private readonly CellMap _cells = new();
    private readonly Utf8Memo _utf8 = new();
    private readonly List<long> _slotKeys = new();
    private int _emptyValue = -1;
    private long[] _sums = new long[256];
    private readonly long[] _figures;
    private readonly List<string> _unknown = new();
    private int[] _lineValues = new int[8];

    public LineProjector(LineProjection projection, SafetyJsonReadOptions options)
    {
        _projection = projection;
        _query = projection.Query;
        _options = options;
        _calendar = Aggregator.GroupsByCalendar(_query);
        _hasDimension = _query.Dimension != AggregationDimension.None;
        _figures = new long[_query.Measures.Count];
    }

    /// <summary>Gets the members the last line read had that the contract does not define.</summary>
    public List<string> UnknownMembers => _unknown;

    /// <summary>
    /// Reads a line and adds it to the chunk's groups; false (nothing added) when the line must be read whole. Invalid
    /// UTF-8 is among what sends a line to be read whole: the scanner checks every string that has a byte above 0x7F,
    /// and takes no such byte elsewhere.
    /// </summary>
    [MethodImpl(Jit.Optimized)] // the hot loop of a file job: optimized from the first line, not after a warm-up
    public bool TryAdd(ReadOnlySpan<byte> line)
    {
        _unknown.Clear();
        if (line.Length > _options.MaxValueBytes)
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
        var scanner = new LineScanner(line, _options.MaxDepth, _utf8);
        if (!scanner.TryStartObject() || !scanner.TryNextMember(first: true, out var name, out var end) || end || !ShortBytes.Equal(name, "type"u8) ||
            !scanner.TryString(out var type) || _projection.For(type) is not { } kind)
        {
            return false; // the type not first (or not plain), or a kind read whole
        }

        var seen = 1UL;
        var division = -1;
        var month = -1;
        var valueCount = 0;
        var hasValues = false;
        for (var i = 0; i < _figures.Length; i++)
        {
            _figures[i] = kind.Constants[i];
        }

        for (var previous = 0; ; )
        {
            // A writer puts the members in the order the contract declares them: the member after the previous one (or
            // the one after that, when an optional member is left out) is matched with its quotes and colon.
            var member = previous + 1;
            if (member >= kind.NameTokens.Length || !scanner.TryNextMemberNamed(kind.NameTokens[member]))
            {
                member++;
                if (member >= kind.NameTokens.Length || !scanner.TryNextMemberNamed(kind.NameTokens[member]))
                {
                    if (!scanner.TryNextMember(first: false, out name, out end))
                    {
                        return false;
                    }

                    if (end)
                    {
                        break;
                    }

                    member = kind.IndexOf(name);
                }
            }

            if (member < 0)
            {
                if (_options.Strict || !scanner.TrySkipValue(1) || IsRepeated(name))
                {
                    return false;
                }

                _unknown.Add(Encoding.UTF8.GetString(name.ToArray()));
                continue;
            }

            if ((seen & (1UL << member)) != 0)
            {
                return false; // a member twice
            }

            previous = member;
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
                case MemberRole.Skip when kind.IsText[member]:
                    if (!scanner.TryString(out _))
                    {
                        return false; // null (the record reader knows whether the member may be null), or not a plain string
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
    /// Whether a member the query does not read (and that is not text, which any string is) holds what the record
    /// reader reads there: the contract's reader of the member's type run on it — remembered by its bytes for short
    /// values (codes, dates, counts repeat), so that a line this accepts is one the record reader accepts.
    /// </summary>
    [MethodImpl(Jit.Optimized)]
    private bool IsValid(KindProjection kind, int member, ReadOnlySpan<byte> value)
    {
        if (kind.IsDate[member] && value.Length == 12 && value[0] == (byte)'"' && JsonContract.TryReadIsoDate(value.Slice(1, 10), out _, out _, out _))
        {
            return true; // a date written as the contract writes it, which its reader reads first
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

    [MethodImpl(Jit.Optimized)]
    private void Add(KindProjection kind, int division, int month, int valueCount)
    {
        // A division and month's cell: the slots of its subtotal (index 0) and of each value (1 + its index), found once a line.
        var key = ((long)division << 21) | (long)month;
        ref var cell = ref _cells.Cell(key);
        cell ??= new int[Math.Max(8, _values.Count + 2)];

        AddTo(ref cell, key, 0);
        if (!_hasDimension)
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
                if (!Repeats(value, i))
                {
                    AddTo(ref cell, key, value + 1);
                }
            }
        }
    }

    /// <summary>Whether a value is among the line's first <paramref name="count"/> (a list naming one type twice counts it once).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Repeats(int value, int count)
    {
        for (var i = 0; i < count; i++)
        {
            if (_lineValues[i] == value)
            {
                return true;
            }
        }

        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void AddTo(ref int[]? cell, long key, int value)
    {
        if (value >= cell!.Length)
        {
            Array.Resize(ref cell, Math.Max(value + 1, cell.Length * 2));
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
        // A date written as the contract writes it is read from its digits, as the contract's reader reads it first;
        // any other form goes through that reader (which refuses it, or reads it as a record's reader would).
        if (!JsonContract.TryReadIsoDate(text, out var year, out var month, out _))
        {
            var reader = Reader(token);
            var value = kind.DateReader.Read(ref reader, _projection.Contract);
            var date = value is LocalDate d ? d : ((LocalDate?)value)!.Value;
            (year, month) = (date.Year, date.Month);
        }

        // A year no reporting period covers is refused by aggregation (SM4011): read whole, to be refused as a record is.
        return _calendar && !ReportingPeriod.IsSupportedYear(year) ? -1 : Accumulation.MonthIndex(year, month);
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

    /// <summary>
    /// The cells of a division and month by their packed key: an open-addressing table of its own (a generic
    /// dictionary of a value key and an array compares keys through an interface in its shared code).
    /// </summary>
    private sealed class CellMap
    {
        private long[] _keys = new long[256];
        private int[]?[] _cells = new int[]?[256];
        private int _count;

        /// <summary>The cell of the key, null until one is put there.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public ref int[]? Cell(long key)
        {
            var mask = _keys.Length - 1;
            var at = (int)((ulong)(key * -7046029254386353131L) >> 40) & mask;
            while (_cells[at] is not null)
            {
                if (_keys[at] == key)
                {
                    return ref _cells[at];
                }

                at = (at + 1) & mask;
            }

            if ((_count + 1) * 2 > _keys.Length)
            {
                Grow();
                return ref Cell(key);
            }

            _count++;
            _keys[at] = key;
            return ref _cells[at];
        }

        public void Clear()
        {
            Array.Clear(_cells, 0, _cells.Length);
            _count = 0;
        }

        private void Grow()
        {
            var (keys, cells) = (_keys, _cells);
            (_keys, _cells, _count) = (new long[keys.Length * 2], new int[]?[keys.Length * 2], 0);
            for (var i = 0; i < keys.Length; i++)
            {
                if (cells[i] is { } cell)
                {
                    Cell(keys[i]) = cell;
                }
            }
        }
    }

    /// <summary>
    /// Short byte strings (codes, dates) to what they were read as, by a 64-bit hash checked against the bytes: an
    /// open-addressing table of its own, so that the look-up a line makes several times is compiled with the loop that
    /// makes it rather than warmed up in a generic dictionary's lower tiers.
    /// </summary>
    private sealed class ByteCache
    {
        private const int Limit = 4096;
        private const int Mask = (Limit * 2) - 1;
        private readonly Entry[] _entries = new Entry[Limit * 2];
        private int _count;

        /// <summary>The value kept for the bytes (and the salt, which tells apart the same bytes in different places).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool TryGet(ReadOnlySpan<byte> text, out int value, int salt = 0)
        {
            var hash = Hash(text) ^ (ulong)salt;
            for (var at = (int)hash & Mask; _entries[at].Bytes is { } bytes; at = (at + 1) & Mask)
            {
                ref var entry = ref _entries[at];
                if (entry.Hash == hash && entry.Salt == salt && ShortBytes.Equal(text, bytes))
                {
                    value = entry.Value;
                    return true;
                }
            }

            value = 0;
            return false;
        }

        public void Add(ReadOnlySpan<byte> text, int value, int salt = 0)
        {
            // Bounded (at most half full, so a probe ends): a file of ever new codes reads them each time rather than growing the cache.
            if (_count == Limit)
            {
                return;
            }

            var hash = Hash(text) ^ (ulong)salt;
            var at = (int)hash & Mask;
            while (_entries[at].Bytes is not null)
            {
                at = (at + 1) & Mask;
            }

            _entries[at] = new Entry { Hash = hash, Bytes = text.ToArray(), Value = value, Salt = salt };
            _count++;
        }

        /// <summary>A 64-bit hash: up to 16 bytes from two (overlapping) 8-byte words, longer ones a word at a time.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static ulong Hash(ReadOnlySpan<byte> text)
        {
            const ulong Prime = 0x9E3779B97F4A7C15UL;
            ulong hash;
            if (text.Length >= sizeof(ulong) && text.Length <= 2 * sizeof(ulong))
            {
                hash = (MemoryMarshal.Read<ulong>(text) * Prime) ^ MemoryMarshal.Read<ulong>(text.Slice(text.Length - sizeof(ulong)));
            }
            else
            {
                hash = 0;
                var i = 0;
                for (; i + sizeof(ulong) <= text.Length; i += sizeof(ulong))
                {
                    hash = (hash ^ MemoryMarshal.Read<ulong>(text.Slice(i))) * Prime;
                }

                for (; i < text.Length; i++)
                {
                    hash = (hash ^ text[i]) * Prime;
                }
            }

            hash = (hash ^ (ulong)text.Length) * Prime;
            return hash ^ (hash >> 32);
        }

        private struct Entry
        {
            public ulong Hash;
            public byte[]? Bytes;
            public int Value;
            public int Salt;
        }
    }
}
