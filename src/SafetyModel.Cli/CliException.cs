using System;

namespace SafetyModel.Cli;

/// <summary>
/// Bad usage or unreadable input, found while a command runs: the message says what, where and why, and the command
/// ends with <see cref="ExitCodes.BadInput"/>.
/// </summary>
internal sealed class CliException : Exception
{
    public CliException(string message)
        : base(message)
    {
    }

    public CliException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public CliException()
    {
    }
}
