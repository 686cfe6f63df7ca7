using System.Text.Json;
using SafetyModel.Primitives;

namespace SafetyModel.Serialization;

/// <summary><see cref="DivisionCode"/> as its 12 digits, with <c>@</c> and the edition year when it has one (<c>150626100000@2023</c>).</summary>
internal sealed class DivisionCodec : IJsonCodec<DivisionCode>
{
    public DivisionCode Read(ref Utf8JsonReader reader) => JsonContract.ReadDivision(ref reader);

    public void Write(Utf8JsonWriter writer, DivisionCode value)
    {
        if (value == default)
        {
            writer.WriteNullValue();
            return;
        }

        JsonContract.WriteDivision(writer, value);
    }
}
