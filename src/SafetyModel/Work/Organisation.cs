using System;
using SafetyModel.Contract;
using SafetyModel.Diagnostics;
using SafetyModel.Primitives;

namespace SafetyModel.Work;

/// <summary>
/// An organisation that work-safety records name — a government body, a committee (安委会), a department, a station
/// (派出所, 司法所), an enterprise with its 统一社会信用代码, a school — with its division.
/// </summary>
[ContractObject]
public sealed partial class Organisation : IEquatable<Organisation>
{
    /// <summary>Gets the full name, such as 乌兰陶勒盖镇人民政府.</summary>
    [ContractMember("name")]
    public string Name { get; init; } = string.Empty;

    /// <summary>Gets the short name (规范化简称), if any, such as 乌审旗安委会.</summary>
    [ContractMember("shortName")]
    public string? ShortName { get; init; }

    /// <summary>Gets the kind.</summary>
    [ContractMember("kind")]
    public OrganisationKind Kind { get; init; }

    /// <summary>Gets the division the organisation belongs to.</summary>
    [ContractMember("division")]
    public DivisionCode Division { get; init; }

    /// <summary>Gets the unified social credit code, if known (enterprises and most organisations have one).</summary>
    [ContractMember("creditCode")]
    public UnifiedSocialCreditCode? CreditCode { get; init; }

    /// <summary>Gets the sector of an enterprise, if recorded.</summary>
    [ContractMember("sector")]
    public Sector? Sector { get; init; }

    /// <summary>Returns the name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}
