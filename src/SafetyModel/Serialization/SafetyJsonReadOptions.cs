using System;
using SafetyModel.Diagnostics;
using SafetyModel.Records;

namespace SafetyModel.Serialization;

/// <summary>How <see cref="SafetyJson"/> and <see cref="JsonLines"/> read: strictness and the limits that keep hostile input bounded.</summary>
public sealed class SafetyJsonReadOptions
{
    private readonly RecordCatalogue _catalogue = RecordCatalogue.Default;
    private readonly int _maxDepth = 64;
    private readonly long _maxDocumentBytes = 256L * 1024 * 1024;
    private readonly int _maxRecordBytes = 16 * 1024 * 1024;
    private readonly int _maxValueBytes = 1024 * 1024;

    /// <summary>Gets the default options: preserving reading (unknown members and open-list codes kept), 64 levels, 256 MiB documents, 16 MiB JSON Lines records, 1 MiB values.</summary>
    public static SafetyJsonReadOptions Default { get; } = new();

    /// <summary>Gets the default limits with strict reading.</summary>
    public static SafetyJsonReadOptions StrictDefault { get; } = new() { Strict = true };

    /// <summary>
    /// Gets a value indicating whether reading is strict: a member the contract does not define
    /// (<see cref="JsonContractCodes.UnknownMember"/>) or an open-list code that is not well known
    /// (<see cref="JsonContractCodes.UnknownCode"/>) is refused instead of kept. For validation tools.
    /// </summary>
    public bool Strict { get; init; }

    /// <summary>
    /// Gets the record kinds a record's <c>type</c> may name: <see cref="RecordCatalogue.Default"/> (the built-in kinds)
    /// unless a town adds its own (<see cref="RecordCatalogue.With"/>); their members are read from the contract
    /// attributes on their types.
    /// </summary>
    public RecordCatalogue Catalogue { get => _catalogue; init => _catalogue = value ?? throw new ArgumentNullException(nameof(Catalogue)); }

    /// <summary>Gets how deep arrays and objects may nest (default 64; <see cref="JsonContractCodes.TooDeep"/> beyond).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 8 or above 256 (on set).</exception>
    public int MaxDepth
    {
        get => _maxDepth;
        init => _maxDepth = value is >= 8 and <= 256 ? value : throw new ArgumentOutOfRangeException(nameof(MaxDepth), value, "MaxDepth runs from 8 to 256.");
    }

    /// <summary>Gets the largest document read whole, in bytes (default 256 MiB; <see cref="JsonContractCodes.TooLarge"/> beyond). Use JSON Lines for more.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive (on set).</exception>
    public long MaxDocumentBytes
    {
        get => _maxDocumentBytes;
        init => _maxDocumentBytes = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(MaxDocumentBytes), value, "MaxDocumentBytes must be positive.");
    }

    /// <summary>Gets the longest JSON Lines record, in bytes (default 16 MiB; <see cref="JsonContractCodes.TooLarge"/> beyond). It bounds the reader's memory.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive or above 1 GiB (on set).</exception>
    public int MaxRecordBytes
    {
        get => _maxRecordBytes;
        init => _maxRecordBytes = value is > 0 and <= 1 << 30 ? value : throw new ArgumentOutOfRangeException(nameof(MaxRecordBytes), value, "MaxRecordBytes runs from 1 byte to 1 GiB.");
    }

    /// <summary>
    /// Gets the longest single value — a string, a member name or a number — in bytes as written in the JSON (default
    /// 1 MiB, 1,048,576 bytes; <see cref="JsonContractCodes.ValueTooLong"/> beyond). It is checked while reading, before
    /// the value is decoded or held: a 250 MiB <c>id</c> is refused after 1 MiB of it, on a stream as on a whole
    /// document. The longest text of the contract, a report's, is far shorter (a 20-page 公文 is about 180 KB).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive (on set).</exception>
    public int MaxValueBytes
    {
        get => _maxValueBytes;
        init => _maxValueBytes = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(MaxValueBytes), value, "MaxValueBytes must be positive.");
    }
}
