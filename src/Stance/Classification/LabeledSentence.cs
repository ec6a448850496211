namespace Stance.Classification;

/// <summary>A sentence with its gold stance: one training or evaluation example.</summary>
/// <param name="Text">The sentence.</param>
/// <param name="Label">Its stance toward the target.</param>
public sealed record LabeledSentence(string Text, StanceLabel Label)
{
    /// <summary>The target the stance is toward, when a corpus mixes targets (for example a topic of
    /// ArabicStanceX); <see langword="null"/> for a single-target corpus.</summary>
    public string? Target { get; init; }

    /// <summary>The document the sentence comes from. Cross-validation keeps the sentences of one
    /// document in the same fold.</summary>
    public string? DocumentId { get; init; }
}
