using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using SafetyModel.Primitives;
using SafetyModel.Work;

namespace SafetyModel.Benchmarks.Serialization;

/// <summary>
/// A fixed, seeded set of inspection records like a banner's: 16 towns, dates over two years, one to three inspection
/// types, a few inspected units, hazards found on most.
/// </summary>
internal static class InspectionData
{
    internal static readonly DivisionCode[] Towns = Enumerable.Range(0, 16)
        .Select(i => DivisionCode.Parse("150626" + (100 + i).ToString("000", System.Globalization.CultureInfo.InvariantCulture) + "000")).ToArray();

    private static readonly InspectionType[] Types = InspectionType.KnownValues.ToArray();

    public static Inspection[] Create(int count, int seed = 20221)
    {
        var random = new Random(seed);
        var first = new LocalDate(2021, 1, 1);
        var records = new Inspection[count];
        for (var i = 0; i < count; i++)
        {
            var start = first.PlusDays(random.Next(0, 730));
            records[i] = new Inspection
            {
                Id = "I-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Division = Towns[random.Next(Towns.Length)],
                Start = start,
                End = random.Next(4) == 0 ? start.PlusDays(random.Next(1, 5)) : null,
                Types = Enumerable.Range(0, random.Next(1, 4)).Select(_ => Types[random.Next(Types.Length)]).Distinct().ToArray(),
                InspectingBody = "乌兰陶勒盖镇安全生产委员会办公室",
                Inspected = Enumerable.Range(0, random.Next(0, 3)).Select(k => "嘎查企业" + k.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray(),
                HazardsFound = random.Next(3) == 0 ? null : random.Next(0, 12),
            };
        }

        return records;
    }
}
