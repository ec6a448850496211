using Microsoft.ML.Data;

namespace Stance.Classification;

/// <summary>One sentence as the columns the ML.NET pipeline reads.</summary>
internal sealed class StanceFeatureRow
{
    /// <summary>The label name (<c>pro</c>, <c>anti</c>, <c>neutral</c>); empty when predicting.</summary>
    public string Label { get; set; } = "";

    /// <summary>Normalized, clitic-segmented word tokens (clitics keep their <c>+</c> marker).</summary>
    [VectorType]
    public string[] Tokens { get; set; } = [];

    /// <summary>The normalized sentence, for character n-grams.</summary>
    public string Chars { get; set; } = "";

    /// <summary>Stance-cue features from the lexicon, after negation scope.</summary>
    [VectorType]
    public string[] Cues { get; set; } = [];

    /// <summary>The document the sentence comes from, so that cross-validation keeps documents whole.</summary>
    public string Group { get; set; } = "";

    /// <summary>Where the example comes from (<see cref="LabeledSentence.Source"/>), for per-source
    /// cross-validation figures; empty for none.</summary>
    public string Source { get; set; } = "";

    /// <summary>The example's weight in training (class balancing).</summary>
    public float Weight { get; set; } = 1f;
}

/// <summary>What the pipeline returns for one sentence.</summary>
internal sealed class StanceScoreRow
{
    /// <summary>The probability of each label, in the order of the model's label keys.</summary>
    [ColumnName(StancePipeline.ScoreColumn)]
    public float[] Score { get; set; } = [];

    /// <summary>The assembled feature vector, for explanations.</summary>
    [ColumnName(StancePipeline.FeaturesColumn)]
    public VBuffer<float> Features { get; set; }
}

/// <summary>A scored row of an evaluation or of a cross-validation fold: the gold label key and the
/// probabilities.</summary>
internal sealed class ScoredRow
{
    /// <summary>The gold label as a 1-based key in the model's score order.</summary>
    [KeyType(3)]
    public uint LabelKey { get; set; }

    /// <summary>The probability of each label, in the order of the model's label keys.</summary>
    public float[] Score { get; set; } = [];

    /// <summary>Where the example comes from.</summary>
    public string Source { get; set; } = "";
}
