using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace SafetyModel.Generators;

/// <summary>What a contract member's C# type is, as far as the JSON contract is concerned.</summary>
internal enum KindCategory
{
    /// <summary><c>string</c>: kind <c>str</c>.</summary>
    String,

    /// <summary><c>int</c>: kind <c>int</c>.</summary>
    Int32,

    /// <summary><c>bool</c>: kind <c>bool</c>.</summary>
    Boolean,

    /// <summary><c>decimal</c>: kind <c>dec</c>.</summary>
    Decimal,

    /// <summary>NodaTime <c>LocalDate</c>: kind <c>date</c>.</summary>
    Date,

    /// <summary>NodaTime <c>LocalDateTime</c>: kind <c>datetime</c>.</summary>
    DateTime,

    /// <summary><c>DivisionCode</c>: kind <c>division</c>.</summary>
    Division,

    /// <summary>An <see langword="enum"/> with <c>[ContractList]</c>: kind <c>enum:T</c>.</summary>
    ClosedList,

    /// <summary>An extensible enum with <c>[ContractList]</c>: kind <c>ext:T</c>.</summary>
    OpenList,

    /// <summary>A core primitive written as canonical text by a hand-written codec: kinds <c>period</c>, <c>docnumber</c>, <c>title</c>, <c>credit</c>.</summary>
    Text,

    /// <summary><c>Quantity</c> or a <c>[ContractObject]</c> class: kind <c>obj:T</c>.</summary>
    Object,

    /// <summary><c>IReadOnlyList&lt;T&gt;</c> of one of the kinds with a codec: kind <c>list:…</c>.</summary>
    List,
}

/// <summary>The kind of a member: its category, nullability and the names the emitted code uses.</summary>
/// <param name="Category">The category.</param>
/// <param name="Nullable">Whether the member's type is nullable (written only when it has a value).</param>
/// <param name="TypeName">The C# type's simple name (enums, open lists, text values, objects); empty otherwise.</param>
/// <param name="TextKind">For <see cref="KindCategory.Text"/>, the kind's name (<c>period</c>, …); empty otherwise.</param>
/// <param name="IsValueType">Whether the C# type (without <c>?</c>) is a value type.</param>
/// <param name="Element">For a list, the kind of its items.</param>
internal sealed record Kind(KindCategory Category, bool Nullable, string TypeName, string TextKind, bool IsValueType, Kind? Element);

/// <summary>A member of a contract object.</summary>
/// <param name="JsonName">The member's name in JSON.</param>
/// <param name="Property">The property read when writing.</param>
/// <param name="Setter">The property set when building (the same as <paramref name="Property"/> unless declared).</param>
/// <param name="Kind">The member's kind.</param>
/// <param name="Required">Whether the member must be present.</param>
/// <param name="FullType">The property's C# type, fully qualified with <c>global::</c> (for the generated equality).</param>
/// <param name="Description">The property's XML documentation summary as plain text (for the schema); empty when it has none.</param>
internal sealed record Member(string JsonName, string Property, string Setter, Kind Kind, bool Required, string FullType, string Description);

/// <summary>Where a diagnostic points, kept as values so that models compare by value.</summary>
/// <param name="Path">The file.</param>
/// <param name="Span">The text span.</param>
/// <param name="LineSpan">The line span.</param>
internal sealed record LocationInfo(string Path, TextSpan Span, LinePositionSpan LineSpan)
{
    public static LocationInfo? From(Location? location) =>
        location is { IsInSource: true } ? new LocationInfo(location.SourceTree!.FilePath, location.SourceSpan, location.GetLineSpan().Span) : null;

    public Location ToLocation() => Location.Create(Path, Span, LineSpan);
}

/// <summary>A diagnostic found while reading a declaration.</summary>
/// <param name="Id">The descriptor's id (<c>SMGEN001</c>, …).</param>
/// <param name="Arguments">The message arguments.</param>
/// <param name="Location">Where it points.</param>
internal sealed record DiagnosticInfo(string Id, EquatableArray<string> Arguments, LocationInfo? Location);

/// <summary>A class with <c>[ContractObject]</c>, as the generator reads it.</summary>
/// <param name="Name">The type's simple name.</param>
/// <param name="Namespace">The type's namespace.</param>
/// <param name="RecordType">The record discriminator, or <see langword="null"/>.</param>
/// <param name="Order">The declared <c>Order</c>.</param>
/// <param name="UsesInitializer">Whether the object is built with an object initializer (else with a constructor).</param>
/// <param name="Members">The members, in declaration order.</param>
/// <param name="ConstructorArguments">For a constructor, the index of the member passed as each parameter.</param>
/// <param name="Namespaces">The namespaces of the types the codec names.</param>
/// <param name="IsPartial">Whether the class is declared <see langword="partial"/>: the generator then writes its equality.</param>
/// <param name="Description">The type's XML documentation summary as plain text (for the schema); empty when it has none.</param>
/// <param name="Location">The declaration's location.</param>
/// <param name="Diagnostics">What is wrong with the declaration; the codec is written only when this is empty.</param>
internal sealed record ContractObject(
    string Name,
    string Namespace,
    string? RecordType,
    int Order,
    bool UsesInitializer,
    EquatableArray<Member> Members,
    EquatableArray<int> ConstructorArguments,
    EquatableArray<string> Namespaces,
    bool IsPartial,
    string Description,
    LocationInfo? Location,
    EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>A type with <c>[ContractList]</c>: a closed list (an enum) or an open list (an extensible enum).</summary>
/// <param name="Name">The type's simple name.</param>
/// <param name="Namespace">The type's namespace.</param>
/// <param name="ListName">The list's name in messages.</param>
/// <param name="IsClosed">Whether the list is an enum.</param>
/// <param name="EnumMembers">For an enum, its member names in declaration order.</param>
/// <param name="Description">The type's XML documentation summary as plain text (for the schema); empty when it has none.</param>
/// <param name="Location">The declaration's location.</param>
/// <param name="Diagnostics">What is wrong with the declaration.</param>
internal sealed record ContractList(
    string Name,
    string Namespace,
    string ListName,
    bool IsClosed,
    EquatableArray<string> EnumMembers,
    string Description,
    LocationInfo? Location,
    EquatableArray<DiagnosticInfo> Diagnostics);
