namespace SafetyModel.Office;

/// <summary>
/// The limits a .docx or .ofd file is read within, so that a damaged or hostile file (a zip bomb, an entity bomb, a
/// huge part) gets a clear error (<c>SM9006</c>–<c>SM9016</c>) in bounded time and memory. Sizes are counted while the
/// entries are unpacked, not taken from the zip's headers, which may lie.
/// </summary>
/// <remarks>The defaults are far above any real 公文 (the seed letter's .docx is about 10 KB packed).</remarks>
public sealed class OfficeReadLimits
{
    /// <summary>Gets the default limits.</summary>
    public static OfficeReadLimits Default { get; } = new();

    /// <summary>Gets the largest file read, in bytes: 100 MiB by default (SM9014).</summary>
    public long MaximumFileBytes { get; init; } = 100L * 1024 * 1024;

    /// <summary>Gets the most entries a zip may hold: 10,000 by default (SM9006).</summary>
    public int MaximumEntries { get; init; } = 10_000;

    /// <summary>Gets the most bytes one entry may unpack to: 64 MiB by default (SM9007).</summary>
    public long MaximumEntryBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Gets the most bytes all entries together may unpack to: 256 MiB by default (SM9008).</summary>
    public long MaximumTotalBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>
    /// Gets the highest ratio of unpacked to packed size an entry may have once past its first mebibyte: 200 by default
    /// (SM9009; XML packs about 10:1, a zip bomb 1,000:1 and more).
    /// </summary>
    public int MaximumCompressionRatio { get; init; } = 200;

    /// <summary>Gets the deepest nesting of XML elements read: 256 by default (SM9011).</summary>
    public int MaximumXmlDepth { get; init; } = 256;
}
