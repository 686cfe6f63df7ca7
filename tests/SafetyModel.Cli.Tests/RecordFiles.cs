using NodaTime;
using SafetyModel.Primitives;
using SafetyModel.Serialization;
using SafetyModel.Work;

namespace SafetyModel.Cli.Tests;

/// <summary>Record files for the validate and aggregate tests, written by the package's own JSON contract.</summary>
public static class RecordFiles
{
    public static readonly DivisionCode Town = DivisionCode.Parse("150626103");

    public static string JsonLines(string name, IEnumerable<IRecord> records)
    {
        var path = Path.Combine(TempDirectory.Create(), name);
        using var stream = File.Create(path);
        SafetyModel.Serialization.JsonLines.WriteRecords(stream, records);
        return path;
    }

    public static string Envelope(string name, RecordSet set) => TempDirectory.File(name, SafetyJson.Serialize(set));

    public static Inspection Inspection(string id, int month, int? hazards = 1) => new()
    {
        Id = id,
        Division = Town,
        Start = new LocalDate(2022, month, 10),
        Types = new[] { InspectionType.Comprehensive },
        HazardsFound = hazards,
    };

    public static Hazard OverdueHazard(string id) => new()
    {
        Id = id,
        Division = Town,
        Description = "消防通道堵塞",
        FoundOn = new LocalDate(2022, 4, 28),
        RectificationDeadline = new LocalDate(2022, 5, 10),
        Status = HazardStatus.Rectifying,
    };
}
