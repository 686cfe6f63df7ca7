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

    /// <summary>An argument exception's message without the " (Parameter 'name')" that .NET appends: the parameter is the library's, not the user's.</summary>
    public static string Reason(ArgumentException e) =>
        e.ParamName is { } name && $" (Parameter '{name}')" is var suffix && e.Message.EndsWith(suffix, StringComparison.Ordinal)
            ? e.Message.Substring(0, e.Message.Length - suffix.Length)
            : e.Message;
}
