using System;
using System.Collections.Generic;
using SafetyModel.Primitives;
using SafetyModel.Records;

namespace SafetyModel.Parquet;

/// <summary>How records are exported to Parquet: the kinds, the division names, the partitioning and the row-group size.</summary>
public sealed class ParquetExportOptions
{
    private readonly RecordCatalogue _catalogue = RecordCatalogue.Default;
    private readonly IReadOnlyList<ParquetPartitionKey> _partitionBy = Array.Empty<ParquetPartitionKey>();
    private readonly int _rowGroupSize = 50_000;

    /// <summary>Gets the options by default: the built-in kinds, no names, no partitioning, row groups of 50,000 records.</summary>
    public static ParquetExportOptions Default { get; } = new();

    /// <summary>Gets the record kinds, whose JSON contract gives each table its columns; <see cref="RecordCatalogue.Default"/> by default.</summary>
    public RecordCatalogue Catalogue { get => _catalogue; init => _catalogue = value ?? throw new ArgumentNullException(nameof(Catalogue)); }

    /// <summary>Gets the registry that names the divisions in the <c>*_name</c> columns; null (the default) leaves them null.</summary>
    public DivisionRegistry? Divisions { get; init; }

    /// <summary>Gets the Hive-style partition keys, outermost first (<c>year</c>, then <c>county</c>); none by default.</summary>
    public IReadOnlyList<ParquetPartitionKey> PartitionBy
    {
        get => _partitionBy;
        init
        {
            var keys = Sequences(value);
            if (new HashSet<ParquetPartitionKey>(keys).Count != keys.Length)
            {
                throw new ArgumentException("A partition key is given twice.", nameof(PartitionBy));
            }

            foreach (var key in keys)
            {
                if (key is < ParquetPartitionKey.Year or > ParquetPartitionKey.Township)
                {
                    throw new ArgumentException($"{(int)key} is not a partition key.", nameof(PartitionBy));
                }
            }

            _partitionBy = keys;
        }
    }

    /// <summary>
    /// Gets the most records held in memory before they are written as a row group (50,000 by default). The export holds at
    /// most this many records in memory in all, whatever the input size: with many partitions open, the fullest is written
    /// first, so its row groups may be smaller.
    /// </summary>
    public int RowGroupSize
    {
        get => _rowGroupSize;
        init => _rowGroupSize = value is >= 1 and <= 10_000_000 ? value : throw new ArgumentOutOfRangeException(nameof(RowGroupSize), value, "A row group holds 1 to 10,000,000 records.");
    }

    private static ParquetPartitionKey[] Sequences(IReadOnlyList<ParquetPartitionKey> value)
    {
        if (value is null)
        {
            throw new ArgumentNullException(nameof(value));
        }

        var copy = new ParquetPartitionKey[value.Count];
        for (var i = 0; i < copy.Length; i++)
        {
            copy[i] = value[i];
        }

        return copy;
    }
}
