using System.Text.Json;
using System.Text.Json.Serialization;
using Stance.Classification;

namespace Stance;

/// <summary>Writes <see cref="StanceLabel"/> as its wire name (<c>pro-withdrawal</c>,
/// <c>anti-withdrawal</c>, <c>neutral</c>) and reads every spelling the corpus reader accepts.</summary>
internal sealed class StanceLabelJsonConverter : JsonConverter<StanceLabel>
{
    public override StanceLabel Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        StanceLabels.TryParse(reader.GetString(), out var label) ? label : throw new JsonException($"Unknown stance label '{reader.GetString()}'.");

    public override void Write(Utf8JsonWriter writer, StanceLabel value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToWireName());
}

/// <summary>Writes <see cref="SpeakerKind"/> in lower case (<c>person</c>, <c>organization</c>, …).</summary>
internal sealed class SpeakerKindJsonConverter : JsonConverter<SpeakerKind>
{
    public override SpeakerKind Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Enum.TryParse<SpeakerKind>(reader.GetString(), ignoreCase: true, out var kind) && Enum.IsDefined(kind)
            ? kind
            : throw new JsonException($"Unknown speaker kind '{reader.GetString()}'.");

    public override void Write(Utf8JsonWriter writer, SpeakerKind value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToWireName());
}
