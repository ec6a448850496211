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
    /// <summary>The label's name under the model (<see cref="SentenceStance.StanceName"/>).</summary>
    [JsonPropertyName("stance")] public string Stance { get; init; } = "";
    [JsonPropertyName("confidence")] public double Confidence { get; init; }
    /// <summary>The probability of each label, keyed by the model's label names, in the order pro,
    /// anti, neutral (a dictionary keeps its insertion order when written).</summary>
    [JsonPropertyName("scores")] public Dictionary<string, double> Scores { get; init; } = [];
    [JsonPropertyName("speaker")] public SpeakerRecord? Speaker { get; init; }
    [JsonPropertyName("cue")] public string? Cue { get; init; }
    [JsonPropertyName("channel")] public string? Channel { get; init; }

    /// <summary>The features that weighed most for the label; written only when the analysis computed
    /// them (<see cref="StanceAnalyzerOptions.ExplanationSize"/>, the CLI's <c>--explain</c>).</summary>
    [JsonPropertyName("explanation")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<ExplanationRecord>? Explanation { get; init; }

    /// <summary>The document's publication date (yyyy-MM-dd); written only where the caller gave one
    /// (<see cref="DocumentAnalysis.Date"/>, the CLI's <c>--dates</c>).</summary>
    [JsonPropertyName("date")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Date { get; init; }

    public static string? FormatDate(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static SentenceRecord From(SentenceStance s) => From(s, null);

    public static SentenceRecord From(SentenceStance s, DateOnly? date) => new()
    {
        Doc = s.DocumentId,
        Sentence = s.Index,
        Start = s.Span.Start,
        Length = s.Span.Length,
        Text = s.Text,
        Stance = s.StanceName,
        Confidence = Round(s.Confidence),
        Scores = new Dictionary<string, double>(3, StringComparer.Ordinal)
        {
            [s.LabelNames.Pro] = Round(s.Scores.Pro),
            [s.LabelNames.Anti] = Round(s.Scores.Anti),
            [s.LabelNames.Neutral] = Round(s.Scores.Neutral),
        },
        Speaker = s.Speaker is { } sp ? new SpeakerRecord { Name = sp.Kind == SpeakerKind.Unknown ? null : sp.CanonicalName, Mention = sp.Kind == SpeakerKind.Unknown ? null : sp.Name, Role = sp.Role, Kind = sp.Kind, Confidence = s.SpeakerConfidence is { } c ? Round(c) : null } : null,
        Cue = s.Cue,
        Channel = s.Channel,
        Explanation = s.Explanation.Count == 0 ? null : [.. s.Explanation.Select(e => new ExplanationRecord { Feature = e.Feature, Weight = Round(e.Weight) })],
        Date = FormatDate(date),
    };

    // Four decimals: enough to rank, short to read, and identical across runs.
    private static double Round(double p) => Math.Round(p, 4, MidpointRounding.ToEven);

    internal sealed class ExplanationRecord
    {
        [JsonPropertyName("feature")] public string Feature { get; init; } = "";
        [JsonPropertyName("weight")] public double Weight { get; init; }
    }

    internal sealed class SpeakerRecord
    {
        [JsonPropertyName("name")] public string? Name { get; init; }
        [JsonPropertyName("mention")] public string? Mention { get; init; }
        [JsonPropertyName("role")] public string? Role { get; init; }
        [JsonPropertyName("kind")] public SpeakerKind Kind { get; init; }

        [JsonPropertyName("confidence")]
        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public double? Confidence { get; init; }
    }
}

/// <summary>One document of the tool's <c>--format json</c> output: its identifier and its sentences as
/// the same records the JSON Lines format writes one per line, so that both formats (and the CSV
/// columns) share field names and meanings.</summary>
internal sealed class DocumentRecord
{
    [JsonPropertyName("doc")] public string? Doc { get; init; }
    [JsonPropertyName("sentences")] public IReadOnlyList<SentenceRecord> Sentences { get; init; } = [];

    [JsonPropertyName("date")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Date { get; init; }

    public static DocumentRecord From(DocumentAnalysis document) => new()
    {
        Doc = document.DocumentId,
        Date = SentenceRecord.FormatDate(document.Date),
        Sentences = [.. document.Sentences.Select(s => SentenceRecord.From(s, document.Date))],
    };
}
