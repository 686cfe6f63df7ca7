using System.Collections.Generic;
using SafetyModel.Primitives;

namespace SafetyModel.Cli.Export;

/// <summary>
/// A file format <c>safetymodel export --format NAME</c> writes records to. Adding one is one class, one line in
/// <see cref="ExportFormats.All"/> and its help line (<c>export-format NAME</c> in Resources/texts.tsv); the command reads the input, reports bad lines and prints the summary for every format.
/// </summary>
internal interface IExportFormat
{
    /// <summary>Gets the name given to <c>--format</c> (<c>parquet</c>).</summary>
    string Name { get; }

    /// <summary>Writes the records, streamed, under the request's output; the whole export or nothing (no half-written file) when the records throw.</summary>
    /// <param name="records">The records, read once; enumerating them throws <see cref="CliException"/> at a bad line unless bad lines are skipped.</param>
    /// <param name="request">Where and how.</param>
    /// <returns>What was written, for the summary.</returns>
    ExportSummary Export(IEnumerable<IRecord> records, ExportRequest request);
}
