using System;
using System.Collections.Generic;
using System.Linq;
using SafetyModel.Accidents;
using SafetyModel.Diagnostics;
using SafetyModel.Primitives;
using SafetyModel.Records;
using SafetyModel.Reports;
using SafetyModel.Text;
using SafetyModel.Validation;
using SafetyModel.Work;

namespace SafetyModel.Aggregation;

/// <summary>
/// Compares what a <see cref="WorkSummaryReport"/> states with what records show for the same division and period:
/// each stated figure (and each part of a <c>其中</c> breakdown) matches, differs, may match (approximate records), or
/// cannot be checked — and why.
/// </summary>
/// <remarks>
/// <para>
/// Records are selected by the report's division (a record of the division or inside it: a village's records count for
/// its town) and period (the record's reference date), or the figure's own period when it names one (<c>6月份</c>).
/// </para>
/// <para>
/// What records give: <c>inspections</c> — inspections, of the figure's dimension (inspection type) when it has one;
/// <c>units-inspected</c> — distinct units named by those inspections; <c>hazards-found</c>, <c>hazards-rectified</c>,
/// <c>hazards-overdue</c> (at the period's end) — hazard records; <c>meetings</c>, <c>trainings</c> — their records;
/// <c>people-trained</c>, <c>people-reached</c> — sums in 人次 that stay approximate; <c>banners</c>, <c>slogans</c>,
/// <c>leaflets</c>, <c>display-boards</c> — publicity materials of that indicator; <c>accidents</c>, <c>deaths</c>,
/// <c>serious-injuries</c>, <c>injuries</c>, <c>missing</c>, <c>direct-loss</c> — accident records. Other indicators
/// (safety officers, kindergartens, schools, drills) have no records and cannot be checked.
/// </para>
/// </remarks>
public static class Reconciliation
{
    /// <summary>Checks every stated figure of a report against records.</summary>
    /// <param name="report">The report.</param>
    /// <param name="records">The records; only those of the report's division and period are read.</param>
    /// <returns>One check per stated figure and per part, in the report's order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="records"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A record is null.</exception>
    public static IReadOnlyList<FigureCheck> Reconcile(WorkSummaryReport report, IEnumerable<IRecord> records)
    {
        if (report is null)
        {
            throw new ArgumentNullException(nameof(report));
        }

        if (records is null)
        {
            throw new ArgumentNullException(nameof(records));
        }

        var selected = new List<IRecord>();
        var index = 0L;
        foreach (var record in records)
        {
            if (record is null)
            {
                throw new ArgumentException($"The record at index {index} is null.", nameof(records));
            }

            index++;

            if (report.Division != default && report.Period is { } period && Inside(record.Division, report.Division) &&
                record.ReferenceDate is { } date && period.Contains(date))
            {
                selected.Add(record);
            }
        }

        var checks = new List<FigureCheck>();
        for (var i = 0; i < report.StatedFigures.Count; i++)
        {
            var path = JsonPointer.Root.Append("statedFigures").Append(i);
            var figure = report.StatedFigures[i];
            checks.Add(Check(report, figure, path, selected));
            for (var j = 0; j < figure.Parts.Count; j++)
            {
                checks.Add(Check(report, figure.Parts[j], path.Append("parts").Append(j), selected));
            }
        }

        return checks;
    }

    private static FigureCheck Check(WorkSummaryReport report, StatedFigure figure, JsonPointer path, List<IRecord> records)
    {
        if (report.Division == default || report.Period is null)
        {
            return CannotCheck(figure, path, new LocalizedText(
                "The report names no division or no period to select records by.", "报告未注明行政区划或统计时段，无法选取记录。"));
        }

        if (figure.Quantity is null)
        {
            return CannotCheck(figure, path, new LocalizedText("The report names the item without a count.", "报告只列出事项，未写数量。"));
        }

        var inPeriod = figure.Period is { } own ? records.Where(r => r.ReferenceDate is { } d && own.Contains(d)).ToList() : records;
        if (Derive(figure, inPeriod) is not { } derived)
        {
            return CannotCheck(figure, path, new LocalizedText(
                $"No records measure '{figure.Indicator.Code}'.", $"没有记录可核对“{figure.Indicator.ChineseName}”。"));
        }

        var status = derived.IsExact
            ? (figure.Quantity.Contains(derived.Stated) ? ReconciliationStatus.Matches : ReconciliationStatus.Differs)
            : figure.Quantity.IsSameNumberAs(derived) switch
            {
                Certainty.Definitely => ReconciliationStatus.Matches,
                Certainty.Possibly => ReconciliationStatus.Possible,
                _ => ReconciliationStatus.Differs,
            };
        return new FigureCheck(figure, path, derived, status, null);
    }

