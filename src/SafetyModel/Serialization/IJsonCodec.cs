using System.Text.Json;

namespace SafetyModel.Serialization;

/// <summary>Reads and writes one type of the contract directly on System.Text.Json's reader and writer.</summary>
/// <typeparam name="T">The type.</typeparam>
internal interface IJsonCodec<T>
{
    /// <summary>Reads a value; the reader is on its first token and is left on its last.</summary>
    T Read(ref Utf8JsonReader reader);

    /// <summary>Writes a value.</summary>
    void Write(Utf8JsonWriter writer, T value);
}
