// SafetyModel sample: roll several towns' records up to the banner (旗), by town and half-year, and compare each
// half-year with the same half of the year before (同比). Approximate figures (约300人) stay intervals all the way.
// Then the flood season as a custom period, with the rectification rate of its hazards.
// Run it with: dotnet run --project samples/BannerRollup
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;
using SafetyModel.Aggregation;
using SafetyModel.Primitives;
using SafetyModel.Records;
using SafetyModel.Work;

Console.OutputEncoding = System.Text.Encoding.UTF8;
DivisionRegistry registry = DivisionRegistry.SampleWushenBanner;
DivisionCode[] towns = registry.Codes.Where(c => c.Level == DivisionLevel.Township).Take(3).ToArray();

// Records as towns would export them (here made up, the same every run): inspections and publicity activities.
var records = new List<IRecord>();
var random = new Random(150626);
foreach (int year in new[] { 2021, 2022 })
{
    foreach (DivisionCode town in towns)
    {
        for (int month = 1; month <= 12; month++)
        {
            for (int n = random.Next(1, year == 2022 ? 4 : 3); n > 0; n--)
            {
                records.Add(new Inspection
                {
                    Id = $"{town.Code}-{year}-{month:00}-{n}",
                    Division = town,
                    Start = new LocalDate(year, month, random.Next(1, 29)),
                    Types = new[] { InspectionType.Comprehensive },
                    HazardsFound = random.Next(0, 6),
                });
            }
        }

        records.Add(new PublicityActivity
        {
            Id = $"{town.Code}-{year}-safety-month",
            Division = town,
            Date = new LocalDate(year, 6, 16),
            PeopleReached = Quantity.Parse(year == 2022 ? "约300人" : "200余人"),
        });
    }
}

// One query per year: by town and half-year, three measures.
AggregationQuery query = new()
{
    DivisionLevel = DivisionLevel.Township,
    Granularity = PeriodGranularity.HalfYear,
    Measures = new[] { Measure.Records, Measure.InspectionHazardsFound, Measure.PeopleReached },
};
StatisticsTable thisYear = Aggregator.Aggregate(records.Where(r => r.ReferenceDate?.Year == 2022), query);
StatisticsTable lastYear = Aggregator.Aggregate(records.Where(r => r.ReferenceDate?.Year == 2021), query);

Console.WriteLine($"{records.Count} records from {towns.Length} towns of {registry.NameOrCode(DivisionCode.Parse("150626"))}; {thisYear}");
foreach (StatisticsRow row in thisYear.Rows)
{
    string where = row.Division is { } d ? registry.NameOrCode(d) : "合计";
    Console.WriteLine($"  {row.Kind,-16} {where,-8} {row.Period?.ChineseName ?? "",-10} " +
        $"records {row[Measure.Records]}  hazards {row[Measure.InspectionHazardsFound]}  reached {row[Measure.PeopleReached].ToEnglishString()}");
}

// 同比: each row against the same division and half-year a year earlier; no invented percentages.
Console.WriteLine("同比 (year on year), hazards found by inspections:");
foreach (RowChange change in StatisticsComparison.YearOnYear(thisYear, lastYear, Measure.InspectionHazardsFound))
{
    string where = change.Row.Division is { } d ? registry.NameOrCode(d) : "合计";
    string percent = change.Percent is { } p ? p.ToString("+0.0;-0.0;0", CultureInfo.InvariantCulture) + " %" : "-";
    Console.WriteLine($"  {where,-8} {change.Row.Period?.Code ?? "(all)",-8} {change.Base?.ToString() ?? "-",6} → {change.Current,-6} {percent,9}  {change.Status}");
}

Console.WriteLine("同比 (year on year), people reached — approximate, so the change is not computed:");
foreach (RowChange change in StatisticsComparison.YearOnYear(thisYear, lastYear, Measure.PeopleReached).Where(c => c.Row.Kind == StatisticsRowKind.Total))
{
    Console.WriteLine($"  合计 {change.Base?.ToEnglishString()} → {change.Current.ToEnglishString()}: {change.Status}");
}

// The flood season (汛期, 6月1日至9月30日) as a custom period, with the rectification rate (隐患整改率) of the hazards
// found in it: each row's rate divides its own sums, and a town with no hazards gets no rate rather than 0 %.
var hazards = new List<IRecord>();
var dice = new Random(2022);
foreach (DivisionCode town in towns.Take(2))
{
    for (int n = 0; n < 12; n++)
    {
        hazards.Add(new Hazard
        {
            Id = $"{town.Code}-H{n}",
            Division = town,
            Description = "防汛隐患",
            FoundOn = new LocalDate(2022, dice.Next(5, 11), dice.Next(1, 29)),
            Status = dice.Next(4) == 0 ? HazardStatus.Rectifying : HazardStatus.Rectified,
        });
    }
}

ReportingPeriod floodSeason = ReportingPeriod.ForInterval(new DateInterval(new LocalDate(2022, 6, 1), new LocalDate(2022, 9, 30)));
StatisticsTable flood = Aggregator.Aggregate(hazards.Concat(records.Where(r => r.ReferenceDate?.Year == 2022)), new AggregationQuery
{
    DivisionLevel = DivisionLevel.Township,
    Granularity = PeriodGranularity.Custom,
    Periods = new[] { floodSeason },
    Measures = new[] { Measure.HazardsFound, Measure.HazardsRectified },
    Rates = new[] { Rate.Rectification },
});
Console.WriteLine($"{floodSeason.ChineseName}, {Rate.Rectification.ChineseName} ({flood.RecordsOutsidePeriods} records outside the period left out):");
foreach (StatisticsRow row in flood.Rows.Where(r => r.Kind != StatisticsRowKind.DivisionSubtotal))
{
    string where = row.Division is { } d ? registry.NameOrCode(d) : "合计";
    RateValue rate = row[Rate.Rectification];
    Console.WriteLine($"  {where,-8} found {row[Measure.HazardsFound],-4} rectified {row[Measure.HazardsRectified],-4} rate {(rate.Value is null ? rate.ToString() : rate + " %")} ({rate.Status})");
}
