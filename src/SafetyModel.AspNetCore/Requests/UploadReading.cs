namespace SafetyModel.AspNetCore;

/// <summary>
/// An uploaded file read into memory (never to disk): its bytes and the name the client gave it (for display only; it
/// names no file anywhere), or the problem to answer with.
/// </summary>
public sealed class UploadReading
{
    internal UploadReading(byte[]? content, string? fileName, SafetyProblem? problem)
    {
        Content = content;
        FileName = fileName;
        Problem = problem;
    }

    /// <summary>Gets the file's bytes, or <see langword="null"/> when <see cref="Problem"/> is set.</summary>
    public byte[]? Content { get; }

    /// <summary>Gets the file name the client sent, for display only, or <see langword="null"/>.</summary>
    public string? FileName { get; }

    /// <summary>Gets the problem to answer with (400 no file, 413 too large), or <see langword="null"/>.</summary>
    public SafetyProblem? Problem { get; }

    /// <summary>Returns the size read or the problem.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Problem?.ToString() ?? $"{FileName ?? "(body)"}: {Content!.Length} bytes";
}
