namespace Stance.Speakers;

/// <summary>The stored form of a <see cref="SpeakerConfidenceModel"/>.</summary>
internal sealed record SpeakerConfidenceFile
{
    /// <summary>The feature names, in vector order.</summary>
    public IReadOnlyList<string> Features { get; init; } = [];

    /// <summary>One weight per feature.</summary>
    public IReadOnlyList<float> Weights { get; init; } = [];

    /// <summary>The linear model's bias.</summary>
    public float Bias { get; init; }

    /// <summary>The Platt calibrator's slope.</summary>
    public float Slope { get; init; } = -1;

    /// <summary>The Platt calibrator's offset.</summary>
    public float Offset { get; init; }

    /// <summary>What the model was trained on, and how well it did.</summary>
    public SpeakerConfidenceMetadata? Metadata { get; init; }
}
