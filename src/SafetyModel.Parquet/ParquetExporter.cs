using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Parquet;
using SafetyModel.Primitives;
using SafetyModel.Records;
using SafetyModel.Serialization;

namespace SafetyModel.Parquet;

/// <summary>
/// Writes records, streamed one at a time, to one Parquet table per record kind under an output directory
/// (<c>inspection/part-00000.parquet</c>, or <c>inspection/year=2022/county=150626000000/part-00000.parquet</c> when
/// partitioned), with the columns of <see cref="ParquetTable"/>.
/// </summary>
/// <remarks>
/// Memory stays bounded whatever the input: at most <see cref="ParquetExportOptions.RowGroupSize"/> records are held
/// before they are written as a row group. Each file is written under a temporary name (<c>*.parquet.tmp</c>, which a
/// <c>*.parquet</c> glob does not read) and renamed only by <see cref="CompleteAsync"/>; disposing an exporter that was not
/// completed (an input error, a cancellation) deletes them, so a failed export leaves no half-written file behind. An
/// export never overwrites: a file that is already there stops it.
/// </remarks>
public sealed class ParquetExporter : IAsyncDisposable
{
    private readonly string _directory;
    private readonly ParquetExportOptions _options;
    private readonly Dictionary<string, PartFile> _files = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _counts = new(StringComparer.Ordinal);
    private int _buffered;
    private bool _finished;

    /// <summary>Initializes an exporter that writes under a directory (created when missing).</summary>
    /// <param name="directory">The output directory.</param>
    /// <param name="options">The kinds, names, partitioning and row-group size; <see cref="ParquetExportOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentException"><paramref name="directory"/> is empty.</exception>
    public ParquetExporter(string directory, ParquetExportOptions? options = null)
    {
        if (string.IsNullOrWhiteSpace(directory))
        {
            throw new ArgumentException("An export needs an output directory.", nameof(directory));
        }

        _directory = Path.GetFullPath(directory);
        _options = options ?? ParquetExportOptions.Default;
    }

