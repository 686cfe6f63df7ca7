using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;

namespace SafetyModel.Office;

/// <summary>
/// A zip opened within <see cref="OfficeReadLimits"/>: at most so many entries, and every entry read through a stream
/// that counts the bytes it really unpacks (the headers' sizes may lie) against the per-entry, total and ratio limits.
/// </summary>
internal sealed class GuardedZip : IDisposable
{
    private readonly ZipArchive _archive;
    private readonly OfficeReadLimits _limits;
    private readonly Dictionary<string, ZipArchiveEntry> _entries = new(StringComparer.OrdinalIgnoreCase);
    private long _total;

    private GuardedZip(ZipArchive archive, OfficeReadLimits limits)
    {
        _archive = archive;
        _limits = limits;
        foreach (var entry in archive.Entries)
        {
            _entries[Normalise(entry.FullName)] = entry;
        }
    }

    public IEnumerable<string> Names => _entries.Keys;

    /// <summary>Opens a zip held in memory; damaged and over-full zips get their error.</summary>
    public static GuardedZip Open(Stream seekable, OfficeReadLimits limits)
    {
        ZipArchive archive;
        try
        {
            archive = new ZipArchive(seekable, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or ArgumentException or NotSupportedException)
        {
            throw Damaged(e);
        }

        try
        {
            // Entries is read from the central directory: counting it is bounded by the file's size, already limited.
            var count = archive.Entries.Count;
            if (count > limits.MaximumEntries)
            {
                throw new OfficeReadException(OfficeCodes.Error(
                    OfficeCodes.TooManyEntries,
                    $"The zip holds {OfficeCodes.Format(count)} entries; at most {OfficeCodes.Format(limits.MaximumEntries)} are read (OfficeReadLimits.MaximumEntries).",
                    $"压缩包内有 {OfficeCodes.Format(count)} 个条目，最多只读取 {OfficeCodes.Format(limits.MaximumEntries)} 个（OfficeReadLimits.MaximumEntries）。",
                    ("entries", count),
                    ("maximum", limits.MaximumEntries)));
            }

            return new GuardedZip(archive, limits);
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            archive.Dispose();
            throw Damaged(e);
        }
        catch
        {
            archive.Dispose();
            throw;
        }
    }

    public static string Normalise(string name) => name.Replace('\\', '/').TrimStart('/');

    public bool Contains(string name) => _entries.ContainsKey(Normalise(name));

    /// <summary>Reads an entry's bytes within the limits.</summary>
    public byte[] Read(string name)
    {
        if (!_entries.TryGetValue(Normalise(name), out var entry))
        {
            throw new OfficeReadException(OfficeCodes.Error(
                OfficeCodes.MissingPart,
                $"The part '{Normalise(name)}' that the file refers to is missing.",
                $"文件引用的部件“{Normalise(name)}”不存在。",
                ("part", Normalise(name))));
        }

        try
        {
            using var source = entry.Open();
            using var target = new MemoryStream();
            var buffer = new byte[81920];
            long read = 0;
            int n;
            while ((n = source.Read(buffer, 0, buffer.Length)) > 0)
            {
                read += n;
                _total += n;
                Check(entry, read);
                target.Write(buffer, 0, n);
            }

            return target.ToArray();
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            throw Damaged(e, entry.FullName);
        }
    }

    /// <summary>
    /// Streams every entry once through the limits (and every XML part through <see cref="SafeXml"/>), holding none of
    /// them, so that a bomb or a DTD anywhere in the package is found before another library opens it.
    /// </summary>
    public void CheckAll()
    {
        foreach (var pair in _entries.ToList())
        {
            var name = pair.Key;
            var entry = pair.Value;
            try
            {
                using var counted = new CountingStream(entry.Open(), this, entry);
                OfficeReadException? xml = null;
                if (name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase))
                {
                    try
                    {
                        SafeXml.Check(counted, name, _limits);
                    }
                    catch (OfficeReadException e) when (e.Diagnostic.Code == OfficeCodes.MalformedXml)
                    {
                        xml = e; // the rest is still unpacked first: a bomb is the graver finding
                    }
                }

                var buffer = new byte[81920];
                while (counted.Read(buffer, 0, buffer.Length) > 0)
                {
                }

                if (xml is not null)
                {
                    throw xml;
                }
            }
            catch (Exception e) when (e is InvalidDataException or IOException)
            {
                throw Damaged(e, entry.FullName);
            }
        }
    }

