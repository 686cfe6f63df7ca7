using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using NodaTime;
using SafetyModel.Cli.Output;
using SafetyModel.Documents;
using SafetyModel.Primitives;
using SafetyModel.Reports;
using SafetyModel.Work;

namespace SafetyModel.Cli.Demo;

/// <summary>
/// The demo's supervised unit (一企一档): the synthetic 建材 enterprise of <see cref="DemoHazard"/>, the inspection that
/// found the hazard, and the enforcement documents that followed — read back as its <see cref="UnitFile"/>.
/// </summary>
internal static class DemoUnit
{
    public const string Id = "U-DEMO-1";

    public static IReadOnlyList<IRecord> Create(Hazard hazard)
    {
        var town = DivisionCode.Parse("150626103000");
        var found = hazard.FoundOn;
        var year = found.Year.ToString(CultureInfo.InvariantCulture);
        const string Banner = "乌审旗应急管理局";
        return new IRecord[]
        {
            new SupervisedUnit
            {
                Id = Id, Division = town, Name = hazard.ResponsibleUnit ?? "某建材企业", Address = "乌兰陶勒盖镇工业园区",
                IndustryCode = "C30", SizeBand = SizeBand.Small, Sector = Sector.IndustryAndTrade,
            },
            new Inspection
            {
                Id = "I-DEMO-1", Division = town, Start = found, InspectingBody = "乌兰陶勒盖镇应急管理办公室", UnitId = Id, HazardsFound = 1,
                Types = new[] { InspectionType.Routine },
            },
            hazard,
            new EnforcementAction
            {
                Id = "E-DEMO-1", Division = town, Kind = EnforcementDocumentKind.OnSiteInspectionRecord, IssuingBody = Banner, UnitId = Id,
                HazardIds = new[] { hazard.Id }, IssuedOn = found.PlusDays(2),
            },
            new EnforcementAction
            {
                Id = "E-DEMO-2", Division = town, Kind = EnforcementDocumentKind.RectificationOrder, IssuingBody = Banner, UnitId = Id,
                Number = DocumentNumber.Parse($"乌应急责改〔{year}〕12号"), HazardIds = new[] { hazard.Id }, IssuedOn = found.PlusDays(2), Deadline = found.PlusDays(30),
                FollowsId = "E-DEMO-1",
            },
            new EnforcementAction
            {
                Id = "E-DEMO-3", Division = town, Kind = EnforcementDocumentKind.PenaltyDecision, IssuingBody = Banner, UnitId = Id,
                Number = DocumentNumber.Parse($"乌应急罚〔{year}〕5号"), HazardIds = new[] { hazard.Id }, IssuedOn = found.PlusDays(47), FineYuan = 20000m,
                FollowsId = "E-DEMO-2",
            },
            new EnforcementAction
            {
                Id = "E-DEMO-4", Division = town, Kind = EnforcementDocumentKind.RectificationReview, IssuingBody = Banner, UnitId = Id,
                Number = DocumentNumber.Parse($"乌应急复查〔{year}〕9号"), HazardIds = new[] { hazard.Id }, IssuedOn = found.PlusDays(52), FollowsId = "E-DEMO-2",
            },
        };
    }

    public static void Write(TextWriter output, UnitFile file, LocalDate on, Language language)
    {
        var unit = file.Unit!;
        output.WriteLine(SafeText.ForTerminal($"  {unit.Id} {unit.Name}（{unit.IndustryCode} {IndustryName(unit)}）", SafeText.MessageLimit));
        output.WriteLine(language.Pick(
            $"    inspections {file.Inspections.Count}; hazards {file.Hazards.Count} (open {file.OpenHazards.Count}, overdue on {on:uuuu-MM-dd}: {file.OverdueHazardsOn(on).Count}); accidents {file.Accidents.Count}",
            $"    检查{file.Inspections.Count}次；隐患{file.Hazards.Count}处（未整改{file.OpenHazards.Count}处，{on:uuuu-MM-dd}逾期{file.OverdueHazardsOn(on).Count}处）；事故{file.Accidents.Count}起"));
        foreach (var action in file.EnforcementActions.OrderBy(a => a.IssuedOn))
        {
            var fine = action.FineYuan is { } yuan ? language.Pick($", fine {yuan:0} 元", $"，罚款{yuan:0}元") : string.Empty;
            output.WriteLine(SafeText.ForTerminal($"    {action.IssuedOn:uuuu-MM-dd} {EnforcementDocuments.ChineseName(action.Kind)} {action.Number}{fine}", SafeText.MessageLimit));
        }

        output.WriteLine(language.Pick($"    fines in all: {file.Fines:0} 元", $"    罚款合计：{file.Fines:0}元"));
    }

    private static string IndustryName(SupervisedUnit unit) =>
        unit.IndustryCode is { } code && IndustryCode.TryParse(code, out var parsed) ? (parsed.Division ?? parsed.Section)?.ChineseName ?? string.Empty : string.Empty;
}
