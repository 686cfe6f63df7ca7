using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using NodaTime;
using SafetyModel.Aggregation;
using SafetyModel.Contract;
using SafetyModel.Primitives;
using SafetyModel.Records;

namespace SafetyModel.Serialization;

/// <summary>
/// What one aggregation needs from a JSON Lines record of each kind, so that a line can be read for it without making
/// the record: the division, the dating member, the dimension's list member and the count measures' figure members —
/// found in the kind's declaration (<see cref="RecordKind{T}.WithCount(Measure)"/>, the <c>member</c> of
/// <see cref="RecordKind{T}.WithCount(Measure, Func{T, long}, string?)"/> and
/// <see cref="RecordKind{T}.WithDimension{TValue}(AggregationDimension, Func{T, IReadOnlyList{TValue}}, Func{TValue, DimensionValue}, string?)"/>).
/// A kind whose contribution the query needs is not declared by a member (an amount, people, a figure worked out from
/// several members, a single-valued dimension) has no projection: its lines are read whole.
/// </summary>
internal sealed class LineProjection
{
    private readonly (byte[] Type, KindProjection? Projection)[] _kinds;

    public LineProjection(AggregationQuery query, JsonContract contract)
    {
        Query = query;
        Contract = contract;
        var custom = query.Granularity == PeriodGranularity.Custom;
        _kinds = contract.RecordKinds
            .Select(entry => (entry.Discriminator.EncodedUtf8Bytes.ToArray(), custom || query.Catalogue.Kinds.FirstOrDefault(k => k.RecordType == entry.Type) is not { } kind ? null : KindProjection.For(kind, query)))
            .ToArray();
    }

    public AggregationQuery Query { get; }

    public JsonContract Contract { get; }

    /// <summary>The projection of the kind a <c>type</c> value names; null for a kind read whole, or a type not in the contract.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public KindProjection? For(ReadOnlySpan<byte> type)
    {
        foreach (var (name, projection) in _kinds)
        {
            if (ShortBytes.Equal(type, name))
            {
                return projection;
            }
        }

        return null;
    }
}

/// <summary>The role a member of a record plays in a projection.</summary>
internal enum MemberRole
{
    /// <summary>Not needed: checked to be well-formed JSON and skipped.</summary>
    Skip,

    /// <summary>The <c>type</c> discriminator, read already.</summary>
    Type,

    /// <summary>The division code.</summary>
    Division,

    /// <summary>The member the record is dated by.</summary>
    Date,

    /// <summary>The list the dimension's values are read from.</summary>
    Values,

    /// <summary>A count measure's figure.</summary>
    Figure,
}

/// <summary>One kind's projection for a query: its members by UTF-8 name, what each is for, and each measure's source.</summary>
internal sealed class KindProjection
{
    private KindProjection(RecordKind kind, byte[][] names, MemberRole[] roles, bool[] nullable, ulong required, int[] figureMeasure, long[] constants, IValueDecoder? values, DimensionValue? kindValue, RuntimeValue date, bool nullableDate, RuntimeValue?[] checkers)
    {
        Checkers = checkers;
        IsText = Array.ConvertAll(checkers, c => c?.SchemaKind == "str?");
        IsDate = Array.ConvertAll(checkers, c => c?.SchemaKind is "date" or "date?");
        Kind = kind;
        Names = names;
        NameTokens = Array.ConvertAll(names, n => Encoding.UTF8.GetBytes(
            "\"" + Encoding.UTF8.GetString(JsonEncodedText.Encode(Encoding.UTF8.GetString(n), System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping).EncodedUtf8Bytes.ToArray()) + "\":"));
        Roles = roles;
        Nullable = nullable;
        Required = required;
        FigureMeasure = figureMeasure;
        Constants = constants;
        Values = values;
        KindValue = kindValue;
        DateReader = date;
        NullableDate = nullableDate;
    }

    public RecordKind Kind { get; }

    /// <summary>Gets the members' names as written in JSON; index 0 is <c>type</c>.</summary>
    public byte[][] Names { get; }

    public MemberRole[] Roles { get; }

    /// <summary>Gets whether a member may be null (a null figure counts 0).</summary>
    public bool[] Nullable { get; }

    /// <summary>Gets the members the contract requires, as bits by index.</summary>
    public ulong Required { get; }

    /// <summary>Gets the measure (its index in the query) each figure member adds to; −1 for other members.</summary>
    public int[] FigureMeasure { get; }

    /// <summary>Gets what a record adds to each measure before its figures: 1 (a record, one per record) or 0.</summary>
    public long[] Constants { get; }

    /// <summary>Gets the decoder of the dimension list's items; null when the query has no dimension or groups by kind.</summary>
    public IValueDecoder? Values { get; }

    /// <summary>Gets the value of every record of the kind when the query groups by kind.</summary>
    public DimensionValue? KindValue { get; }

    public RuntimeValue DateReader { get; }

    /// <summary>Gets the contract's reader of each member the query skips, to check its value as the record reader would.</summary>
    public RuntimeValue?[] Checkers { get; }

    /// <summary>Gets whether a skipped member is text, which any JSON string is (so a string needs no reading).</summary>
    public bool[] IsText { get; }

    /// <summary>Gets whether a skipped member is a date (<c>date</c> or <c>date?</c>), read by <c>JsonContract.ReadDate</c>.</summary>
    public bool[] IsDate { get; }

    public bool NullableDate { get; }

    /// <summary>Gets each member's name as a writer puts it before the value: in quotes, with its colon (<c>"division":</c>).</summary>
    public byte[][] NameTokens { get; }

