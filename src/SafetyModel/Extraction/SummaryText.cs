using System;
using System.Collections.Generic;
using System.Linq;
using SafetyModel.Diagnostics;
using SafetyModel.Documents;
using SafetyModel.Primitives;
using SafetyModel.Reports;
using SafetyModel.Text;

namespace SafetyModel.Extraction;

/// <summary>
/// Turns the text of a work-safety summary (a 函 or 报告 such as the seed letter) into a <see cref="WorkSummaryReport"/>:
/// the document and its metadata (<see cref="DocumentText"/>), the period from the title (<c>2022年…半年工作总结</c> →
/// 2022 H1), the division (given, or found by the signing organ's name in a registry), and the stated figures read
/// out of the prose (<see cref="FigureExtractor"/>), each with its source span.
/// </summary>
/// <remarks>
/// <para>
/// The notes of the result are the document reader's (SM1041 for an ASCII colon after the 主送机关, for example) and
/// the extractor's, all located in the text given. Validate the result with
/// <c>ReportRules.Default.ValidateParsed(result)</c> to see both the notes and the report's own issues.
/// </para>
/// <para>
/// What the text says about its leadership group, campaigns and areas of supervision is prose, not figures, and is
/// not read: build those members in code where they matter (see the <c>SeedReport</c> sample).
/// </para>
/// </remarks>
public static class SummaryText
{
    /// <summary>Reads a summary's text into a report.</summary>
    /// <param name="text">The whole text of the document.</param>
    /// <param name="options">What the caller knows (division, registry, period), or <see langword="null"/> for none.</param>
    /// <returns>The report and the notes, or the document reader's error (SM0001 null, SM0002 empty, SM0003 too long…). Never throws.</returns>
    public static ParseResult<WorkSummaryReport> ParseDetailed(string? text, SummaryTextOptions? options = null)
    {
        options ??= SummaryTextOptions.Default;
        var parsed = DocumentText.ParseDetailed(text);
        if (!parsed.Success)
        {
            return parsed.ConvertError<WorkSummaryReport>();
        }

        var document = parsed.Value;
        var period = options.Period ?? PeriodFromTitle(document.Title?.Subject);
        var year = period?.Year ?? document.Date?.Year;
        var figures = FigureExtractor.Extract(text, new FigureExtractionOptions { Year = year });
        var report = new WorkSummaryReport
        {
            Document = document,
            Division = options.Division ?? DivisionByName(document, options.Registry) ?? default,
            Period = period,
            StatedFigures = figures.Value,
        };
        return ParseResult<WorkSummaryReport>.ForValue(report, parsed.Notes.Concat(figures.Notes));
    }

    /// <summary>Reads a summary's text into a report, throwing on what cannot be read.</summary>
    /// <param name="text">The whole text of the document.</param>
    /// <param name="options">What the caller knows, or <see langword="null"/> for none.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ParseException">The text is null, empty, too long or not a document (the error's code says which).</exception>
    public static WorkSummaryReport Parse(string text, SummaryTextOptions? options = null) => ParseDetailed(text, options).Value;

    /// <summary>
    /// The period a title names: <c>2022年上半年</c> or <c>2022年…半年工作总结</c> (a 半年总结 is written at mid-year: the
    /// first half), <c>2022年下半年</c>, <c>2022年第一季度</c>, <c>2022年6月份</c>, <c>2022年度</c> / <c>2022年全年</c> /
    /// <c>2022年安全生产工作总结</c> (a whole year); null when the title names no year.
    /// </summary>
    internal static ReportingPeriod? PeriodFromTitle(string? subject)
    {
        if (subject is null)
        {
            return null;
        }

        for (var at = subject.IndexOf('年'); at >= 4; at = subject.IndexOf('年', at + 1))
        {
            WorkMeter.Step();
            if (!ChineseNumerals.TryParse(subject.AsSpan(at - 4, 4), out var y) || y < 1000 || !ReportingPeriod.IsSupportedYear((int)y) ||
                (at > 4 && NumeralCharacters.IsNumeral(subject[at - 5])))
            {
                continue;
            }

            var year = (int)y;
            var rest = subject.Substring(at + 1);
            if (rest.IndexOf("下半年", StringComparison.Ordinal) >= 0)
            {
                return ReportingPeriod.ForHalfYear(year, 2);
            }

            if (rest.IndexOf("半年", StringComparison.Ordinal) >= 0)
            {
                return ReportingPeriod.ForHalfYear(year, 1);
            }

            var quarter = rest.IndexOf("季度", StringComparison.Ordinal);
            if (quarter >= 1 && ChineseNumerals.TryParse(rest.AsSpan(quarter - 1, 1), out var q) && q is >= 1 and <= 4)
            {
                return ReportingPeriod.ForQuarter(year, (int)q);
            }

            var month = rest.IndexOf('月');
            if (month is 1 or 2 && ChineseNumerals.TryParse(rest.AsSpan(0, month), out var m) && m is >= 1 and <= 12)
            {
                return ReportingPeriod.ForMonth(year, (int)m);
            }

            if (rest.StartsWith("度", StringComparison.Ordinal) || rest.StartsWith("全年", StringComparison.Ordinal) ||
                rest.StartsWith("安全生产工作总结", StringComparison.Ordinal) || rest.StartsWith("工作总结", StringComparison.Ordinal))
            {
                return ReportingPeriod.ForYear(year);
            }

            return null;
        }

        return null;
    }

    /// <summary>The registry's division whose name begins the signing (or issuing) organ's name; the longest name wins, a tie finds none.</summary>
    private static DivisionCode? DivisionByName(OfficialDocument document, DivisionRegistry? registry)
    {
        if (registry is null)
        {
            return null;
        }

        foreach (var organ in document.SignatureOrgans.Concat(document.IssuingOrgans).Concat(document.Title?.Issuer is { } issuer ? new[] { issuer } : Array.Empty<string>()))
        {
            WorkMeter.Step();
            DivisionCode? best = null;
            var bestLength = 0;
            var tie = false;
            foreach (var code in registry.Codes)
            {
                WorkMeter.Step();
                if (!registry.TryGetName(code, out var name) || name is null || !organ.StartsWith(name, StringComparison.Ordinal))
                {
                    continue;
                }

                if (name.Length > bestLength)
                {
                    (best, bestLength, tie) = (code, name.Length, false);
                }
                else if (name.Length == bestLength)
                {
                    tie = true;
                }
            }

            if (best is not null && !tie)
            {
                return best;
            }
        }

        return null;
    }
}
