namespace SafetyModel.Cli.Output;

/// <summary>What a command writes to standard output.</summary>
internal enum OutputFormat
{
    /// <summary>Aligned text for people.</summary>
    Table,

    /// <summary>JSON for scripts, in the documented shape (docs/cli.md).</summary>
    Json,

    /// <summary>CSV (RFC 4180), for tables only.</summary>
    Csv,
}
