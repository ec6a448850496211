using Stance.Tests.Support;

namespace Stance.Tests;

public sealed class StanceAnalyzerTests
{
    private static StanceAnalyzer Analyzer => Samples.Analyzer;

    [Fact]
    public void NullTextThrowsArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => Analyzer.Analyze(null!));
        Assert.Throws<ArgumentNullException>(() => Analyzer.AnalyzeAsync((TextReader)null!));
        Assert.Throws<ArgumentNullException>(() => Analyzer.AnalyzeMany(null!));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t\r\n  ")]
    public void EmptyOrWhiteSpaceTextHasNoSentences(string text) =>
        Assert.Empty(Analyzer.Analyze(text, "d").Sentences);

    [Fact]
    public void RecordsCarryIdIndexSpanAndTextOfTheOriginal()
    {
        const string text = "قال مسؤول عراقي إن الحكومة تريد انسحاب القوات الأميركية.\r\nوأضاف أن «اللجنة ستحدد موعداً».";
        var result = Analyzer.Analyze(text, "doc-1");
        Assert.Equal("doc-1", result.DocumentId);
        Assert.Equal(2, result.Sentences.Count);
        for (int i = 0; i < result.Sentences.Count; i++)
        {
            var s = result.Sentences[i];
            Assert.Equal(i, s.Index);
            Assert.Equal("doc-1", s.DocumentId);
            Assert.Equal(text.Substring(s.Span.Start, s.Span.Length), s.Text);
        }
    }

    [Fact]
    public void ScoresSumToOneAndConfidenceIsTheChosenLabelsProbability()
    {
        foreach (var (id, text) in Samples.Articles)
        {
            foreach (var s in Analyzer.Analyze(text, id).Sentences)
            {
                Assert.Equal(1.0, s.Scores.Pro + s.Scores.Anti + s.Scores.Neutral, 5);
                Assert.Equal(s.Scores[s.Stance], s.Confidence, 9);
                Assert.Equal(s.Scores.Best, s.Stance);
            }
        }
    }

    [Fact]
    public void ExplanationsNameFeaturesThatPushedTheChosenLabel()
    {
        var s = Analyzer.Analyze("وقال البنتاغون إنه ليس لديه خطط لسحب قواته من العراق.").Sentences.Single();
        Assert.InRange(s.Explanation.Count, 1, Analyzer.Options.ExplanationSize);
        Assert.All(s.Explanation, f => Assert.Matches("^(word|char|cue):", f.Feature));
        Assert.True(s.Explanation[0].Weight > 0);
        Assert.Equal(s.Explanation.OrderByDescending(f => f.Weight).Select(f => f.Feature), s.Explanation.Select(f => f.Feature));
    }

    [Fact]
    public void SpeakerAndCueComeFromTheAttribution()
    {
        var s = Analyzer.Analyze("قال بات رايدر، المتحدث باسم البنتاغون، للصحفيين إن القوات باقية.").Sentences.Single();
        Assert.NotNull(s.Speaker);
        Assert.Equal("بات رايدر", s.Speaker!.CanonicalName);
        Assert.Equal(SpeakerKind.Person, s.SpeakerKind);
        Assert.Equal("قال", s.Cue);
        var narrator = Analyzer.Analyze("وتنشر واشنطن 2500 عسكري في العراق.").Sentences.Single();
        Assert.Null(narrator.Speaker);
        Assert.Equal(SpeakerKind.Narrator, narrator.SpeakerKind);
    }

    [Fact]
    public async Task AnalyzeAsyncYieldsTheSameRecordsAsAnalyzeAcrossEverySplit()
    {
        foreach (var (id, text) in Samples.Articles)
        {
            var whole = Analyzer.Analyze(text, id).Sentences;
            for (int seed = 0; seed < 3; seed++)
            {
                var streamed = new List<SentenceStance>();
                await foreach (var s in Analyzer.AnalyzeAsync(new ChunkedReader(text, seed), id))
                    streamed.Add(s);
                AssertSameRecords(whole, streamed);
            }
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task AnalyzeAsyncGivesTheSameRecordsWhetherItReadsAheadOnASecondThreadOrNot(int threads)
    {
        // On two or more cores the reading and attribution run a batch ahead on another thread.
        using var analyzer = StanceAnalyzer.CreateDefault(new StanceAnalyzerOptions { MaxDegreeOfParallelism = threads });
        var text = string.Join("\n\n", Samples.Articles.Select(a => a.Text));
        var streamed = new List<SentenceStance>();
        await foreach (var s in analyzer.AnalyzeAsync(new ChunkedReader(text, threads), "all"))
            streamed.Add(s);
        AssertSameRecords(Analyzer.Analyze(text, "all").Sentences, streamed);
    }

    [Fact]
    public async Task AnalyzeAsyncOverUtf8SkipsTheBomAndCountsOffsetsAfterIt()
    {
        var text = Samples.Articles[2].Text;
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(System.Text.Encoding.UTF8.GetBytes(text)).ToArray();
        var streamed = new List<SentenceStance>();
        await foreach (var s in Analyzer.AnalyzeAsync(new MemoryStream(bytes), "a"))
            streamed.Add(s);
        AssertSameRecords(Analyzer.Analyze(text, "a").Sentences, streamed);
    }

    [Fact]
    public async Task InvalidUtf8IsReportedWithItsByteOffsetAfterTheGoodRecords()
    {
        var good = System.Text.Encoding.UTF8.GetBytes("قال مسؤول إن القوات باقية.\nسطر ثان.\n");
        var bytes = good.Concat(new byte[] { 0xC3, 0x28 }).Concat(System.Text.Encoding.UTF8.GetBytes(" بقية")).ToArray();
        var seen = new List<SentenceStance>();
        var e = await Assert.ThrowsAsync<StanceDataException>(async () =>
        {
            await foreach (var s in Analyzer.AnalyzeAsync(new MemoryStream(bytes), "bad.txt"))
                seen.Add(s);
        });
        Assert.Equal(2, seen.Count);
        Assert.Equal(good.Length, e.ByteOffset);
        Assert.Contains("bad.txt", e.Message);
        Assert.Contains($"byte offset {good.Length}", e.Message);
    }

    [Fact]
    public void AnalyzeManyKeepsInputOrderAndMatchesSequentialResults()
    {
        var docs = Enumerable.Range(0, 60).Select(i => ($"d{i}", Samples.Articles[i % Samples.Articles.Count].Text[..(200 + (i * 37 % 900))])).ToList();
        var parallel = Analyzer.AnalyzeMany(docs).ToList();
        Assert.Equal(docs.Select(d => d.Item1), parallel.Select(p => p.DocumentId));
        for (int i = 0; i < docs.Count; i++)
            AssertSameRecords(Analyzer.Analyze(docs[i].Item2, docs[i].Item1).Sentences, parallel[i].Sentences);
    }

    [Fact]
    public async Task AnalyzeManyAsyncKeepsInputOrder()
    {
        static async IAsyncEnumerable<(string, string)> Source()
        {
            for (int i = 0; i < 25; i++)
            {
                await Task.Yield();
                yield return ($"d{i}", Samples.Articles[i % Samples.Articles.Count].Text);
            }
        }

        var ids = new List<string?>();
        await foreach (var d in Analyzer.AnalyzeManyAsync(Source()))
            ids.Add(d.DocumentId);
        Assert.Equal(Enumerable.Range(0, 25).Select(i => $"d{i}"), ids);
    }

    [Fact]
    public void OptionsOutOfRangeAreRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => StanceAnalyzer.CreateDefault(new StanceAnalyzerOptions { MaxSentenceLength = 10 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => StanceAnalyzer.CreateDefault(new StanceAnalyzerOptions { MaxDegreeOfParallelism = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => StanceAnalyzer.CreateDefault(new StanceAnalyzerOptions { ExplanationSize = -1 }));
    }

    [Fact]
    public void DefaultModelDescribesItself()
    {
        var meta = Analyzer.Model.Metadata;
        Assert.Equal(["pro-withdrawal", "anti-withdrawal", "neutral"], meta.Labels);
        Assert.Matches("^[0-9a-f]{64}$", meta.CorpusSha256);
        Assert.NotNull(meta.CrossValidation);
        Assert.NotNull(meta.Development);
        Assert.False(string.IsNullOrEmpty(meta.MlNetVersion));
        Assert.False(string.IsNullOrEmpty(meta.TrainedOnInstructionSet));
        Assert.Contains(meta.HeldOut, h => h.Name == "data/dev/seeds.jsonl");
        Assert.Contains(meta.Sources, s => s.Name == "data/train");
        Assert.InRange(meta.Temperature, 1.0, 10.0);
    }

    internal static void AssertSameRecords(IReadOnlyList<SentenceStance> expected, IReadOnlyList<SentenceStance> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (int i = 0; i < expected.Count; i++)
        {
            Assert.Equal(StanceJsonLinesWriter.ToJsonLine(expected[i]), StanceJsonLinesWriter.ToJsonLine(actual[i]));
            Assert.Equal(expected[i].Span, actual[i].Span);
        }
    }
}
