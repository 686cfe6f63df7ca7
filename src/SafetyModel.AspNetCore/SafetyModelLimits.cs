using SafetyModel.Office;

namespace SafetyModel.AspNetCore;

/// <summary>
/// The limits a web server needs before it reads what a client sends: the size of a request body, the number of
/// records in one request, the size of an uploaded file and the office readers' zip and XML limits. Each one, when
/// passed, is answered with a problem details response (413 Content Too Large, RFC 9110 §15.5.14, or 400), never a 500
/// (docs/aspnetcore.md).
/// </summary>
public sealed class SafetyModelLimits
{
    /// <summary>Gets or sets the most bytes a request body of records (JSON, JSON Lines) may hold; 32 MiB by default (SM9501, 413).</summary>
    public long MaxRequestBodyBytes { get; set; } = 32L * 1024 * 1024;

    /// <summary>Gets or sets the most records one request may hold; 10,000 by default (SM9502, 413).</summary>
    public int MaxRecordsPerRequest { get; set; } = 10_000;

    /// <summary>Gets or sets the most bytes an uploaded file (a 公文 or a 台账) may hold; 20 MiB by default (SM9503, 413).</summary>
    public long MaxFileBytes { get; set; } = 20L * 1024 * 1024;

    /// <summary>
    /// Gets or sets the limits of SafetyModel.Office's readers (entries, unpacked sizes, compression ratio, XML depth):
    /// a file past them is answered with its SM90xx code (413 for sizes, 400 otherwise).
    /// </summary>
    public OfficeReadLimits Office { get; set; } = OfficeReadLimits.Default;
}
