namespace SafetyModel.Parquet;

/// <summary>
/// A key of Hive-style partitioning (<c>year=2022/county=150626000000/</c>), as DuckDB's
/// <c>read_parquet(…, hive_partitioning=true)</c> and Spark's <c>spark.read.parquet</c> read it. A record without the
/// value goes to <c>__HIVE_DEFAULT_PARTITION__</c>, which both engines read as NULL.
/// </summary>
public enum ParquetPartitionKey
{
    /// <summary>The year of the record's date (the member its kind dates it by), <c>year=2022</c>.</summary>
    Year = 0,

    /// <summary>The month (1–12) of the record's date, <c>month=7</c>; records dated by a period (a campaign) have none.</summary>
    Month = 1,

    /// <summary>The 12-digit code of the province (省级) that holds the record's division.</summary>
    Province = 2,

    /// <summary>The 12-digit code of the prefecture (地级) that holds the record's division.</summary>
    Prefecture = 3,

    /// <summary>The 12-digit code of the county (县级) that holds the record's division.</summary>
    County = 4,

    /// <summary>The 12-digit code of the township (乡级) that holds the record's division.</summary>
    Township = 5,
}
