namespace Stance.Speakers;

/// <summary>
/// What the rules saw when they attributed one sentence: the facts the speaker confidence model
/// weighs (see <see cref="SpeakerConfidenceModel"/>).
/// </summary>
/// <param name="Route">The rule that decided.</param>
/// <param name="Cue">The cue's kind, or <see langword="null"/> without a cue.</param>
/// <param name="Mention">The speaker mention's kind, or <see langword="null"/> when the speaker was not named in the sentence.</param>
/// <param name="Kind">The attributed speaker's kind (<see cref="SpeakerKind.Narrator"/> for none).</param>
/// <param name="SentenceIndex">The sentence's position in its document (0 is the headline).</param>
/// <param name="SeenBefore">Whether the speaker had been mentioned earlier in the document.</param>
/// <param name="SameAsPrevious">Whether the previous sentence has the same speaker.</param>
/// <param name="PreviousWasNarrator">Whether the previous sentence was the narrator's (or there was none).</param>
/// <param name="OpensWithQuote">Whether the sentence opens with a quotation mark.</param>
/// <param name="HasQuote">Whether the sentence holds a quotation mark.</param>
/// <param name="Words">The sentence's number of words.</param>
/// <param name="HasChannel">Whether an outlet that carried the words was found.</param>
internal readonly record struct AttributionEvidence(
    SpeakerRoute Route,
    CueKind? Cue,
    MentionKind? Mention,
    SpeakerKind Kind,
    int SentenceIndex,
    bool SeenBefore,
    bool SameAsPrevious,
    bool PreviousWasNarrator,
    bool OpensWithQuote,
    bool HasQuote,
    int Words,
    bool HasChannel);
