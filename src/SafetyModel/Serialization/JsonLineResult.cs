using SafetyModel.Primitives;

namespace SafetyModel.Serialization;

/// <summary>One line of a JSON Lines stream as <see cref="JsonLines.ReadAll"/> reads it: a record, or why the line is not one.</summary>
public sealed class JsonLineResult
{
    internal JsonLineResult(long lineNumber, IRecord? record, JsonContractException? error)
    {
        LineNumber = lineNumber;
        Record = record;
        Error = error;
    }

    /// <summary>Gets the zero-based line number in the stream (blank lines count, as in System.Text.Json's <c>LineNumber</c>).</summary>
    public long LineNumber { get; }

    /// <summary>Gets the record, or <see langword="null"/> when the line is not one.</summary>
    public IRecord? Record { get; }

    /// <summary>Gets why the line is not a record, or <see langword="null"/>.</summary>
    public JsonContractException? Error { get; }

    /// <summary>Gets a value indicating whether the line holds a record.</summary>
    public bool Success => Error is null;

    /// <inheritdoc />
    public override string ToString() => Success ? $"{LineNumber}: {Record}" : $"{LineNumber}: {Error!.Message}";
}
