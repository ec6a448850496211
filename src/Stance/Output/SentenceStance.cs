using System.Text.Json.Serialization;

namespace Stance;

/// <summary>The stance and speaker of one sentence.</summary>
/// <param name="Text">The sentence as it stands in the original text.</param>
/// <param name="Stance">The stance label.</param>
/// <param name="Speaker">The speaker, or <see langword="null"/> for the narrator.</param>
public sealed record SentenceStance(string Text, StanceLabel Stance, Speaker? Speaker)
{
    /// <summary>The identifier of the document, as the caller gave it.</summary>
    public string? DocumentId { get; init; }

    /// <summary>The sentence's position in its document, from 0.</summary>
    public int Index { get; init; }

    /// <summary>Where the sentence stands in the document text (UTF-16 offsets).</summary>
    public TextSpan Span { get; init; }

    /// <summary>The probability of <see cref="Stance"/>.</summary>
    public double Confidence { get; init; }

    /// <summary>The probability of every label; they sum to 1. Defaults to certainty in <see cref="Stance"/>.</summary>
    public StanceScores Scores { get => field ?? StanceScores.Certain(Stance); init; }

    /// <summary>The reporting cue as written ("قال", "بحسب"), or <see langword="null"/>.</summary>
    public string? Cue { get; init; }

    /// <summary>Where <see cref="Cue"/> stands in the document text.</summary>
    public TextSpan? CueSpan { get; init; }

    /// <summary>The outlet that carried the words without being the speaker, or <see langword="null"/>.</summary>
    public string? Channel { get; init; }

    /// <summary>Where the speaker is mentioned in this sentence, or <see langword="null"/>.</summary>
    public TextSpan? SpeakerEvidence { get; init; }

    /// <summary>The estimated chance that <see cref="Speaker"/> (or the narrator, when it is
    /// <see langword="null"/>) is right; see <see cref="SpeakerAttribution.Confidence"/>. For an
    /// <see cref="SpeakerKind.Unknown"/> speaker, the confidence of the candidate that was withheld.</summary>
    public double? SpeakerConfidence { get; init; }

    /// <summary>The features that pushed the decision most, strongest first.</summary>
    public IReadOnlyList<FeatureContribution> Explanation { get; init; } = [];

    /// <summary>The names of the labels under the model that analysed the sentence (the default
    /// model's: <c>pro-withdrawal</c>, <c>anti-withdrawal</c>, <c>neutral</c>).</summary>
    [JsonIgnore]
    public StanceLabelNames LabelNames { get; init; } = StanceLabelNames.Withdrawal;

    /// <summary>The name of <see cref="Stance"/> under the model, as output writes it.</summary>
    [JsonIgnore]
    public string StanceName => LabelNames.NameOf(Stance);

    /// <summary>The kind of the speaker; <see cref="SpeakerKind.Narrator"/> when there is none.</summary>
    public SpeakerKind SpeakerKind => Speaker?.Kind ?? SpeakerKind.Narrator;
}
