using System;
using System.Collections.Generic;
using System.Linq;
using SafetyModel.Primitives;
using SafetyModel.Validation;

namespace SafetyModel.Records;

/// <summary>
/// The record kinds a program works with: the built-in nine (<see cref="Default"/>) and any a town declares
/// (<see cref="With"/>). Aggregation, validation and the JSON contract find a record's <see cref="RecordKind"/> here.
/// </summary>
/// <remarks>Immutable and safe to share between threads: <see cref="With"/> returns a new catalogue, so two
/// applications in one process each keep their own.</remarks>
public sealed class RecordCatalogue
{
    private readonly RecordKind[] _kinds;
    private readonly Dictionary<Type, RecordKind> _byType;
    private readonly Dictionary<string, RecordKind> _byCode;

    private RecordCatalogue(RecordKind[] kinds)
    {
        _kinds = kinds;
        _byType = kinds.ToDictionary(k => k.RecordType);
        _byCode = kinds.ToDictionary(k => k.Code, StringComparer.Ordinal);
        Measures = new[] { Measure.Records }.Concat(kinds.SelectMany(k => k.Measures)).Distinct().ToArray();
        Dimensions = new[] { AggregationDimension.None }.Concat(kinds.SelectMany(k => k.Dimensions)).Append(AggregationDimension.RecordType).Distinct().ToArray();
    }

    /// <summary>Gets the built-in kinds: inspection, hazard, meeting, publicity, training, campaign, accident, unit, enforcement (<see cref="RecordKinds"/>).</summary>
    public static RecordCatalogue Default { get; } = new(new RecordKind[]
    {
        RecordKinds.Inspection, RecordKinds.Hazard, RecordKinds.Meeting, RecordKinds.Publicity, RecordKinds.Training, RecordKinds.Campaign, RecordKinds.Accident,
        RecordKinds.Unit, RecordKinds.Enforcement,
    });

    /// <summary>Gets the kinds, in the order they were added.</summary>
    public IReadOnlyList<RecordKind> Kinds => _kinds;

    /// <summary>Gets the measures some kind adds to, <see cref="Measure.Records"/> first, then in the order the kinds declare them.</summary>
    public IReadOnlyList<Measure> Measures { get; }

    /// <summary>Gets the dimensions some kind gives values for: <see cref="AggregationDimension.None"/> first and <see cref="AggregationDimension.RecordType"/> last.</summary>
    public IReadOnlyList<AggregationDimension> Dimensions { get; }

    /// <summary>Returns a catalogue with one more kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The new catalogue.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A kind of the catalogue has the same code or the same record type, or a measure or dimension of the kind has the code of a different one already in the catalogue.</exception>
    public RecordCatalogue With(RecordKind kind)
    {
        if (kind is null)
        {
            throw new ArgumentNullException(nameof(kind));
        }

        if (_byCode.TryGetValue(kind.Code, out var same))
        {
            throw new ArgumentException($"The catalogue has a kind with the code '{kind.Code}' already ({same}).", nameof(kind));
        }

        if (_byType.TryGetValue(kind.RecordType, out same))
        {
            throw new ArgumentException($"The catalogue has a kind for {kind.RecordType.Name} already ({same}).", nameof(kind));
        }

        foreach (var measure in kind.Measures)
        {
            if (Measures.FirstOrDefault(m => m == measure) is { } known && !ReferenceEquals(known, measure) && (known.Kind != measure.Kind || known.Unit != measure.Unit))
            {
                throw new ArgumentException($"The measure '{measure.Code}' of {kind.Code} is not the catalogue's measure of that code (its kind or unit differ).", nameof(kind));
            }
        }

        return new RecordCatalogue([.. _kinds, kind]);
    }

    /// <summary>Finds a kind by its code.</summary>
    /// <param name="code">The code, such as <c>inspection</c>.</param>
    /// <returns>The kind, or <see langword="null"/>.</returns>
    public RecordKind? Find(string code) => code is not null && _byCode.TryGetValue(code, out var kind) ? kind : null;

    /// <summary>Finds the kind of a record by its type.</summary>
    /// <param name="record">The record.</param>
    /// <returns>The kind, or <see langword="null"/> when the catalogue has none for the record's type.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is <see langword="null"/>.</exception>
    public RecordKind? KindOf(IRecord record) =>
        _byType.TryGetValue((record ?? throw new ArgumentNullException(nameof(record))).GetType(), out var kind) ? kind : null;

    /// <summary>Finds a measure of the catalogue by its code (ignoring case).</summary>
    /// <param name="code">The code, such as <c>hazards-found</c>.</param>
    /// <returns>The measure, or <see langword="null"/>.</returns>
    public Measure? FindMeasure(string code) => Measures.FirstOrDefault(m => string.Equals(m.Code, code, StringComparison.OrdinalIgnoreCase));

    /// <summary>Finds a dimension of the catalogue by its code (ignoring case).</summary>
    /// <param name="code">The code, such as <c>inspection-type</c>.</param>
    /// <returns>The dimension, or <see langword="null"/>.</returns>
    public AggregationDimension? FindDimension(string code) => Dimensions.FirstOrDefault(d => string.Equals(d.Code, code, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Validates a record by its kind: <see cref="RecordRules.Common"/>, then the kind's own rules. A record whose type
    /// the catalogue does not know is checked by the common rules alone.
    /// </summary>
    /// <param name="record">The record.</param>
    /// <param name="context">The day, time zone and division registry; <see langword="null"/> for the system clock and no registry.</param>
    /// <returns>Every issue found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is <see langword="null"/>.</exception>
    public ValidationReport Validate(IRecord record, ValidationContext? context = null) =>
        KindOf(record) is { } kind ? kind.Validate(record, context) : RecordRules.Common.Validate(record, context);

    /// <summary>Returns the kinds' codes.</summary>
    /// <returns>A readable description.</returns>
    public override string ToString() => string.Join(", ", _kinds.Select(k => k.Code));
}
