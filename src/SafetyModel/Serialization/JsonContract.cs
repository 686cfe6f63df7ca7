using System;
using System.Buffers;
using System.Buffers.Text;
using System.Collections.Generic;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using SafetyModel.Contract;
using SafetyModel.Diagnostics;
using SafetyModel.Primitives;
using SafetyModel.Text;

namespace SafetyModel.Serialization;

/// <summary>
/// The codecs of the contract, in one of its two modes (preserving or strict), and the reading and writing of its
/// scalar values. Codecs throw <see cref="JsonContractException"/> with the byte offset of the fault; the members
/// and indexes are added as the exception leaves each codec.
/// </summary>
/// <remarks>
/// The codecs of the objects and code lists, the record kinds and the converters over them are the generated part of
/// this class (<c>JsonContract.Codecs.g.cs</c> and a <c>…Codec.g.cs</c> per object type), written at build time by the
/// source generator in <c>src/SafetyModel.Generators</c> from the <see cref="ContractObjectAttribute"/>,
/// <see cref="ContractMemberAttribute"/> and <see cref="ContractListAttribute"/> declarations
/// on the model types.
/// </remarks>
internal sealed partial class JsonContract
{
    private static readonly byte[] DivisionEditionSeparator = { (byte)'@' };

    private JsonContract(bool strict)
    {
        IsStrict = strict;
        String = new StringCodec();
        Quantity = new QuantityCodec(this);
        CreateCodecs();
        RecordSet = new RecordSetCodec(this);
        _codecs.Add(typeof(Quantity), Quantity);
        _codecs.Add(typeof(IRecord), Record);
        _codecs.Add(typeof(RecordSet), RecordSet);
    }

    private readonly Dictionary<Type, object> _codecs = new();

    /// <summary>Gets the contract that keeps unknown members and unknown open-list codes.</summary>
    public static JsonContract Preserving { get; } = new(strict: false);

    /// <summary>Gets the contract that refuses unknown members and unknown open-list codes.</summary>
    public static JsonContract Strict { get; } = new(strict: true);

    public bool IsStrict { get; }

    public StringCodec String { get; }

    public QuantityCodec Quantity { get; }

    public RecordSetCodec RecordSet { get; }

    /// <summary>Gets the types the contract reads and writes at the top level.</summary>
    public IEnumerable<Type> Types => _codecs.Keys;

    /// <summary>Adds a converter over each codec, for System.Text.Json options.</summary>
    public void AddConverters(IList<System.Text.Json.Serialization.JsonConverter> converters)
    {
        AddGeneratedConverters(converters);
        converters.Add(new CodecConverter<Quantity>(Quantity));
        converters.Add(new CodecConverter<IRecord>(Record));
        converters.Add(new CodecConverter<RecordSet>(RecordSet));
        converters.Add(new CodecConverter<ReportingPeriod>(ReportingPeriod));
        converters.Add(new CodecConverter<DivisionCode>(new DivisionCodec()));
    }

    /// <summary>Gets the codec of a type of the contract, or <see langword="null"/>.</summary>
    public IJsonCodec<T>? CodecFor<T>() => _codecs.TryGetValue(typeof(T), out var codec) ? (IJsonCodec<T>)codec : null;

    public static JsonContract For(bool strict) => strict ? Strict : Preserving;

    // ---- tokens -------------------------------------------------------------------------------------------------

