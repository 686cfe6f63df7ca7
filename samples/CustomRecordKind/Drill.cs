using System;
using NodaTime;
using SafetyModel.Contract;
using SafetyModel.Primitives;
using SafetyModel.Records;
using SafetyModel.Validation;

namespace SafetyModel.Samples.CustomRecordKind;

/// <summary>
/// 应急演练, an emergency drill a town records: when, what was rehearsed, who organised it and how many took part.
/// Its JSON is declared with the same attributes as the library's own records.
/// </summary>
[ContractObject("drill")]
public sealed record Drill : IRecord
{
    /// <summary>Gets the record's identifier.</summary>
    [ContractMember("id")]
    public string Id { get; init; } = string.Empty;

    /// <summary>Gets the division.</summary>
    [ContractMember("division")]
    public DivisionCode Division { get; init; }

    /// <summary>Gets the day of the drill.</summary>
    [ContractMember("date", Required = true)]
    public LocalDate Date { get; init; }

    /// <summary>Gets what was rehearsed (消防疏散, 防汛, 危化品泄漏 …).</summary>
    [ContractMember("scenario")]
    public string? Scenario { get; init; }

    /// <summary>Gets who organised it.</summary>
    [ContractMember("organiser")]
    public string? Organiser { get; init; }

    /// <summary>Gets how many took part.</summary>
    [ContractMember("participants")]
    public int Participants { get; init; }

    /// <inheritdoc />
    LocalDate? IRecord.ReferenceDate => Date;

    /// <summary>Gets 演练参与人数, the measure drills add to.</summary>
    public static Measure ParticipantsMeasure { get; } = new("drill-participants", "演练参与人数", "drill participants", QuantityUnit.Person);

    /// <summary>Gets the town's rule: a drill has someone taking part.</summary>
    public static RuleSet<Drill> Rules { get; } = new("drills", new[]
    {
        new ValidationRule<Drill>(
            "WLTLG101",
            ValidationSeverity.Warning,
            new SafetyModel.Diagnostics.LocalizedText("A drill has participants.", "演练有参与人员。"),
            (drill, _) => drill.Participants > 0
                ? Array.Empty<ValidationIssue>()
                : new[] { new ValidationIssue("WLTLG101", ValidationSeverity.Warning, SafetyModel.Diagnostics.JsonPointer.Root.Append("participants"), new SafetyModel.Diagnostics.LocalizedText("The drill names no participants.", "演练未写参与人数。")) }),
    });

    /// <summary>Gets the kind: code <c>drill</c>, dated by <c>date</c>, adding its participants to <see cref="ParticipantsMeasure"/>.</summary>
    public static RecordKind<Drill> Kind { get; } = new RecordKind<Drill>("drill", "应急演练", "emergency drill", "date")
        .WithCount(ParticipantsMeasure, d => d.Participants, "participants")
        .WithRules(Rules);
}
