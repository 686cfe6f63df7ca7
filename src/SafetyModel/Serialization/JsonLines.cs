using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using SafetyModel.Aggregation;
using SafetyModel.Diagnostics;
using SafetyModel.Primitives;
using SafetyModel.Records;
using SafetyModel.Text;

namespace SafetyModel.Serialization;

/// <summary>
/// JSON Lines (one record a line, UTF-8, <c>\n</c> or <c>\r\n</c>) for record streams of any size: reading holds one
/// record at a time in a buffer no larger than <see cref="SafetyJsonReadOptions.MaxRecordBytes"/>, writing holds at
/// most 64 KiB before it goes to the stream. Blank lines are skipped; a UTF-8 byte-order mark at the start is skipped.
/// </summary>
public static class JsonLines
{
    private const int InitialBuffer = 64 * 1024;
    private const int FlushThreshold = 64 * 1024;

    /// <summary>Reads the records of a stream, one at a time, and stops with an exception at the first bad line.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="options">Strictness and limits; <see cref="SafetyJsonReadOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The records, read as they are enumerated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="JsonContractException">(On enumeration) a line is not a record; <see cref="JsonException.LineNumber"/> says which.</exception>
    public static IEnumerable<IRecord> ReadRecords(Stream utf8Json, SafetyJsonReadOptions? options = null)
    {
        if (utf8Json is null)
        {
            throw new ArgumentNullException(nameof(utf8Json));
        }

        return Records(ReadAll(utf8Json, options));

        static IEnumerable<IRecord> Records(IEnumerable<JsonLineResult> lines)
        {
            foreach (var line in lines)
            {
                WorkMeter.Step();
                yield return line.Record ?? throw line.Error!;
            }
        }
    }

    /// <summary>Reads every line of a stream, going on past bad lines: each result is a record or the reason a line is not one.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="options">Strictness and limits; <see cref="SafetyJsonReadOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>One result a non-blank line, read as they are enumerated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    public static IEnumerable<JsonLineResult> ReadAll(Stream utf8Json, SafetyJsonReadOptions? options = null)
    {
        if (utf8Json is null)
        {
            throw new ArgumentNullException(nameof(utf8Json));
        }

        return Iterate(utf8Json, options ?? SafetyJsonReadOptions.Default);

        static IEnumerable<JsonLineResult> Iterate(Stream stream, SafetyJsonReadOptions options)
        {
            var splitter = new LineSplitter(options);
            try
            {
                while (true)
                {
                    WorkMeter.Step();
                    while (splitter.TryTakeLine(out var result))
                    {
                        WorkMeter.Step();
                        if (result is not null)
                        {
                            yield return result;
                        }
                    }

                    if (splitter.AtEnd)
                    {
                        yield break;
                    }

                    splitter.Fill(stream.Read(splitter.Buffer, splitter.FreeStart, splitter.FreeCount));
                }
            }
            finally
            {
                splitter.Dispose();
            }
        }
    }

