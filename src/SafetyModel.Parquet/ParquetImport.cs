using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Parquet;
using Parquet.Schema;
using SafetyModel.Primitives;
using SafetyModel.Records;
using SafetyModel.Serialization;

namespace SafetyModel.Parquet;

/// <summary>
/// Reads back the records of a Parquet file written by <see cref="ParquetExporter"/>: each row is put back into its
/// kind's JSON contract (with the members kept in <c>_unknown</c>) and read by the JSON contract's own reader, so an
/// export reads back to equal records. Derived columns (division ancestors and names, dates of date-times) are ignored.
/// </summary>
public static class ParquetImport
{
    /// <summary>Reads the records of a Parquet file, one row group at a time.</summary>
    /// <param name="path">The file (<c>inspection/part-00000.parquet</c>).</param>
    /// <param name="catalogue">The record kinds; <see cref="RecordCatalogue.Default"/> when null. A town's own kind must be in it.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <returns>The records, read as they are enumerated.</returns>
    /// <exception cref="InvalidDataException">(On enumeration) the file was not written by this package, is of a kind the catalogue does not have, or lacks a column of its kind.</exception>
    public static async IAsyncEnumerable<IRecord> ReadFileAsync(string path, RecordCatalogue? catalogue = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var stream = File.OpenRead(path ?? throw new ArgumentNullException(nameof(path)));
        await using (stream.ConfigureAwait(false))
        {
            await foreach (var record in ReadAsync(stream, catalogue, cancellationToken).ConfigureAwait(false))
            {
                yield return record;
            }
        }
    }

    /// <summary>Reads the records of a Parquet stream, one row group at a time.</summary>
    /// <param name="parquet">The stream, readable and seekable; left open.</param>
    /// <param name="catalogue">The record kinds; <see cref="RecordCatalogue.Default"/> when null. A town's own kind must be in it.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <returns>The records, read as they are enumerated.</returns>
    /// <exception cref="InvalidDataException">(On enumeration) the file was not written by this package, is of a kind the catalogue does not have, or lacks a column of its kind.</exception>
    public static async IAsyncEnumerable<IRecord> ReadAsync(Stream parquet, RecordCatalogue? catalogue = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (parquet is null)
        {
            throw new ArgumentNullException(nameof(parquet));
        }

        catalogue ??= RecordCatalogue.Default;
        var options = new ParquetOptions { UseDateOnlyTypeForDates = true };
        var reader = await ParquetReader.CreateAsync(parquet, options, leaveStreamOpen: true, cancellationToken).ConfigureAwait(false);
        await using var readerScope = reader.ConfigureAwait(false);
        if (!reader.CustomMetadata.TryGetValue(ParquetTable.KindMetadataKey, out var code))
        {
            throw new InvalidDataException($"The Parquet file has no '{ParquetTable.KindMetadataKey}' metadata: it was not written by SafetyModel.Parquet, so its record kind is unknown.");
        }

        var table = catalogue.Find(code) is not null
            ? ParquetTable.For(catalogue, code)
            : throw new InvalidDataException($"The Parquet file holds '{code}' records, a kind the catalogue ({catalogue}) does not have; add the kind to the catalogue to read it.");
        var columns = table.Columns.Where(c => c.IsReadBack).ToArray();
        var fields = columns.Select(c => FieldOf(reader.Schema, c)).ToArray();
        var readOptions = new SafetyJsonReadOptions { Catalogue = catalogue };
        for (var group = 0; group < reader.RowGroupCount; group++)
        {
            var values = new object?[columns.Length][];
            int rows;
            using (var rowGroup = reader.OpenRowGroupReader(group))
            {
                rows = checked((int)rowGroup.RowCount);
                for (var i = 0; i < columns.Length; i++)
                {
                    values[i] = await ReadColumnAsync(rowGroup, columns[i], fields[i], rows, cancellationToken).ConfigureAwait(false);
                }
            }

            using var lines = new MemoryStream();
            for (var row = 0; row < rows; row++)
            {
                WriteRow(lines, table, columns, values, row);
            }

            lines.Position = 0;
            foreach (var record in JsonLines.ReadRecords(lines, readOptions))
            {
                yield return record;
            }
        }
    }

    private static DataField FieldOf(ParquetSchema schema, ParquetColumn column)
    {
        var field = schema.Fields.FirstOrDefault(f => f.Name == column.Name)
            ?? throw new InvalidDataException($"The Parquet file has no column '{column.Name}', which the {column.Member} member of its kind needs: it was written for another declaration of the kind.");
        return field switch
        {
            ListField { Item: DataField item } => item,
            DataField data => data,
            _ => throw new InvalidDataException($"The Parquet column '{column.Name}' is not a column of {column.SqlType}."),
        };
    }

    private static async Task<object?[]> ReadColumnAsync(ParquetRowGroupReader rowGroup, ParquetColumn column, DataField field, int rows, CancellationToken cancellationToken)
    {
        switch (column.Type)
        {
            case ParquetColumnType.Integer32:
                return await ReadAsync<int>(rowGroup, field, rows, cancellationToken).ConfigureAwait(false);
            case ParquetColumnType.Integer64:
                return await ReadAsync<long>(rowGroup, field, rows, cancellationToken).ConfigureAwait(false);
            case ParquetColumnType.Boolean:
                return await ReadAsync<bool>(rowGroup, field, rows, cancellationToken).ConfigureAwait(false);
            case ParquetColumnType.ExactNumber:
                return await ReadAsync<decimal>(rowGroup, field, rows, cancellationToken).ConfigureAwait(false);
            case ParquetColumnType.Date:
                return await ReadAsync<DateOnly>(rowGroup, field, rows, cancellationToken).ConfigureAwait(false);
            case ParquetColumnType.TextList:
                return await ReadListsAsync(rowGroup, field, rows, cancellationToken).ConfigureAwait(false);
            default:
                var texts = new string[rows];
                await rowGroup.ReadAsync(field, texts, null, cancellationToken).ConfigureAwait(false);
                return texts;
        }
    }

