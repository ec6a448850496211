using Stance.Classification;
using Stance.Corpus;
using Stance.Tests.Support;

namespace Stance.Tests.Classification;

/// <summary>The per-label decision offsets: found on out-of-fold predictions, zero when nothing is
/// to be gained, and applied so that probabilities still sum to one.</summary>
public sealed class DecisionBiasTests
{
    [Fact]
    public void PredictionsThatAreAlreadyRightGetNoOffsets()
    {
        int[] gold = [0, 1, 2, 0, 1, 2];
        var scores = gold.Select(g => Enumerable.Range(0, 3).Select(c => c == g ? 0.8f : 0.1f).ToArray()).ToList();
        Assert.Equal([0.0, 0.0, 0.0], DecisionBias.Tune(gold, scores, 3));
    }

    [Fact]
    public void AnUnderPredictedLabelIsMovedUpUntilItsExamplesAreFound()
    {
        // Every example of label 2 scores a little below label 0: the trainer never predicts 2.
        var gold = new List<int>();
        var scores = new List<float[]>();
        for (int i = 0; i < 20; i++)
        {
            gold.Add(0); scores.Add([0.7f, 0.1f, 0.2f]);
            gold.Add(1); scores.Add([0.1f, 0.8f, 0.1f]);
            gold.Add(2); scores.Add([0.45f, 0.1f, 0.45f - 0.05f]);
        }

        var bias = DecisionBias.Tune(gold, scores, 3);

        Assert.Equal(0, bias[0]);
        Assert.True(bias[2] > Math.Log(0.45 / 0.40), $"offset {bias[2]}");
        Assert.True(bias[2] < Math.Log(0.70 / 0.20), $"offset {bias[2]}: so large that label 0's examples go to 2");
        // The smallest offset that does the job: 0.2 is the first grid step past log(0.45/0.40) = 0.118.
        Assert.Equal(0.2, bias[2], 9);
    }

    [Fact]
    public void AppliedOffsetsKeepProbabilitiesSummingToOneAndMoveTheChoice()
    {
        double[] p = [0.5, 0.3, 0.2];
        DecisionBias.Apply([0, 0, 1.0], p);
        Assert.Equal(1.0, p.Sum(), 12);
        Assert.True(p[2] > p[0], string.Join(", ", p));
        Assert.Equal(0.2 * Math.E / 0.3, p[2] / p[1], 9);
    }

    [Fact]
    public void NoOffsetsLeaveProbabilitiesUntouched()
    {
        double[] p = [0.5, 0.3, 0.2];
        DecisionBias.Apply([], p);
        Assert.Equal([0.5, 0.3, 0.2], p);
    }
}

/// <summary>A model's decision offsets reach every path that labels a sentence: single predictions,
/// the batch path and the evaluator agree.</summary>
public sealed class DecisionBiasModelTests
{
    [Fact]
    public void EvaluatorAndPredictionsAgreeOnAModelWithOffsets()
    {
        // Each sentence read alone, as Predict(text) and PredictBatch read it (the evaluator reads a
        // sentence in its document's context when it has one).
        var dev = StanceCorpus.ReadLabeledSentences(RepoPaths.DevSet).Select(s => s with { DocumentId = null }).ToList();
        var plain = StanceModel.Default.WithMetadata(StanceModel.Default.Metadata with { DecisionBias = new Dictionary<string, double>() });
        var shifted = plain.WithMetadata(plain.Metadata with { DecisionBias = new Dictionary<string, double> { ["neutral"] = 1.0 } });

        var single = dev.Select(s => shifted.Predict(s.Text)).ToList();
        var batch = shifted.PredictBatch(dev.Select(s => s.Text).ToList());
        var matrix = new int[3, 3];
        for (int i = 0; i < dev.Count; i++)
        {
            Assert.Equal(single[i].Label, batch[i].Label);
            Assert.Equal(1.0, single[i].Scores.Pro + single[i].Scores.Anti + single[i].Scores.Neutral, 9);
            matrix[Index(dev[i].Label), Index(single[i].Label)]++;
        }

        var evaluated = StanceEvaluator.Evaluate(shifted, dev);
        Assert.Equal(StanceMetrics.FromConfusionMatrix(matrix).ConfusionMatrix.SelectMany(r => r), evaluated.ConfusionMatrix.SelectMany(r => r));

        // The offset is felt: more sentences are called neutral than without it, and none fewer.
        int Neutral(StanceModel m) => dev.Count(s => m.Predict(s.Text).Label == StanceLabel.Neutral);
        Assert.True(Neutral(shifted) > Neutral(plain), $"{Neutral(shifted)} vs {Neutral(plain)}");
    }

    private static int Index(StanceLabel label) => label switch
    {
        StanceLabel.Pro => 0,
        StanceLabel.Anti => 1,
        _ => 2,
    };
}

/// <summary>The trainer tunes the offsets only when asked, from the kept trainer's out-of-fold
/// predictions, without touching the cross-validated figures, and the model file keeps them.</summary>
public sealed class DecisionBiasTrainingTests
{
    [Trait(TestLanes.Name, TestLanes.Long)]
    [Fact]
    public void OffsetsAreTunedOnlyWhenAskedAndSurviveSaveAndLoad()
    {
        var examples = StanceCorpus.ReadLabeledSentences(Path.Combine(RepoPaths.TrainDir, "a-2019-2020.jsonl")).Take(600).ToList();
        var options = new StanceTrainerOptions { Candidates = [StanceTrainerKind.LbfgsMaximumEntropy], Folds = 3 };

        var plain = new StanceTrainer(options).Train(examples).Model;
        var tuned = new StanceTrainer(options with { TuneDecisionBias = true }).Train(examples).Model;

        Assert.Empty(plain.Metadata.DecisionBias);
        Assert.NotEmpty(tuned.Metadata.DecisionBias);
        Assert.All(tuned.Metadata.DecisionBias.Keys, k => Assert.Contains(k, StanceLabels.All.Select(l => l.ToWireName())));
        Assert.Equal(plain.Metadata.CrossValidation!.ConfusionMatrix.SelectMany(r => r), tuned.Metadata.CrossValidation!.ConfusionMatrix.SelectMany(r => r));

        var file = new MemoryStream();
        tuned.Save(file);
        var loaded = StanceModel.Load(new MemoryStream(file.ToArray()));
        Assert.Equal(tuned.Metadata.DecisionBias.OrderBy(b => b.Key), loaded.Metadata.DecisionBias.OrderBy(b => b.Key));
        foreach (var s in examples.Take(50))
            Assert.Equal(tuned.Predict(s.Text).Scores, loaded.Predict(s.Text).Scores);
        Assert.Contains(examples, s => tuned.Predict(s.Text).Scores != plain.Predict(s.Text).Scores);
    }
}
