namespace SafetyModel.Cli.Input;

/// <summary>How a record file is laid out.</summary>
internal enum RecordFormat
{
    /// <summary>Chosen per file: <c>.jsonl</c>/<c>.ndjson</c> are JSON Lines, <c>.json</c> one document, others sniffed.</summary>
    Auto,

    /// <summary>One JSON document: an envelope (<c>schemaVersion</c>), one record (<c>type</c>) or one report.</summary>
    Json,

    /// <summary>JSON Lines: one record per line.</summary>
    JsonLines,
}
