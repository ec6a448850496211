using System.Text;
using System.Text.Json;
using Stance.Evaluation;
using Stance.Speakers;
using Stance.Tests.Support;
using Xunit.Abstractions;

namespace Stance.Tests.Speakers;

/// <summary>Every attribution carries the chance that it is right, and a doubtful name is withheld.</summary>
public sealed class SpeakerConfidenceTests(ITestOutputHelper output)
{
    [Fact]
    public void Every_attribution_of_a_document_carries_a_probability()
    {
        var attributions = Attribution.Run("العراق يطالب بانسحاب القوات الأجنبية\nقال وزير الخارجية العراقي فؤاد حسين إن الحكومة تريد جدولاً للانسحاب. وأضاف أن المحادثات مستمرة. «نريد علاقة متوازنة مع واشنطن». وتشهد بغداد ازدحاماً مرورياً.");
        Assert.All(attributions, a => Assert.InRange(a.Confidence!.Value, 0.0, 1.0));
    }

    // What the model learned from the annotated news: a quotation that no rule gives to anyone is
    // often someone's words after all (a continued quote, an interview answer), plain narration rarely.
    [Fact]
    public void A_quotation_left_to_the_narrator_is_trusted_less_than_plain_narration()
    {
        var plain = Attribution.Single("وشهدت العاصمة بغداد أمس ازدحاماً مرورياً كبيراً بسبب الأمطار.");
        var quoted = Attribution.Single("وشهدت العاصمة بغداد أمس ما وصفه البعض بأنه «يوم الغضب» بسبب الأمطار.");
        Assert.Null(plain.Speaker);
        Assert.Null(quoted.Speaker);
        Assert.True(plain.Confidence > quoted.Confidence + 0.1, $"{plain.Confidence} vs {quoted.Confidence}");
    }

    [Fact]
    public void A_model_file_for_other_features_is_refused_with_a_clear_error()
    {
        var file = SpeakerConfidenceModel.Default.File with { Features = [.. SpeakerConfidenceModel.Default.File.Features.Skip(1)] };
        var e = Assert.Throws<InvalidDataException>(() => SpeakerConfidenceModel.Load(new MemoryStream(Encoding.UTF8.GetBytes(SpeakerConfidenceTrainer.ToJson(file)))));
        Assert.Contains("other features", e.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidDataException>(() => SpeakerConfidenceModel.Load(new MemoryStream("{ not json"u8.ToArray())));
    }

    [Fact]
    public void Jsonl_carries_the_speaker_confidence_and_withholds_a_doubted_name_as_unknown()
    {
        const string text = "قال وزير الخارجية العراقي فؤاد حسين إن الحكومة تريد جدولاً زمنياً لانسحاب القوات الأجنبية.";
        using var trusting = StanceAnalyzer.CreateDefault(new StanceAnalyzerOptions { UnknownSpeakerBelow = 0 });
        using var doubting = StanceAnalyzer.CreateDefault(new StanceAnalyzerOptions { UnknownSpeakerBelow = 1 });
        var named = trusting.Analyze(text).Sentences[0];
        var withheld = doubting.Analyze(text).Sentences[0];

        Assert.Equal(SpeakerKind.Person, named.SpeakerKind);
        Assert.Equal(SpeakerKind.Unknown, withheld.SpeakerKind);
        Assert.Equal(named.SpeakerConfidence, withheld.SpeakerConfidence);
        Assert.Equal(named.Stance, withheld.Stance); // the stance model reads the rules' attribution either way
        Assert.Equal(named.Scores, withheld.Scores);

        var speaker = JsonDocument.Parse(StanceJsonLinesWriter.ToJsonLine(named)).RootElement.GetProperty("speaker");
        Assert.Equal(Math.Round(named.SpeakerConfidence!.Value, 4), speaker.GetProperty("confidence").GetDouble());
        var unknown = JsonDocument.Parse(StanceJsonLinesWriter.ToJsonLine(withheld)).RootElement.GetProperty("speaker");
        Assert.Equal("unknown", unknown.GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Null, unknown.GetProperty("name").ValueKind);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void An_unknown_speaker_threshold_outside_zero_to_one_is_refused(double threshold) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => StanceAnalyzer.CreateDefault(new StanceAnalyzerOptions { UnknownSpeakerBelow = threshold }));

    // news-dev was never trained on: the confidence should mean the chance of being right there too.
    [SharedDataFact]
    public void Speaker_confidence_is_calibrated_on_real_news_it_never_saw()
    {
        var dev = Path.Combine(RepoPaths.Shared!, "external", "news-dev");
        var e = DocumentEvaluator.Evaluate(Samples.Analyzer, Path.Combine(dev, "gold.jsonl"), Path.Combine(dev, "docs"));
        var calibration = e.Speaker.Calibration!;
        var right = e.Sentences.Where(s => s.SpeakerCorrect).Average(s => s.Predicted!.SpeakerConfidence!.Value);
        var wrong = e.Sentences.Where(s => !s.SpeakerCorrect && s.Predicted is not null).Average(s => s.Predicted!.SpeakerConfidence!.Value);
        output.WriteLine($"ECE {calibration.ExpectedCalibrationError:F3}; mean confidence right {right:F3}, wrong {wrong:F3}");
        Assert.True(calibration.ExpectedCalibrationError <= 0.08, $"ECE {calibration.ExpectedCalibrationError:F3}");
        Assert.True(right > wrong + 0.1, $"right {right:F3}, wrong {wrong:F3}");
    }
}
