using System;
using System.Collections.Generic;
using NodaTime;
using SafetyModel.Contract;
using SafetyModel.Diagnostics;
using SafetyModel.Primitives;

namespace SafetyModel.Work;

/// <summary>
/// A publicity activity (宣传教育活动): its day, what it was, the materials put out as figures (横幅 16条, 标语 16多条,
/// 宣传单 500余份, 展板 …) and the people reached.
/// </summary>
[ContractObject("publicity", Order = 4)]
public sealed partial class PublicityActivity : IRecord, IEquatable<PublicityActivity>
{
    private readonly Figure[] _materials = Array.Empty<Figure>();
    private readonly PublicityKind[] _kinds = Array.Empty<PublicityKind>();

    /// <summary>Gets the record's identifier, unique within a batch.</summary>
    [ContractMember("id")]
    public string Id { get; init; } = string.Empty;

    /// <summary>Gets the division where the activity took place.</summary>
    [ContractMember("division")]
    public DivisionCode Division { get; init; }

    /// <summary>Gets the day (or first day).</summary>
    [ContractMember("date", Required = true)]
    public LocalDate Date { get; init; }

    /// <summary>Gets the forms the activity took (横幅, 标语, 宣传单, 展板, 咨询, 讲座 …).</summary>
    [ContractMember("kinds")]
    public IReadOnlyList<PublicityKind> Kinds { get => _kinds; init => _kinds = Sequences.Copy(value, nameof(Kinds)); }

    /// <summary>Gets what the activity was, such as 安全生产宣传咨询日.</summary>
    [ContractMember("description")]
    public string? Description { get; init; }

    /// <summary>Gets the campaign the activity belongs to, if any.</summary>
    [ContractMember("campaignId")]
    public string? CampaignId { get; init; }

    /// <summary>Gets the materials put out, each an indicator with a quantity.</summary>
    [ContractMember("materials")]
    public IReadOnlyList<Figure> Materials { get => _materials; init => _materials = Sequences.Copy(value, nameof(Materials)); }

    /// <summary>Gets the people reached, if recorded (possibly approximate).</summary>
    [ContractMember("peopleReached")]
    public Quantity? PeopleReached { get; init; }

    /// <inheritdoc />
    LocalDate? IRecord.ReferenceDate => Date;

    /// <summary>Returns the id, day and materials.</summary>
    /// <returns>A readable one-line description.</returns>
    public override string ToString() => $"{Id} {Date:uuuu-MM-dd} {string.Join("，", (IEnumerable<Figure>)_materials)}";
}
