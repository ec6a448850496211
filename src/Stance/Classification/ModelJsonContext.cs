using System.Text.Json.Serialization;

namespace Stance.Classification;

[JsonSourceGenerationOptions(WriteIndented = true, UseStringEnumConverter = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(StanceModelMetadata))]
internal sealed partial class ModelJsonContext : JsonSerializerContext;
