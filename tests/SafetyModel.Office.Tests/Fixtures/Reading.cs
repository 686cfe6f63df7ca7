using SafetyModel.Diagnostics;
using SafetyModel.Extraction;
using SafetyModel.Reports;
using SafetyModel.Validation;

namespace SafetyModel.Office.Tests.Fixtures;

/// <summary>What a reading of a summary comes to, in terms that do not depend on where the lines stood in the file.</summary>
internal sealed record Reading(
    SafetyModel.Documents.OfficialDocument Document,
    string? Period,
    string Division,
    IReadOnlyList<string> Figures,
    IReadOnlyList<string> Issues)
{
    public static Reading Of(string text) => Of(SummaryText.ParseDetailed(text), text);

    public static Reading Of(ParseResult<WorkSummaryReport> parsed, string text)
    {
        parsed.Success.Should().BeTrue(parsed.Error?.ToString());
        var report = parsed.Value;
        var issues = ReportRules.Default.ValidateParsed(parsed).Issues.Select(i => Issue(i, text)).ToList();
        return new Reading(
            report.Document!,
            report.Period?.Code,
            report.Division.ToString(),
            report.StatedFigures.Select(Figure).ToList(),
            issues);
    }

    public bool SameAs(Reading other) =>
        Document.Equals(other.Document) && Period == other.Period && Division == other.Division &&
        Figures.SequenceEqual(other.Figures) && Issues.SequenceEqual(other.Issues);

    private static string Figure(StatedFigure f) =>
        $"{f.Indicator} {f.Quantity} {f.Dimension} {f.Label} {f.Period} “{f.Source?.Text}” in “{f.Source?.Sentence}” parts: {string.Join("; ", f.Parts.Select(Figure))}";

    private static string Issue(ValidationIssue issue, string text)
    {
        var at = issue.Arguments.TryGetValue("textPosition", out var p) && p is int position &&
                 issue.Arguments.TryGetValue("textLength", out var l) && l is int length && position + length <= text.Length
            ? $"“{text.Substring(position, length)}”"
            : string.Empty;
        return $"{issue.Code} {issue.Severity} {issue.Path} {at}";
    }
}
