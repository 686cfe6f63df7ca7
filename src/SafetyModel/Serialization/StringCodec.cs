using System.Text.Json;

namespace SafetyModel.Serialization;

/// <summary>A non-null string.</summary>
internal sealed class StringCodec : IJsonCodec<string>
{
    public string Read(ref Utf8JsonReader reader) => JsonContract.ReadString(ref reader);

    public void Write(Utf8JsonWriter writer, string value) => writer.WriteStringValue(value);
}