    /// <summary>Exports records to Parquet under a directory, streaming them: the whole export, or nothing.</summary>
    /// <param name="records">The records, read once, one at a time; an exception they throw (a bad input line) stops the export and deletes what it wrote.</param>
    /// <param name="directory">The output directory.</param>
    /// <param name="options">The kinds, names, partitioning and row-group size; <see cref="ParquetExportOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Stops the export, leaving no file.</param>
    /// <returns>The files written and the records of each kind.</returns>
    /// <exception cref="ArgumentException">A record's kind is not in the catalogue, or a value does not fit its column (a number beyond <c>DECIMAL(38,18)</c>).</exception>
    /// <exception cref="IOException">A file the export would write is already there.</exception>
    public static async Task<ParquetExportResult> ExportAsync(IEnumerable<IRecord> records, string directory, ParquetExportOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (records is null)
        {
            throw new ArgumentNullException(nameof(records));
        }

        var exporter = new ParquetExporter(directory, options);
        await using (exporter.ConfigureAwait(false))
        {
            foreach (var record in records)
            {
                await exporter.AddAsync(record, cancellationToken).ConfigureAwait(false);
            }

            return await exporter.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Adds one record: it goes to its kind's table (and partition), written as a row group when the buffer is full.</summary>
    /// <param name="record">The record.</param>
    /// <param name="cancellationToken">Stops the write.</param>
    /// <returns>A task that completes when the record is buffered (and any full row group written).</returns>
    /// <exception cref="ArgumentException">The record's kind is not in the catalogue, or a value does not fit its column.</exception>
    /// <exception cref="InvalidOperationException">The exporter is completed or disposed.</exception>
    public async Task AddAsync(IRecord record, CancellationToken cancellationToken = default)
    {
        if (record is null)
        {
            throw new ArgumentNullException(nameof(record));
        }

        if (_finished)
        {
            throw new InvalidOperationException("The export is completed or abandoned; start a new exporter.");
        }

        var kind = _options.Catalogue.KindOf(record)
            ?? throw new ArgumentException($"The record {record.GetType().Name} is of no kind of the catalogue ({_options.Catalogue}); add its kind to ParquetExportOptions.Catalogue.", nameof(record));
        var table = ParquetTable.For(_options.Catalogue, kind.Code);
        using var json = JsonDocument.Parse(SafetyJson.Serialize(record, _options.Catalogue));
        var root = json.RootElement;
        var relative = RelativeDirectory(table, root, record.ReferenceDate);
        if (!_files.TryGetValue(relative, out var file))
        {
            file = await PartFile.CreateAsync(_directory, relative, table, _options.Divisions, cancellationToken).ConfigureAwait(false);
            _files.Add(relative, file);
        }

        try
        {
            file.Buffer.Add(root, record);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidOperationException or NodaTime.Text.UnparsableValueException)
        {
            throw new ArgumentException($"The {kind.Code} record '{Id(root)}' cannot be written to Parquet: {e.Message}", nameof(record), e);
        }

        _counts[kind.Code] = _counts.TryGetValue(kind.Code, out var count) ? count + 1 : 1;
        if (++_buffered >= _options.RowGroupSize)
        {
            var fullest = _files.Values.OrderByDescending(f => f.Buffer.Count).First();
            _buffered -= fullest.Buffer.Count;
            await fullest.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Writes what is buffered, closes every file and gives each its final name.</summary>
    /// <param name="cancellationToken">Stops the export, leaving no file.</param>
    /// <returns>The files written and the records of each kind.</returns>
    /// <exception cref="InvalidOperationException">The exporter is completed or disposed.</exception>
    public async Task<ParquetExportResult> CompleteAsync(CancellationToken cancellationToken = default)
    {
        if (_finished)
        {
            throw new InvalidOperationException("The export is completed or abandoned; start a new exporter.");
        }

        foreach (var file in _files.Values)
        {
            await file.CloseAsync(cancellationToken).ConfigureAwait(false);
        }

        foreach (var file in _files.Values)
        {
            file.Publish();
        }

        _finished = true;
        var files = _files.Values.Select(f => f.RelativePath).OrderBy(p => p, StringComparer.Ordinal).ToArray();
        return new ParquetExportResult(files, new Dictionary<string, long>(_counts, StringComparer.Ordinal));
    }

    /// <summary>Abandons an export that was not completed: closes and deletes its temporary files.</summary>
    /// <returns>A task that completes when they are deleted.</returns>
    public async ValueTask DisposeAsync()
    {
        if (_finished)
        {
            return;
        }

        _finished = true;
        foreach (var file in _files.Values)
        {
            await file.AbandonAsync().ConfigureAwait(false);
        }
    }

    private static string Id(JsonElement record) =>
        record.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString()! : "(no id)";

    private string RelativeDirectory(ParquetTable table, JsonElement record, NodaTime.LocalDate? date)
    {
        var path = table.Kind.Code;
        if (_options.PartitionBy.Count == 0)
        {
            return path;
        }

        var division = table.Columns.FirstOrDefault(c => c.Role == ParquetColumnRole.DivisionAncestor)?.Member;
        JsonElement? divisionValue = division is not null && record.TryGetProperty(division, out var d) ? d : null;
        foreach (var key in _options.PartitionBy)
        {
            var value = key switch
            {
                ParquetPartitionKey.Year => date?.Year.ToString(CultureInfo.InvariantCulture),
                ParquetPartitionKey.Month => date?.Month.ToString(CultureInfo.InvariantCulture),
                ParquetPartitionKey.Province => RowGroupBuffer.Ancestor(divisionValue, DivisionLevel.Province)?.Code,
                ParquetPartitionKey.Prefecture => RowGroupBuffer.Ancestor(divisionValue, DivisionLevel.Prefecture)?.Code,
                ParquetPartitionKey.County => RowGroupBuffer.Ancestor(divisionValue, DivisionLevel.County)?.Code,
                _ => RowGroupBuffer.Ancestor(divisionValue, DivisionLevel.Township)?.Code,
            };
            path += $"/{KeyName(key)}={value ?? "__HIVE_DEFAULT_PARTITION__"}";
        }

        return path;
    }

    internal static string KeyName(ParquetPartitionKey key) => key switch
    {
        ParquetPartitionKey.Year => "year",
        ParquetPartitionKey.Month => "month",
        ParquetPartitionKey.Province => "province",
        ParquetPartitionKey.Prefecture => "prefecture",
        ParquetPartitionKey.County => "county",
        _ => "township",
    };

    private sealed class PartFile
    {
        private readonly string _temporary;
        private readonly string _final;
        private readonly FileStream _stream;
        private readonly ParquetWriter _writer;
        private bool _closed;

        private PartFile(string relativePath, string temporary, string final, FileStream stream, ParquetWriter writer, RowGroupBuffer buffer)
        {
            RelativePath = relativePath;
            _temporary = temporary;
            _final = final;
            _stream = stream;
            _writer = writer;
            Buffer = buffer;
        }

        public string RelativePath { get; }

        public RowGroupBuffer Buffer { get; }

        public static async Task<PartFile> CreateAsync(string root, string relativeDirectory, ParquetTable table, DivisionRegistry? divisions, CancellationToken cancellationToken)
        {
            var relativePath = relativeDirectory + "/part-00000.parquet";
            var final = Path.Combine(root, relativePath.Replace('/', Path.DirectorySeparatorChar));
            if (File.Exists(final))
            {
                throw new IOException($"{final} is there already: export into an empty directory (an export never overwrites or mixes with an earlier one).");
            }

            Directory.CreateDirectory(Path.GetDirectoryName(final)!);
            var temporary = final + ".tmp";
            var stream = new FileStream(temporary, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16, useAsync: true);
            try
            {
                var buffer = new RowGroupBuffer(table, divisions);
                var writer = await ParquetWriter.CreateAsync(buffer.Schema, stream, cancellationToken: cancellationToken).ConfigureAwait(false);
                writer.CustomMetadata = new Dictionary<string, string>
                {
                    [ParquetTable.KindMetadataKey] = table.Kind.Code,
                    [ParquetTable.SchemaVersionMetadataKey] = SafetyJson.SchemaVersion,
                };
                return new PartFile(relativePath, temporary, final, stream, writer, buffer);
            }
            catch
            {
                await stream.DisposeAsync().ConfigureAwait(false);
                File.Delete(temporary);
                throw;
            }
        }

        public Task FlushAsync(CancellationToken cancellationToken) => Buffer.WriteAsync(_writer, cancellationToken);

        public async Task CloseAsync(CancellationToken cancellationToken)
        {
            await FlushAsync(cancellationToken).ConfigureAwait(false);
            await _writer.DisposeAsync().ConfigureAwait(false);
            await _stream.DisposeAsync().ConfigureAwait(false);
            _closed = true;
        }

        public void Publish() => File.Move(_temporary, _final);

        public async Task AbandonAsync()
        {
            if (!_closed)
            {
                try
                {
                    await _writer.DisposeAsync().ConfigureAwait(false);
                }
#pragma warning disable CA1031 // The export is abandoned already: the file is deleted whatever its footer.
                catch (Exception)
#pragma warning restore CA1031
                {
                }

                await _stream.DisposeAsync().ConfigureAwait(false);
            }

            if (File.Exists(_temporary))
            {
                File.Delete(_temporary);
            }
        }
    }
}
