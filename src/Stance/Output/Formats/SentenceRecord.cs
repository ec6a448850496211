using System.Text.Json.Serialization;

namespace Stance;

/// <summary>The JSON Lines record of one sentence: the contract other tools read. Field names and
/// meanings are stable; new fields may be added at the end.</summary>
internal sealed class SentenceRecord
{
    [JsonPropertyName("doc")] public string? Doc { get; init; }
    [JsonPropertyName("sentence")] public int Sentence { get; init; }
    [JsonPropertyName("start")] public int Start { get; init; }
    [JsonPropertyName("length")] public int Length { get; init; }
    [JsonPropertyName("text")] public string Text { get; init; } = "";
    [JsonPropertyName("stance")] public StanceLabel Stance { get; init; }
    [JsonPropertyName("confidence")] public double Confidence { get; init; }
    [JsonPropertyName("scores")] public ScoresRecord Scores { get; init; } = new();
    [JsonPropertyName("speaker")] public SpeakerRecord? Speaker { get; init; }
    [JsonPropertyName("cue")] public string? Cue { get; init; }
    [JsonPropertyName("channel")] public string? Channel { get; init; }

    public static SentenceRecord From(SentenceStance s) => new()
    {
        Doc = s.DocumentId,
        Sentence = s.Index,
        Start = s.Span.Start,
        Length = s.Span.Length,
        Text = s.Text,
        Stance = s.Stance,
        Confidence = Round(s.Confidence),
        Scores = new ScoresRecord { Pro = Round(s.Scores.Pro), Anti = Round(s.Scores.Anti), Neutral = Round(s.Scores.Neutral) },
        Speaker = s.Speaker is { } sp ? new SpeakerRecord { Name = sp.CanonicalName, Mention = sp.Name, Role = sp.Role, Kind = sp.Kind } : null,
        Cue = s.Cue,
        Channel = s.Channel,
    };

    // Four decimals: enough to rank, short to read, and identical across runs.
    private static double Round(double p) => Math.Round(p, 4, MidpointRounding.ToEven);

    internal sealed class ScoresRecord
    {
        [JsonPropertyName("pro-withdrawal")] public double Pro { get; init; }
        [JsonPropertyName("anti-withdrawal")] public double Anti { get; init; }
        [JsonPropertyName("neutral")] public double Neutral { get; init; }
    }

    internal sealed class SpeakerRecord
    {
        [JsonPropertyName("name")] public string Name { get; init; } = "";
        [JsonPropertyName("mention")] public string Mention { get; init; } = "";
        [JsonPropertyName("role")] public string? Role { get; init; }
        [JsonPropertyName("kind")] public SpeakerKind Kind { get; init; }
    }
}
