using Stance.Corpus;
using Stance.Tests.Support;
using Stance.Text;

namespace Stance.Tests.Text;

/// <summary>The default tokenizer's ids come from a real vocabulary, the one the documented command
/// learns from the training corpus, not from an empty fallback.</summary>
public sealed class DefaultVocabularyTests
{
    [Fact]
    public void TheEmbeddedVocabularyIsWhatTheVocabularyCommandLearnsFromTheTrainingCorpus()
    {
        var texts = StanceCorpus.ReadLabeledSentences(RepoPaths.TrainDir).Select(s => s.Text);
        var learned = TokenVocabulary.Learn(texts, new ArabicTokenizer(), minCount: 2);
        var embedded = ArabicTokenizer.CreateDefault().Vocabulary;

        Assert.True(embedded.Count > 5000, $"the default vocabulary has only {embedded.Count} tokens");
        Assert.Equal(learned.Count, embedded.Count);
        for (int id = 0; id < learned.Count; id++)
            Assert.Equal(learned[id], embedded[id]);
    }

    [Fact]
    public void MostTokensOfTheSampleArticlesHaveIdsUnderTheDefaultVocabulary()
    {
        var tokenizer = ArabicTokenizer.CreateDefault();
        int known = 0, total = 0;
        foreach (var (_, text) in Samples.Articles)
        {
            foreach (int id in tokenizer.EncodeToIds(text))
            {
                total++;
                if (id != 0)
                    known++;
            }
        }

        // Held-out news: most tokens (and nearly all clitics and function words) are known.
        Assert.InRange((double)known / total, 0.8, 1.0);
    }

    [Fact]
    public void TheVocabularyCommandWritesWhatTheTokenizerLoadsAndRejectsABadMinimumCount()
    {
        string output = Path.Combine(Directory.CreateTempSubdirectory("stance-vocab-").FullName, "v.txt");
        var r = CliRunner.Run("vocabulary", Path.Combine("data", "dev", "seeds.jsonl"), "--out", output, "--min-count", "1");
        Assert.Equal(0, r.ExitCode);
        var written = TokenVocabulary.Load(output);
        Assert.Contains("tokens", r.StdOut);
        Assert.True(written.Contains("قال"));

        var bad = CliRunner.Run("vocabulary", "data/train", "--out", output, "--min-count", "0");
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("--min-count must be at least 1", bad.StdErr);
    }
}
