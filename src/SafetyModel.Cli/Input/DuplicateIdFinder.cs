using System;
using System.Collections.Generic;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using SafetyModel.Cli.Output;

namespace SafetyModel.Cli.Input;

/// <summary>
/// Finds the records whose id an earlier record already used, over any number of records, in memory that does not hold
/// the ids: while reading, each id is kept as a 64-bit hash (8 bytes a record) and written with its place to a
/// temporary file (the spool: ids only, deleted when done); afterwards the hashes are sorted, and only when two are
/// equal is the spool read back to compare those ids exactly — so a hash collision never makes a false duplicate, and a
/// file of distinct ids costs one sort. Standard input, which cannot be read twice, is checked the same way, from the
/// spool. The exact comparison holds no ids either: for each repeated hash it keeps where in the spool its first id
/// stands (8 bytes more) and reads that id back to compare a later one with it. The spool is on the
/// system's temporary disk (<c>TMPDIR</c>): about the ids' length plus 8 bytes a record; when it cannot be written the
/// run ends with exit 74, naming it.
/// </summary>
/// <remarks>
/// The hash is FNV-1a over the UTF-16 code units with a random start per run and a final mix, so ids made to collide
/// cannot be prepared in advance; a collision costs only the exact comparison of the ids it touches.
/// </remarks>
internal sealed class DuplicateIdFinder : IDisposable
{
    private readonly ulong _seed;
    private readonly string _path;
    private readonly Func<string, long>? _hash;
    private readonly FileStream _spool;
    private readonly BinaryWriter _writer;
    private long[] _hashes = new long[1024];
    private int _count;

    /// <summary>A finder with a spool of its own; <paramref name="hash"/> replaces the seeded hash (tests force collisions with it).</summary>
    public DuplicateIdFinder(Func<string, long>? hash = null)
    {
        _hash = hash;
        Span<byte> seed = stackalloc byte[8];
        RandomNumberGenerator.Fill(seed);
        _seed = BitConverter.ToUInt64(seed);
        _path = Path.Combine(Path.GetTempPath(), "safetymodel-ids-" + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            _spool = new FileStream(_path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.Read, 1 << 16, FileOptions.DeleteOnClose);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Failed(e);
        }

        _writer = new BinaryWriter(_spool, Encoding.UTF8, leaveOpen: true);
    }

    /// <summary>Gets the bytes the hashes take: what memory grows by with the records.</summary>
    public long HashBytes => (long)_hashes.Length * sizeof(long);

    /// <summary>Notes the id of a record (empty ids are not compared) and where it was read.</summary>
    public void Add(string id, IdPlace place)
    {
        if (id.Length == 0)
        {
            return;
        }

        if (_count == _hashes.Length)
        {
            if (_count == Array.MaxLength)
            {
                throw new CliException($"More than {Array.MaxLength} records have ids; validate them in parts.");
            }

            Array.Resize(ref _hashes, (int)Math.Min(Array.MaxLength, (long)_hashes.Length * 2));
        }

        _hashes[_count++] = Hash(id);
        try
        {
            _writer.Write7BitEncodedInt(place.File);
            _writer.Write7BitEncodedInt64(place.Line);
            _writer.Write7BitEncodedInt(place.RecordIndex + 1);
            _writer.Write7BitEncodedInt64(place.Ordinal);
            _writer.Write(id);
        }
        catch (IOException e)
        {
            throw Failed(e);
        }
    }

    /// <summary>Every record whose id an earlier record used, in reading order, with where that earlier record was read.</summary>
    public IEnumerable<(string Id, IdPlace At, IdPlace First)> Find()
    {
        // The hashes met more than once, each once; the rest are dropped.
        Array.Sort(_hashes, 0, _count);
        var repeated = 0;
        for (var i = 1; i < _count; i++)
        {
            if (_hashes[i] == _hashes[i - 1] && (i == 1 || _hashes[i - 1] != _hashes[i - 2]))
            {
                repeated++;
            }
        }

        if (repeated == 0)
        {
            _hashes = Array.Empty<long>();
            yield break;
        }

        var hashes = new long[repeated];
        for (int i = 1, k = 0; i < _count; i++)
        {
            if (_hashes[i] == _hashes[i - 1] && (i == 1 || _hashes[i - 1] != _hashes[i - 2]))
            {
                hashes[k++] = _hashes[i];
            }
        }

        _hashes = Array.Empty<long>();

        // Where in the spool the first id of each repeated hash stands: 16 bytes a repeated hash, never the ids
        // themselves. A later id with the hash is compared with that one, read back from the spool.
        var firsts = new long[repeated];
        Array.Fill(firsts, -1L);
        Dictionary<string, IdPlace>? collided = null;
        Rewind();
        using var handle = OpenForReading();
        using var reader = new BinaryReader(_spool, Encoding.UTF8, leaveOpen: true);
        var buffer = new byte[256];
        for (var n = 0; n < _count; n++)
        {
            var offset = _spool.Position;
            var (id, place) = Next(reader);
            var at = Array.BinarySearch(hashes, Hash(id));
            if (at < 0)
            {
                continue;
            }

            if (firsts[at] < 0)
            {
                firsts[at] = offset;
                continue;
            }

            var (firstId, firstPlace) = EntryAt(handle, firsts[at], ref buffer);
            if (string.Equals(firstId, id, StringComparison.Ordinal))
            {
                yield return (id, place, firstPlace);
            }
            else if ((collided ??= new Dictionary<string, IdPlace>(StringComparer.Ordinal)).TryGetValue(id, out var earlier))
            {
                // Two ids with one hash (a collision, rare by chance): the later ones are kept exactly.
                yield return (id, place, earlier);
            }
            else
            {
                collided.Add(id, place);
            }
        }
    }

