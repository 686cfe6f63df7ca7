namespace SafetyModel.Office;

/// <summary>One cell as it stands in a sheet: its column, and its value as text or number (what Excel stored, not a guess).</summary>
internal readonly struct SheetCell
{
    public SheetCell(int column, string? text, double? number, bool isError = false, bool? boolean = null)
    {
        Column = column;
        Text = text;
        Number = number;
        IsError = isError;
        Boolean = boolean;
    }

    /// <summary>The zero-based column.</summary>
    public int Column { get; }

    /// <summary>The text of a text cell (shared, inline or formula string).</summary>
    public string? Text { get; }

    /// <summary>The value of a number cell (a date is a number: its serial).</summary>
    public double? Number { get; }

    public bool IsError { get; }

    public bool? Boolean { get; }

    public bool IsBlank => Number is null && Boolean is null && !IsError && string.IsNullOrWhiteSpace(Text);

    public string Display => Text ?? Number?.ToString("R", System.Globalization.CultureInfo.InvariantCulture) ?? (Boolean is { } b ? (b ? "TRUE" : "FALSE") : string.Empty);

    public static string ColumnName(int column)
    {
        var name = string.Empty;
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    public static int ColumnIndex(string reference)
    {
        var column = 0;
        foreach (var c in reference)
        {
            var upper = char.ToUpperInvariant(c);
            if (upper is < 'A' or > 'Z')
            {
                break;
            }

            column = (column * 26) + (upper - 'A' + 1);
        }

        return column - 1;
    }
}
