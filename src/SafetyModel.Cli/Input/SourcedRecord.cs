using SafetyModel.Diagnostics;
using SafetyModel.Primitives;
using SafetyModel.Validation;

namespace SafetyModel.Cli.Input;

/// <summary>A record and where it was read: the file, its one-based line (JSON Lines; 0 in a JSON document) and its pointer.</summary>
internal sealed record SourcedRecord(IRecord Record, string File, long Line, JsonPointer Pointer);
