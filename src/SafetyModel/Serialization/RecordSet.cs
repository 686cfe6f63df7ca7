using System;
using System.Collections.Generic;
using System.Linq;
using SafetyModel.Diagnostics;
using SafetyModel.Primitives;
using SafetyModel.Reports;

namespace SafetyModel.Serialization;

/// <summary>
/// The versioned envelope of a JSON file of the contract:
/// <c>{"schemaVersion":"1.0","records":[…],"reports":[…]}</c>. Records carry their <c>type</c>
/// (<c>inspection</c>, <c>hazard</c>, …); reports are <see cref="WorkSummaryReport"/>s.
/// </summary>
/// <remarks>
/// <see cref="SchemaVersion"/> is <c>major.minor</c>. A reader reads every minor version of its major version: a newer
/// minor version only adds optional members and codes, which preserving reading keeps and writes back. Another major
/// version is refused (<see cref="JsonContractCodes.UnsupportedSchemaVersion"/>). JSON Lines files hold bare records,
/// one a line, in the current major version.
/// </remarks>
public sealed class RecordSet : IEquatable<RecordSet>
{
    private readonly IRecord[] _records = Array.Empty<IRecord>();
    private readonly WorkSummaryReport[] _reports = Array.Empty<WorkSummaryReport>();

    /// <summary>Gets the schema version the set was read with, or the library's (<see cref="SafetyJson.SchemaVersion"/>) for a new set.</summary>
    public string SchemaVersion { get; init; } = SafetyJson.SchemaVersion;

    /// <summary>Gets the records, of any kind, in order.</summary>
    /// <exception cref="ArgumentNullException">An item is <see langword="null"/> (on set).</exception>
    public IReadOnlyList<IRecord> Records { get => _records; init => _records = Sequences.Copy(value, nameof(Records)); }

    /// <summary>Gets the work summary reports, in order.</summary>
    /// <exception cref="ArgumentNullException">An item is <see langword="null"/> (on set).</exception>
    public IReadOnlyList<WorkSummaryReport> Reports { get => _reports; init => _reports = Sequences.Copy(value, nameof(Reports)); }

    /// <inheritdoc />
    public bool Equals(RecordSet? other) =>
        other is not null && string.Equals(SchemaVersion, other.SchemaVersion, StringComparison.Ordinal) &&
        _records.SequenceEqual(other._records) && _reports.SequenceEqual(other._reports);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RecordSet);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(SchemaVersion, _records.Length, _reports.Length);

    /// <inheritdoc />
    public override string ToString() => $"RecordSet {SchemaVersion}: {_records.Length} records, {_reports.Length} reports";
}
