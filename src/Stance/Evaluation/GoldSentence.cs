namespace Stance.Evaluation;

/// <summary>One gold sentence of a labeled document set: where it stands in its document, its stance
/// and its speaker, as the annotation guidelines define them.</summary>
/// <param name="DocumentId">The document: the file name of its text in the documents folder.</param>
/// <param name="Start">The UTF-16 offset of the sentence in the document's text.</param>
/// <param name="Length">The sentence's length in UTF-16 code units.</param>
/// <param name="Text">The sentence as written.</param>
/// <param name="Stance">The gold stance.</param>
public sealed record GoldSentence(string DocumentId, int Start, int Length, string Text, StanceLabel Stance)
{
    /// <summary>The gold speaker's canonical name or description; <see langword="null"/> for the narrator.</summary>
    public string? Speaker { get; init; }

    /// <summary>The gold speaker's kind.</summary>
    public SpeakerKind SpeakerKind { get; init; }

    /// <summary>Short distinctive forms of the speaker's name: a predicted name is right when it
    /// contains one of them. Empty when the gold gives none (then <see cref="Speaker"/> itself is the key).</summary>
    public IReadOnlyList<string> SpeakerKeys { get; init; } = [];
}
