using System;

namespace SafetyModel.Contract;

/// <summary>
/// Declares a code list of the JSON contract: on an <see langword="enum"/>, a closed list whose codes are the member
/// names in kebab case (<c>ExtraUrgent</c> is <c>extra-urgent</c>) and whose other values are refused; on an extensible
/// enum (a <c>SafetyModel.Primitives.IExtensibleEnum</c>), an open list whose well-known codes are examples and whose other codes are kept.
/// </summary>
/// <remarks>
/// The library's source generator reads this declaration to write the list's codec, and the JSON Schema lists its codes
/// from the same declaration.
/// </remarks>
[AttributeUsage(AttributeTargets.Enum | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
public sealed class ContractListAttribute : Attribute
{
    /// <summary>Declares a code list of the contract.</summary>
    /// <param name="listName">The list's name in messages, such as <c>hazard level</c>.</param>
    public ContractListAttribute(string listName) => ListName = listName;

    /// <summary>Gets the list's name in messages, such as <c>hazard level</c>.</summary>
    public string ListName { get; }
}
