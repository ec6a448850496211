using Stance.Classification;
using Stance.Corpus;
using Stance.Tests.Support;

namespace Stance.Tests.Classification;

/// <summary>The analyzer scores through a sparse scorer read from the ML.NET model; ML.NET's own
/// pipeline stays the reference. Both must give the same labels and probabilities (within 1e-5) on
/// every sentence, with features computed in reading order as the analyzer does.</summary>
public sealed class SparseScorerTests
{
    private const double Tolerance = 1e-5;
    private static StanceModel Model => StanceModel.Default;

    [Fact]
    public void TheDefaultModelHasASparseScorer() => Assert.True(Model.HasSparseScorer);

    [Fact]
    public void SparseScoresEqualThePipelinesOnEveryCorpusAndSeedSentence()
    {
        var sentences = StanceCorpus.ReadLabeledSentences(RepoPaths.TrainDir).ToList();
        sentences.AddRange(StanceCorpus.ReadLabeledSentences(RepoPaths.DevSet));
        AssertEqualScores(sentences);
    }

    [SharedDataFact]
    public void SparseScoresEqualThePipelinesOnEveryRealNewsSentence()
    {
        var news = Path.Combine(RepoPaths.Shared!, "external");
        var sentences = StanceCorpus.ReadLabeledSentences(Path.Combine(news, "news-dev", "gold.jsonl"))
            .Concat(StanceCorpus.ReadLabeledSentences(Path.Combine(news, "news-train", "gold.jsonl")))
            .ToList();
        AssertEqualScores(sentences);
    }

    [Fact]
    public void ExplanationsAreTheSameThroughBothPaths()
    {
        var row = Featurize("وقال النائب إن بقاء القوات الأمريكية ضروري لمنع عودة التنظيم.");
        var sparse = Model.Predict(row, explain: 5);
        var reference = Model.PredictWithEngine(row, explain: 5);
        Assert.Equal(5, sparse.Explanation.Count);
        Assert.Equal(reference.Explanation.Select(e => e.Feature), sparse.Explanation.Select(e => e.Feature));
        for (int i = 0; i < 5; i++)
            Assert.Equal(reference.Explanation[i].Weight, sparse.Explanation[i].Weight, Tolerance);
    }

    [Fact]
    public void ASentenceTheScorerCannotTellApartIsScoredByThePipeline()
    {
        // A surrogate pair: ML.NET gives every surrogate the same slot name, so only it can count them.
        var row = Featurize("طالب النائب بانسحاب القوات 🙂 من العراق.");
        Assert.False(SparseScorer().TryScore(row, new float[3]));
        var prediction = Model.Predict(row, explain: 0);
        var reference = Model.PredictWithEngine(row, explain: 0);
        Assert.Equal(reference.Scores, prediction.Scores);
    }

    [Fact]
    public void AnEmptySentenceHasOnlyTheBiasAndContextFeatures()
    {
        var row = Featurize("");
        Assert.Empty(row.Tokens);
        Assert.True(SparseScorer().TryScore(row, new float[3]));
        AssertClose(Model.PredictWithEngine(row, 0).Scores, Model.Predict(row, 0).Scores);
    }

    private static void AssertEqualScores(IReadOnlyList<LabeledSentence> sentences)
    {
        var rows = StanceDocumentReader.FeaturizeAll(sentences, Model.Choices);
        var scorer = SparseScorer();
        int declined = 0;
        foreach (var row in rows)
        {
            if (!scorer.TryScore(row, new float[3]))
                declined++;
            var sparse = Model.Predict(row, explain: 0);
            var reference = Model.PredictWithEngine(row, explain: 0);
            Assert.Equal(reference.Label, sparse.Label);
            AssertClose(reference.Scores, sparse.Scores);
        }

        // The fallback exists for rare characters; the corpus must go through the fast path.
        Assert.True(declined <= rows.Count / 200, $"{declined} of {rows.Count} sentences declined by the sparse scorer");
    }

    private static void AssertClose(StanceScores expected, StanceScores actual)
    {
        Assert.Equal(expected.Pro, actual.Pro, Tolerance);
        Assert.Equal(expected.Anti, actual.Anti, Tolerance);
        Assert.Equal(expected.Neutral, actual.Neutral, Tolerance);
    }

    private static StanceFeatureRow Featurize(string sentence) =>
        StanceDocumentReader.FeaturizeAll([new LabeledSentence(sentence, StanceLabel.Neutral)], Model.Choices)[0];

    private static SparseStanceScorer SparseScorer() =>
        SparseStanceScorer.TryCreate(Model.Transformer, Model.InputSchema, Model.Metadata, Model.FeatureNames) ?? throw new InvalidOperationException("no sparse scorer");
}
