using System;
using System.Collections.Generic;
using System.Text.Json;
using NodaTime;
using SafetyModel.Documents;
using SafetyModel.Primitives;
using SafetyModel.Work;

namespace SafetyModel.Serialization;

/// <summary>
/// How a member of a record kind declared outside the library (read at run time from its contract attributes) is read
/// and written: the same readers and writers, and the same schema kinds, as the generated codecs use.
/// </summary>
internal abstract class RuntimeValue
{
    protected RuntimeValue(string schemaKind) => SchemaKind = schemaKind;

    /// <summary>Gets the member's kind as the schema table spells it (<c>str?</c>, <c>date</c>, <c>list:ext:InspectionType</c>).</summary>
    public string SchemaKind { get; }

    /// <summary>The member types a kind declared at run time may have.</summary>
    public static string Supported =>
        "string, int, int?, bool, decimal, decimal?, LocalDate, LocalDate?, LocalDateTime, LocalDateTime?, DivisionCode, Quantity, " +
        "an open list of the library (InspectionType, Sector, CampaignKind, PublicityKind, Indicator, QuantityUnit, DocumentType) or its Nullable, " +
        "and IReadOnlyList of string or of an open list";

    public abstract object? Read(ref Utf8JsonReader reader, JsonContract contract);

    /// <summary>Whether the value is left out when written (null, an empty list, no division, an empty code).</summary>
    public abstract bool IsEmpty(object? value);

    /// <summary>Writes the value, the property name already written.</summary>
    public abstract void Write(Utf8JsonWriter writer, object value, JsonContract contract);

    /// <summary>The reader and writer of a member type, or <see langword="null"/> when it is not supported.</summary>
    public static RuntimeValue? For(Type type) => type switch
    {
        _ when type == typeof(string) => Of<string?>("str?", (ref Utf8JsonReader r, JsonContract _) => JsonContract.ReadNullableString(ref r), (w, v, _) => w.WriteStringValue(v)),
        _ when type == typeof(int) => Of("int", (ref Utf8JsonReader r, JsonContract _) => JsonContract.ReadInt32(ref r), (w, v, _) => w.WriteNumberValue(v)),
        _ when type == typeof(int?) => Of<int?>("int?", (ref Utf8JsonReader r, JsonContract _) => JsonContract.ReadNullableInt32(ref r), (w, v, _) => w.WriteNumberValue(v!.Value)),
        _ when type == typeof(bool) => Of("bool", (ref Utf8JsonReader r, JsonContract _) => JsonContract.ReadBoolean(ref r), (w, v, _) => w.WriteBooleanValue(v)),
        _ when type == typeof(decimal) => Of("dec", (ref Utf8JsonReader r, JsonContract _) => JsonContract.ReadDecimal(ref r), (w, v, _) => w.WriteNumberValue(v)),
        _ when type == typeof(decimal?) => Of<decimal?>("dec?", (ref Utf8JsonReader r, JsonContract _) => JsonContract.ReadNullableDecimal(ref r), (w, v, _) => w.WriteNumberValue(v!.Value)),
        _ when type == typeof(LocalDate) => Of("date", (ref Utf8JsonReader r, JsonContract _) => JsonContract.ReadDate(ref r), (w, v, _) => JsonContract.WriteDate(w, v)),
        _ when type == typeof(LocalDate?) => Of<LocalDate?>("date?", (ref Utf8JsonReader r, JsonContract _) => JsonContract.ReadNullableDate(ref r), (w, v, _) => JsonContract.WriteDate(w, v!.Value)),
        _ when type == typeof(LocalDateTime) => Of("datetime", (ref Utf8JsonReader r, JsonContract _) => JsonContract.ReadDateTime(ref r), (w, v, _) => JsonContract.WriteDateTime(w, v)),
        _ when type == typeof(LocalDateTime?) => Of<LocalDateTime?>("datetime?", (ref Utf8JsonReader r, JsonContract _) => JsonContract.ReadNullableDateTime(ref r), (w, v, _) => JsonContract.WriteDateTime(w, v!.Value)),
        _ when type == typeof(DivisionCode) => Of("division", (ref Utf8JsonReader r, JsonContract _) => JsonContract.ReadDivision(ref r), (w, v, _) => JsonContract.WriteDivision(w, v), v => v == default),
        _ when type == typeof(Quantity) => Of<Quantity?>("obj:Quantity?", (ref Utf8JsonReader r, JsonContract c) => JsonContract.ReadNullable(ref r, c.Quantity), (w, v, c) => c.Quantity.Write(w, v!)),
        _ when type == typeof(IReadOnlyList<string>) => List("str", c => c.String),
        _ => Open(type),
    };

    private static RuntimeValue? Open(Type type) =>
        Open<InspectionType>(type, c => c.InspectionType) ?? Open<Sector>(type, c => c.Sector) ?? Open<CampaignKind>(type, c => c.CampaignKind) ??
        Open<PublicityKind>(type, c => c.PublicityKind) ?? Open<Indicator>(type, c => c.Indicator) ?? Open<QuantityUnit>(type, c => c.QuantityUnit) ??
        Open<DocumentType>(type, c => c.DocumentType);

    private static RuntimeValue? Open<T>(Type type, Func<JsonContract, IJsonCodec<T>> codec)
        where T : struct, IExtensibleEnum
    {
        var name = typeof(T).Name;
        if (type == typeof(T))
        {
            return Of<T>("ext:" + name, (ref Utf8JsonReader r, JsonContract c) => codec(c).Read(ref r), (w, v, _) => w.WriteStringValue(v.Code), v => v.Code.Length == 0);
        }

        if (type == typeof(T?))
        {
            return Of<T?>("ext:" + name + "?", (ref Utf8JsonReader r, JsonContract c) => JsonContract.ReadNullableValue(ref r, codec(c)), (w, v, _) => w.WriteStringValue(v!.Value.Code));
        }

        return type == typeof(IReadOnlyList<T>) ? List("ext:" + name, codec) : null;
    }

    private static Typed<IReadOnlyList<T>> List<T>(string item, Func<JsonContract, IJsonCodec<T>> codec) =>
        Of<IReadOnlyList<T>>(
            "list:" + item,
            (ref Utf8JsonReader r, JsonContract c) => JsonContract.ReadList(ref r, codec(c)),
            (w, v, c) => JsonContract.WriteList(w, v, codec(c)),
            v => v.Count == 0);

    private static Typed<T> Of<T>(string kind, ReadValue<T> read, Action<Utf8JsonWriter, T, JsonContract> write, Func<T, bool>? empty = null) =>
        new(kind, read, write, empty);

    private delegate T ReadValue<T>(ref Utf8JsonReader reader, JsonContract contract);

    private sealed class Typed<T> : RuntimeValue
    {
        private readonly ReadValue<T> _read;
        private readonly Action<Utf8JsonWriter, T, JsonContract> _write;
        private readonly Func<T, bool>? _empty;

        public Typed(string kind, ReadValue<T> read, Action<Utf8JsonWriter, T, JsonContract> write, Func<T, bool>? empty)
            : base(kind) => (_read, _write, _empty) = (read, write, empty);

        public override object? Read(ref Utf8JsonReader reader, JsonContract contract) => _read(ref reader, contract);

        public override bool IsEmpty(object? value) => value is null || (_empty is not null && _empty((T)value));

        public override void Write(Utf8JsonWriter writer, object value, JsonContract contract) => _write(writer, (T)value, contract);
    }
}
