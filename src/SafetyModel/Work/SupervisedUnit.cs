using System;
using NodaTime;
using SafetyModel.Contract;
using SafetyModel.Diagnostics;
using SafetyModel.Primitives;

namespace SafetyModel.Work;

/// <summary>
/// A supervised unit (生产经营单位), the subject of a 一企一档 file: its name, 统一社会信用代码 (GB 32100-2015, checked when
/// read), division and address, its industry in GB/T 4754-2017 (<see cref="IndustryCode"/>), its size band (统计上大中小微型
/// 企业划分办法（2017）), how it is supervised and the sector it falls under. Inspections, hazards, accidents and
/// enforcement actions name it by its <see cref="Id"/> in their <c>unitId</c> (<see cref="IUnitLinked"/>).
/// </summary>
/// <remarks>Built with an object initializer; holds what it is given, so that validation can report what is wrong (an industry code the standard does not have).</remarks>
[ContractObject("unit", Order = 10)]
public sealed partial class SupervisedUnit : IRecord, IEquatable<SupervisedUnit>
{
    /// <summary>Gets the record's identifier, unique within a batch; other records name the unit by it.</summary>
    [ContractMember("id")]
    public string Id { get; init; } = string.Empty;

    /// <summary>Gets the division the unit is in (where it is supervised).</summary>
    [ContractMember("division")]
    public DivisionCode Division { get; init; }

    /// <summary>Gets the registered name (单位名称), such as 乌审旗某某天然气有限公司.</summary>
    [ContractMember("name")]
    public string Name { get; init; } = string.Empty;

    /// <summary>Gets the unified social credit code (统一社会信用代码), if known; its check character is verified when read (GB 32100-2015).</summary>
    [ContractMember("creditCode")]
    public UnifiedSocialCreditCode? CreditCode { get; init; }

    /// <summary>Gets the address (生产经营地址), if recorded.</summary>
    [ContractMember("address")]
    public string? Address { get; init; }

    /// <summary>
    /// Gets the industry code as given: the GB/T 4754-2017 门类 letter and the 大类, 中类 or 小类 digits (<c>B10</c>,
    /// <c>C2614</c>); <see cref="Industry"/> reads it, and validation reports a code the standard does not have.
    /// </summary>
    [ContractMember("industryCode")]
    public string? IndustryCode { get; init; }

    /// <summary>Gets the size band (企业规模), if recorded.</summary>
    [ContractMember("sizeBand")]
    public SizeBand? SizeBand { get; init; }

    /// <summary>Gets the supervision category (监管类别), if recorded.</summary>
    [ContractMember("supervisionCategory")]
    public SupervisionCategory? SupervisionCategory { get; init; }

    /// <summary>Gets the sector of supervision (行业领域), if recorded.</summary>
    [ContractMember("sector")]
    public Sector? Sector { get; init; }

    /// <summary>Gets the day the unit's file was opened (建档日期), if recorded; the date that places the record in a period.</summary>
    [ContractMember("registeredOn")]
    public LocalDate? RegisteredOn { get; init; }

    /// <summary>Gets the industry read from <see cref="IndustryCode"/>, or <see langword="null"/> when there is none or it is not a GB/T 4754-2017 code.</summary>
    public IndustryCode? Industry => Primitives.IndustryCode.TryParse(IndustryCode, out var code) ? code : null;

    /// <inheritdoc />
    LocalDate? IRecord.ReferenceDate => RegisteredOn;

    /// <summary>Returns the id, name and industry.</summary>
    /// <returns>A readable one-line description.</returns>
    public override string ToString() => $"{Id} {Name}{(IndustryCode is null ? string.Empty : " " + IndustryCode)}";
}
