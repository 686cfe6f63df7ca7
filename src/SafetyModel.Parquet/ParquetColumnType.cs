namespace SafetyModel.Parquet;

/// <summary>
/// The Apache Parquet type of a column of an exported table, as engines such as DuckDB and Spark read it.
/// </summary>
public enum ParquetColumnType
{
    /// <summary>UTF-8 text (<c>BYTE_ARRAY</c>, logical type <c>STRING</c>): ids, open-list and closed-list codes, free text, local date-times in ISO 8601.</summary>
    Text = 0,

    /// <summary>A 32-bit signed integer (<c>INT32</c>).</summary>
    Integer32 = 1,

    /// <summary>A 64-bit signed integer (<c>INT64</c>).</summary>
    Integer64 = 2,

    /// <summary>An exact decimal number, <c>DECIMAL(38,18)</c>: quantities and sums stay exact, never floating point.</summary>
    ExactNumber = 3,

    /// <summary>A Boolean (<c>BOOLEAN</c>).</summary>
    Boolean = 4,

    /// <summary>An ISO 8601 calendar date (<c>INT32</c>, logical type <c>DATE</c>).</summary>
    Date = 5,

    /// <summary>A list of UTF-8 text values (<c>LIST&lt;STRING&gt;</c>), such as the inspection types of an inspection.</summary>
    TextList = 6,

    /// <summary>JSON text (logical type <c>STRING</c>) for a member whose contract shape is not flat, such as a list of objects; it reads back exactly.</summary>
    Json = 7,
}
