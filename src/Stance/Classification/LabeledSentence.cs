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

    /// <summary>How much the example counts in training, relative to the others (default 1): for
    /// example more for real annotated news than for written sentences. Multiplies the class weight.</summary>
    public float Weight { get; init; } = 1f;

    /// <summary>Where the example comes from (for example the data file's name): the trainer reports
    /// cross-validation per source and can calibrate on one source's out-of-fold predictions
    /// (<see cref="StanceTrainerOptions.CalibrationSource"/>). <see langword="null"/> for none.</summary>
    public string? Source { get; init; }

    /// <summary>How the data spelled the label (<c>favor</c>, <c>pro-withdrawal</c>, …), or
    /// <see langword="null"/>; a trained model names its labels after its data's spellings
    /// (<see cref="StanceLabelNames"/>).</summary>
    public string? LabelName { get; init; }
}
