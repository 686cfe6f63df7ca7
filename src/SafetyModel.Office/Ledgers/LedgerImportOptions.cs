using System;
using System.Collections.Generic;
using SafetyModel.Records;

namespace SafetyModel.Office;

/// <summary>How a 台账 is imported: which record kinds exist, which sheet to read, and which column holds which member.</summary>
public sealed class LedgerImportOptions
{
    private RecordCatalogue _catalogue = RecordCatalogue.Default;
    private IReadOnlyDictionary<string, string> _columns = new Dictionary<string, string>();

    /// <summary>Gets the default options: the built-in kinds, every sheet, columns matched by heading.</summary>
    public static LedgerImportOptions Default { get; } = new();

    /// <summary>Gets the catalogue the kind is looked up in (<see cref="RecordCatalogue.Default"/>, or one with a town's own kinds).</summary>
    public RecordCatalogue Catalogue { get => _catalogue; init => _catalogue = value ?? throw new ArgumentNullException(nameof(Catalogue)); }

    /// <summary>Gets the one sheet to read, by name; <see langword="null"/> reads every sheet in order.</summary>
    public string? Sheet { get; init; }

    /// <summary>
    /// Gets the column map that overrides heading matching: a column's heading (as written) or letters (<c>D</c>) to a
    /// member's contract name (<c>start</c>); an empty member leaves the column unread.
    /// </summary>
    public IReadOnlyDictionary<string, string> Columns { get => _columns; init => _columns = value ?? throw new ArgumentNullException(nameof(Columns)); }

    /// <summary>Gets the limits the file is read within (<see cref="OfficeReadLimits.Default"/>).</summary>
    public OfficeReadLimits Limits { get; init; } = OfficeReadLimits.Default;

    /// <summary>Gets how many rows from the top of a sheet are searched for the header: 20 by default.</summary>
    public int HeaderSearchRows { get; init; } = 20;
}
