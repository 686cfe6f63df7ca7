using System.Text.Json.Nodes;
using CsCheck;
using NodaTime;
using SafetyModel.Diagnostics;
using SafetyModel.Primitives;
using SafetyModel.Records;
using SafetyModel.Serialization;
using SafetyModel.Tests.Serialization;
using SafetyModel.Work;

namespace SafetyModel.Parquet.Tests;

/// <summary>
/// Synthetic records of every kind as a city's towns would send them (generated, not real): divisions from two counties
/// at every level (and none), dates over three years, inspections of zero to three types, people as 概数 in any unit.
/// </summary>
internal static class CityRecords
{
    private static readonly string?[] Divisions =
    [
        "150626100000", "150626101000", "150626103000", "150626103201", "150626000000", "150600000000",
        "150602001000", "150602001002", "150602000000", null,
    ];

    private static readonly Gen<DivisionCode> Division = Gen.OneOf(Divisions.Select(Gen.Const).ToArray())
        .Select(code => code is null ? default : DivisionCode.Parse(code));

    private static readonly Gen<LocalDate> Date = Gen.Int[0, 3 * 365].Select(d => new LocalDate(2021, 1, 1).PlusDays(d));

    private static readonly Gen<Inspection> Inspection =
        Gen.Select(Gen.Int[0, 1_000_000], Division, Date, Gen.OneOf(InspectionType.KnownValues.Take(5).ToArray()).Array[0, 3], ModelGenerators.Optional(Gen.Int[0, 20]))
            .Select((id, division, start, types, hazards) => new Inspection
            {
                Id = $"i{id}", Division = division, Start = start, Types = types.Distinct().ToArray(), HazardsFound = hazards,
            });

    private static readonly Gen<PublicityActivity> Publicity =
        Gen.Select(Gen.Int[0, 1_000_000], Division, Date, ModelGenerators.OptionalObject(ModelGenerators.Quantity), Gen.OneOf(QuantityUnit.Person, QuantityUnit.PersonTime, QuantityUnit.NamedPerson, QuantityUnit.Copy))
            .Select((id, division, date, people, unit) => new PublicityActivity { Id = $"p{id}", Division = division, Date = date, PeopleReached = InUnit(people, unit) });

    private static readonly Gen<Training> Training =
        Gen.Select(Gen.Int[0, 1_000_000], Division, Date, ModelGenerators.OptionalObject(ModelGenerators.Quantity), Gen.OneOf(QuantityUnit.Person, QuantityUnit.PersonTime, QuantityUnit.Copy))
            .Select((id, division, date, people, unit) => new Training { Id = $"t{id}", Division = division, Date = date, PeopleTrained = InUnit(people, unit) });

    /// <summary>Records of every kind: the three the queries measure built here, the others from the core's generators, moved into the city and its three years.</summary>
    public static readonly Gen<IRecord[]> Set = Gen.Select(
            Inspection.Array[150, 250], Publicity.Array[80, 120], Training.Array[80, 120],
            Gen.OneOf(ModelGenerators.Hazard.Select(r => (IRecord)r), ModelGenerators.Meeting.Select(r => (IRecord)r), ModelGenerators.Campaign.Select(r => (IRecord)r), ModelGenerators.Accident.Select(r => (IRecord)r))
                .Select(Division, Date, Gen.Int[0, 3], Moved).Array[100, 150])
        .Select((inspections, publicity, trainings, others) => inspections.Cast<IRecord>().Concat(publicity).Concat(trainings).Concat(others).Where(AddsUp).ToArray());

    /// <summary>Whether the aggregator takes the record: validation reports no figure that is negative or above the maximum (SM4010, SM4012) — the core's generators make some.</summary>
    private static bool AddsUp(IRecord record) =>
        !RecordCatalogue.Default.Validate(record).Issues.Any(i => i.Code is ValidationCodes.NegativeCount or ValidationCodes.FigureTooLarge or ValidationCodes.RecordDateUnsupported);

    private static Quantity? InUnit(Quantity? quantity, QuantityUnit unit)
    {
        if (quantity is null)
        {
            return null;
        }

        var json = JsonNode.Parse(SafetyJson.Serialize(quantity))!.AsObject();
        json["unit"] = unit.Code;
        return SafetyJson.Deserialize<Quantity>(json.ToJsonString());
    }

    private static IRecord Moved(IRecord record, DivisionCode division, LocalDate date, int period)
    {
        var json = JsonNode.Parse(SafetyJson.Serialize(record, RecordCatalogue.Default))!.AsObject();
        json["division"] = division == default ? null : division.Code;
        var kind = RecordCatalogue.Default.KindOf(record)!;
        json[kind.DateMember] = kind.Code switch
        {
            "accident" => $"{date:yyyy'-'MM'-'dd}T08:30:00",
            "campaign" => period switch { 0 => null, 1 => $"{date.Year}-Q{(date.Month + 2) / 3}", 2 => $"{date.Year}", _ => $"{date:yyyy'-'MM}" },
            _ => $"{date:yyyy'-'MM'-'dd}",
        };
        if (kind.Code == "accident")
        {
            foreach (var count in new[] { "deaths", "seriousInjuries", "minorInjuries", "missing" })
            {
                json[count] = (int)(((long?)json[count] ?? 0) & 3);
            }

            json["directLossTenThousandYuan"] = Math.Abs((decimal?)json["directLossTenThousandYuan"] ?? 0m);
        }

        return JsonLines.ReadRecords(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json.ToJsonString() + "\n"))).Single();
    }
}