    /// <summary>The member's index by its UTF-8 name; −1 when unknown.</summary>
    [System.Runtime.CompilerServices.MethodImpl(SafetyModel.Primitives.Jit.Optimized)]
    public int IndexOf(ReadOnlySpan<byte> name)
    {
        for (var i = 0; i < Names.Length; i++)
        {
            if (ShortBytes.Equal(name, Names[i]))
            {
                return i;
            }
        }

        return -1;
    }

    public static KindProjection? For(RecordKind kind, AggregationQuery query)
    {
        var members = ContractMembers.Of(kind.RecordType);
        if (members.Count > 63)
        {
            return null;
        }

        var names = new List<byte[]> { Encoding.UTF8.GetBytes("type") };
        var roles = new List<MemberRole> { MemberRole.Type };
        var nullable = new List<bool> { false };
        var types = new List<Type> { typeof(string) };
        var required = 1UL;
        foreach (var (member, property) in members)
        {
            if (member.Required)
            {
                required |= 1UL << names.Count;
            }

            names.Add(Encoding.UTF8.GetBytes(member.Name));
            roles.Add(MemberRole.Skip);
            nullable.Add(!property.PropertyType.IsValueType || System.Nullable.GetUnderlyingType(property.PropertyType) is not null);
            types.Add(property.PropertyType);
        }

        int Find(string name) => names.FindIndex(n => n.AsSpan().SequenceEqual(Encoding.UTF8.GetBytes(name)));

        var division = Find("division");
        var date = Find(kind.DateMember);
        if (division < 0 || types[division] != typeof(DivisionCode) || date < 0 || (types[date] != typeof(LocalDate) && types[date] != typeof(LocalDate?)))
        {
            return null;
        }

        roles[division] = MemberRole.Division;
        roles[date] = MemberRole.Date;
        var figureMeasure = Enumerable.Repeat(-1, names.Count).ToArray();
        var constants = new long[query.Measures.Count];
        for (var m = 0; m < query.Measures.Count; m++)
        {
            var measure = query.Measures[m];
            if (measure == Measure.Records)
            {
                constants[m] = 1;
                continue;
            }

            switch (kind.ContributionTo(measure))
            {
                case null:
                    break;
                case { IsOnePerRecord: true }:
                    constants[m] = 1;
                    break;
                case { Measure.Kind: MeasureKind.Count, NeedsDay: false, Member: { } name } when Find(name) is var at && at > 0 && roles[at] == MemberRole.Skip &&
                    (types[at] == typeof(int) || types[at] == typeof(int?)):
                    roles[at] = MemberRole.Figure;
                    figureMeasure[at] = m;
                    break;
                default:
                    return null; // an amount, people, names, a day's count or a figure worked out otherwise: read whole
            }
        }

        IValueDecoder? values = null;
        DimensionValue? kindValue = null;
        if (query.Dimension == AggregationDimension.RecordType)
        {
            kindValue = new DimensionValue(kind.Code, kind.ChineseName);
        }
        else if (query.Dimension != AggregationDimension.None)
        {
            var reader = kind.ReaderOf(query.Dimension);
            if (reader is not null)
            {
                var list = reader.DependsOnQuery ? null : reader.Accept(new DecoderMaker());
                var at = list is { } found ? Find(found.Member) : -1;
                if (at <= 0 || roles[at] != MemberRole.Skip || !typeof(System.Collections.IEnumerable).IsAssignableFrom(types[at]))
                {
                    return null; // a single-valued dimension, or a list worked out otherwise: read whole
                }

                roles[at] = MemberRole.Values;
                values = list!.Value.Decoder;
            }
        }

        // The members not read are still checked as the contract reads them; a member type it has no reader for is read whole.
        var checkers = new RuntimeValue?[names.Count];
        for (var i = 1; i < names.Count; i++)
        {
            if (roles[i] == MemberRole.Skip && (checkers[i] = RuntimeValue.For(types[i])) is null)
            {
                return null;
            }
        }

        return new KindProjection(
            kind, names.ToArray(), roles.ToArray(), nullable.ToArray(), required, figureMeasure, constants, values, kindValue,
            RuntimeValue.For(types[date])!, types[date] == typeof(LocalDate?), checkers);
    }

    private sealed class DecoderMaker : IListMemberVisitor<(string Member, IValueDecoder Decoder)?>
    {
        public (string Member, IValueDecoder Decoder)? Visit<TValue>(string member, Func<TValue, DimensionValue> value) =>
            RuntimeValue.For(typeof(TValue)) is { } item ? (member, new ValueDecoder<TValue>(item, value)) : null;
    }
}

/// <summary>Reads one item of a dimension's list from JSON as a dimension value, as the record's reader would.</summary>
internal interface IValueDecoder
{
    /// <summary>The value of the item the reader stands on; throws as the contract does on an item it refuses.</summary>
    DimensionValue Read(ref Utf8JsonReader reader, JsonContract contract);
}

/// <summary>An item read by the contract's reader for its type, then turned into a value by the kind's declaration.</summary>
internal sealed class ValueDecoder<TValue> : IValueDecoder
{
    private readonly RuntimeValue _item;
    private readonly Func<TValue, DimensionValue> _value;

    public ValueDecoder(RuntimeValue item, Func<TValue, DimensionValue> value) => (_item, _value) = (item, value);

    public DimensionValue Read(ref Utf8JsonReader reader, JsonContract contract) => _value((TValue)_item.Read(ref reader, contract)!);
}
