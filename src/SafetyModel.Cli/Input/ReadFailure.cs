using SafetyModel.Serialization;

namespace SafetyModel.Cli.Input;

/// <summary>A line of a JSON Lines file that could not be read: the file, the one-based line and the contract's error.</summary>
internal sealed record ReadFailure(string File, long Line, JsonContractException Error);
