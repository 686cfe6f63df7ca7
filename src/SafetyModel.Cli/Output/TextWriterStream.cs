using System;
using System.IO;
using System.Text;

namespace SafetyModel.Cli.Output;

/// <summary>
/// A write-only stream of UTF-8 bytes into a text writer, for a <see cref="System.Text.Json.Utf8JsonWriter"/> whose
/// output goes to standard output: a character split between two writes is decoded whole (the decoder keeps the bytes
/// of an unfinished sequence until the rest comes).
/// </summary>
internal sealed class TextWriterStream : Stream
{
    private readonly TextWriter _target;
    private readonly Decoder _decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetDecoder();
    private char[] _chars = new char[4096];

    public TextWriterStream(TextWriter target) => _target = target;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count)
    {
        var needed = _decoder.GetCharCount(buffer, offset, count, flush: false);
        if (needed > _chars.Length)
        {
            _chars = new char[Math.Max(needed, _chars.Length * 2)];
        }

        var written = _decoder.GetChars(buffer, offset, count, _chars, 0, flush: false);
        _target.Write(_chars, 0, written);
    }

    public override void Flush() => _target.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
