using Stance.Corpus;

namespace Stance.Classification;

/// <summary>Options of <see cref="StanceTrainer"/>.</summary>
public sealed record StanceTrainerOptions
{
    /// <summary>The trainers compared by cross-validation; the best by macro-F1 is kept. Default: both.</summary>
    public IReadOnlyList<StanceTrainerKind> Candidates { get; init; } = [StanceTrainerKind.SdcaMaximumEntropy, StanceTrainerKind.LbfgsMaximumEntropy];

    /// <summary>The number of cross-validation folds (documents are never split across folds). Default 5.</summary>
    public int Folds { get; init; } = 5;

    /// <summary>The random seed: the same corpus, options and seed give the same model and metrics. Default 1.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>A description of the target the model takes a stance toward, stored in the model.</summary>
    public string TargetDescription { get; init; } = "the withdrawal of US and US-led coalition forces from Iraq";

    /// <summary>Weight each class inversely to its frequency, so that a rare class is not ignored. Default <see langword="true"/>.</summary>
    public bool BalanceClasses { get; init; } = true;

    /// <summary>The longest word n-gram (over our clitic-segmented tokens). Default 2.</summary>
    public int WordNgramLength { get; init; } = 2;

    /// <summary>The longest character n-gram. Default 4.</summary>
    public int CharNgramLength { get; init; } = 4;

    /// <summary>L2 regularization of the trainers. Default 1e-4 (ML.NET's SDCA picks its own when null).</summary>
    public float? L2Regularization { get; init; }

    /// <summary>Conjoin features with the example's <see cref="LabeledSentence.Target"/> when the
    /// corpus has several targets. Default <see langword="true"/>.</summary>
    public bool ConjoinTarget { get; init; } = true;

    /// <summary>
    /// Adds the cue features written for the withdrawal target: hits of the project's stance-cue
    /// lexicon with negation scope, a negator flag and the kind of speaker the sentence is attributed
    /// to. Default <see langword="true"/>. Turn it off when training for a target of your own: the
    /// lexicon knows only the withdrawal question, and on ArabicStanceX (17 other targets) it costs
    /// about 0.008 macro-F1. The choice is stored in the model and applied when it predicts.
    /// </summary>
    public bool WithdrawalCues { get; init; } = true;

    /// <summary>
    /// With <see cref="WithdrawalCues"/> off: still add the features that hold for any target and know
    /// nothing of the withdrawal lexicon — whether the sentence has a negator, the kind of speaker it
    /// is attributed to, whether it names its source, and whether it is the headline or the lede.
    /// Default <see langword="true"/>. (The withdrawal cues include them.) The choice is stored in the
    /// model and applied when it predicts.
    /// </summary>
    public bool GenericCues { get; init; } = true;

    /// <summary>
    /// The names the model gives its labels in output. <see langword="null"/> (the default): the
    /// spellings the training data used (one per label, as <see cref="StanceCorpus"/> read them, for
    /// example ArabicStanceX's <c>favor</c>, <c>against</c>, <c>none</c>); where a label's examples mix
    /// spellings, <see cref="StanceLabelNames.Withdrawal"/> for the withdrawal target (with
    /// <see cref="WithdrawalCues"/>) and <see cref="StanceLabelNames.Generic"/> for any other.
    /// </summary>
    public StanceLabelNames? LabelNames { get; init; }

    /// <summary>
    /// After the trainer comparison, shift the decision between the labels by one offset per label,
    /// chosen on the kept trainer's out-of-fold predictions to maximise macro-F1 (class weighting
    /// balances the training loss, not macro-F1). The offsets are stored in the model
    /// (<see cref="StanceModelMetadata.DecisionBias"/>) and applied to its probabilities; the
    /// cross-validated metrics in the metadata are measured before the shift.
    /// Default <see langword="false"/>: on ArabicStanceX (one model per target, 5 folds) it raised
    /// the average per-target macro-F1 but left the pooled figure where it was (0.690 against
    /// 0.689), so it is offered, not imposed. Try it when one label is rare and under-predicted.
    /// </summary>
    public bool TuneDecisionBias { get; init; }

    /// <summary>
    /// Fit a temperature to the kept trainer's out-of-fold predictions so that confidence means the
    /// chance of being right (<see cref="StanceModelMetadata.Temperature"/>). Default <see langword="true"/>.
    /// </summary>
    public bool Calibrate { get; init; } = true;

    /// <summary>
    /// Fit the temperature on the out-of-fold predictions of the examples from this
    /// <see cref="LabeledSentence.Source"/> only: the text the model will meet (for the default model,
    /// real news rather than written sentences). <see langword="null"/>: all examples.
    /// </summary>
    public string? CalibrationSource { get; init; }
}
