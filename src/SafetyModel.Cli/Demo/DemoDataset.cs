using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;
using SafetyModel.Primitives;
using SafetyModel.Work;

namespace SafetyModel.Cli.Demo;

/// <summary>
/// A small, fixed (seeded) year of inspection records for the towns of the sample registry (乌审旗): a monthly
/// comprehensive inspection, grassland-fire checks in spring and autumn, flood-season checks in summer, checks around
/// the Spring Festival, May Day and National Day, and school checks at the start of each term. The same every run.
/// </summary>
internal static class DemoDataset
{
    public const int Year = 2022;

    public static DivisionRegistry Registry => DivisionRegistry.SampleWushenBanner;

    public static IReadOnlyList<DivisionCode> Towns =>
        Registry.Codes.Where(c => c.Level == DivisionLevel.Township).ToArray();

    public static IReadOnlyList<Inspection> Create()
    {
        var records = new List<Inspection>();
        var towns = Towns;
        for (var t = 0; t < towns.Count; t++)
        {
            var town = towns[t];
            var body = Registry.NameOrCode(town) + "安全生产委员会办公室";
            var random = new Random(Year * 100 + t);
            var serial = 0;

            void Add(int month, InspectionType type)
            {
                var day = random.Next(1, 29);
                serial++;
                records.Add(new Inspection
                {
                    Id = string.Create(CultureInfo.InvariantCulture, $"{town.Code}-{Year}-{serial:000}"),
                    Division = town,
                    Start = new LocalDate(Year, month, day),
                    End = random.Next(4) == 0 ? new LocalDate(Year, month, day).PlusDays(1) : null,
                    Types = new[] { type },
                    InspectingBody = body,
                    HazardsFound = random.Next(10) == 0 ? null : random.Next(0, 5),
                });
            }

            for (var month = 1; month <= 12; month++)
            {
                if (random.Next(100) < 85)
                {
                    Add(month, InspectionType.Comprehensive);
                }

                if (month is 3 or 4 or 5 or 10 or 11)
                {
                    for (var k = random.Next(0, 3); k > 0; k--)
                    {
                        Add(month, InspectionType.GrasslandFire);
                    }
                }

                if (month is 6 or 7 or 8)
                {
                    for (var k = random.Next(1, 3); k > 0; k--)
                    {
                        Add(month, InspectionType.FloodSeason);
                    }
                }

                if (month is 3 or 9)
                {
                    Add(month, InspectionType.SchoolsAndKindergartens);
                }
            }

            Add(1, InspectionType.SpringFestival);
            Add(4, InspectionType.MayDay);
            Add(9, InspectionType.NationalDay);
        }

        return records;
    }
}
