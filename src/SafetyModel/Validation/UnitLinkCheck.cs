using System;
using System.Collections.Generic;
using SafetyModel.Diagnostics;
using SafetyModel.Primitives;
using SafetyModel.Work;

namespace SafetyModel.Validation;

/// <summary>The unit ids of a batch and the records' links to units, kept while the batch is read (<see cref="RecordRules.UnitLinks"/>).</summary>
internal sealed class UnitLinkCheck
{
    private readonly HashSet<string> _units = new(StringComparer.Ordinal);
    private readonly List<(int Index, string UnitId)> _links = new();
    private bool _anyUnit;

    public void Add(IRecord? record, int index)
    {
        switch (record)
        {
            case SupervisedUnit unit:
                _anyUnit = true;
                _units.Add(unit.Id);
                break;
            case IUnitLinked { UnitId: { Length: > 0 } unitId }:
                _links.Add((index, unitId));
                break;
        }
    }

    public IEnumerable<ValidationIssue> Issues()
    {
        foreach (var (index, unitId) in _links)
        {
            if (!_units.Contains(unitId))
            {
                yield return RecordRules.UnitLink(unitId, index, _anyUnit);
            }
        }
    }
}
