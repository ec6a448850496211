using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms;
using Microsoft.ML.Transforms.Text;

namespace Stance.Classification;

/// <summary>Builds the ML.NET pipeline: key mapping, word and character n-grams and the cue bag,
/// each L2-normalized, concatenated and fed to a linear multiclass trainer.</summary>
internal static class StancePipeline
{
    public const string LabelKey = "LabelKey";

    // The pipeline's column names, written once: the featurizer's blocks (the explainer and the sparse
    // scorer read the model's slots block by block), their concatenation and the trainer's scores.
    public const string WordBlock = "word", CharBlock = "char", CueBlock = "cue";
    public const string FeaturesColumn = "Features", ScoreColumn = "Score";

    /// <summary>The feature blocks in the order they are concatenated.</summary>
    public static readonly string[] Blocks = [WordBlock, CharBlock, CueBlock];

    /// <summary>The label keys in the model's score order.</summary>
    public static readonly string[] KeyOrder = ["anti", "neutral", "pro"];

    public static IEstimator<ITransformer> Build(MLContext ml, StanceTrainerOptions options, StanceTrainerKind kind)
    {
        var keyData = ml.Data.LoadFromEnumerable(KeyOrder.Select(k => new LabelOnly { Label = k }));
        var featurize = ml.Transforms.Conversion.MapValueToKey(LabelKey, nameof(StanceFeatureRow.Label), keyOrdinality: ValueToKeyMappingEstimator.KeyOrdinality.ByValue, keyData: keyData)
            .Append(ml.Transforms.Conversion.MapValueToKey("TokenKeys", nameof(StanceFeatureRow.Tokens)))
            .Append(ml.Transforms.Text.ProduceNgrams(WordBlock, "TokenKeys", ngramLength: options.WordNgramLength, useAllLengths: true, maximumNgramsCount: 400_000, weighting: NgramExtractingEstimator.WeightingCriteria.Tf))
            .Append(ml.Transforms.NormalizeLpNorm(WordBlock))
            .Append(ml.Transforms.Text.TokenizeIntoCharactersAsKeys("CharKeys", nameof(StanceFeatureRow.Chars), useMarkerCharacters: true))
            .Append(ml.Transforms.Text.ProduceNgrams(CharBlock, "CharKeys", ngramLength: options.CharNgramLength, useAllLengths: true, maximumNgramsCount: 400_000, weighting: NgramExtractingEstimator.WeightingCriteria.Tf))
            .Append(ml.Transforms.NormalizeLpNorm(CharBlock))
            .Append(ml.Transforms.Conversion.MapValueToKey("CueKeys", nameof(StanceFeatureRow.Cues)))
            .Append(ml.Transforms.Text.ProduceNgrams(CueBlock, "CueKeys", ngramLength: 1, useAllLengths: true, weighting: NgramExtractingEstimator.WeightingCriteria.Tf))
            .Append(ml.Transforms.Concatenate(FeaturesColumn, Blocks));

        IEstimator<ITransformer> trainer = kind switch
        {
            StanceTrainerKind.SdcaMaximumEntropy => ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = LabelKey,
                FeatureColumnName = FeaturesColumn,
                ExampleWeightColumnName = nameof(StanceFeatureRow.Weight),
                NumberOfThreads = 1, // deterministic
                L2Regularization = options.L2Regularization,
                MaximumNumberOfIterations = 50,
            }),
            StanceTrainerKind.LbfgsMaximumEntropy => ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = LabelKey,
                FeatureColumnName = FeaturesColumn,
                ExampleWeightColumnName = nameof(StanceFeatureRow.Weight),
                NumberOfThreads = 1,
                L2Regularization = options.L2Regularization ?? 1e-4f,
                L1Regularization = 0,
                OptimizationTolerance = 1e-6f,
                MaximumNumberOfIterations = 300,
            }),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown trainer."),
        };

        return featurize.Append(trainer);
    }

    private sealed class LabelOnly
    {
        public string Label { get; set; } = "";
    }
}
