namespace SafetyModel.Parquet;

/// <summary>
/// A key of Hive-style partitioning (<c>year=2022/county=150626000000/</c>), as DuckDB's
/// <c>read_parquet(…, hive_partitioning=true)</c> and Spark's <c>spark.read.parquet</c> read it. A record without the
/// value goes to <c>__HIVE_DEFAULT_PARTITION__</c>, which both engines read as NULL.
/// </summary>
public enum ParquetPartitionKey
{
    /// <summary>The year of the record's reference date (the date its kind dates it by: <c>IRecord.ReferenceDate</c>), <c>year=2022</c>.</summary>
    Year = 0,

    /// <summary>The month (1–12) of the record's reference date, <c>month=7</c>.</summary>
    Month = 1,

    /// <summary>The record's division rolled up to the province (省级), as in the <c>division_province</c> column.</summary>
    Province = 2,

    /// <summary>The record's division rolled up to the prefecture (地级), as in the <c>division_prefecture</c> column.</summary>
    Prefecture = 3,

    /// <summary>The record's division rolled up to the county (县级), as in the <c>division_county</c> column.</summary>
    County = 4,

    /// <summary>The record's division rolled up to the township (乡级), as in the <c>division_township</c> column.</summary>
    Township = 5,
}
