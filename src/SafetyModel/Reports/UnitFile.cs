using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using SafetyModel.Accidents;
using SafetyModel.Primitives;
using SafetyModel.Work;

namespace SafetyModel.Reports;

/// <summary>
/// A supervised unit's file (一企一档): the unit's record and, from a batch of records, the inspections, hazards (with
/// their status), accidents and enforcement actions that concern it, each in date order. A record concerns the unit when
/// its <c>unitId</c> is the unit's id (<see cref="IUnitLinked"/>); a hazard without a <c>unitId</c> also when the
/// inspection that found it (<c>inspectionId</c>) is of the unit. Records of a town's own kinds that name the unit are
/// in <see cref="Others"/>.
/// </summary>
/// <remarks>Immutable: the lists are the records found when the file was made.</remarks>
public sealed class UnitFile
{
    private UnitFile(string unitId, SupervisedUnit? unit, Inspection[] inspections, Hazard[] hazards, Accident[] accidents, EnforcementAction[] enforcement, IUnitLinked[] others)
    {
        UnitId = unitId;
        Unit = unit;
        Inspections = inspections;
        Hazards = hazards;
        Accidents = accidents;
        EnforcementActions = enforcement;
        Others = others;
    }

    /// <summary>Gets the unit's id.</summary>
    public string UnitId { get; }

    /// <summary>Gets the unit's record, or <see langword="null"/> when the records hold none of that id.</summary>
    public SupervisedUnit? Unit { get; }

    /// <summary>Gets the inspections of the unit, by first day.</summary>
    public IReadOnlyList<Inspection> Inspections { get; }

    /// <summary>Gets the hazards of the unit, by the day found.</summary>
    public IReadOnlyList<Hazard> Hazards { get; }

    /// <summary>Gets the accidents at the unit, by time.</summary>
    public IReadOnlyList<Accident> Accidents { get; }

    /// <summary>Gets the enforcement documents issued to the unit, by the day issued.</summary>
    public IReadOnlyList<EnforcementAction> EnforcementActions { get; }

    /// <summary>Gets the records of other kinds that name the unit, in the order given.</summary>
    public IReadOnlyList<IUnitLinked> Others { get; }

    /// <summary>Gets the unit's hazards not yet rectified (found or being rectified).</summary>
    public IReadOnlyList<Hazard> OpenHazards => Hazards.Where(h => !h.IsRectified).ToArray();

    /// <summary>Gets the fines of the unit's 行政处罚决定书, in 元.</summary>
    public decimal Fines => EnforcementActions.Where(a => a.Kind == EnforcementDocumentKind.PenaltyDecision).Sum(a => a.FineYuan ?? 0m);

    /// <summary>Counts the unit's hazards by status (<see cref="HazardStatus"/>), statuses with none left out.</summary>
    /// <returns>The counts, in the order of the statuses.</returns>
    public IReadOnlyList<KeyValuePair<HazardStatus, int>> HazardsByStatus() =>
        Hazards.GroupBy(h => h.Status).OrderBy(g => g.Key).Select(g => new KeyValuePair<HazardStatus, int>(g.Key, g.Count())).ToArray();

    /// <summary>
    /// Gets the unit's hazards overdue on a day (<see cref="Hazard.StandingOn"/>): by its history where it has one — not
    /// closed and past the deadline in force, extensions included — else not rectified and past its deadline.
    /// </summary>
    /// <param name="day">The day.</param>
    /// <returns>The hazards.</returns>
    public IReadOnlyList<Hazard> OverdueHazardsOn(LocalDate day) => Hazards.Where(h => h.StandingOn(day).IsOverdue).ToArray();

    /// <summary>Makes a unit's file from records of any kind, read once.</summary>
    /// <param name="unitId">The unit's id.</param>
    /// <param name="records">The records.</param>
    /// <returns>The file; empty lists when no record concerns the unit.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static UnitFile For(string unitId, IEnumerable<IRecord> records)
    {
        if (unitId is null)
        {
            throw new ArgumentNullException(nameof(unitId));
        }

        return ForAll(records, unitId).TryGetValue(unitId, out var file) ? file : new UnitFile(unitId, null, [], [], [], [], []);
    }

    /// <summary>
    /// Makes the file of every unit the records hold or name, read once: by unit id, in the order the units first
    /// appear.
    /// </summary>
    /// <param name="records">The records.</param>
    /// <returns>The files.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is <see langword="null"/>.</exception>
    public static IReadOnlyDictionary<string, UnitFile> ForAll(IEnumerable<IRecord> records) => ForAll(records, null);

    /// <summary>Returns the unit and how many records of each kind its file holds.</summary>
    /// <returns>A readable one-line description.</returns>
    public override string ToString() =>
        $"{Unit?.Name ?? UnitId}: {Inspections.Count} inspections, {Hazards.Count} hazards ({OpenHazards.Count} open), {Accidents.Count} accidents, {EnforcementActions.Count} enforcement documents";

    private static Dictionary<string, UnitFile> ForAll(IEnumerable<IRecord> records, string? only)
    {
        if (records is null)
        {
            throw new ArgumentNullException(nameof(records));
        }

        var units = new Dictionary<string, SupervisedUnit>(StringComparer.Ordinal);
        var linked = new Dictionary<string, List<IRecord>>(StringComparer.Ordinal);
        var order = new List<string>();
        var inspectionUnit = new Dictionary<string, string>(StringComparer.Ordinal);
        var unlinkedHazards = new List<Hazard>();

        void Note(string id)
        {
            if (!linked.ContainsKey(id))
            {
                linked.Add(id, new List<IRecord>());
                order.Add(id);
            }
        }

        foreach (var record in records)
        {
            switch (record)
            {
                case SupervisedUnit unit when only is null || unit.Id == only:
                    Note(unit.Id);
                    if (!units.ContainsKey(unit.Id))
                    {
                        units.Add(unit.Id, unit);
                    }

                    break;
                case Hazard { UnitId: null or "", InspectionId: { Length: > 0 } } hazard:
                    unlinkedHazards.Add(hazard);
                    break;
                case IUnitLinked { UnitId: { Length: > 0 } id } link:
                    if (link is Inspection inspection && inspection.Id.Length > 0 && !inspectionUnit.ContainsKey(inspection.Id))
                    {
                        inspectionUnit.Add(inspection.Id, id);
                    }

                    if (only is null || id == only)
                    {
                        Note(id);
                        linked[id].Add(link);
                    }

                    break;
            }
        }

        foreach (var hazard in unlinkedHazards)
        {
            if (inspectionUnit.TryGetValue(hazard.InspectionId!, out var id) && (only is null || id == only))
            {
                Note(id);
                linked[id].Add(hazard);
            }
        }

        var files = new Dictionary<string, UnitFile>(StringComparer.Ordinal);
        foreach (var id in order)
        {
            var list = linked[id];
            files.Add(id, new UnitFile(
                id,
                units.TryGetValue(id, out var unit) ? unit : null,
                list.OfType<Inspection>().OrderBy(i => i.Start).ToArray(),
                list.OfType<Hazard>().OrderBy(h => h.FoundOn).ToArray(),
                list.OfType<Accident>().OrderBy(a => a.OccurredAt).ToArray(),
                list.OfType<EnforcementAction>().OrderBy(a => a.IssuedOn).ToArray(),
                list.Where(r => r is not (Inspection or Hazard or Accident or EnforcementAction)).Cast<IUnitLinked>().ToArray()));
        }

        return files;
    }
}
