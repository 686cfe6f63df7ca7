namespace SafetyModel.Office;

/// <summary>
/// The stable codes of a 台账 import (<c>SM92xx</c>, listed in docs/office.md); a file that cannot be opened at all
/// gets one of <see cref="OfficeCodes"/> (<c>SM90xx</c>). A code is never renamed or reused.
/// </summary>
public static class LedgerCodes
{
    /// <summary>SM9201 (error): the workbook has no sheets.</summary>
    public const string NoSheets = "SM9201";

    /// <summary>SM9202 (error): the sheet asked for is not in the workbook.</summary>
    public const string SheetNotFound = "SM9202";

    /// <summary>SM9203 (error): no header row was found in a sheet's first rows (no column names a member of the kind).</summary>
    public const string NoHeaderRow = "SM9203";

    /// <summary>SM9204 (information): a column's heading names no member of the kind; the column is not read.</summary>
    public const string ColumnNotRead = "SM9204";

    /// <summary>SM9205 (error): a cell holds no date that can be read.</summary>
    public const string BadDate = "SM9205";

    /// <summary>SM9206 (error): a cell holds no number that can be read, or not a whole number where one is needed.</summary>
    public const string BadNumber = "SM9206";

    /// <summary>SM9207 (error): an approximate figure (<c>500余份</c>) stands where the member holds an exact count.</summary>
    public const string ApproximateCount = "SM9207";

    /// <summary>SM9208 (warning): a value of an open list (such as an inspection type) is not a known one; it is kept as given.</summary>
    public const string UnknownListValue = "SM9208";

    /// <summary>SM9209 (error): a value of a closed list (such as a hazard status) is none of its values.</summary>
    public const string BadListValue = "SM9209";

    /// <summary>SM9210 (error): the JSON contract refuses the row as a record (a required member is missing, for example).</summary>
    public const string RecordRefused = "SM9210";

    /// <summary>SM9211 (error): the record kind asked for is not in the catalogue.</summary>
    public const string UnknownKind = "SM9211";

    /// <summary>SM9212 (error): the column map names a member the kind does not have, or a column no header holds.</summary>
    public const string BadColumnMap = "SM9212";

    /// <summary>SM9213 (error): a cell holds an Excel error value (<c>#N/A</c>, <c>#VALUE!</c>).</summary>
    public const string ErrorCell = "SM9213";

    /// <summary>SM9214 (error): a cell holds a yes/no value that cannot be read.</summary>
    public const string BadBoolean = "SM9214";

    /// <summary>SM9215 (information): a sheet holds no cells and gives no records.</summary>
    public const string EmptySheet = "SM9215";
}
