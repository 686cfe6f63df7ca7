using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SafetyModel.Serialization;

/// <summary>Lets System.Text.Json use a contract codec, for users who serialise through their own options.</summary>
/// <typeparam name="T">The type.</typeparam>
internal sealed class CodecConverter<T> : JsonConverter<T>
{
    private readonly IJsonCodec<T> _codec;

    public CodecConverter(IJsonCodec<T> codec) => _codec = codec;

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => _codec.Read(ref reader);

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => _codec.Write(writer, value);
}
