namespace SafetyModel.Cli;

/// <summary>The exit codes of every command; part of the CLI contract (docs/cli.md).</summary>
internal static class ExitCodes
{
    /// <summary>The command ran and found nothing wrong.</summary>
    public const int Ok = 0;

    /// <summary>The command ran and found problems: validation errors or warnings, text that is not what was asked for.</summary>
    public const int ProblemsFound = 1;

    /// <summary>Bad usage (unknown option, bad value) or input that cannot be read (missing, binary, empty, malformed).</summary>
    public const int BadInput = 2;

    /// <summary>The output cannot be written (a full disk, a closed output): EX_IOERR of sysexits.h.</summary>
    public const int OutputFailed = 74;

    /// <summary>The reader of standard output closed the pipe (<c>| head -1</c>); the tool stops quietly, as a shell reports a process ended by SIGPIPE (128 + 13).</summary>
    public const int PipeClosed = 141;

    /// <summary>A fault in the tool itself (a bug to report); nothing the user gave was at fault.</summary>
    public const int InternalError = 70;
}
