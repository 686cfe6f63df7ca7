using System;

namespace SafetyModel.Contract;

/// <summary>
/// Declares a class as an object of the JSON contract (<c>docs/json-format.md</c>); given a record type, as a record
/// kind that the contract tells apart by that <c>type</c> discriminator (<c>inspection</c>, <c>hazard</c>, …).
/// </summary>
/// <remarks>
/// <para>
/// The members of the object are its properties marked with <see cref="ContractMemberAttribute"/>, in the order they
/// are declared; that order is the order in which they are written. When the library is built, its source generator
/// reads this declaration and writes the object's codec (reading, writing, required and duplicate members, unknown
/// members kept), and the published JSON Schema is written from the same declaration, so the codec, the schema and the
/// model cannot disagree. The object is built with an object initializer when it has an accessible parameterless
/// constructor, otherwise with the constructor whose parameters are its members.
/// </para>
/// <para>
/// A class declared <see langword="partial"/> also gets its <c>Equals(T)</c>, <c>Equals(object)</c> and
/// <c>GetHashCode()</c> from the generator, over its contract members (strings ordinally, lists by content, the rest
/// by their own equality), so that a member added to the contract cannot be left out of equality. A class whose
/// equality means something else (an accident category is its scheme and code) is declared without
/// <see langword="partial"/> and writes its own.
/// </para>
/// <para>
/// The contract attributes are the lowest floor of the library (<c>SafetyModel.Contract</c>), because every floor
/// declares contract types with them (<c>SourceSpan</c>, on the diagnostics floor, is one). The source generator reads
/// them on the library's own types; for a type outside the library — a town's own record kind — the JSON contract
/// reads the same attributes at run time when the kind is in the reader's <c>RecordCatalogue</c>.
/// </para>
/// </remarks>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class ContractObjectAttribute : Attribute
{
    /// <summary>Declares an object of the contract that is not a record kind (a report, a document, a figure, …).</summary>
    public ContractObjectAttribute()
    {
    }

    /// <summary>Declares a record kind of the contract.</summary>
    /// <param name="recordType">The record's <c>type</c> discriminator, such as <c>inspection</c>; part of the contract, never changed.</param>
    public ContractObjectAttribute(string recordType) => RecordType = recordType;

    /// <summary>Gets the record's <c>type</c> discriminator, or <see langword="null"/> for an object that is not a record kind.</summary>
    public string? RecordType { get; }

    /// <summary>
    /// Gets or sets the position of a record kind among the record kinds: the contract lists them by this number, then
    /// by type name (in the message for an unknown record type and in the schema). The other object types are listed
    /// after the record kinds, by type name.
    /// </summary>
    public int Order { get; set; }
}
