namespace Stance;

/// <summary>Options of <see cref="StanceAnalyzer"/>.</summary>
/// <remarks>Normalization is not an option here: it is part of the model's featurizer (its version
/// is recorded in the model and checked on load), and a model only works with the normalization it
/// was trained with.</remarks>
public sealed record StanceAnalyzerOptions
{
    /// <summary>The default options.</summary>
    public static StanceAnalyzerOptions Default { get; } = new();

    /// <summary>The longest sentence in characters; a longer run without a sentence end is cut there
    /// (at a space when there is one), so that no input can make a sentence unbounded. Default 4096,
    /// at least 64.</summary>
    public int MaxSentenceLength { get; init; } = 4096;

    /// <summary>How many documents <see cref="StanceAnalyzer.AnalyzeMany"/> analyzes at once; above 1,
    /// <see cref="StanceAnalyzer.AnalyzeAsync(TextReader, string?, CancellationToken)"/> also reads and
    /// attributes the next sentences on a second thread while it scores the current ones. Default: the
    /// number of processors.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>How many features each sentence's explanation lists; 0 for none (faster). Default 5.</summary>
    public int ExplanationSize { get; init; } = 5;

    /// <summary>For a model trained on several targets, the target to take a stance toward; ignored by
    /// single-target models such as the default one.</summary>
    public string? Target { get; init; }

    /// <summary>Extensions of the speaker attribution (cues, titles, known speakers), or
    /// <see langword="null"/> for the built-in lexicons.</summary>
    public SpeakerAttributorOptions? Speakers { get; init; }

    /// <summary>A named speaker whose attribution confidence (<see cref="SpeakerAttribution.Confidence"/>)
    /// is below this is reported as <see cref="SpeakerKind.Unknown"/>, without a name, instead of a
    /// likely wrong guess; 0 always reports the rules' speaker. Default 0.3: on the annotated real news
    /// the model learned from, fewer than one such attribution in ten was right. The stance model
    /// still reads the rules' attribution (it was trained on it).</summary>
    public double UnknownSpeakerBelow { get; init; } = 0.3;

    internal void Validate()
    {
        if (!(UnknownSpeakerBelow is >= 0 and <= 1))
            throw new ArgumentOutOfRangeException(nameof(UnknownSpeakerBelow), UnknownSpeakerBelow, "The unknown-speaker threshold must be between 0 and 1.");
        if (MaxSentenceLength < Text.SentenceSegmenterOptions.MinMaxSentenceLength)
            throw new ArgumentOutOfRangeException(nameof(MaxSentenceLength), MaxSentenceLength, $"The maximum sentence length must be at least {Text.SentenceSegmenterOptions.MinMaxSentenceLength}.");
        if (MaxDegreeOfParallelism < 1)
            throw new ArgumentOutOfRangeException(nameof(MaxDegreeOfParallelism), MaxDegreeOfParallelism, "The degree of parallelism must be at least 1.");
        if (ExplanationSize is < 0 or > 100)
            throw new ArgumentOutOfRangeException(nameof(ExplanationSize), ExplanationSize, "The explanation size must be between 0 and 100.");
    }
}
