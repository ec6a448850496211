using System.Text.Json.Serialization;

namespace Stance.Speakers;

/// <summary>Source-generated JSON for the speaker confidence model file.</summary>
[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(SpeakerConfidenceFile))]
internal sealed partial class SpeakerJsonContext : JsonSerializerContext;
