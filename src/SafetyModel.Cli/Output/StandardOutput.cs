using System;
using System.IO;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace SafetyModel.Cli.Output;

/// <summary>
/// Standard output as a stream whose write errors reach the tool: .NET's console stream ignores a closed pipe (EPIPE),
/// so <c>safetymodel … | head -1</c> would go on working for a reader that has gone. On Unix the tool writes to file
/// descriptor 1 itself; a write that fails is turned into <see cref="OutputFailedException"/>, which the tool answers
/// by stopping — quietly with exit 141 when the reader closed the pipe, with exit 74 and a message otherwise (a full
/// disk). On Windows the console's own writer is kept.
/// </summary>
internal sealed class StandardOutput : Stream
{
    private readonly Stream _inner;

    private StandardOutput(Stream inner) => _inner = inner;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    /// <summary>A writer over standard output (UTF-8, no byte order mark), or the console's own on Windows.</summary>
    public static TextWriter OpenWriter()
    {
        if (OperatingSystem.IsWindows())
        {
            return Console.Out;
        }

        var stream = new FileStream(new SafeFileHandle((IntPtr)1, ownsHandle: false), FileAccess.Write, bufferSize: 1);
        return new StreamWriter(new StandardOutput(stream), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16);
    }

    /// <summary>Wraps a stream so that its write errors become <see cref="OutputFailedException"/> (for tests).</summary>
    public static Stream Over(Stream inner) => new StandardOutput(inner);

    public override void Write(byte[] buffer, int offset, int count) => Guard(() => _inner.Write(buffer, offset, count));

    public override void Flush() => Guard(_inner.Flush);

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private static void Guard(Action write)
    {
        try
        {
            write();
        }
        catch (IOException e)
        {
            throw new OutputFailedException(e);
        }
    }
}

/// <summary>Standard output cannot be written: the reader closed the pipe (<see cref="PipeClosed"/>), or an I/O error such as a full disk.</summary>
internal sealed class OutputFailedException : Exception
{
    /// <summary>The error number of a write to a pipe whose reader has gone (EPIPE on Linux and macOS).</summary>
    private const int BrokenPipe = 32;

    public OutputFailedException(IOException inner)
        : base(inner.Message, inner)
    {
    }

    /// <summary>Gets whether the reader closed the pipe (<c>| head</c>): the tool then stops quietly.</summary>
    public bool PipeClosed => InnerException?.HResult == BrokenPipe;
}
