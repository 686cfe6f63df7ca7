using System;
using System.Globalization;
using SafetyModel.Diagnostics;
using SafetyModel.Validation;

namespace SafetyModel.Office;

/// <summary>
/// A problem found while importing a 台账 (ledger) sheet: its stable code (<c>SM92xx</c>, or <c>SM90xx</c> for a file
/// that cannot be opened), its severity, the cell it concerns (<c>Sheet1!D17</c>; the sheet alone, or nothing, when no
/// one cell is at fault) and a message in English and Chinese.
/// </summary>
public sealed class LedgerIssue : IEquatable<LedgerIssue>
{
    /// <summary>Creates an issue.</summary>
    /// <param name="code">The stable code.</param>
    /// <param name="severity">Error (the row gives no record, or nothing is imported), warning (kept, but check it) or information.</param>
    /// <param name="sheet">The sheet's name, or <see langword="null"/> when the issue concerns the file.</param>
    /// <param name="row">The one-based row, or 0 when no row is at fault.</param>
    /// <param name="column">The column letters (<c>D</c>), or <see langword="null"/> when no column is at fault.</param>
    /// <param name="message">The message in English and Chinese.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> or <paramref name="message"/> is <see langword="null"/>.</exception>
    public LedgerIssue(string code, ValidationSeverity severity, string? sheet, int row, string? column, LocalizedText message)
    {
        Code = code ?? throw new ArgumentNullException(nameof(code));
        Severity = severity;
        Sheet = sheet;
        Row = row;
        Column = column;
        Message = message ?? throw new ArgumentNullException(nameof(message));
    }

    /// <summary>Gets the stable code.</summary>
    public string Code { get; }

    /// <summary>Gets the severity.</summary>
    public ValidationSeverity Severity { get; }

    /// <summary>Gets the sheet's name, or <see langword="null"/>.</summary>
    public string? Sheet { get; }

    /// <summary>Gets the one-based row, or 0.</summary>
    public int Row { get; }

    /// <summary>Gets the column letters, or <see langword="null"/>.</summary>
    public string? Column { get; }

    /// <summary>Gets the message in English and Chinese.</summary>
    public LocalizedText Message { get; }

    /// <summary>
    /// Gets the place in Excel's own notation: <c>Sheet1!D17</c> for a cell, <c>Sheet1!17:17</c> for a row,
    /// <c>Sheet1!D:D</c> for a column, the sheet name for a sheet, and an empty text for the file. A sheet name with
    /// anything but letters, digits and underscores is quoted (<c>'检查 台账'!D17</c>).
    /// </summary>
    public string Cell
    {
        get
        {
            if (Sheet is null)
            {
                return string.Empty;
            }

            var sheet = NeedsQuotes(Sheet) ? "'" + Sheet.Replace("'", "''") + "'" : Sheet;
            var row = Row.ToString(CultureInfo.InvariantCulture);
            return (Row > 0, Column is not null) switch
            {
                (true, true) => $"{sheet}!{Column}{row}",
                (true, false) => $"{sheet}!{row}:{row}",
                (false, true) => $"{sheet}!{Column}:{Column}",
                _ => sheet,
            };
        }
    }

    /// <summary>Gets the message in the language of a culture (Chinese for zh-*, English otherwise).</summary>
    /// <param name="culture">The culture, or <see langword="null"/> for the current UI culture.</param>
    /// <returns>The message.</returns>
    public string GetMessage(CultureInfo? culture) => Message.Get(culture);

    /// <inheritdoc/>
    public bool Equals(LedgerIssue? other) =>
        other is not null && Code == other.Code && Severity == other.Severity && Sheet == other.Sheet && Row == other.Row && Column == other.Column && Message.Equals(other.Message);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as LedgerIssue);

    /// <inheritdoc/>
    public override int GetHashCode() => (Code, Severity, Sheet, Row, Column).GetHashCode();

    /// <inheritdoc/>
    public override string ToString() => $"{Cell} {Code} {Severity}: {Message.English}";

    private static bool NeedsQuotes(string sheet)
    {
        foreach (var c in sheet)
        {
            if (!(c is '_' || char.IsLetterOrDigit(c)))
            {
                return true;
            }
        }

        return sheet.Length == 0 || char.IsDigit(sheet[0]);
    }
}
