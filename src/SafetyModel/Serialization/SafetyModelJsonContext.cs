using System.Text.Json.Serialization;
using SafetyModel.Accidents;
using SafetyModel.Documents;
using SafetyModel.Primitives;
using SafetyModel.Reports;
using SafetyModel.Work;

namespace SafetyModel.Serialization;

/// <summary>
/// The source-generated metadata for every type of the JSON contract. Internal: users reach it through
/// <see cref="SafetyJson"/>, whose resolver adds what the generated metadata cannot express (record type
/// discriminators, unknown-member preservation, the contract's error reporting).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    IgnoreReadOnlyProperties = true,
    GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(Inspection))]
[JsonSerializable(typeof(Hazard))]
[JsonSerializable(typeof(Meeting))]
[JsonSerializable(typeof(PublicityActivity))]
[JsonSerializable(typeof(Training))]
[JsonSerializable(typeof(Campaign))]
[JsonSerializable(typeof(Accident))]
[JsonSerializable(typeof(SupervisedUnit))]
[JsonSerializable(typeof(EnforcementAction))]
[JsonSerializable(typeof(IRecord))]
[JsonSerializable(typeof(WorkSummaryReport))]
[JsonSerializable(typeof(OfficialDocument))]
[JsonSerializable(typeof(Organisation))]
[JsonSerializable(typeof(LeadershipGroup))]
[JsonSerializable(typeof(RecordSet))]
[JsonSerializable(typeof(Quantity))]
[JsonSerializable(typeof(StatedFigure))]
[JsonSerializable(typeof(ReportingPeriod))]
[JsonSerializable(typeof(DivisionCode))]
internal sealed partial class SafetyModelJsonContext : JsonSerializerContext
{
}
