using System.Text.Json.Serialization;

namespace Stance.Corpus;

/// <summary>One line of a labeled JSONL corpus (the schema of <c>data/README.md</c>). Every field
/// but <see cref="Text"/> and <see cref="Stance"/> is optional for users' own data.</summary>
internal sealed class CorpusRecord
{
    [JsonPropertyName("doc")]
    public string? Doc { get; set; }

    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("start")]
    public int? Start { get; set; }

    [JsonPropertyName("length")]
    public int? Length { get; set; }

    [JsonPropertyName("text")]
    public string? Text { get; set; }

    [JsonPropertyName("stance")]
    public string? Stance { get; set; }

    [JsonPropertyName("target")]
    public string? Target { get; set; }

    [JsonPropertyName("speaker")]
    public string? Speaker { get; set; }

    [JsonPropertyName("speakerKind")]
    public string? SpeakerKind { get; set; }

    [JsonPropertyName("role")]
    public string? Role { get; set; }

    [JsonPropertyName("cue")]
    public string? Cue { get; set; }

    [JsonPropertyName("speaker_keys")]
    public string[]? SpeakerKeys { get; set; }

    [JsonPropertyName("note")]
    public string? Note { get; set; }

    [JsonPropertyName("tags")]
    public string[]? Tags { get; set; }

    [JsonPropertyName("domain")]
    public string? Domain { get; set; }
}

[JsonSourceGenerationOptions(ReadCommentHandling = System.Text.Json.JsonCommentHandling.Disallow)]
[JsonSerializable(typeof(CorpusRecord))]
internal sealed partial class CorpusJsonContext : JsonSerializerContext;
