using System;
using System.Buffers;
using System.IO;

namespace SafetyModel.Serialization;

/// <summary>A growing byte buffer from the shared pool that <see cref="System.Text.Json.Utf8JsonWriter"/> writes into.</summary>
internal sealed class PooledBufferWriter : IBufferWriter<byte>, IDisposable
{
    private byte[] _buffer;
    private int _count;

    public PooledBufferWriter(int initialCapacity = 16 * 1024) => _buffer = ArrayPool<byte>.Shared.Rent(initialCapacity);

    public int Count => _count;

    public ReadOnlySpan<byte> WrittenSpan => _buffer.AsSpan(0, _count);

    public void Advance(int count) => _count += count;

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _buffer.AsMemory(_count);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _buffer.AsSpan(_count);
    }

    public void Append(byte value)
    {
        Ensure(1);
        _buffer[_count++] = value;
    }

    public void CopyTo(Stream stream)
    {
        stream.Write(_buffer, 0, _count);
        _count = 0;
    }

    public System.Threading.Tasks.Task CopyToAsync(Stream stream, System.Threading.CancellationToken cancellationToken)
    {
        var count = _count;
        _count = 0;
        return stream.WriteAsync(_buffer, 0, count, cancellationToken);
    }

    public byte[] ToArray() => WrittenSpan.ToArray();

    public void Clear() => _count = 0;

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = Array.Empty<byte>();
    }

    private void Ensure(int sizeHint)
    {
        var needed = _count + Math.Max(sizeHint, 1);
        if (needed <= _buffer.Length)
        {
            return;
        }

        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(needed, _buffer.Length * 2));
        Buffer.BlockCopy(_buffer, 0, larger, 0, _count);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = larger;
    }
}