    /// <summary>
    /// Aggregates the records of a JSON Lines stream without making them: for each line, only the members the query
    /// needs are read — the <c>type</c>, the division, the dating member, the dimension's list and the count measures'
    /// figures, as the record kinds declare them — on up to <see cref="ParallelOptions.MaxDegreeOfParallelism"/> threads
    /// (one when <paramref name="parallel"/> is null; every core when it is −1), each reading a chunk of whole lines. The
    /// table is the one <see cref="Aggregator.Aggregate(IEnumerable{IRecord}, AggregationQuery)"/> gives for the stream's
    /// records.
    /// </summary>
    /// <remarks>
    /// <para>
    /// A line is read as a record when it cannot be projected: its <c>type</c> is not its first member; its kind adds
    /// to a measure the query asks for with an amount, people (概数), names or a figure worked out from several members;
    /// the dimension is not a list member of its kind; the query groups by custom periods; or any member read is not
    /// plainly what the contract reads (escaped text, a null, a figure that is not a plain count, a required member
    /// missing, a member twice, invalid UTF-8, a value over the limits). Such lines cost what <see cref="ReadRecords"/> costs.
    /// </para>
    /// <para>
    /// A projected line is checked as the record reader checks it — one JSON object of valid UTF-8 (its own scanner, held
    /// to the grammar), every required member, no member twice, and each member the query does not read run through the
    /// contract's reader of its type (remembered by its bytes when short) — so a line the record reader refuses is refused
    /// with the same error, found by reading it whole. Members not in the contract are reported at the top level of a
    /// projected line and anywhere in a line read whole.
    /// </para>
    /// </remarks>
    /// <param name="utf8Json">The stream, read to its end.</param>
    /// <param name="query">How to group and what to measure; its catalogue is the one the records are read with.</param>
    /// <param name="options">Strictness and limits (<see cref="SafetyJsonReadOptions.Default"/> when null); its catalogue, when set, must be the query's.</param>
    /// <param name="parallel">How many threads read chunks, and the token that cancels the reading; one thread when null.</param>
    /// <returns>The table, the number of records and the unknown members.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="query"/> is null.</exception>
    /// <exception cref="JsonContractException">A line is not a record: the first such line, as <see cref="ReadRecords"/> reports it (<see cref="JsonException.LineNumber"/> says which).</exception>
    /// <exception cref="ArgumentException">
    /// The query is not valid; the options name another catalogue; or a record states a figure a table refuses, or is
    /// dated outside the years periods cover (the message names its line, one-based); or the sums overflow.
    /// </exception>
    /// <exception cref="OperationCanceledException">The token of <paramref name="parallel"/> was cancelled.</exception>
    public static JsonLinesAggregation Aggregate(Stream utf8Json, AggregationQuery query, SafetyJsonReadOptions? options = null, ParallelOptions? parallel = null)
    {
        if (utf8Json is null)
        {
            throw new ArgumentNullException(nameof(utf8Json));
        }

        return JsonLinesAggregator.Run(utf8Json, query, options ?? SafetyJsonReadOptions.Default, parallel);
    }

    /// <summary>Reads the records of a stream asynchronously, one at a time, and stops with an exception at the first bad line.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="options">Strictness and limits; <see cref="SafetyJsonReadOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The records, read as they are enumerated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="JsonContractException">(On enumeration) a line is not a record.</exception>
    public static IAsyncEnumerable<IRecord> ReadRecordsAsync(Stream utf8Json, SafetyJsonReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (utf8Json is null)
        {
            throw new ArgumentNullException(nameof(utf8Json));
        }

        return Records(ReadAllAsync(utf8Json, options, cancellationToken));

        static async IAsyncEnumerable<IRecord> Records(IAsyncEnumerable<JsonLineResult> lines)
        {
            await foreach (var line in lines.ConfigureAwait(false))
            {
                yield return line.Record ?? throw line.Error!;
            }
        }
    }

    /// <summary>Reads every line of a stream asynchronously, going on past bad lines.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="options">Strictness and limits; <see cref="SafetyJsonReadOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>One result a non-blank line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    public static IAsyncEnumerable<JsonLineResult> ReadAllAsync(Stream utf8Json, SafetyJsonReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (utf8Json is null)
        {
            throw new ArgumentNullException(nameof(utf8Json));
        }

        return Iterate(utf8Json, options ?? SafetyJsonReadOptions.Default, cancellationToken);

