using Stance.Speakers;
using Stance.Tests.Support;
using Xunit.Abstractions;

namespace Stance.Tests.Speakers;

/// <summary>Measures the attributor on the held-out development set and, for information, on the
/// training documents.</summary>
public class SpeakerEvaluationTests(ITestOutputHelper output)
{
    [Fact]
    public void Development_set_speaker_and_kind_are_at_least_95_percent_right()
    {
        var score = SpeakerEvaluation.Evaluate(SpeakerAttributor.Default, SpeakerEvaluation.DevDocuments(RepoPaths.DevSet, RepoPaths.Articles));
        output.WriteLine("dev: " + score);
        foreach (var e in score.Errors)
            output.WriteLine(e);
        Assert.Equal(96, score.Total);
        Assert.True(score.SpeakerAccuracy >= 0.95, $"speaker accuracy {score.SpeakerAccuracy:P1}");
        Assert.True(score.KindAccuracy >= 0.95, $"kind accuracy {score.KindAccuracy:P1}");
    }

    [Fact]
    public void Analyzer_speakers_in_reading_order_are_at_least_95_percent_right_on_the_development_set()
    {
        // The analyzer resolves names in reading order (so that streaming agrees), without the
        // attributor's look-back; it must meet the same bar.
        var score = SpeakerEvaluation.Evaluate(
            (text, spans) =>
            {
                var sentences = Samples.Analyzer.Analyze(text).Sentences;
                Assert.Equal(spans.Select(s => (s.Start, s.Length)), sentences.Select(s => (s.Span.Start, s.Span.Length)));
                return [.. sentences.Select(s => new SpeakerAttribution(s.Speaker, s.Cue, s.CueSpan, s.Channel, s.SpeakerEvidence))];
            },
            SpeakerEvaluation.DevDocuments(RepoPaths.DevSet, RepoPaths.Articles));
        output.WriteLine("dev, analyzer: " + score);
        foreach (var e in score.Errors)
            output.WriteLine(e);
        Assert.True(score.SpeakerAccuracy >= 0.95, $"speaker accuracy {score.SpeakerAccuracy:P1}");
        Assert.True(score.KindAccuracy >= 0.95, $"kind accuracy {score.KindAccuracy:P1}");
    }

    // The floor sits a few points under the measured figures (74.7 % speaker, 84.9 % kind on 13,248
    // sentences) to catch regressions, not to restate them. Until session 12 the rules were not tuned
    // on these documents; since then rules were found among their errors, so the figure is no longer
    // an unseen measure. STANCE_TRAIN_DIR points at another checkout's data/train.
    [Fact]
    public void Training_documents_keep_speaker_and_kind_accuracy_above_their_floor()
    {
        var dir = Environment.GetEnvironmentVariable("STANCE_TRAIN_DIR") ?? RepoPaths.TrainDir;
        Assert.True(Directory.Exists(dir) && Directory.GetFiles(dir, "*.jsonl").Length > 0, $"no training documents in {dir}");

        var score = SpeakerEvaluation.Evaluate(SpeakerAttributor.Default, SpeakerEvaluation.TrainDocuments(dir));
        output.WriteLine("train: " + score);
        foreach (var e in score.Errors)
            output.WriteLine(e);
        Assert.True(score.SpeakerAccuracy >= 0.72, $"speaker accuracy {score.SpeakerAccuracy:P1}");
        Assert.True(score.KindAccuracy >= 0.82, $"kind accuracy {score.KindAccuracy:P1}");
    }
}
