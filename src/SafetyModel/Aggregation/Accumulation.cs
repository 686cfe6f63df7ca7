using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using NodaTime;
using SafetyModel.Accidents;
using SafetyModel.Primitives;
using SafetyModel.Work;

namespace SafetyModel.Aggregation;

/// <summary>The groups of one aggregation while records are added, then the rows of its table.</summary>
internal sealed class Accumulation
{
    private const int NoPeriod = int.MinValue;

    internal const int PeriodOffset = 1 << 20; // period keys (year × 12 + month at most ±120,000) shifted to be positive
    private const int CodeCacheSize = 64;

    private readonly AggregationQuery _query;
    private readonly Measure[] _measures;
    private readonly AggregationDimension _dimension;
    private readonly bool _byPeriod;
    private readonly PeriodGranularity _granularity;
    private readonly long[] _delta;
    private readonly bool _hasExtras;
    private readonly ReportingPeriod[]? _customPeriods;
    private long _outside;
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);

    // The hot loop: a group is division × period × dimension indices → a slot in flat arrays (its packed key kept for the build).
    private readonly List<long> _slotKeys = new();
    private readonly List<int> _periodKeys = new();
    private int[] _periodWindow = new int[64];
    private int _periodWindowStart;
    private int _noPeriodIndex = -1;
    private int[]?[]?[] _cells = new int[]?[]?[16];
    private readonly Dictionary<DivisionCode, int> _divisionIndex = new();
    private readonly List<DivisionCode> _divisions = new();
    private readonly Dictionary<string, int> _dimensionIndex = new(StringComparer.Ordinal);
    private readonly List<string> _dimensions = new();
    private readonly string?[] _codeCache = new string?[CodeCacheSize];
    private readonly int[] _codeCacheIndex = new int[CodeCacheSize];
    private readonly DivisionCode[] _divisionCache = new DivisionCode[CodeCacheSize];
    private readonly int[] _divisionCacheIndex = new int[CodeCacheSize];
    private long[] _counts = new long[64];
    private Extra[] _extras = new Extra[16];

    public Accumulation(AggregationQuery query)
    {
        _query = query;
        _measures = query.Measures.ToArray();
        _dimension = query.Dimension;
        _byPeriod = query.Granularity is not null;
        _granularity = query.Granularity ?? PeriodGranularity.Year;
        _delta = new long[_measures.Length];
        _hasExtras = Array.Exists(_measures, IsExtra);
        _customPeriods = query.Granularity == PeriodGranularity.Custom ? query.SortedPeriods() : null;
    }

    /// <summary>Gets whether the query groups by custom periods, which are read from each record's date, not its month.</summary>
    public bool ByDay => _customPeriods is not null;

    public void Add(IRecord record) => Add(record, counts: true);

    /// <summary>Adds only what a record gives the measures that are not counts (losses, people); the counts came in groups.</summary>
    public void AddExtras(IRecord record) => Add(record, counts: false);

    /// <summary>
    /// Adds the counts of a group found by <see cref="RecordBatch"/>: <paramref name="division"/> already at the query's
    /// level, <paramref name="monthIndex"/> as in <see cref="MonthIndex"/>, <paramref name="dimension"/> the value's
    /// code or <see langword="null"/> for the division-and-period subtotal.
    /// </summary>
    public void AddGroup(DivisionCode division, int monthIndex, string? dimension, string? dimensionName, ReadOnlySpan<long> counts)
    {
        var divisionIndex = (int)DivisionIndex(division);
        var periodKey = PeriodOfMonth(monthIndex);
        var period = PeriodIndex(periodKey);
        int dimensionIndex;
        if (dimension is null)
        {
            dimensionIndex = _dimension == AggregationDimension.None ? 1 : 0;
        }
        else
        {
            if (dimensionName is not null)
            {
                Remember(dimension, dimensionName);
            }

            dimensionIndex = (int)DimensionIndex(dimension);
        }

        var at = Slot(divisionIndex, period, periodKey, dimensionIndex) * _measures.Length;
        for (var i = 0; i < _measures.Length; i++)
        {
            _counts[at + i] += counts[i];
        }
    }

    /// <summary>Whether a measure is not a count: losses in 万元 and people, summed as intervals from the records that carry them.</summary>
    public static bool IsExtra(Measure measure) =>
        measure is Measure.DirectLoss or Measure.PeopleTrained or Measure.PeopleReached or Measure.InspectedUnits;

    /// <summary>A date as a month index, <c>year × 12 + month − 1</c>, offset to be positive; 0 for no date.</summary>
    public static int MonthIndex(LocalDate? date) => date is { } d ? PeriodOffset + (d.Year * 12) + d.Month - 1 : 0;

    private void Add(IRecord record, bool counts)
    {
        if (counts)
        {
            Deltas(record);
        }
        else
        {
            Array.Clear(_delta, 0, _delta.Length);
        }

        var periodKey = PeriodOf(record.ReferenceDate);
        if (periodKey < 0)
        {
            _outside += counts ? 1 : 0;
            return;
        }

        var division = (int)DivisionIndex(record.Division);
        var period = PeriodIndex(periodKey);
        if (_dimension == AggregationDimension.None)
        {
            Accumulate(Slot(division, period, periodKey, 1), record);
            return;
        }

        Accumulate(Slot(division, period, periodKey, 0), record);
        if (record is Inspection { TypesArray.Length: > 0 } inspection && _dimension == AggregationDimension.InspectionType)
        {
            var types = inspection.TypesArray;
            for (var i = 0; i < types.Length; i++)
            {
                if (!AppearsBefore(types, i))
                {
                    Accumulate(Slot(division, period, periodKey, (int)DimensionIndex(types[i].Code)), record);
                }
            }

            return;
        }

        Accumulate(Slot(division, period, periodKey, (int)DimensionIndex(DimensionOf(record))), record);
    }

    private long DivisionIndex(DivisionCode raw)
    {
        // Records repeat a few codes: the cache is keyed by the record's own code, so a hit costs no truncation.
        var h = raw.GetHashCode() & (CodeCacheSize - 1);
        if (_divisionCacheIndex[h] > 0 && _divisionCache[h] == raw)
        {
            return _divisionCacheIndex[h] - 1;
        }

        var code = _query.DivisionLevel is not { } level ? default : raw == default ? raw : raw.TruncatedTo(level);
        if (!_divisionIndex.TryGetValue(code, out var index))
        {
            index = _divisions.Count;
            _divisions.Add(code);
            _divisionIndex.Add(code, index);
        }

        (_divisionCache[h], _divisionCacheIndex[h]) = (raw, index + 1);
        return index;
    }

    /// <summary>The dimension value's index plus one (zero is the subtotal over every value).</summary>
    private long DimensionIndex(string code)
    {
        // A direct-mapped cache by reference: a well-known value's code is one shared string, found in a few instructions.
        var h = RuntimeHelpers.GetHashCode(code) & (CodeCacheSize - 1);
        if (ReferenceEquals(_codeCache[h], code))
        {
            return _codeCacheIndex[h];
        }

        if (!_dimensionIndex.TryGetValue(code, out var index))
        {
            _dimensions.Add(code);
            index = _dimensions.Count;
            _dimensionIndex.Add(code, index);
        }

        (_codeCache[h], _codeCacheIndex[h]) = (code, index);
        return index;
    }

    /// <summary>The dense index of a period key: a window over the keys seen, grown in either direction.</summary>
    private int PeriodIndex(int key)
    {
        if (key == 0)
        {
            // Records without a date: kept out of the window, which would otherwise span from 0 to the dated keys.
            if (_noPeriodIndex < 0)
            {
                _periodKeys.Add(0);
                _noPeriodIndex = _periodKeys.Count - 1;
            }

            return _noPeriodIndex;
        }

        var at = key - _periodWindowStart;
        if (at >= 0 && at < _periodWindow.Length && _periodWindow[at] != 0)
        {
            return _periodWindow[at] - 1;
        }

        if (_periodKeys.Count == (_noPeriodIndex < 0 ? 0 : 1))
        {
            _periodWindowStart = key;
            at = 0;
        }
        else if (at < 0 || at >= _periodWindow.Length)
        {
            var start = Math.Min(_periodWindowStart, key);
            var end = Math.Max(_periodWindowStart + _periodWindow.Length, key + 1);
            var window = new int[Math.Max(end - start, _periodWindow.Length * 2)];
            Array.Copy(_periodWindow, 0, window, _periodWindowStart - start, _periodWindow.Length);
            (_periodWindow, _periodWindowStart) = (window, start);
            at = key - start;
        }

        _periodKeys.Add(key);
        _periodWindow[at] = _periodKeys.Count;
        return _periodKeys.Count - 1;
    }

    /// <summary>The slot of a group: division × period × dimension arrays, so the hot loop indexes instead of hashing.</summary>
    private int Slot(int division, int period, int periodKey, int dimension)
    {
        if (division >= _cells.Length)
        {
            Array.Resize(ref _cells, Math.Max(_cells.Length * 2, division + 1));
        }

        var byPeriod = _cells[division] ??= new int[Math.Max(16, period + 1)][];
        if (period >= byPeriod.Length)
        {
            Array.Resize(ref byPeriod, Math.Max(byPeriod.Length * 2, period + 1));
            _cells[division] = byPeriod;
        }

        var byDimension = byPeriod[period] ??= new int[Math.Max(8, dimension + 1)];
        if (dimension >= byDimension.Length)
        {
            Array.Resize(ref byDimension, Math.Max(byDimension.Length * 2, dimension + 1));
            byPeriod[period] = byDimension;
        }

        var slot = byDimension[dimension] - 1;
        if (slot >= 0)
        {
            return slot;
        }

        slot = _slotKeys.Count;
        _slotKeys.Add(((long)division << 42) | ((long)periodKey << 20) | (long)dimension);
        byDimension[dimension] = slot + 1;
        if ((slot + 1) * _measures.Length > _counts.Length)
        {
            Array.Resize(ref _counts, _counts.Length * 2);
        }

        if (slot >= _extras.Length)
        {
            Array.Resize(ref _extras, _extras.Length * 2);
        }

        return slot;
    }

    /// <summary>What a record adds to each count measure (0 for the others), worked out once however many groups it falls in.</summary>
    private void Deltas(IRecord record)
    {
        for (var i = 0; i < _measures.Length; i++)
        {
            _delta[i] = Delta(_measures[i], record, _query.AsOf);
        }
    }

    /// <summary>What one record adds to a count measure; 0 for the measures that are not counts.</summary>
    public static long Delta(Measure measure, IRecord record, LocalDate? asOf) => measure switch
            {
                Measure.Records => 1,
                Measure.InspectionHazardsFound => record is Inspection { HazardsFound: { } found } ? found : 0,
                Measure.HazardsFound => record is Hazard ? 1 : 0,
                Measure.HazardsRectified => record is Hazard { IsRectified: true } ? 1 : 0,
                Measure.HazardsOverdue => record is Hazard hazard && hazard.IsOverdueOn(asOf!.Value) ? 1 : 0,
                Measure.Accidents => record is Accident ? 1 : 0,
                Measure.Deaths => record is Accident a1 ? a1.Deaths : 0,
                Measure.SeriousInjuries => record is Accident a2 ? a2.SeriousInjuries : 0,
                Measure.MinorInjuries => record is Accident a3 ? a3.MinorInjuries : 0,
                Measure.Missing => record is Accident a4 ? a4.Missing : 0,
                _ => 0,
            };

    private void Accumulate(int slot, IRecord record)
    {
        var at = slot * _delta.Length;
        for (var i = 0; i < _delta.Length; i++)
        {
            _counts[at + i] += _delta[i];
        }

        if (_hasExtras)
        {
            AccumulateExtras(ref _extras[slot], record);
        }
    }

    /// <summary>The measures that are not counts: losses in 万元 and people as intervals.</summary>
    private void AccumulateExtras(ref Extra extra, IRecord record)
    {
        foreach (var measure in _measures)
        {
            switch (measure)
            {
                case Measure.DirectLoss when record is Accident accident:
                    extra.Loss += accident.DirectLossTenThousandYuan;
                    break;
                case Measure.InspectedUnits when record is Inspection inspection:
                    foreach (var unit in inspection.Inspected)
                    {
                        var name = unit.Trim();
                        if (name.Length > 0)
                        {
                            (extra.Units ??= new HashSet<string>(StringComparer.Ordinal)).Add(name);
                        }
                    }

                    break;
                case Measure.PeopleTrained when record is Training { PeopleTrained: { } trained } && !extra.Trained.Add(trained):
                case Measure.PeopleReached when record is PublicityActivity { PeopleReached: { } reached } && !extra.Reached.Add(reached):
                    extra.Unsummed++;
                    break;
            }
        }
    }

    /// <summary>The groups as the table builder reads them: details and (with a dimension) division-and-period subtotals.</summary>
    private (Dictionary<Key, Group> Details, Dictionary<Key, Group> Subtotals) Groups()
    {
        var details = new Dictionary<Key, Group>();
        var subtotals = new Dictionary<Key, Group>();
        for (var slot = 0; slot < _slotKeys.Count; slot++)
        {
            var packed = _slotKeys[slot];
            var division = _divisions[(int)(packed >> 42)];
            var period = (int)((packed >> 20) & 0x3FFFFF);
            var dimension = (int)(packed & 0xFFFFF);
            var group = new Group(_measures.Length);
            Array.Copy(_counts, slot * _measures.Length, group.Counts, 0, _measures.Length);
            group.Extra = _extras[slot];
            var periodKey = period == 0 ? NoPeriod : period - PeriodOffset;
            if (_query.Dimension == AggregationDimension.None)
            {
                details.Add(new Key(division, periodKey, null), group);
            }
            else if (dimension == 0)
            {
                subtotals.Add(new Key(division, periodKey, null), group);
            }
            else
            {
                details.Add(new Key(division, periodKey, _dimensions[dimension - 1]), group);
            }
        }

        return (details, subtotals);
    }

    public StatisticsTable Build()
    {
        var rows = new List<StatisticsRow>();
        var (detailGroups, subtotalGroups) = Groups();
        var periodRows = _query.Dimension == AggregationDimension.None ? detailGroups : subtotalGroups;
        var details = detailGroups.OrderBy(p => p.Key, KeyOrder.Instance).ToList();
        var total = new Group(_measures.Length);
        var d = 0;
        foreach (var division in periodRows.Keys.Select(k => k.Division).Distinct().OrderBy(x => x))
        {
            var divisionTotal = new Group(_measures.Length);
            foreach (var period in periodRows.Keys.Where(k => k.Division == division).Select(k => k.Period).Distinct().OrderBy(p => p == NoPeriod ? int.MaxValue : p))
            {
                while (d < details.Count && details[d].Key.Division == division && details[d].Key.Period == period)
                {
                    var (key, group) = (details[d].Key, details[d].Value);
                    rows.Add(Row(StatisticsRowKind.Detail, key, group));
                    d++;
                }

                var subtotal = periodRows[new Key(division, period, null)];
                if (_query.Dimension != AggregationDimension.None)
                {
                    rows.Add(Row(StatisticsRowKind.PeriodSubtotal, new Key(division, period, null), subtotal));
                }

                divisionTotal.Merge(subtotal);
            }

            if (_query.Granularity is not null && _query.DivisionLevel is not null)
            {
                rows.Add(Row(StatisticsRowKind.DivisionSubtotal, new Key(division, NoPeriod, null), divisionTotal, period: false));
            }

            total.Merge(divisionTotal);
        }

        var totalValues = Values(total);
        rows.Add(new StatisticsRow(StatisticsRowKind.Total, null, null, null, null, totalValues, _query.Measures, total.Extra.Unsummed, Rates(null, null, totalValues)));
        return new StatisticsTable(_query, rows, _outside);
    }

    private StatisticsRow Row(StatisticsRowKind kind, Key key, Group group, bool period = true)
    {
        var division = _query.DivisionLevel is null ? (DivisionCode?)null : key.Division;
        var reportingPeriod = period ? PeriodFrom(key.Period) : null;
        var values = Values(group);
        return new StatisticsRow(
            kind,
            division,
            reportingPeriod,
            key.Dimension,
            key.Dimension is null ? null : _names.TryGetValue(key.Dimension, out var name) ? name : NameOf(key.Dimension),
            values,
            _query.Measures,
            group.Extra.Unsummed,
            Rates(division, reportingPeriod, values));
    }

    private RateValue[] Rates(DivisionCode? division, ReportingPeriod? period, Quantity[] values)
    {
        var rates = _query.Rates;
        if (rates.Count == 0)
        {
            return Array.Empty<RateValue>();
        }

        var result = new RateValue[rates.Count];
        for (var i = 0; i < result.Length; i++)
        {
            var rate = rates[i];
            var numerator = values[Array.IndexOf(_measures, rate.Numerator)];
            Quantity? denominator;
            if (rate.DenominatorMeasure is { } measure)
            {
                denominator = values[Array.IndexOf(_measures, measure)];
            }
            else
            {
                var figures = rate.Denominator!;
                var divisions = _query.DivisionLevel is null ? (IReadOnlyCollection<DivisionCode>)Array.Empty<DivisionCode>() : _divisions;
                denominator = figures.Find(division, period, divisions) is { } value ? Quantity.Exact(value, figures.Unit) : null;
            }

            result[i] = RateValue.Of(rate, numerator, denominator);
        }

        return result;
    }

    private Quantity[] Values(Group group)
    {
        var values = new Quantity[_measures.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = _measures[i] switch
            {
                Measure.DirectLoss => Quantity.Exact(group.Extra.Loss, QuantityUnit.TenThousandYuan),
                Measure.PeopleTrained => group.Extra.Trained.ToQuantity(),
                Measure.PeopleReached => group.Extra.Reached.ToQuantity(),
                Measure.InspectedUnits => Quantity.Exact(group.Extra.Units?.Count ?? 0, QuantityUnit.Enterprise),
                Measure.InspectionHazardsFound or Measure.HazardsFound or Measure.HazardsRectified or Measure.HazardsOverdue => Quantity.Exact(group.Counts[i], QuantityUnit.Place),
                Measure.Accidents => Quantity.Exact(group.Counts[i], QuantityUnit.Case),
                Measure.Deaths or Measure.SeriousInjuries or Measure.MinorInjuries or Measure.Missing => Quantity.Exact(group.Counts[i], QuantityUnit.Person),
                _ => Quantity.Exact(group.Counts[i]),
            };
        }

        return values;
    }

    /// <summary>The period key shifted to be positive (0 for a record without a date).</summary>
    private int PeriodOfMonth(int monthIndex)
    {
        if (!_byPeriod)
        {
            return PeriodOffset;
        }

        if (monthIndex == 0)
        {
            return 0;
        }

        var months = monthIndex - PeriodOffset;
        var year = (months / 12) - (months % 12 < 0 ? 1 : 0);
        var month = months - (year * 12) + 1;
        return PeriodOffset + _granularity switch
        {
            PeriodGranularity.Month => months,
            PeriodGranularity.Quarter => (year * 4) + ((month - 1) / 3),
            PeriodGranularity.HalfYear => (year * 2) + ((month - 1) / 6),
            _ => year,
        };
    }

    private int PeriodOf(LocalDate? date)
    {
        if (!_byPeriod)
        {
            return PeriodOffset;
        }

        if (date is not { } d)
        {
            return 0;
        }

        if (_customPeriods is { } periods)
        {
            return CustomPeriodOf(periods, d) is var index and >= 0 ? PeriodOffset + index : -1;
        }

        return PeriodOffset + _granularity switch
        {
            PeriodGranularity.Month => (d.Year * 12) + d.Month - 1,
            PeriodGranularity.Quarter => (d.Year * 4) + ((d.Month - 1) / 3),
            PeriodGranularity.HalfYear => (d.Year * 2) + ((d.Month - 1) / 6),
            _ => d.Year,
        };
    }

    /// <summary>The index of the period (sorted by start, not overlapping) that holds the day, or -1.</summary>
    private static int CustomPeriodOf(ReportingPeriod[] periods, LocalDate date)
    {
        var (low, high) = (0, periods.Length - 1);
        while (low <= high)
        {
            var mid = low + ((high - low) / 2);
            if (date < periods[mid].Start)
            {
                high = mid - 1;
            }
            else if (date > periods[mid].End)
            {
                low = mid + 1;
            }
            else
            {
                return mid;
            }
        }

        return -1;
    }

    private ReportingPeriod? PeriodFrom(int key)
    {
        if (_query.Granularity is not { } granularity || key == NoPeriod)
        {
            return null;
        }

        if (_customPeriods is { } periods)
        {
            return periods[key];
        }

        return granularity switch
        {
            PeriodGranularity.Month => ReportingPeriod.ForMonth(FloorDiv(key, 12), key - (FloorDiv(key, 12) * 12) + 1),
            PeriodGranularity.Quarter => ReportingPeriod.ForQuarter(FloorDiv(key, 4), key - (FloorDiv(key, 4) * 4) + 1),
            PeriodGranularity.HalfYear => ReportingPeriod.ForHalfYear(FloorDiv(key, 2), key - (FloorDiv(key, 2) * 2) + 1),
            _ => ReportingPeriod.ForYear(key),
        };

        static int FloorDiv(int a, int b) => (a / b) - (a % b < 0 ? 1 : 0);
    }

    private string DimensionOf(IRecord record)
    {
        var code = DimensionOf(_query.Dimension, record, out var name);
        return name is null ? code : Remember(code, name);
    }

    /// <summary>
    /// The code of a single-valued dimension for a record (the empty string when the record has none) and, where the
    /// code is not a name in its own right, its Chinese name. Inspection types, which are many-valued, are read apart.
    /// </summary>
    public static string DimensionOf(AggregationDimension dimension, IRecord record, out string? name)
    {
        name = null;
        switch (dimension)
        {
            case AggregationDimension.Sector:
                if (record is Hazard { Sector: { } sector })
                {
                    name = sector.ChineseName;
                    return sector.Code;
                }

                return string.Empty;
            case AggregationDimension.HazardLevel:
                if (record is Hazard hazard)
                {
                    name = hazard.Level == HazardLevel.Major ? "重大隐患" : "一般隐患";
                    return hazard.Level == HazardLevel.Major ? "major" : "general";
                }

                return string.Empty;
            case AggregationDimension.AccidentGrade:
                if (record is Accident accident)
                {
                    var grade = AccidentGrading.Grade(accident.Deaths, accident.SeriousInjuries, accident.DirectLossTenThousandYuan);
                    name = AccidentGrading.ChineseName(grade);
                    return GradeCode(grade);
                }

                return string.Empty;
            case AggregationDimension.AccidentCategory:
                if (record is Accident { Category: { } category })
                {
                    name = category.ChineseName;
                    return category.Code;
                }

                return string.Empty;
            case AggregationDimension.Campaign:
                return record switch
                {
                    Inspection { CampaignId: { } id } => id,
                    PublicityActivity { CampaignId: { } id } => id,
                    _ => string.Empty,
                };
            case AggregationDimension.RecordType:
                return RecordType(record);
            default:
                return string.Empty; // an inspection with no type, or a record of another kind, under 检查类型
        }
    }

    /// <summary>The member of a record that states a negative count, or null.</summary>
    public static string? NegativeFigure(IRecord record) => record switch
    {
        Inspection { HazardsFound: < 0 } => "hazardsFound",
        Accident { Deaths: < 0 } => "deaths",
        Accident { SeriousInjuries: < 0 } => "seriousInjuries",
        Accident { MinorInjuries: < 0 } => "minorInjuries",
        Accident { Missing: < 0 } => "missing",
        Accident { DirectLossTenThousandYuan: < 0 } => "directLossTenThousandYuan",
        _ => null,
    };

    private string Remember(string code, string name)
    {
        if (!_names.ContainsKey(code))
        {
            _names.Add(code, name);
        }

        return code;
    }

    private string NameOf(string code) => code.Length == 0 ? "(未注明)" : _query.Dimension switch
    {
        AggregationDimension.InspectionType => InspectionType.FromCode(code).ChineseName,
        AggregationDimension.RecordType => code switch
        {
            "inspection" => "检查", "hazard" => "隐患", "meeting" => "会议", "publicity" => "宣传", "training" => "培训",
            "campaign" => "专项行动", "accident" => "事故", _ => code,
        },
        _ => code,
    };

    private static string GradeCode(AccidentGrade grade) => grade switch
    {
        AccidentGrade.ExtraordinarilyMajor => "extraordinarily-major",
        AccidentGrade.Major => "major",
        AccidentGrade.Larger => "larger",
        _ => "general",
    };

    private static string RecordType(IRecord record) => record switch
    {
        Inspection => "inspection",
        Hazard => "hazard",
        Meeting => "meeting",
        PublicityActivity => "publicity",
        Training => "training",
        Campaign => "campaign",
        Accident => "accident",
        _ => record.GetType().Name,
    };

    private static bool AppearsBefore(InspectionType[] types, int i)
    {
        for (var j = 0; j < i; j++)
        {
            if (types[j] == types[i])
            {
                return true;
            }
        }

        return false;
    }

    private readonly struct Key : IEquatable<Key>
    {
        public Key(DivisionCode division, int period, string? dimension)
        {
            Division = division;
            Period = period;
            Dimension = dimension;
        }

        public DivisionCode Division { get; }

        public int Period { get; }

        public string? Dimension { get; }

        public bool Equals(Key other) => Division == other.Division && Period == other.Period && string.Equals(Dimension, other.Dimension, StringComparison.Ordinal);

        public override bool Equals(object? obj) => obj is Key other && Equals(other);

        public override int GetHashCode() => HashCode.Combine(Division, Period, Dimension is null ? 0 : StringComparer.Ordinal.GetHashCode(Dimension));
    }

    private sealed class KeyOrder : IComparer<Key>
    {
        public static readonly KeyOrder Instance = new();

        public int Compare(Key x, Key y)
        {
            var c = x.Division.CompareTo(y.Division);
            if (c == 0)
            {
                c = (x.Period == NoPeriod ? int.MaxValue : x.Period).CompareTo(y.Period == NoPeriod ? int.MaxValue : y.Period);
            }

            return c != 0 ? c : string.CompareOrdinal(x.Dimension, y.Dimension);
        }
    }

    /// <summary>The sums of a group that are not counts.</summary>
    private struct Extra
    {
        public decimal Loss;
        public PeopleSum Trained;
        public PeopleSum Reached;
        public int Unsummed;
        public HashSet<string>? Units;

        public void Merge(Extra other)
        {
            if (other.Units is not null)
            {
                // A subtotal's own set: the row's set it unions stays as the row counted it.
                (Units ??= new HashSet<string>(StringComparer.Ordinal)).UnionWith(other.Units);
            }

            Loss += other.Loss;
            Trained.Merge(other.Trained);
            Reached.Merge(other.Reached);
            Unsummed += other.Unsummed;
        }
    }

    /// <summary>One group's sums, when the table is built.</summary>
    private sealed class Group
    {
        public Group(int measures) => Counts = new long[measures];

        public long[] Counts { get; }

        public Extra Extra;

        public void Merge(Group other)
        {
            for (var i = 0; i < other.Counts.Length; i++)
            {
                Counts[i] += other.Counts[i];
            }

            Extra.Merge(other.Extra);
        }
    }
}
