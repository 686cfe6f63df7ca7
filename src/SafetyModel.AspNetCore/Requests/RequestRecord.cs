using System;
using SafetyModel.Diagnostics;
using SafetyModel.Primitives;

namespace SafetyModel.AspNetCore;

/// <summary>A record read from a request, with where it was: its line in a JSON Lines body, its pointer in a JSON one.</summary>
public sealed class RequestRecord
{
    /// <summary>Creates a record read from a request.</summary>
    /// <param name="record">The record.</param>
    /// <param name="line">The one-based line of a JSON Lines body, or <see langword="null"/>.</param>
    /// <param name="path">Where the record sits in a JSON body (<c>/records/3</c>); the root for a line or a single record.</param>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is <see langword="null"/>.</exception>
    public RequestRecord(IRecord record, long? line, JsonPointer path)
    {
        Record = record ?? throw new ArgumentNullException(nameof(record));
        Line = line;
        Path = path;
    }

    /// <summary>Gets the record.</summary>
    public IRecord Record { get; }

    /// <summary>Gets the one-based line of a JSON Lines body, or <see langword="null"/>.</summary>
    public long? Line { get; }

    /// <summary>Gets where the record sits in the body.</summary>
    public JsonPointer Path { get; }

    /// <summary>Returns the record's kind and id, and where it was.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Record.Id} at {(Line is { } l ? "line " + l.ToString(System.Globalization.CultureInfo.InvariantCulture) : Path.ToString())}";
}