    public void Dispose()
    {
        try
        {
            _writer.Dispose();
            _spool.Dispose();
        }
        catch (IOException)
        {
            // The spool is deleted on close; what it could not write out no longer matters.
        }
    }

    private void Rewind()
    {
        try
        {
            _writer.Flush();
            _spool.Position = 0;
        }
        catch (IOException e)
        {
            throw Failed(e);
        }
    }

    private Microsoft.Win32.SafeHandles.SafeFileHandle OpenForReading()
    {
        try
        {
            return File.OpenHandle(_path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Failed(e);
        }
    }

    /// <summary>The entry of the spool at an offset, read without moving the sequential reader.</summary>
    private (string Id, IdPlace Place) EntryAt(Microsoft.Win32.SafeHandles.SafeFileHandle handle, long offset, ref byte[] buffer)
    {
        try
        {
            var length = RandomAccess.Read(handle, buffer, offset);
            var i = 0;
            var place = new IdPlace((int)Varint(buffer, ref i), Varint(buffer, ref i), (int)Varint(buffer, ref i) - 1, Varint(buffer, ref i));
            var size = (int)Varint(buffer, ref i);
            if (i + size > length)
            {
                if (i + size > buffer.Length)
                {
                    buffer = new byte[i + size];
                }

                length = RandomAccess.Read(handle, buffer, offset);
            }

            return (Encoding.UTF8.GetString(buffer, i, size), place);
        }
        catch (IOException e)
        {
            throw Failed(e);
        }

        // BinaryWriter.Write7BitEncodedInt64's form: seven bits a byte, low first, the high bit saying more follow.
        static long Varint(byte[] bytes, ref int i)
        {
            long value = 0;
            var shift = 0;
            byte b;
            do
            {
                b = bytes[i++];
                value |= (long)(b & 0x7F) << shift;
                shift += 7;
            }
            while ((b & 0x80) != 0);
            return value;
        }
    }

    private (string Id, IdPlace Place) Next(BinaryReader reader)
    {
        try
        {
            var place = new IdPlace(reader.Read7BitEncodedInt(), reader.Read7BitEncodedInt64(), reader.Read7BitEncodedInt() - 1, reader.Read7BitEncodedInt64());
            return (reader.ReadString(), place);
        }
        catch (IOException e)
        {
            throw Failed(e);
        }
    }

    /// <summary>The spool cannot be written or read (a full temporary disk): an I/O error of the run, exit 74, naming the file.</summary>
    private OutputFailedException Failed(Exception e) =>
        new(new IOException($"the temporary file of ids for the duplicate-id check ({_path}): {e.Message}", e));


    private long Hash(string id)
    {
        if (_hash is not null)
        {
            return _hash(id);
        }

        var h = _seed ^ 14695981039346656037UL;
        foreach (var c in id)
        {
            h ^= c;
            h *= 1099511628211UL;
        }

        // A final mix (MurmurHash3's) spreads the last characters over every bit.
        h ^= h >> 33;
        h *= 0xff51afd7ed558ccdUL;
        h ^= h >> 33;
        h *= 0xc4ceb9fe1a85ec53UL;
        h ^= h >> 33;
        return unchecked((long)h);
    }
}

/// <summary>Where a record with an id was read: the index of its input, its line (JSON Lines; 0 in a document), its index in an envelope's records (-1 outside one) and its ordinal among all records read.</summary>
internal readonly record struct IdPlace(int File, long Line, int RecordIndex, long Ordinal);
