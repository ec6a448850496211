using Stance.Corpus;
using Stance.Evaluation;
using Stance.Tests.Support;

namespace Stance.Tests.Evaluation;

/// <summary>Whole-document evaluation: gold sentences aligned by span to what the analyzer produced,
/// speakers judged by the gold keys, and figures that agree with the aligned rows.</summary>
public sealed class DocumentEvaluatorTests
{
    // Our own two-sentence document: a headline and a quoted demand.
    private const string Document = "البرلمان يناقش ملف القوات\nوقال النائب سالم الحديثي إن على الحكومة إخراج القوات الأجنبية فوراً.";

    private static readonly int HeadlineLength = Document.IndexOf('\n', StringComparison.Ordinal);
    private static readonly int LedeStart = HeadlineLength + 1;

    private static GoldSentence Gold(int start, int length, StanceLabel stance, string? speaker, SpeakerKind kind, params string[] keys) =>
        new("doc.txt", start, length, Document.Substring(start, length), stance) { Speaker = speaker, SpeakerKind = kind, SpeakerKeys = keys };

    [Fact]
    public void APredictedNameIsRightWhenItContainsAGoldKey()
    {
        var gold = Gold(LedeStart, Document.Length - LedeStart, StanceLabel.Pro, "سالم الحديثي", SpeakerKind.Person, "الحديثي");
        Assert.True(DocumentEvaluator.SpeakerMatches(gold, new Speaker("النائب سالم الحديثي")));
        Assert.False(DocumentEvaluator.SpeakerMatches(gold, new Speaker("النائب")));
        Assert.False(DocumentEvaluator.SpeakerMatches(gold, null));
    }

    [Fact]
    public void MatchingFoldsAlefTaMarbutaAndSpacing()
    {
        var gold = new GoldSentence("d", 0, 1, "x", StanceLabel.Neutral) { Speaker = "وزارة الخارجية", SpeakerKind = SpeakerKind.Organization };
        Assert.True(DocumentEvaluator.SpeakerMatches(gold, new Speaker("وزاره  الخارجيّة")));
    }

    [Fact]
    public void TheNarratorIsRightOnlyWhenTheGoldHasNoSpeaker()
    {
        var narrator = Gold(0, HeadlineLength, StanceLabel.Neutral, null, SpeakerKind.Narrator);
        Assert.True(DocumentEvaluator.SpeakerMatches(narrator, null));
        Assert.False(DocumentEvaluator.SpeakerMatches(narrator, new Speaker("البرلمان")));
    }

    [Fact]
    public void FiguresAgreeWithTheAlignedSentences()
    {
        var gold = new[]
        {
            Gold(0, HeadlineLength, StanceLabel.Neutral, null, SpeakerKind.Narrator),
            Gold(LedeStart, Document.Length - LedeStart, StanceLabel.Pro, "سالم الحديثي", SpeakerKind.Person, "الحديثي"),
        };
        var analyzer = StanceAnalyzer.CreateDefault();
        var evaluation = DocumentEvaluator.Evaluate(analyzer, gold, _ => Document);

        Assert.Equal(1, evaluation.Documents);
        Assert.Equal(2, evaluation.Stance.Count);
        Assert.Equal(2, evaluation.Sentences.Count);
        Assert.All(evaluation.Sentences, s => Assert.True(s.SpanMatches));
        var predicted = analyzer.Analyze(Document, "doc.txt").Sentences;
        Assert.Equal(predicted.Select(p => p.Stance), evaluation.Sentences.Select(s => s.PredictedStance));
        Assert.Equal(evaluation.Sentences.Count(s => s.StanceCorrect) / 2.0, evaluation.Stance.Accuracy, 9);
        Assert.Equal(evaluation.Sentences.Count(s => s.SpeakerCorrect) / 2.0, evaluation.Speaker.Accuracy, 9);
        Assert.Equal(1, evaluation.Speaker.PerKind["person"].Total);
        Assert.Equal(1, evaluation.Speaker.PerKind["narrator"].Total);
        Assert.Equal(2, evaluation.Calibration.Bins.Sum(b => b.Count));
    }

    [Fact]
    public void AGoldSentenceIsAlignedWithThePredictionThatOverlapsItMost()
    {
        // A gold span that covers the headline and two characters of the next line still aligns with the headline.
        var gold = new[] { Gold(0, HeadlineLength + 3, StanceLabel.Neutral, null, SpeakerKind.Narrator) };
        var evaluation = DocumentEvaluator.Evaluate(StanceAnalyzer.CreateDefault(), gold, _ => Document);
        var row = Assert.Single(evaluation.Sentences);
        Assert.False(row.SpanMatches);
        Assert.Equal(0, row.Predicted!.Span.Start);
        Assert.Equal(0, evaluation.SegmentationExactMatch);
    }

    [Fact]
    public void AGoldFileWithoutSpansIsRejectedWithItsLine()
    {
        string path = Path.Combine(Path.GetTempPath(), $"gold-{Guid.NewGuid():N}.jsonl");
        File.WriteAllText(path, "{\"doc\":\"a.txt\",\"text\":\"نص\",\"stance\":\"neutral\"}\n");
        try
        {
            var e = Assert.Throws<StanceDataException>(() => DocumentEvaluator.ReadGold(path));
            Assert.Contains(":1", e.Message, StringComparison.Ordinal);
            Assert.Contains("start", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void TheSeedArticlesEvaluateWithTheirOwnGold()
    {
        var evaluation = DocumentEvaluator.Evaluate(StanceAnalyzer.CreateDefault(), RepoPaths.DevSet, RepoPaths.Articles);
        Assert.Equal(5, evaluation.Documents);
        Assert.Equal(96, evaluation.Stance.Count);
        Assert.Equal(1.0, evaluation.SegmentationExactMatch);
    }
}
