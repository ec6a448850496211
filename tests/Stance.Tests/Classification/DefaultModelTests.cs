using Stance.Classification;
using Stance.Corpus;
using Stance.Tests.Support;
using Xunit.Abstractions;

namespace Stance.Tests.Classification;

/// <summary>The embedded default model is what the corpus and the documented command produce, and its
/// recorded metrics are the ones it actually has.</summary>
public sealed class DefaultModelTests(ITestOutputHelper output)
{
    [Fact]
    public void RecordedDevelopmentMetricsAreTheOnesTheModelHas()
    {
        var model = StanceModel.Default;
        var dev = StanceCorpus.ReadLabeledSentences(RepoPaths.DevSet);
        var metrics = StanceEvaluator.Evaluate(model, dev);
        output.WriteLine(metrics.ToReport());
        Assert.Equal(model.Metadata.Development!.MacroF1, metrics.MacroF1, 6);
        Assert.Equal(model.Metadata.Development.ConfusionMatrix.SelectMany(r => r), metrics.ConfusionMatrix.SelectMany(r => r));
    }

    [Fact]
    public void ModelWasTrainedOnTheCommittedCorpus()
    {
        var train = StanceCorpus.ReadLabeledSentences(RepoPaths.TrainDir);
        Assert.Equal(StanceTrainer.CorpusHash(train), StanceModel.Default.Metadata.CorpusSha256);
        Assert.Equal(train.Count, StanceModel.Default.Metadata.TrainingSentences);
    }

    [Fact]
    public void RetrainingFromTheCorpusReproducesTheRecordedCrossValidation()
    {
        var meta = StanceModel.Default.Metadata;
        var options = meta.TrainerOptions! with { Candidates = [Enum.Parse<StanceTrainerKind>(meta.Trainer)] };
        var result = new StanceTrainer(options).Train(StanceCorpus.ReadLabeledSentences(RepoPaths.TrainDir));
        output.WriteLine(result.Model.Metadata.CrossValidation!.ToReport());
        Assert.Equal(meta.CrossValidation!.MacroF1, result.Model.Metadata.CrossValidation!.MacroF1, 9);
        Assert.Equal(meta.CrossValidation.ConfusionMatrix.SelectMany(r => r), result.Model.Metadata.CrossValidation.ConfusionMatrix.SelectMany(r => r));
        Assert.Equal(meta.DecisionBias.OrderBy(b => b.Key), result.Model.Metadata.DecisionBias.OrderBy(b => b.Key));
        foreach (var s in StanceCorpus.ReadLabeledSentences(RepoPaths.DevSet))
            Assert.Equal(StanceModel.Default.Predict(s.Text).Scores, result.Model.Predict(s.Text).Scores);
    }
}