    private static async Task<object?[]> ReadAsync<T>(ParquetRowGroupReader rowGroup, DataField field, int rows, CancellationToken cancellationToken)
        where T : struct
    {
        var values = new T?[rows];
        await rowGroup.ReadAsync<T>(field, values, null, cancellationToken).ConfigureAwait(false);
        return values.Select(v => (object?)v).ToArray();
    }

    private static async Task<object?[]> ReadListsAsync(ParquetRowGroupReader rowGroup, DataField item, int rows, CancellationToken cancellationToken)
    {
        var count = checked((int)(rowGroup.GetMetadata(item)?.MetaData?.NumValues ?? throw new InvalidDataException($"The Parquet list column '{item.Path}' has no metadata.")));
        var valueBuffer = new ReadOnlyMemory<char>[count];
        var definitionBuffer = new int[count];
        var repetitionBuffer = new int[count];
        await rowGroup.ReadRawAsync<ReadOnlyMemory<char>>(item, valueBuffer, definitionBuffer, repetitionBuffer, cancellationToken).ConfigureAwait(false);
        var lists = new object?[rows];
        var definitions = definitionBuffer.AsSpan();
        var repetitions = repetitionBuffer.AsSpan();
        var values = valueBuffer.AsSpan();
        var max = item.MaxDefinitionLevel;
        int row = -1, next = 0;
        List<string>? current = null;
        for (var i = 0; i < definitions.Length; i++)
        {
            if (repetitions[i] == 0)
            {
                row++;
                current = definitions[i] >= max - 2 ? new List<string>() : null;
                if (row >= rows)
                {
                    throw new InvalidDataException($"The Parquet list column '{item.Path}' has more rows than its row group.");
                }

                lists[row] = current;
            }

            if (definitions[i] == max)
            {
                current!.Add(values[next++].ToString());
            }
        }

        return lists;
    }

    private static void WriteRow(MemoryStream lines, ParquetTable table, ParquetColumn[] columns, object?[][] values, int row)
    {
        var unknownIndex = Array.FindIndex(columns, c => c.Role == ParquetColumnRole.Unknown);
        using var unknown = unknownIndex >= 0 && values[unknownIndex][row] is string text ? JsonDocument.Parse(text) : null;
        using (var writer = new Utf8JsonWriter(lines))
        {
            writer.WriteStartObject();
            writer.WriteString("type", table.Kind.Code);
            var handled = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < columns.Length; i++)
            {
                var column = columns[i];
                if (column.Role == ParquetColumnRole.Unknown || !handled.Add(column.Member))
                {
                    continue;
                }

                if (column.Role == ParquetColumnRole.Member && column.Property is null)
                {
                    if (values[i][row] is { } value)
                    {
                        writer.WritePropertyName(column.Member);
                        WriteValue(writer, column, value);
                    }

                    continue;
                }

                // A flat object: its presence column (if any) and one column per property, adjacent in the table.
                var parts = Enumerable.Range(i, columns.Length - i).TakeWhile(j => columns[j].Member == column.Member).ToArray();
                var present = column.Role == ParquetColumnRole.Presence
                    ? values[i][row] is true
                    : parts.Any(j => values[j][row] is not null);
                if (!present)
                {
                    continue;
                }

                writer.WriteStartObject(column.Member);
                foreach (var j in parts.Where(j => columns[j].Role == ParquetColumnRole.Member && values[j][row] is not null))
                {
                    writer.WritePropertyName(columns[j].Property!);
                    WriteValue(writer, columns[j], values[j][row]!);
                }

                if (unknown is not null && unknown.RootElement.TryGetProperty(column.Member, out var extra) && extra.ValueKind == JsonValueKind.Object)
                {
                    foreach (var property in extra.EnumerateObject())
                    {
                        property.WriteTo(writer);
                    }
                }

                writer.WriteEndObject();
            }

            if (unknown is not null)
            {
                foreach (var property in unknown.RootElement.EnumerateObject())
                {
                    if (!handled.Contains(property.Name))
                    {
                        property.WriteTo(writer);
                    }
                }
            }

            writer.WriteEndObject();
        }

        lines.WriteByte((byte)'\n');
    }

    private static void WriteValue(Utf8JsonWriter writer, ParquetColumn column, object value)
    {
        switch (value)
        {
            case string text when column.Type == ParquetColumnType.Json:
                using (var json = JsonDocument.Parse(text))
                {
                    json.RootElement.WriteTo(writer);
                }

                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case int number:
                writer.WriteNumberValue(number);
                break;
            case long number:
                writer.WriteNumberValue(number);
                break;
            case decimal number:
                // DECIMAL(38,18) reads back with 18 decimal places: drop the trailing zeros, as the value was written.
                writer.WriteNumberValue(number / 1.000000000000000000000000000000000m);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case DateOnly date:
                writer.WriteStringValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            case List<string> list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    writer.WriteStringValue(item);
                }

                writer.WriteEndArray();
                break;
            default:
                throw new InvalidDataException($"The Parquet column '{column.Name}' holds a {value.GetType().Name}, not a {column.SqlType}.");
        }
    }
}
