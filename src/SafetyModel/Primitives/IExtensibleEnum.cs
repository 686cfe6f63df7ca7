namespace SafetyModel.Primitives;

/// <summary>
/// A value from an open code list: a list that towns and banners extend (inspection types, sectors, campaign kinds,
/// indicators, units, document types beyond the 15 文种), as opposed to a classification fixed by a statute or a
/// standard, which this library models as a C# <see langword="enum"/>.
/// </summary>
/// <remarks>
/// <para>
/// Every implementation is a <see langword="readonly"/> <see langword="struct"/> over a stable string
/// <see cref="Code"/>, with well-known values as static properties. A code the library does not know is kept as it
/// was given, never rejected or changed: <see cref="IsKnown"/> is then <see langword="false"/> and both names are the
/// code itself. Two values are equal when their codes are equal (ordinal).
/// </para>
/// <para>
/// The <see langword="default"/> value has an empty code; it stands for "not given", is not known, and validation
/// reports it where a value is required.
/// </para>
/// </remarks>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711", Justification = "'Extensible enum' is the name of the pattern.")]
public interface IExtensibleEnum
{
    /// <summary>Gets the stable code, as it appears in the JSON contract. Empty for the default value.</summary>
    string Code { get; }

    /// <summary>Gets the Chinese name (中文名称), or the code for an unknown value.</summary>
    string ChineseName { get; }

    /// <summary>Gets the English name, or the code for an unknown value.</summary>
    string EnglishName { get; }

    /// <summary>Gets a value indicating whether the code is one of the library's well-known values.</summary>
    bool IsKnown { get; }
}
