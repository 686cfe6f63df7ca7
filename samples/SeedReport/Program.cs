// Builds the seed letter as a WorkSummaryReport in code and prints what it states.
using System;
using SafetyModel.Samples;

Console.OutputEncoding = System.Text.Encoding.UTF8;
var report = SeedReport.Build();
Console.WriteLine(report);
Console.WriteLine(report.Document);
Console.WriteLine(report.LeadershipGroup);
foreach (var figure in report.StatedFigures)
{
    Console.WriteLine($"  {figure}");
    foreach (var part in figure.Parts)
    {
        Console.WriteLine($"    其中 {part}");
    }
}

foreach (var campaign in report.Campaigns)
{
    Console.WriteLine($"  {campaign} {campaign.Theme}");
}

Console.WriteLine($"  日常监管: {string.Join("、", report.RoutineSupervision)}");
Console.WriteLine($"  下一步重点: {string.Join("、", report.FocusAreas)}");
