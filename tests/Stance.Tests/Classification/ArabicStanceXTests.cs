using Stance.Classification;
using Stance.Corpus;
using Stance.Tests.Support;
using Xunit.Abstractions;

namespace Stance.Tests.Classification;

/// <summary>Training for users' own targets works on real text no one here wrote: ArabicStanceX
/// (tweets, 17 targets, CC BY 4.0) from <c>../shared</c>, its authors' train/test split, through the
/// public API. The data is read from beside the repository and never copied into it.</summary>
public sealed class ArabicStanceXTests(ITestOutputHelper output)
{
    [Trait(TestLanes.Name, TestLanes.Long)]
    [SharedDataFact]
    public void OneModelPerTargetTrainedOnTheTrainSplitScoresTheTestSplit()
    {
        var folder = Path.Combine(RepoPaths.Shared!, "external", "arabicstancex");
        var train = StanceCorpus.ReadLabeledSentences(Path.Combine(folder, "train.jsonl"));
        var test = StanceCorpus.ReadLabeledSentences(Path.Combine(folder, "test.jsonl"));
        var options = new StanceTrainerOptions
        {
            Candidates = [StanceTrainerKind.LbfgsMaximumEntropy],
            Folds = 2,
            CharNgramLength = 5,
            L2Regularization = 1e-3f,
            WithdrawalCues = false,
            // Tweets have no attributed speakers, headlines or ledes: with the generic cues the pooled
            // figure is 0.688, without them 0.689 (measured; the README reports the setting kept).
            GenericCues = false,
        };
        var pooled = new int[3, 3];
        foreach (var target in train.GroupBy(t => t.Target).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var model = new StanceTrainer(options with { TargetDescription = target.Key! }).Train(target.Select(t => t with { Target = null })).Model;
            var metrics = StanceEvaluator.Evaluate(model, test.Where(t => t.Target == target.Key).Select(t => t with { Target = null }));
            output.WriteLine($"{target.Key}: macro-F1 {metrics.MacroF1:0.000} (n={metrics.Count})");
            for (int i = 0; i < 3; i++)
                for (int j = 0; j < 3; j++)
                    pooled[i, j] += metrics.ConfusionMatrix[i][j];
        }

        var all = StanceMetrics.FromConfusionMatrix(pooled);
        output.WriteLine(all.ToReport());
        Assert.Equal(test.Count, all.Count);
        // A regression guard well above chance (0.33); the figure itself is reported in the README.
        Assert.True(all.MacroF1 >= 0.65, $"macro-F1 {all.MacroF1:0.000}");
    }
}