    public void Dispose() => _archive.Dispose();

    private static OfficeReadException Damaged(Exception e, string? entry = null) => new(OfficeCodes.Error(
        OfficeCodes.DamagedZip,
        $"The file is a damaged or truncated zip{(entry is null ? string.Empty : $" (entry '{entry}')")}: {e.Message} Copy or download it again, or open it in Word or WPS and save it again.",
        $"文件是损坏或不完整的压缩包{(entry is null ? string.Empty : $"（条目“{entry}”）")}。请重新复制或下载，或用 Word、WPS 打开后重新保存。",
        ("entry", entry)));

    private void Check(ZipArchiveEntry entry, long read)
    {
        if (read > _limits.MaximumEntryBytes)
        {
            throw new OfficeReadException(OfficeCodes.Error(
                OfficeCodes.EntryTooLarge,
                $"The entry '{entry.FullName}' unpacks to more than {OfficeCodes.Format(_limits.MaximumEntryBytes)} bytes (OfficeReadLimits.MaximumEntryBytes).",
                $"条目“{entry.FullName}”解压后超过 {OfficeCodes.Format(_limits.MaximumEntryBytes)} 字节（OfficeReadLimits.MaximumEntryBytes）。",
                ("entry", entry.FullName),
                ("maximum", _limits.MaximumEntryBytes)));
        }

        if (_total > _limits.MaximumTotalBytes)
        {
            throw new OfficeReadException(OfficeCodes.Error(
                OfficeCodes.PackageTooLarge,
                $"The file's entries unpack to more than {OfficeCodes.Format(_limits.MaximumTotalBytes)} bytes together (OfficeReadLimits.MaximumTotalBytes).",
                $"文件各条目解压后合计超过 {OfficeCodes.Format(_limits.MaximumTotalBytes)} 字节（OfficeReadLimits.MaximumTotalBytes）。",
                ("maximum", _limits.MaximumTotalBytes)));
        }

        const long Free = 1024 * 1024;
        if (read > Free && read > Math.Max(entry.CompressedLength, 1) * _limits.MaximumCompressionRatio)
        {
            throw new OfficeReadException(OfficeCodes.Error(
                OfficeCodes.CompressionRatioTooHigh,
                $"The entry '{entry.FullName}' unpacks to more than {_limits.MaximumCompressionRatio} times its packed size of {OfficeCodes.Format(entry.CompressedLength)} bytes: a zip bomb, not read (OfficeReadLimits.MaximumCompressionRatio).",
                $"条目“{entry.FullName}”解压后超过其压缩大小（{OfficeCodes.Format(entry.CompressedLength)} 字节）的 {_limits.MaximumCompressionRatio} 倍，疑为压缩炸弹，不予读取（OfficeReadLimits.MaximumCompressionRatio）。",
                ("entry", entry.FullName),
                ("maximum", _limits.MaximumCompressionRatio)));
        }
    }

    /// <summary>An entry's stream that counts what it unpacks against the limits as it goes.</summary>
    private sealed class CountingStream : Stream
    {
        private readonly Stream _inner;
        private readonly GuardedZip _zip;
        private readonly ZipArchiveEntry _entry;
        private long _read;

        public CountingStream(Stream inner, GuardedZip zip, ZipArchiveEntry entry)
        {
            _inner = inner;
            _zip = zip;
            _entry = entry;
        }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = _inner.Read(buffer, offset, count);
            _read += n;
            _zip._total += n;
            _zip.Check(_entry, _read);
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
