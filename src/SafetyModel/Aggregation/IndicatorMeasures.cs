using System.Collections.Generic;
using SafetyModel.Primitives;
using SafetyModel.Records;
using SafetyModel.Work;

namespace SafetyModel.Aggregation;

/// <summary>
/// What a stated figure's <see cref="Indicator"/> counts, said once: the measure (or measures, added) whose total over
/// the records is the figure. Reconciliation asks the aggregation engine for that total.
/// </summary>
internal static class IndicatorMeasures
{
    private static readonly Dictionary<Indicator, Measure[]> Measures = new()
    {
        [Indicator.Inspections] = new[] { Measure.Inspections },
        [Indicator.UnitsInspected] = new[] { Measure.InspectedUnits },
        [Indicator.HazardsFound] = new[] { Measure.HazardsFound },
        [Indicator.HazardsRectified] = new[] { Measure.HazardsRectified },
        [Indicator.Meetings] = new[] { Measure.Meetings },
        [Indicator.Trainings] = new[] { Measure.Trainings },
        [Indicator.Accidents] = new[] { Measure.Accidents },
        [Indicator.Deaths] = new[] { Measure.Deaths },
        [Indicator.SeriousInjuries] = new[] { Measure.SeriousInjuries },
        [Indicator.MinorInjuries] = new[] { Measure.MinorInjuries },

        // 受伤 counts everyone injured: 重伤 and 轻伤.
        [Indicator.Injuries] = new[] { Measure.SeriousInjuries, Measure.MinorInjuries },
        [Indicator.Missing] = new[] { Measure.Missing },
        [Indicator.DirectLoss] = new[] { Measure.DirectLoss },
        [Indicator.PeopleTrained] = new[] { Measure.PeopleTrained },
        [Indicator.PeopleReached] = new[] { Measure.PeopleReached },
    };

    /// <summary>
    /// The measures an indicator's figure totals, or <see langword="null"/> when no measure does or the figure's unit
    /// is not one the measures are counted in (直接经济损失 in 万元 only; people in 人, 名 or 人次).
    /// </summary>
    public static Measure[]? For(Indicator indicator, QuantityUnit unit)
    {
        if (!Measures.TryGetValue(indicator, out var measures))
        {
            return null;
        }

        return measures[0].Kind switch
        {
            MeasureKind.Sum when unit != measures[0].Unit => null,
            MeasureKind.People when unit != QuantityUnit.Person && unit != QuantityUnit.NamedPerson && unit != QuantityUnit.PersonTime => null,
            _ => measures,
        };
    }

    /// <summary>Whether the indicator is a publicity material (横幅, 标语, 宣传单, 展板, 宣传品), which records state as figures, not as a measure.</summary>
    public static bool IsMaterial(Indicator indicator) =>
        indicator == Indicator.Banners || indicator == Indicator.Slogans || indicator == Indicator.Leaflets || indicator == Indicator.DisplayBoards ||
        indicator == Indicator.PromotionalItems;
}
