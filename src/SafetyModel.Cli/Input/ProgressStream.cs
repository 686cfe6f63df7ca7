using System;
using System.IO;

namespace SafetyModel.Cli.Input;

/// <summary>A stream read through, telling a callback the bytes read so far each time another <c>every</c> bytes have passed.</summary>
internal sealed class ProgressStream : Stream
{
    private readonly Stream _inner;
    private readonly long _every;
    private readonly Action<long> _report;
    private long _read;
    private long _next;

    public ProgressStream(Stream inner, long every, Action<long> report) => (_inner, _every, _report, _next) = (inner, every, report, every);

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var n = _inner.Read(buffer, offset, count);
        _read += n;
        if (_read >= _next)
        {
            _next = _read + _every;
            _report(_read);
        }

        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
