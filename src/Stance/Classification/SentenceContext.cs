namespace Stance.Classification;

/// <summary>What the classifier may know of a sentence's place in its document, read in order:
/// nothing after the sentence, so that streaming and whole-text analysis agree.</summary>
/// <param name="Index">The sentence's position in its document (0 is the headline); −1 for a
/// sentence without a document.</param>
/// <param name="SpeakerKind">The kind of speaker the analyzer attributed the sentence to.</param>
/// <param name="HasCue">Whether the sentence carries its own reporting cue.</param>
/// <param name="Continues">Whether it keeps the previous sentence's speaker without naming them again
/// (a quotation or paraphrase that goes on, "وأضاف أن …").</param>
/// <param name="CarriedDirection">When it continues: the composed direction of the previous sentence
/// (+1 pro, −1 anti, 0 none).</param>
/// <param name="HeadlineDirection">For the lede (index 1): the composed direction of the headline.</param>
internal readonly record struct SentenceContext(int Index, SpeakerKind SpeakerKind, bool HasCue, bool Continues, int CarriedDirection, int HeadlineDirection)
{
    /// <summary>A sentence on its own, outside any document, attributed as such.</summary>
    public static SentenceContext Alone(SpeakerAttribution attribution) =>
        new(-1, attribution.Kind, attribution.Cue is not null, false, 0, 0);
}