        static async IAsyncEnumerable<JsonLineResult> Iterate(Stream stream, SafetyJsonReadOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            var splitter = new LineSplitter(options);
            try
            {
                while (true)
                {
                    WorkMeter.Step();
                    while (splitter.TryTakeLine(out var result))
                    {
                        WorkMeter.Step();
                        if (result is not null)
                        {
                            yield return result;
                        }
                    }

                    if (splitter.AtEnd)
                    {
                        yield break;
                    }

                    cancellationToken.ThrowIfCancellationRequested();
#if NET8_0_OR_GREATER
                    splitter.Fill(await stream.ReadAsync(splitter.Buffer.AsMemory(splitter.FreeStart, splitter.FreeCount), cancellationToken).ConfigureAwait(false));
#else
                    splitter.Fill(await stream.ReadAsync(splitter.Buffer, splitter.FreeStart, splitter.FreeCount, cancellationToken).ConfigureAwait(false));
#endif
                }
            }
            finally
            {
                splitter.Dispose();
            }
        }
    }

    /// <summary>Writes records, one a line, each line ended by <c>\n</c>.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="records">The records.</param>
    /// <returns>How many records were written.</returns>
    /// <exception cref="ArgumentNullException">An argument or a record is <see langword="null"/>.</exception>
    public static long WriteRecords(Stream utf8Json, IEnumerable<IRecord> records) => WriteRecords(utf8Json, records, RecordCatalogue.Default);

    /// <summary>Writes records of the kinds of a catalogue (a town's own kinds too), one a line, each line ended by <c>\n</c>.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="records">The records.</param>
    /// <param name="catalogue">The catalogue that holds the records' kinds.</param>
    /// <returns>How many records were written.</returns>
    /// <exception cref="ArgumentNullException">An argument or a record is <see langword="null"/>.</exception>
    /// <exception cref="JsonContractException">A record is of a type that no kind of the catalogue has.</exception>
    public static long WriteRecords(Stream utf8Json, IEnumerable<IRecord> records, RecordCatalogue catalogue)
    {
        if (catalogue is null)
        {
            throw new ArgumentNullException(nameof(catalogue));
        }

        if (utf8Json is null)
        {
            throw new ArgumentNullException(nameof(utf8Json));
        }

        if (records is null)
        {
            throw new ArgumentNullException(nameof(records));
        }

        using var line = new LineWriter(JsonContract.For(strict: false, catalogue));
        foreach (var record in records)
        {
            WorkMeter.Step();
            if (line.Add(record))
            {
                line.Buffer.CopyTo(utf8Json);
            }
        }

        line.Buffer.CopyTo(utf8Json);
        return line.Count;
    }

    /// <summary>Writes records asynchronously as they arrive, one a line.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="records">The records.</param>
    /// <param name="cancellationToken">Cancels the writing.</param>
    /// <returns>How many records were written.</returns>
    /// <exception cref="ArgumentNullException">An argument or a record is <see langword="null"/>.</exception>
    public static async Task<long> WriteRecordsAsync(Stream utf8Json, IAsyncEnumerable<IRecord> records, CancellationToken cancellationToken = default)
    {
        if (utf8Json is null)
        {
            throw new ArgumentNullException(nameof(utf8Json));
        }

        if (records is null)
        {
            throw new ArgumentNullException(nameof(records));
        }

        using var line = new LineWriter(JsonContract.Preserving);
        await foreach (var record in records.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (line.Add(record))
            {
                await line.Buffer.CopyToAsync(utf8Json, cancellationToken).ConfigureAwait(false);
            }
        }

        await line.Buffer.CopyToAsync(utf8Json, cancellationToken).ConfigureAwait(false);
        return line.Count;
    }

    /// <summary>Writes one record a line into a buffer that is handed to the stream when it passes 64 KiB.</summary>
    private sealed class LineWriter : IDisposable
    {
        private readonly RecordCodec _codec;
        private readonly Utf8JsonWriter _writer;

        public LineWriter(JsonContract contract)
        {
            _codec = contract.Record;
            Buffer = new PooledBufferWriter(FlushThreshold * 2);
            _writer = new Utf8JsonWriter(Buffer, SafetyJson.WriterOptions(indented: false));
        }

        public PooledBufferWriter Buffer { get; }

        public long Count { get; private set; }

        /// <summary>Adds a record; returns whether the buffer should go to the stream now.</summary>
        public bool Add(IRecord record)
        {
            if (record is null)
            {
                throw new ArgumentNullException(nameof(record), $"Record {Count} is null.");
            }

            _codec.Write(_writer, record);
            _writer.Flush();
            _writer.Reset(Buffer);
            Buffer.Append((byte)'\n');
            Count++;
            return Buffer.Count >= FlushThreshold;
        }

        public void Dispose()
        {
            _writer.Dispose();
            Buffer.Dispose();
        }
    }

    /// <summary>Cuts a byte stream into lines in one pooled buffer and reads each line as a record.</summary>
    private sealed class LineSplitter : IDisposable
    {
        private readonly SafetyJsonReadOptions _options;
        private readonly IJsonCodec<IRecord> _codec;
        private readonly int _maxLine;
        private int _start;
        private int _end;
        private long _line;
        private bool _eof;
        private bool _skipping; // inside a line longer than the limit, already reported

        public LineSplitter(SafetyJsonReadOptions options)
        {
            _options = options;
            _codec = SafetyJson.CodecFor<IRecord>(options.Strict, options.Catalogue);
            _maxLine = options.MaxRecordBytes;
            Buffer = ArrayPool<byte>.Shared.Rent(Math.Min(InitialBuffer, _maxLine + 2));
        }

        public byte[] Buffer { get; private set; }

        public int FreeStart => _end;

        public int FreeCount => Buffer.Length - _end;

        public bool AtEnd => _eof && _start >= _end;

        public void Fill(int read)
        {
            if (read == 0)
            {
                _eof = true;
            }

            _end += read;
        }

        /// <summary>Takes the next complete line, if any; <paramref name="result"/> is null for a blank or skipped line.</summary>
        public bool TryTakeLine(out JsonLineResult? result)
        {
            result = null;
            if (_start >= _end)
            {
                _start = _end = 0;
                return false;
            }

            var newline = Array.IndexOf(Buffer, (byte)'\n', _start, _end - _start);
            if (newline < 0 && !_eof)
            {
                MakeRoom(out result);
                return result is not null;
            }

            var lineEnd = newline < 0 ? _end : newline;
            var lineNumber = _line++;
            var start = _start;
            _start = newline < 0 ? _end : newline + 1;
            if (_skipping)
            {
                _skipping = false;
                return true;
            }

            result = Parse(start, lineEnd, lineNumber);
            return true;
        }

        public void Dispose()
        {
            ArrayPool<byte>.Shared.Return(Buffer);
            Buffer = Array.Empty<byte>();
        }

        private JsonLineResult? Parse(int start, int end, long lineNumber)
        {
            // A byte-order mark before the first line is skipped by the reader (line 0 only), which counts it in the
            // line's positions; on any other line it is malformed JSON.
            if (end > start && Buffer[end - 1] == (byte)'\r')
            {
                end--;
            }

            if (IsBlank(start, end))
            {
                return null;
            }

            try
            {
                var record = JsonReading.Read(new ReadOnlySpan<byte>(Buffer, start, end - start), _codec, _options, lineNumber);
                return new JsonLineResult(lineNumber, record, null);
            }
            catch (JsonContractException e)
            {
                return new JsonLineResult(lineNumber, null, e);
            }
        }

        private bool IsBlank(int start, int end)
        {
            for (var i = start; i < end; i++)
            {
                WorkMeter.Step();
                if (Buffer[i] is not ((byte)' ' or (byte)'\t' or (byte)'\r'))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Moves a partial line to the front, grows the buffer up to the limit, or reports the line as too long.</summary>
        private void MakeRoom(out JsonLineResult? tooLong)
        {
            tooLong = null;
            if (_start > 0)
            {
                System.Buffer.BlockCopy(Buffer, _start, Buffer, 0, _end - _start);
                _end -= _start;
                _start = 0;
                return;
            }

            if (_end < Buffer.Length)
            {
                return;
            }

            if (Buffer.Length < _maxLine + 2)
            {
                var larger = ArrayPool<byte>.Shared.Rent(Math.Min(Buffer.Length * 2, _maxLine + 2));
                System.Buffer.BlockCopy(Buffer, 0, larger, 0, _end);
                ArrayPool<byte>.Shared.Return(Buffer);
                Buffer = larger;
                return;
            }

            // The line is longer than the limit: report it once, drop what is buffered, skip to its end.
            if (!_skipping)
            {
                _skipping = true;
                tooLong = new JsonLineResult(
                    _line,
                    null,
                    JsonReading.LineTooLong(_options, _line));
            }

            _start = _end = 0;
        }
    }
}
