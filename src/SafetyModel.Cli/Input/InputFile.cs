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

    /// <summary>
    /// Throws when the bytes are UTF-16 text (a UTF-16 byte order mark, or NUL bytes in every other place, as Windows
    /// Notepad's "Unicode" writes Chinese and ASCII text), saying how to convert it; or when they look binary: a NUL
    /// byte in the first 8 KiB.
    /// </summary>
    public static void RefuseBinary(ReadOnlySpan<byte> head, string name)
    {
        if (Utf16(head.Slice(0, Math.Min(head.Length, SniffLength))) is { } order)
        {
            throw new CliException($"{DisplayName(name)}: is UTF-16 text ({order}), which is not supported; convert it to UTF-8 (for example: iconv -f UTF-16 -t UTF-8, or save as UTF-8 in the editor).");
        }

        var nul = head.Slice(0, Math.Min(head.Length, SniffLength)).IndexOf((byte)0);
        if (nul >= 0)
        {
            throw new CliException($"{DisplayName(name)}: looks binary (a NUL byte at offset {nul}); give a text file.");
        }
    }

    /// <summary>"little-endian" or "big-endian" when the bytes are UTF-16 text, otherwise <see langword="null"/>.</summary>
    private static string? Utf16(ReadOnlySpan<byte> head)
    {
        if (head.Length >= 2 && head[0] == 0xFF && head[1] == 0xFE)
        {
            return "little-endian";
        }

        if (head.Length >= 2 && head[0] == 0xFE && head[1] == 0xFF)
        {
            return "big-endian";
        }

        // No byte order mark: ASCII characters (digits, punctuation, line ends) put a NUL in every other byte, in the
        // odd places when little-endian, the even ones when big-endian (a few 汉字 such as 一, U+4E00, put one in the
        // other place); UTF-8 text has no NUL at all, and binary data has NULs in both places alike.
        if (head.Length < 16)
        {
            return null;
        }

        int even = 0, odd = 0;
        for (var i = 0; i + 1 < head.Length; i += 2)
        {
            even += head[i] == 0 ? 1 : 0;
            odd += head[i + 1] == 0 ? 1 : 0;
        }

        return odd >= 4 && odd >= even * 8 ? "little-endian" : even >= 4 && even >= odd * 8 ? "big-endian" : null;
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
