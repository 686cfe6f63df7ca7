namespace SafetyModel.Primitives;

/// <summary>
/// A record that may name the supervised unit (生产经营单位) it concerns by the unit record's id, in the contract member
/// <c>unitId</c> — an inspection, a hazard, an accident, an enforcement action. Validation reports an id that names no
/// unit of the batch; aggregation groups such records by the unit and by the unit's industry (GB/T 4754-2017 门类)
/// through the unit directory of the query; the unit's file (一企一档) collects them.
/// </summary>
/// <remarks>A record kind of a type that implements this interface gives values for the unit and industry dimensions without declaring them.</remarks>
public interface IUnitLinked : IRecord
{
    /// <summary>Gets the id of the unit's record, or <see langword="null"/> when the record names none.</summary>
    string? UnitId { get; }
}
