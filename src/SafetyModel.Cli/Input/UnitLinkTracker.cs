using System.Collections.Generic;
using SafetyModel.Primitives;
using SafetyModel.Validation;
using SafetyModel.Work;

namespace SafetyModel.Cli.Input;

/// <summary>
/// The unit-link check of <c>validate</c> (<see cref="RecordRules.UnitLinks"/>) over records read once: the ids of the
/// unit records (a register: thousands, not millions), each distinct <c>unitId</c> named once, and per linked record
/// only its place — so memory grows by a few dozen bytes a linked record, never by its text.
/// </summary>
internal sealed class UnitLinkTracker
{
    private readonly HashSet<string> _units = new(System.StringComparer.Ordinal);
    private readonly Dictionary<string, int> _named = new(System.StringComparer.Ordinal);
    private readonly List<string> _names = new();
    private readonly List<(int Name, IdPlace Place)> _links = new();
    private bool _anyUnit;

    public void Add(IRecord record, IdPlace place)
    {
        switch (record)
        {
            case SupervisedUnit unit:
                _anyUnit = true;
                _units.Add(unit.Id ?? string.Empty);
                break;
            case IUnitLinked { UnitId: { Length: > 0 } unitId }:
                if (!_named.TryGetValue(unitId, out var name))
                {
                    name = _names.Count;
                    _named.Add(unitId, name);
                    _names.Add(unitId);
                }

                _links.Add((name, place));
                break;
        }
    }

    /// <summary>The issues, in reading order, each with the place of its record.</summary>
    public IEnumerable<(ValidationIssue Issue, IdPlace At)> Issues()
    {
        foreach (var (name, place) in _links)
        {
            var unitId = _names[name];
            if (!_units.Contains(unitId))
            {
                yield return (RecordRules.UnitLink(unitId, place.Ordinal, _anyUnit), place);
            }
        }
    }
}
