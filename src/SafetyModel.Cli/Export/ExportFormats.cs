using System;
using System.Collections.Generic;
using System.Linq;

namespace SafetyModel.Cli.Export;

/// <summary>The formats of <c>safetymodel export --format</c>.</summary>
internal static class ExportFormats
{
    /// <summary>Gets every format, by name.</summary>
    public static IReadOnlyList<IExportFormat> All { get; } = new IExportFormat[]
    {
        new ParquetExportFormat(),
        new XlsxExportFormat(),
    };

    /// <summary>Gets the names, for the help and <c>AcceptOnlyFromAmong</c>.</summary>
    public static string[] Names => All.Select(f => f.Name).ToArray();

    /// <summary>Finds a format by name.</summary>
    public static IExportFormat Find(string name) =>
        All.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new CliException($"--format: “{name}” is not an export format; the formats are {string.Join(", ", Names)}.");
}
