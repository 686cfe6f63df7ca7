using System;
using System.Collections.Generic;
using System.Linq;
using SafetyModel.Diagnostics;
using SafetyModel.Primitives;
using SafetyModel.Records;
using SafetyModel.Reports;
using SafetyModel.Text;
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
    /// <exception cref="ArgumentException">A record is null, or one of the report's division and period states a figure that is negative or above <see cref="Measure.MaximumFigure"/> (validate the records first).</exception>
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

            // Records of a kind the catalogue does not know measure nothing.
            if (report.Division != default && report.Period is { } period && Inside(record.Division, report.Division) && RecordCatalogue.Default.KindOf(record) is not null &&
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
        if (Derive(figure, inPeriod, RecordCatalogue.Default) is not { } derived)
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

    /// <summary>
    /// What the records show for a stated figure: the total of the measures its indicator maps to
    /// (<see cref="IndicatorMeasures"/>), asked of the aggregation engine — by inspection type when the figure counts
    /// one type — or <see langword="null"/> when no records measure it.
    /// </summary>
    private static Quantity? Derive(StatedFigure figure, IReadOnlyList<IRecord> records, RecordCatalogue catalogue)
    {
        var unit = figure.Quantity!.Unit;
        if (IndicatorMeasures.IsMaterial(figure.Indicator))
        {
            return Materials(figure.Indicator, unit, records, catalogue);
        }

        if (IndicatorMeasures.For(figure.Indicator, unit) is not { } measures)
        {
            return null;
        }

        // A 安全生产大检查 total with a 其中 breakdown counts every inspection: that is what its parts divide.
        var type = measures[0] == Measure.Inspections && figure.Dimension is { } dimension && !(dimension == InspectionType.Comprehensive && figure.Parts.Count > 0)
            ? dimension.Code
            : null;
        var query = new AggregationQuery
        {
            Measures = measures,
            Dimension = type is null ? AggregationDimension.None : AggregationDimension.InspectionType,
            Catalogue = catalogue,
        };
        var table = Aggregator.Aggregate(records, query);
        var row = type is null ? table.Total : table.Details.FirstOrDefault(r => string.Equals(r.Dimension, type, StringComparison.Ordinal));
        if (row is null)
        {
            return Quantity.Exact(0, unit);
        }

        if (measures[0].Kind == MeasureKind.People && !StatesAny(measures[0], records, catalogue))
        {
            // People are checked only when some record states them.
            return null;
        }

        var total = row[measures[0]];
        for (var m = 1; m < measures.Length; m++)
        {
            total += row[measures[m]];
        }

        // A sum of 人次 is compared in the unit the report states (人, 名); counts are in the report's unit too.
        return total.InUnit(unit);
    }

    private static bool StatesAny(Measure measure, IReadOnlyList<IRecord> records, RecordCatalogue catalogue) =>
        records.Any(r => catalogue.KindOf(r)?.ContributionTo(measure) is { } contribution && contribution.People(r) is not null);

    /// <summary>
    /// 横幅, 标语, 宣传单 and 展板 are figures a publicity record states in its materials rather than a measure of
    /// records: their sum, when every one is in the stated figure's unit (横幅 in 幅 against 条 cannot be added).
    /// </summary>
    private static Quantity? Materials(Indicator indicator, QuantityUnit unit, IReadOnlyList<IRecord> records, RecordCatalogue catalogue)
    {
        var publicity = records.Where(r => catalogue.KindOf(r) == RecordKinds.Publicity).Cast<PublicityActivity>().ToList();
        var materials = publicity.SelectMany(p => p.Materials).Where(m => m.Indicator == indicator).Select(m => m.Quantity).ToList();
        return publicity.Count == 0 || materials.Any(m => m.Unit != unit) ? null : Quantity.Sum(materials, unit);
    }

    private static bool Inside(DivisionCode record, DivisionCode division) => record != default && record.IsWithin(division);

    private static FigureCheck CannotCheck(StatedFigure figure, JsonPointer path, LocalizedText reason) =>
        new(figure, path, null, ReconciliationStatus.CannotCheck, reason);
}
