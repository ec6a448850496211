namespace Stance;

/// <summary>Who a sentence is attributed to and how the text says so.</summary>
/// <param name="Speaker">The speaker, or <see langword="null"/> when the sentence is the narrator's.</param>
/// <param name="Cue">The reporting verb or phrase as written, without an attached conjunction ("قال",
/// "أضافت", "وفقاً لـ", "نقلت عن"), or <see langword="null"/> when there is none (narrator, a
/// continuation without a cue, a verb of position).</param>
/// <param name="CueSpan">Where <paramref name="Cue"/> stands in the document text.</param>
/// <param name="Channel">The outlet that carried the words when it is not the speaker ("رويترز" in
/// "قال السوداني لرويترز"), or <see langword="null"/>.</param>
/// <param name="Evidence">Where the speaker is mentioned in this sentence, or <see langword="null"/>
/// when the speaker is carried over from an earlier sentence or is the narrator.</param>
public sealed record SpeakerAttribution(Speaker? Speaker, string? Cue, TextSpan? CueSpan, string? Channel, TextSpan? Evidence)
{
    /// <summary>The attribution of a sentence nothing attributes: the narrator's.</summary>
    public static SpeakerAttribution Narrator { get; } = new(null, null, null, null, null);

    /// <summary>The kind of the speaker, <see cref="SpeakerKind.Narrator"/> when there is none.</summary>
    public SpeakerKind Kind => Speaker?.Kind ?? SpeakerKind.Narrator;

    /// <summary>The estimated chance that this attribution (speaker or narrator) is right, from a model
    /// trained on annotated news over what the rules saw: which rule decided, the cue and mention
    /// kinds, quotation marks, the position in the document. <see langword="null"/> for an
    /// attribution built by hand.</summary>
    public double? Confidence { get; init; }
}
