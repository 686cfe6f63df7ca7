using System;

namespace SafetyModel.Contract;

/// <summary>
/// Declares a property of a <see cref="ContractObjectAttribute"/> class as a member of the JSON contract, under its
/// contract name.
/// </summary>
/// <remarks>
/// The kind of the member (string, number, date, code list, object, list, …) follows from the property's C# type; the
/// library's source generator reads this declaration to write the codec, and the JSON Schema is written from the same
/// declaration.
/// </remarks>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
public sealed class ContractMemberAttribute : Attribute
{
    /// <summary>Declares a member of the contract.</summary>
    /// <param name="name">The member's name in JSON, such as <c>foundOn</c>; part of the contract, never changed.</param>
    public ContractMemberAttribute(string name) => Name = name;

    /// <summary>Gets the member's name in JSON.</summary>
    public string Name { get; }

    /// <summary>Gets or sets a value indicating whether the member must be present: reading an object without it fails (SM8012).</summary>
    public bool Required { get; set; }

    /// <summary>
    /// Gets or sets the name of the property set when an object is read, where it is not the property written (an
    /// official document writes the direction as given, <c>ExplicitDirection</c>, and is built through
    /// <c>Direction</c>); <see langword="null"/> when it is the same property.
    /// </summary>
    public string? Setter { get; set; }
}
