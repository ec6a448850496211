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

    // Training documents are being written while the attributor is developed: report, do not assert.
    // STANCE_TRAIN_DIR points at another checkout's data/train.
    [Fact]
    public void Training_documents_are_reported()
    {
        var dir = Environment.GetEnvironmentVariable("STANCE_TRAIN_DIR") ?? RepoPaths.TrainDir;
        if (!Directory.Exists(dir) || Directory.GetFiles(dir, "*.jsonl").Length == 0)
        {
            output.WriteLine($"no training documents in {dir}");
            return;
        }

        var score = SpeakerEvaluation.Evaluate(SpeakerAttributor.Default, SpeakerEvaluation.TrainDocuments(dir));
        output.WriteLine("train: " + score);
        foreach (var e in score.Errors)
            output.WriteLine(e);
    }
}
