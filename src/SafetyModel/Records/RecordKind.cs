using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using SafetyModel.Primitives;
using SafetyModel.Validation;

namespace SafetyModel.Records;

/// <summary>
/// A kind of record (检查, 隐患, 会议 … or a town's own, such as 应急演练), declared once: its code — the JSON
/// <c>type</c> discriminator — and names, its .NET type, the contract member that dates it, what it adds to each
/// <see cref="Measure"/>, its value for each <see cref="AggregationDimension"/> and its own validation rules.
/// Aggregation, reconciliation, validation, the JSON contract, its schema and the CLI read the declarations of a
/// <see cref="RecordCatalogue"/> instead of knowing the types. Declare a kind with <see cref="RecordKind{T}"/>.
/// </summary>
/// <remarks>Immutable and safe to share between threads.</remarks>
public abstract class RecordKind
{
    private protected RecordKind(string code, string chineseName, string englishName, Type recordType, string dateMember)
    {
        Code = CheckCode(code, nameof(code));
        ChineseName = string.IsNullOrWhiteSpace(chineseName) ? throw new ArgumentException("A record kind has a Chinese name.", nameof(chineseName)) : chineseName;
        EnglishName = string.IsNullOrWhiteSpace(englishName) ? throw new ArgumentException("A record kind has an English name.", nameof(englishName)) : englishName;
        RecordType = recordType;
        DateMember = string.IsNullOrWhiteSpace(dateMember) ? throw new ArgumentException("A record kind names the contract member that dates it.", nameof(dateMember)) : dateMember;
    }

    /// <summary>Gets the code, which is also the JSON <c>type</c> discriminator: <c>inspection</c>.</summary>
    public string Code { get; }

    /// <summary>Gets the Chinese name: 检查.</summary>
    public string ChineseName { get; }

    /// <summary>Gets the English name: inspection.</summary>
    public string EnglishName { get; }

    /// <summary>Gets the .NET type of the records.</summary>
    public Type RecordType { get; }

    /// <summary>
    /// Gets the name, in the JSON contract, of the member that gives <see cref="IRecord.ReferenceDate"/> — the date a
    /// period is judged by (<c>start</c> of an inspection, <c>foundOn</c> of a hazard); issues about the date point at it.
    /// </summary>
    public string DateMember { get; }

    /// <summary>Gets the measures the kind adds to, besides <see cref="Measure.Records"/> (which every kind adds 1 to).</summary>
    public abstract IReadOnlyList<Measure> Measures { get; }

    /// <summary>Gets the dimensions the kind gives values for, besides <see cref="AggregationDimension.RecordType"/> (every kind's own).</summary>
    public abstract IReadOnlyList<AggregationDimension> Dimensions { get; }

    /// <summary>
    /// Validates a record of this kind: the rules every record obeys (<see cref="RecordRules.Common"/>, and
    /// <see cref="RecordRules.NotInFuture"/> and <see cref="RecordRules.InSupportedYears"/> at <see cref="DateMember"/>),
    /// the declared figures (not negative, at most <see cref="Measure.MaximumFigure"/>: what aggregation refuses is
    /// reported here first), then the kind's own.
    /// </summary>
    /// <param name="record">The record.</param>
    /// <param name="context">The day, time zone and division registry; <see langword="null"/> for the system clock and no registry.</param>
    /// <returns>Every issue found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="record"/> is not of <see cref="RecordType"/>.</exception>
    public abstract ValidationReport Validate(IRecord record, ValidationContext? context = null);

    /// <summary>Returns the code and the Chinese name.</summary>
    /// <returns>A readable description, such as <c>inspection (检查)</c>.</returns>
    public override string ToString() => $"{Code} ({ChineseName})";

    /// <summary>The members of a record type the JSON contract reads for a kind declared outside the library: its public properties and parameterless constructor.</summary>
    internal const DynamicallyAccessedMemberTypes Members = DynamicallyAccessedMemberTypes.PublicProperties | DynamicallyAccessedMemberTypes.PublicParameterlessConstructor;

    /// <summary>Visits the kind with its record type as a type argument.</summary>
    internal abstract TResult Accept<TResult>(IRecordKindVisitor<TResult> visitor);

    /// <summary>What the kind adds to a measure, or <see langword="null"/> when it adds nothing.</summary>
    internal abstract Contribution? ContributionTo(Measure measure);

    /// <summary>How the kind gives its values for a dimension, or <see langword="null"/> when it gives none.</summary>
    internal abstract DimensionReader? ReaderOf(AggregationDimension dimension);

    /// <summary>Checks a code of a kind, measure or dimension: 1 to 64 lower-case ASCII letters, digits and inner hyphens.</summary>
    internal static string CheckCode(string code, string parameter)
    {
        if (code is null)
        {
            throw new ArgumentNullException(parameter);
        }

        var valid = code.Length is > 0 and <= 64 && code[0] != '-' && code[code.Length - 1] != '-';
        foreach (var c in code)
        {
            valid &= c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-';
        }

        return valid
            ? code
            : throw new ArgumentException($"'{code}' is not a code: 1 to 64 lower-case ASCII letters, digits and inner hyphens, such as 'drill-participants'.", parameter);
    }
}