    private static Quantity? Derive(StatedFigure figure, IReadOnlyList<IRecord> records)
    {
        var indicator = figure.Indicator;
        var unit = figure.Quantity!.Unit;
        if (indicator == Indicator.Inspections)
        {
            // A 安全生产大检查 total with a 其中 breakdown counts every inspection: that is what its parts divide.
            var all = figure.Dimension is not { } type || (type == InspectionType.Comprehensive && figure.Parts.Count > 0);
            return Count(records.OfType<Inspection>().Count(i => all || i.Types.Contains(figure.Dimension!.Value)), unit);
        }

        if (indicator == Indicator.UnitsInspected)
        {
            // Units as Measure.InspectedUnits counts them: by name, trimmed, each once.
            return Count(records.OfType<Inspection>().SelectMany(i => i.Inspected).Select(u => u.Trim()).Where(u => u.Length > 0).Distinct(StringComparer.Ordinal).Count(), unit);
        }

        if (indicator == Indicator.HazardsFound)
        {
            return Count(records.OfType<Hazard>().Count(), unit);
        }

        if (indicator == Indicator.HazardsRectified)
        {
            return Count(records.OfType<Hazard>().Count(h => h.IsRectified), unit);
        }

        if (indicator == Indicator.Meetings)
        {
            return Count(records.OfType<Meeting>().Count(), unit);
        }

        if (indicator == Indicator.Trainings)
        {
            return Count(records.OfType<Training>().Count(), unit);
        }

        if (indicator == Indicator.Accidents)
        {
            return Count(records.OfType<Accident>().Count(), unit);
        }

        if (indicator == Indicator.Deaths)
        {
            return Count(records.OfType<Accident>().Sum(a => (long)a.Deaths), unit);
        }

        if (indicator == Indicator.SeriousInjuries)
        {
            return Count(records.OfType<Accident>().Sum(a => (long)a.SeriousInjuries), unit);
        }

        if (indicator == Indicator.Injuries)
        {
            // 受伤 counts everyone injured: 重伤 and 轻伤.
            return Count(records.OfType<Accident>().Sum(a => (long)a.SeriousInjuries + a.MinorInjuries), unit);
        }

        if (indicator == Indicator.MinorInjuries)
        {
            return Count(records.OfType<Accident>().Sum(a => (long)a.MinorInjuries), unit);
        }

        if (indicator == Indicator.Missing)
        {
            return Count(records.OfType<Accident>().Sum(a => (long)a.Missing), unit);
        }

        if (indicator == Indicator.DirectLoss && unit == QuantityUnit.TenThousandYuan)
        {
            return Quantity.Exact(records.OfType<Accident>().Sum(a => a.DirectLossTenThousandYuan), unit);
        }

        if (indicator == Indicator.PeopleTrained)
        {
            return People(records.OfType<Training>().Select(t => t.PeopleTrained), unit);
        }

        if (indicator == Indicator.PeopleReached)
        {
            return People(records.OfType<PublicityActivity>().Select(p => p.PeopleReached), unit);
        }

        if (indicator == Indicator.Banners || indicator == Indicator.Slogans || indicator == Indicator.Leaflets || indicator == Indicator.DisplayBoards)
        {
            // Materials counted in another unit (横幅 in 幅 against 条) cannot be added to the stated figure: not checkable.
            var materials = records.OfType<PublicityActivity>().SelectMany(p => p.Materials).Where(m => m.Indicator == indicator).Select(m => m.Quantity).ToList();
            return !records.OfType<PublicityActivity>().Any() || materials.Any(m => m.Unit != unit) ? null : Quantity.Sum(materials, unit);
        }

        return null;
    }

    private static Quantity Count(long count, QuantityUnit unit) => Quantity.Exact(count, unit);

    /// <summary>The records' people, in the stated figure's unit when that counts people (人, 名, 人次), else not checkable.</summary>
    private static Quantity? People(IEnumerable<Quantity?> figures, QuantityUnit unit)
    {
        if (unit != QuantityUnit.Person && unit != QuantityUnit.NamedPerson && unit != QuantityUnit.PersonTime)
        {
            return null;
        }

        var sum = default(PeopleSum);
        var any = false;
        foreach (var figure in figures)
        {
            any |= figure is not null && sum.Add(figure);
        }

        return any ? sum.ToQuantity(unit) : null;
    }

    private static bool Inside(DivisionCode record, DivisionCode division) => record != default && record.IsWithin(division);

    private static FigureCheck CannotCheck(StatedFigure figure, JsonPointer path, LocalizedText reason) =>
        new(figure, path, null, ReconciliationStatus.CannotCheck, reason);
}
