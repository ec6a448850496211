using Microsoft.ML;
using Microsoft.ML.Data;
using Stance.Evaluation;
using Stance.Speakers;
using Stance.Tests.Support;
using Xunit.Abstractions;

namespace Stance.Tests.Speakers;

/// <summary>The shipped speaker confidence model is what training on the repository's written corpus
/// and ../shared's news-train gives, and its stored weights score exactly as ML.NET's model.</summary>
public sealed class SpeakerConfidenceTrainingTests(ITestOutputHelper output)
{
    /// <summary>The sources the shipped model learned from (news-dev and the seeds are never among them).</summary>
    internal static IReadOnlyList<SpeakerConfidenceTrainer.Source> Sources(string shared) =>
    [
        .. Directory.GetFiles(RepoPaths.TrainDir, "*.jsonl").Order(StringComparer.Ordinal)
            .Select(f => new SpeakerConfidenceTrainer.Source("written/" + Path.GetFileNameWithoutExtension(f), f, null, Written: true)),
        new SpeakerConfidenceTrainer.Source("news-train", Path.Combine(shared, "external", "news-train", "gold.jsonl"), Path.Combine(shared, "external", "news-train", "docs"), Written: false),
    ];

    // STANCE_WRITE_SPEAKER_CONFIDENCE=path writes the retrained file there (how the shipped one is made).
    [SharedDataFact]
    [Trait(TestLanes.Name, TestLanes.Long)]
    public void Retraining_reproduces_the_shipped_model_and_its_weights_score_as_MLNET_does()
    {
        var result = SpeakerConfidenceTrainer.Train(Sources(RepoPaths.Shared!));
        var json = SpeakerConfidenceTrainer.ToJson(result.File);
        var metadata = result.File.Metadata!;
        output.WriteLine($"rows {result.Rows.Count}, rules right {metadata.RulesAccuracy:F3} (real news {metadata.RealNewsRulesAccuracy:F3}), written weight {metadata.WrittenWeight}, out-of-fold ECE {metadata.CrossValidatedCalibrationError:F3}, AUC {metadata.CrossValidatedAuc:F3}, L2 {metadata.L2Regularization}");
        if (Environment.GetEnvironmentVariable("STANCE_WRITE_SPEAKER_CONFIDENCE") is { Length: > 0 } path)
            File.WriteAllText(path, json);

        // The stored weights are ML.NET's: the same probability on every training row.
        var ml = new MLContext(seed: 1);
        var scored = result.Model.Transform(ml.Data.LoadFromEnumerable(result.Rows, SpeakerConfidenceTrainer.SchemaFor()));
        var probabilities = scored.GetColumn<float>("Probability").ToArray();
        var model = new SpeakerConfidenceModel(result.File);
        for (int i = 0; i < result.Rows.Count; i++)
            Assert.Equal(probabilities[i], model.Probability(result.Rows[i].Features), 1e-5);

        var shipped = SpeakerConfidenceModel.Default.File;
        Assert.Equal(shipped.Metadata!.TrainingHash, metadata.TrainingHash);
        Assert.Equal(shipped.Features, result.File.Features);
        if (shipped.Metadata.TrainedOnInstructionSet == metadata.TrainedOnInstructionSet)
        {
            for (int i = 0; i < shipped.Weights.Count; i++)
                Assert.Equal(shipped.Weights[i], result.File.Weights[i], 1e-5);
            Assert.Equal(shipped.Bias, result.File.Bias, 1e-5);
        }
        else
        {
            // ML.NET sums in another order on another instruction set: what must hold is what users
            // see, the same confidence on every training row to a hundredth.
            var gap = result.Rows.Max(r => Math.Abs(SpeakerConfidenceModel.Default.Probability(r.Features) - model.Probability(r.Features)));
            output.WriteLine($"trained on {metadata.TrainedOnInstructionSet}, shipped from {shipped.Metadata.TrainedOnInstructionSet}: largest confidence gap {gap:F5}");
            Assert.True(gap <= 0.01, $"largest confidence gap {gap:F5}");
        }
    }
}
