using System.Collections.ObjectModel;

namespace Stance.Classification;

/// <summary>What a stance model says about itself: checked when it is loaded and readable from the API.</summary>
public sealed record StanceModelMetadata
{
    /// <summary>The model file format this library writes.</summary>
    public const int CurrentFormatVersion = 1;

    /// <summary>The file format version.</summary>
    public int FormatVersion { get; init; } = CurrentFormatVersion;

    /// <summary>The version of the featurizer the model was trained with; a model only works with the same one.</summary>
    public int FeaturizerVersion { get; init; }

    /// <summary>What the model takes a stance toward.</summary>
    public string Target { get; init; } = "";

    /// <summary>The label set, as wire names: always <c>pro-withdrawal</c>, <c>anti-withdrawal</c>, <c>neutral</c>.</summary>
    public IReadOnlyList<string> Labels { get; init; } = [];

    /// <summary>The names of the labels in output, read from <see cref="Labels"/> (pro, anti, neutral
    /// in that order); a model file without them names its labels as the default model does.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public StanceLabelNames LabelNames => Labels.Count == 3 ? new(Labels[0], Labels[1], Labels[2]) : StanceLabelNames.Withdrawal;

    /// <summary>The ML.NET trainer chosen by cross-validation.</summary>
    public string Trainer { get; init; } = "";

    /// <summary>The cross-validated macro-F1 of every candidate trainer.</summary>
    public IReadOnlyDictionary<string, double> CandidateMacroF1 { get; init; } = new Dictionary<string, double>();

    /// <summary>The SHA-256 of the training corpus (texts, labels and targets in order), hex.</summary>
    public string CorpusSha256 { get; init; } = "";

    /// <summary>The number of training sentences.</summary>
    public int TrainingSentences { get; init; }

    /// <summary>The targets seen in training, when the corpus had several and features were conjoined with them.</summary>
    public IReadOnlyList<string> Targets { get; init; } = [];

    /// <summary>The options training used (folds, n-gram lengths, regularization, class balancing), so
    /// that the model can be reproduced.</summary>
    public StanceTrainerOptions? TrainerOptions { get; init; }

    /// <summary>The random seed of training.</summary>
    public int Seed { get; init; }

    /// <summary>The pooled cross-validation metrics of the chosen trainer on the training corpus.</summary>
    public StanceMetrics? CrossValidation { get; init; }

    /// <summary>The offsets added to the natural log of each label's probability before the label is
    /// chosen (wire name → offset), tuned on out-of-fold predictions; empty when the model has none.
    /// The probabilities the model reports include them.</summary>
    public IReadOnlyDictionary<string, double> DecisionBias
    {
        get => _decisionBias;
        // Source-generated JSON sets every init property, so a file written before this field existed
        // would otherwise hand back null instead of "no offsets".
        init => _decisionBias = value ?? ReadOnlyDictionary<string, double>.Empty;
    }

    private readonly IReadOnlyDictionary<string, double> _decisionBias = ReadOnlyDictionary<string, double>.Empty;

    /// <summary>The temperature that divides the log-probabilities (after the decision offsets) so that
    /// confidence matches accuracy, fitted on out-of-fold predictions; 1 for none.</summary>
    public double Temperature
    {
        get => _temperature;
        // A file written before this field existed reads back 0 (source-generated JSON sets every
        // init property): that means no temperature.
        init => _temperature = value == 0 ? 1 : value;
    }

    private readonly double _temperature = 1;

    /// <summary>The chosen trainer's cross-validation figures for each source of examples
    /// (<see cref="LabeledSentence.Source"/>), when there were several; empty otherwise.</summary>
    public IReadOnlyDictionary<string, StanceMetrics> CrossValidationBySource
    {
        get => _bySource;
        init => _bySource = value ?? ReadOnlyDictionary<string, StanceMetrics>.Empty;
    }

    private readonly IReadOnlyDictionary<string, StanceMetrics> _bySource = ReadOnlyDictionary<string, StanceMetrics>.Empty;

    /// <summary>What the model learned from, source by source (<see cref="LabeledSentence.Source"/>):
    /// the name, the number of sentences, their weight and the SHA-256 of their texts and labels.
    /// Empty when the examples named no source.</summary>
    public IReadOnlyList<TrainingSource> Sources { get; init; } = [];

    /// <summary>Metrics on a held-out development set, when the training command was given one.</summary>
    public StanceMetrics? Development { get; init; }

    /// <summary>Figures on whole held-out documents (for the default model: the seed articles and
    /// real news never trained on), measured as <c>stance evaluate --docs</c> measures them.</summary>
    public IReadOnlyList<HeldOutFigures> HeldOut { get; init; } = [];

    /// <summary>The instruction set the model was trained on (the widest vector width ML.NET's math
    /// could use): models are bit-reproducible only on the same kind of CPU.</summary>
    public string TrainedOnInstructionSet { get; init; } = "";

    /// <summary>The ML.NET version that trained the model.</summary>
    public string MlNetVersion { get; init; } = "";

    /// <summary>The SHA-256 of the ML.NET model inside the file, hex; checked on load.</summary>
    public string ModelSha256 { get; init; } = "";
}
