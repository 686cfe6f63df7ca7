using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using SafetyModel.Primitives;

namespace SafetyModel.Work;

/// <summary>
/// The supervised units (生产经营单位) records name by id, looked up by that id: what aggregation reads a linked
/// record's unit and industry (GB/T 4754-2017 门类) from (<c>AggregationQuery.Units</c>). Build it from the unit records
/// of an input with <see cref="From"/>. The first unit of an id is kept (a second is a duplicate id, which validation
/// reports).
/// </summary>
/// <remarks>Immutable and safe to share between threads.</remarks>
public sealed class UnitDirectory
{
    private readonly Dictionary<string, SupervisedUnit> _byId;
    private readonly SupervisedUnit[] _units;

    /// <summary>Creates a directory of units.</summary>
    /// <param name="units">The units.</param>
    /// <exception cref="ArgumentNullException"><paramref name="units"/> or one of them is <see langword="null"/>.</exception>
    public UnitDirectory(IEnumerable<SupervisedUnit> units)
    {
        if (units is null)
        {
            throw new ArgumentNullException(nameof(units));
        }

        _byId = new Dictionary<string, SupervisedUnit>(StringComparer.Ordinal);
        var list = new List<SupervisedUnit>();
        foreach (var unit in units)
        {
            if (unit is null)
            {
                throw new ArgumentNullException(nameof(units), "A unit of the directory is null.");
            }

            if (!_byId.ContainsKey(unit.Id))
            {
                _byId.Add(unit.Id, unit);
                list.Add(unit);
            }
        }

        _units = list.ToArray();
    }

    /// <summary>Gets a directory with no unit.</summary>
    public static UnitDirectory Empty { get; } = new(Array.Empty<SupervisedUnit>());

    /// <summary>Gets the units, first of each id, in the order given.</summary>
    public IReadOnlyList<SupervisedUnit> Units => _units;

    /// <summary>Builds a directory from the <see cref="SupervisedUnit"/> records among records of any kind (the others are skipped).</summary>
    /// <param name="records">The records.</param>
    /// <returns>The directory.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is <see langword="null"/>.</exception>
    public static UnitDirectory From(IEnumerable<IRecord> records)
    {
        if (records is null)
        {
            throw new ArgumentNullException(nameof(records));
        }

        var units = new List<SupervisedUnit>();
        foreach (var record in records)
        {
            if (record is SupervisedUnit unit)
            {
                units.Add(unit);
            }
        }

        return new UnitDirectory(units);
    }

    /// <summary>Finds a unit by its id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="unit">The unit, or <see langword="null"/>.</param>
    /// <returns>Whether the directory has a unit of that id.</returns>
    public bool TryGet(string? id, [NotNullWhen(true)] out SupervisedUnit? unit)
    {
        unit = null;
        return id is not null && _byId.TryGetValue(id, out unit);
    }

    /// <summary>Returns the number of units.</summary>
    /// <returns>A readable description.</returns>
    public override string ToString() => $"{_units.Length} unit{(_units.Length == 1 ? string.Empty : "s")}";
}