    /// <summary>Moves to the next token; the end of the input inside a value is malformed JSON.</summary>
    public static void Next(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            throw new JsonContractException(
                JsonContractCodes.MalformedJson, DiagnosticArguments.Create(("detail", "the input ends inside a value")),
                new LocalizedText("the input ends inside a value", "输入在值的中间结束")).At(reader.BytesConsumed);
        }
    }

    public static JsonContractException WrongKind(ref Utf8JsonReader reader, string expected) =>
        new JsonContractException(JsonContractCodes.WrongKind, DiagnosticArguments.Create(("expected", expected), ("found", TokenName(reader.TokenType))))
            .At(reader.TokenStartIndex);

    public static JsonContractException InvalidValue(ref Utf8JsonReader reader, string value, string expected, LocalizedText detail) =>
        new JsonContractException(JsonContractCodes.InvalidValue, DiagnosticArguments.Create(("value", value), ("expected", expected)), detail)
            .At(reader.TokenStartIndex);

    public static JsonContractException InvalidEncoding(ref Utf8JsonReader reader, Exception inner) =>
        new JsonContractException(
            JsonContractCodes.InvalidEncoding, DiagnosticArguments.Create(("detail", "a string is not valid Unicode (a lone surrogate escape)")),
            new LocalizedText("a string is not valid Unicode (a lone surrogate escape)", "字符串不是有效的 Unicode（孤立的代理项转义）"), inner)
            .At(reader.TokenStartIndex);

    public static string TokenName(JsonTokenType token) => token switch
    {
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        _ => token.ToString(),
    };

    // ---- objects ------------------------------------------------------------------------------------------------

    /// <summary>Finds the member the reader's property name names, trying the expected next one first; -1 when unknown.</summary>
    public static int Match(ref Utf8JsonReader reader, JsonEncodedText[] names, ref int next)
    {
        var count = names.Length;
        for (var tried = 0; tried < count; tried++)
        {
            var i = next + tried;
            if (i >= count)
            {
                i -= count;
            }

            if (reader.ValueTextEquals(names[i].EncodedUtf8Bytes))
            {
                next = i + 1 == count ? 0 : i + 1;
                return i;
            }
        }

        return -1;
    }

    /// <summary>Marks a member as seen; a second time is a duplicate.</summary>
    public static void Seen(ref Utf8JsonReader reader, ref ulong seen, int index, JsonEncodedText[] names)
    {
        var bit = 1UL << index;
        if ((seen & bit) != 0)
        {
            throw new JsonContractException(JsonContractCodes.DuplicateMember, DiagnosticArguments.Create(("member", names[index].ToString())))
                .At(reader.TokenStartIndex);
        }

        seen |= bit;
    }

    /// <summary>Checks that every required member was seen.</summary>
    public static void Required(long objectStart, ulong seen, ulong required, JsonEncodedText[] names, string typeName)
    {
        if ((seen & required) == required)
        {
            return;
        }

        for (var i = 0; i < names.Length; i++)
        {
            if ((required & (1UL << i)) != 0 && (seen & (1UL << i)) == 0)
            {
                throw new JsonContractException(JsonContractCodes.MissingMember, DiagnosticArguments.Create(("member", names[i].ToString()), ("type", typeName)))
                    .At(objectStart);
            }
        }
    }

    /// <summary>
    /// Reads a member the contract does not define: kept (preserving) or refused (strict). The reader is on the
    /// property name and is left on the value's last token.
    /// </summary>
    public void ReadUnknown(ref Utf8JsonReader reader, string typeName, ref List<KeyValuePair<string, JsonElement>>? unknown)
    {
        var start = reader.TokenStartIndex;
        var name = GetString(ref reader);
        if (IsStrict)
        {
            throw new JsonContractException(JsonContractCodes.UnknownMember, DiagnosticArguments.Create(("member", name), ("type", typeName)))
                .At(start).Within(name);
        }

        var members = (UnknownMemberList?)unknown ?? new UnknownMemberList(); // only ever made here

        if (members.Has(name))
        {
            throw new JsonContractException(JsonContractCodes.DuplicateMember, DiagnosticArguments.Create(("member", name))).At(start);
        }

        Next(ref reader);
        members.Add(name, JsonElement.ParseValue(ref reader));
        unknown = members;
    }

    /// <summary>Keeps the unknown members read with a value, to be written back with it.</summary>
    public static void Keep(object value, List<KeyValuePair<string, JsonElement>>? unknown)
    {
        if (unknown is not null)
        {
            UnknownMembers.Set(value, unknown.ToArray());
        }
    }

    /// <summary>Writes back the unknown members kept with a value, after its known ones.</summary>
    public static void WriteUnknown(Utf8JsonWriter writer, object value)
    {
        foreach (var member in UnknownMembers.Get(value))
        {
            writer.WritePropertyName(member.Key);
            member.Value.WriteTo(writer);
        }
    }

    /// <summary>Wraps a model's own refusal (a constructor's or setter's argument check) as an invalid value.</summary>
    public static JsonContractException Refused(long objectStart, string typeName, ArgumentException exception) =>
        new JsonContractException(
            JsonContractCodes.InvalidValue,
            DiagnosticArguments.Create(("value", typeName), ("expected", typeName)),
            new LocalizedText(exception.Message, exception.Message),
            exception).At(objectStart);

    /// <summary>Reads an object's <c>type</c> member and checks it names the expected record type.</summary>
    public static void ReadDiscriminator(ref Utf8JsonReader reader, JsonEncodedText expected)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw WrongKind(ref reader, "a string");
        }

        if (!reader.ValueTextEquals(expected.EncodedUtf8Bytes))
        {
            throw new JsonContractException(
                JsonContractCodes.UnknownRecordType, DiagnosticArguments.Create(("recordType", GetString(ref reader)), ("expected", expected.ToString())))
                .At(reader.TokenStartIndex);
        }
    }

    // ---- lists --------------------------------------------------------------------------------------------------

    /// <summary>Reads an array of non-null items; null reads as an empty list.</summary>
    public static IReadOnlyList<T> ReadList<T>(ref Utf8JsonReader reader, IJsonCodec<T> codec)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return Array.Empty<T>();
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw WrongKind(ref reader, "an array");
        }

        var items = new List<T>();
        while (true)
        {
            Next(ref reader);
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                return items.Count == 0 ? Array.Empty<T>() : new Sequences.Handover<T>(items.ToArray());
            }

            try
            {
                if (reader.TokenType == JsonTokenType.Null)
                {
                    throw WrongKind(ref reader, "a value (lists hold no null items)");
                }

                items.Add(codec.Read(ref reader));
            }
            catch (JsonContractException e)
            {
                throw e.Within(items.Count);
            }
        }
    }

    /// <summary>Writes a list as an array.</summary>
    public static void WriteList<T>(Utf8JsonWriter writer, IReadOnlyList<T> items, IJsonCodec<T> codec)
    {
        writer.WriteStartArray();
        for (var i = 0; i < items.Count; i++)
        {
            codec.Write(writer, items[i]);

            // A writer over a stream sends what it holds on Flush: a long list streams instead of growing in memory.
            if (writer.BytesPending > FlushThreshold)
            {
                writer.Flush();
            }
        }

        writer.WriteEndArray();
    }

    /// <summary>How many bytes a writer may hold before a list flushes it.</summary>
    private const int FlushThreshold = 1 << 16;

    /// <summary>Reads a nullable object through its codec.</summary>
    public static T? ReadNullable<T>(ref Utf8JsonReader reader, IJsonCodec<T> codec)
        where T : class =>
        reader.TokenType == JsonTokenType.Null ? null : codec.Read(ref reader);

    /// <summary>Reads a nullable value through its codec.</summary>
    public static T? ReadNullableValue<T>(ref Utf8JsonReader reader, IJsonCodec<T> codec)
        where T : struct =>
        reader.TokenType == JsonTokenType.Null ? null : codec.Read(ref reader);

    // ---- scalars ------------------------------------------------------------------------------------------------

    public static string GetString(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException e)
        {
            throw InvalidEncoding(ref reader, e);
        }
    }

    public static string ReadString(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.String ? GetString(ref reader) : throw WrongKind(ref reader, "a string");

    public static string? ReadNullableString(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Null ? null : ReadString(ref reader);

    public static bool ReadBoolean(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        _ => throw WrongKind(ref reader, "a boolean"),
    };

    public static int ReadInt32(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw WrongKind(ref reader, "an integer");
        }

        return reader.TryGetInt32(out var value)
            ? value
            : throw InvalidValue(ref reader, RawNumber(ref reader), "integer", new LocalizedText(
                "a whole number from -2147483648 to 2147483647 is expected", "应为 -2147483648 至 2147483647 之间的整数"));
    }

    public static int? ReadNullableInt32(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Null ? null : ReadInt32(ref reader);

    public static decimal ReadDecimal(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw WrongKind(ref reader, "a number");
        }

        if (!reader.TryGetDecimal(out var value))
        {
            throw InvalidValue(ref reader, RawNumber(ref reader), "number", new LocalizedText(
                "the number is outside the range of a decimal (±7.9 × 10^28, 28 decimal places)", "数值超出 decimal 的范围（±7.9 × 10^28，28 位小数）"));
        }

        if (value == 0m && HasNonZeroDigit(ref reader))
        {
            // 1e-400 or 0.5e-28: a number that is not zero must not be read as 0 without a word.
            throw InvalidValue(ref reader, RawNumber(ref reader), "number", new LocalizedText(
                "the number is not zero but nearer to zero than a decimal holds (28 decimal places): it would read as 0 (underflow)",
                "数值不为零，但比 decimal 可保存的最小值（28 位小数）更接近零，会被读作 0（下溢）"));
        }

        return value;
    }

    /// <summary>Whether a JSON number's digits before its exponent hold one that is not 0.</summary>
    private static bool HasNonZeroDigit(ref Utf8JsonReader reader)
    {
        var span = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan;
        foreach (var b in span)
        {
            if (b is (byte)'e' or (byte)'E')
            {
                return false;
            }

            if (b is >= (byte)'1' and <= (byte)'9')
            {
                return true;
            }
        }

        return false;
    }

    public static decimal? ReadNullableDecimal(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Null ? null : ReadDecimal(ref reader);

    public static void WriteDecimal(Utf8JsonWriter writer, decimal value) => writer.WriteNumberValue(value);

    private static string RawNumber(ref Utf8JsonReader reader)
    {
        var span = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan.ToArray();
        var text = System.Text.Encoding.UTF8.GetString(span);
        return text.Length <= 40 ? text : text.Substring(0, 40) + "…";
    }

    // ---- dates (ISO 8601 through NodaTime's ISO patterns, with an allocation-free path for yyyy-MM-dd) ------------

    public static LocalDate ReadDate(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw WrongKind(ref reader, "a date (yyyy-MM-dd)");
        }

        if (!reader.HasValueSequence && !reader.ValueIsEscaped && TryReadIsoDate(reader.ValueSpan, out var date))
        {
            return date;
        }

        var text = GetString(ref reader);
        var result = LocalDatePattern.Iso.Parse(text);
        return result.Success
            ? result.Value
            : throw InvalidValue(ref reader, text, "date (yyyy-MM-dd)", new LocalizedText(
                "an ISO 8601 calendar date that exists, such as 2022-07-07, is expected", "应为存在的 ISO 8601 日期，例如 2022-07-07"));
    }

    public static LocalDate? ReadNullableDate(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Null ? null : ReadDate(ref reader);

    public static void WriteDate(Utf8JsonWriter writer, LocalDate date)
    {
        if (date.Year is < 1 or > 9999)
        {
            writer.WriteStringValue(LocalDatePattern.Iso.Format(date));
            return;
        }

        Span<byte> bytes = stackalloc byte[10];
        Digits(bytes, 0, date.Year, 4);
        bytes[4] = (byte)'-';
        Digits(bytes, 5, date.Month, 2);
        bytes[7] = (byte)'-';
        Digits(bytes, 8, date.Day, 2);
        writer.WriteStringValue(bytes);
    }

    public static LocalDateTime ReadDateTime(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw WrongKind(ref reader, "a date and time (yyyy-MM-ddTHH:mm:ss)");
        }

        var text = GetString(ref reader);
        var result = LocalDateTimePattern.ExtendedIso.Parse(text);
        return result.Success
            ? result.Value
            : throw InvalidValue(ref reader, text, "date and time (yyyy-MM-ddTHH:mm:ss)", new LocalizedText(
                "an ISO 8601 local date and time that exists, such as 2022-07-07T08:30:00, is expected",
                "应为存在的 ISO 8601 本地日期时间，例如 2022-07-07T08:30:00"));
    }

    public static LocalDateTime? ReadNullableDateTime(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Null ? null : ReadDateTime(ref reader);

    public static void WriteDateTime(Utf8JsonWriter writer, LocalDateTime value) =>
        writer.WriteStringValue(LocalDateTimePattern.ExtendedIso.Format(value));

    private static bool TryReadIsoDate(ReadOnlySpan<byte> s, out LocalDate date)
    {
        if (!TryReadIsoDate(s, out var year, out var month, out var day))
        {
            date = default;
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    /// <summary>
    /// A date written <c>yyyy-MM-dd</c> that exists, as its parts: what <see cref="ReadDate"/> reads from such bytes
    /// without a parser (the line projection reads a record's month with it).
    /// </summary>
    internal static bool TryReadIsoDate(ReadOnlySpan<byte> s, out int year, out int month, out int day)
    {
        year = month = day = 0;
        return s.Length == 10 && s[4] == '-' && s[7] == '-' &&
            TryDigits(s, 0, 4, out year) && TryDigits(s, 5, 2, out month) && TryDigits(s, 8, 2, out day) &&
            year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year, month);
    }

    private static bool TryDigits(ReadOnlySpan<byte> s, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            var digit = s[i] - '0';
            if (digit is < 0 or > 9)
            {
                return false;
            }

            value = (value * 10) + digit;
        }

        return true;
    }

    private static void Digits(Span<byte> bytes, int start, int value, int count)
    {
        for (var i = start + count - 1; i >= start; i--)
        {
            bytes[i] = (byte)('0' + (value % 10));
            value /= 10;
        }
    }

    // ---- division codes: "150626100000", or "150626100000@2023" with the edition year of the code list ------------

    public static DivisionCode ReadDivision(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return default;
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            throw WrongKind(ref reader, "a division code (12 digits)");
        }

        if (!reader.HasValueSequence && !reader.ValueIsEscaped && TryReadDivision(reader.ValueSpan, out var code))
        {
            return code;
        }

        var text = GetString(ref reader);
        var digits = text.IndexOf('@') is var at and >= 0 ? text.Substring(0, at) : text;
        var parsed = DivisionCode.ParseDetailed(digits);
        var detail = parsed.Success
            ? new LocalizedText(
                "the contract writes a division code as its 12 digits, optionally followed by @ and the edition year (150626100000@2023)",
                "约定的区划代码写作 12 位数字，可后接 @ 和代码版本年份（150626100000@2023）")
            : parsed.Error!.Message;
        throw InvalidValue(ref reader, text, "division code", detail);
    }

    public static void WriteDivision(Utf8JsonWriter writer, DivisionCode code)
    {
        Span<byte> bytes = stackalloc byte[17];
        var length = 12;
        var value = code.Value;
        for (var i = 11; i >= 0; i--)
        {
            bytes[i] = (byte)('0' + (value % 10));
            value /= 10;
        }

        if (code.Edition is { } edition)
        {
            bytes[12] = DivisionEditionSeparator[0];
            Digits(bytes, 13, edition, 4);
            length = 17;
        }

        writer.WriteStringValue(bytes.Slice(0, length));
    }

    private static bool TryReadDivision(ReadOnlySpan<byte> s, out DivisionCode code)
    {
        code = default;
        if (s.Length != 12 && (s.Length != 17 || s[12] != '@'))
        {
            return false;
        }

        long value = 0;
        for (var i = 0; i < 12; i++)
        {
            var digit = s[i] - '0';
            if (digit is < 0 or > 9)
            {
                return false;
            }

            value = (value * 10) + digit;
        }

        var edition = 0;
        return (s.Length == 12 || TryDigits(s, 13, 4, out edition)) && DivisionCode.TryFromValue(value, edition, out code);
    }
}
