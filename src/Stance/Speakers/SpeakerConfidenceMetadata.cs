namespace Stance.Speakers;

/// <summary>The training record of a <see cref="SpeakerConfidenceFile"/>.</summary>
internal sealed record SpeakerConfidenceMetadata
{
    /// <summary>SHA-256 of the gold files and documents the model learned from.</summary>
    public string TrainingHash { get; init; } = "";

    /// <summary>The sources, as "name: sentences".</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>The share of attributions that were right in the training documents.</summary>
    public double RulesAccuracy { get; init; }

    /// <summary>The share of attributions that were right in the real news documents.</summary>
    public double RealNewsRulesAccuracy { get; init; }

    /// <summary>The weight of a written corpus row beside a real news row, chosen by cross-validation.</summary>
    public float WrittenWeight { get; init; }

    /// <summary>Expected calibration error of the real news rows' out-of-fold probabilities (10 bins).</summary>
    public double CrossValidatedCalibrationError { get; init; }

    /// <summary>Area under the ROC curve of the real news rows' out-of-fold probabilities.</summary>
    public double CrossValidatedAuc { get; init; }

    /// <summary>The instruction set of the machine that trained it: ML.NET sums in another order on
    /// another one, so the weights agree to float rounding only on the same kind of CPU.</summary>
    public string TrainedOnInstructionSet { get; init; } = "";

    /// <summary>The L2 regularization the cross-validation chose.</summary>
    public float L2Regularization { get; init; }
}
