using System;
using System.IO;
using System.Text;

namespace SafetyModel.Cli.Input;

/// <summary>
/// Opens what a command is given: a file name, or <c>-</c> for standard input. Every failure is a
/// <see cref="CliException"/> that names the input and says why: missing, a directory, unreadable, binary, empty, not
/// in the encoding asked for, or too large.
/// </summary>
internal static class InputFile
{
    /// <summary>The name that means standard input.</summary>
    public const string StandardInput = "-";

    /// <summary>The most a text command reads (64 MiB); the library's own limits are smaller still.</summary>
    public const int MaximumTextBytes = 64 * 1024 * 1024;

    /// <summary>How many bytes are looked at to tell a binary file (one with a NUL byte) from text.</summary>
    private const int SniffLength = 8192;

    /// <summary>Gets the name to show for an input.</summary>
    public static string DisplayName(string name) => name == StandardInput ? "standard input" : name;

    /// <summary>Opens a file or standard input for reading.</summary>
    public static Stream Open(string name, CliEnvironment environment)
    {
        if (name == StandardInput)
        {
            return environment.OpenInput();
        }

        var path = environment.Resolve(name);
        if (Directory.Exists(path))
        {
            throw new CliException($"{name}: is a directory, not a file.");
        }

        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        }
        catch (FileNotFoundException)
        {
            throw new CliException($"{name}: no such file.");
        }
        catch (DirectoryNotFoundException)
        {
            throw new CliException($"{name}: no such file (its directory does not exist).");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new CliException($"{name}: cannot be read: {e.Message}", e);
        }
    }

    /// <summary>Reads a whole text input in the given encoding, refusing binary, empty and wrongly encoded input.</summary>
    public static string ReadText(string name, CliEnvironment environment, Encoding encoding) =>
        DecodeText(ReadBytes(name, environment), name, encoding);

    /// <summary>Reads a whole input's bytes (up to <see cref="MaximumTextBytes"/>).</summary>
    public static byte[] ReadBytes(string name, CliEnvironment environment)
    {
        using var stream = Open(name, environment);
        return ReadAll(stream, name);
    }

    /// <summary>Decodes a text input's bytes in the given encoding, refusing binary, empty and wrongly encoded input.</summary>
    public static string DecodeText(byte[] bytes, string name, Encoding encoding)
    {
        RefuseBinary(bytes, name);
        var strict = (Encoding)encoding.Clone();
        strict.DecoderFallback = DecoderFallback.ExceptionFallback;
        string text;
        try
        {
            var preamble = encoding.GetPreamble();
            var skip = preamble.Length > 0 && bytes.AsSpan().StartsWith(preamble) ? preamble.Length : 0;
            text = strict.GetString(bytes, skip, bytes.Length - skip);
        }
        catch (DecoderFallbackException e)
        {
            var hint = encoding.CodePage == Encoding.UTF8.CodePage ? " If it is GB18030 (GBK) text, add --encoding gb18030." : string.Empty;
            throw new CliException($"{DisplayName(name)}: not valid {encoding.WebName} text at byte {e.Index}.{hint}", e);
        }

        if (text.Trim().Length == 0)
        {
            throw new CliException($"{DisplayName(name)}: is empty; there is nothing to read.");
        }

        return text;
    }

    /// <summary>Throws when the bytes look binary: a NUL byte in the first 8 KiB.</summary>
    public static void RefuseBinary(ReadOnlySpan<byte> head, string name)
    {
        var nul = head.Slice(0, Math.Min(head.Length, SniffLength)).IndexOf((byte)0);
        if (nul >= 0)
        {
            throw new CliException($"{DisplayName(name)}: looks binary (a NUL byte at offset {nul}); give a text file.");
        }
    }

    private static byte[] ReadAll(Stream stream, string name)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[1 << 16];
        int read;
        try
        {
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + read > MaximumTextBytes)
                {
                    throw new CliException($"{DisplayName(name)}: larger than {MaximumTextBytes / (1024 * 1024)} MiB; a document text is far smaller.");
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (IOException e)
        {
            throw new CliException($"{DisplayName(name)}: cannot be read: {e.Message}", e);
        }

        return buffer.ToArray();
    }
}
