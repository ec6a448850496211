using Stance.Speakers;
using Stance.Classification;
using Stance.Text;

namespace Stance.Tests.Classification;

/// <summary>The document reader gives each sentence what came before it: the headline's direction
/// to the lede, the previous sentence's direction to a continuation of the same speaker. Our own text.</summary>
public sealed class StanceDocumentReaderTests
{
    private static readonly FeatureChoices Withdrawal = new(false, true);

    private static List<string[]> Cues(params string[] sentences)
    {
        var reader = new StanceDocumentReader(SpeakerAttributor.Default, Withdrawal);
        return sentences.Select(s => reader.Next(s, new SentenceSpan(0, s.Length)).Row.Cues).ToList();
    }

    [Fact]
    public void TheLedeKnowsTheHeadlinesDirection()
    {
        var cues = Cues(
            "نواب يطالبون بإخراج القوات الأجنبية",
            "وقع عشرات النواب على طلب لعقد جلسة طارئة الأسبوع المقبل.");
        Assert.Contains("pos:headline", cues[0]);
        Assert.Contains("pos:lede", cues[1]);
        Assert.Contains("ctx:headline:pro", cues[1]);
    }

    [Fact]
    public void AContinuationKeepsItsSpeakersDirection()
    {
        var cues = Cues(
            "اجتماع في بغداد",
            "وقال النائب كريم جاسم العبيدي إن بقاء القوات الأمريكية ضروري لمنع عودة التنظيم.",
            "وأضاف أن الظروف الحالية تتطلب الحذر.");
        Assert.Contains("has:cue", cues[1]);
        Assert.Contains("ctx:continues:anti", cues[2]);
    }

    [Fact]
    public void ASentenceAloneHasNoPositionOrContext()
    {
        var rows = StanceDocumentReader.FeaturizeAll([new LabeledSentence("طالب المتظاهرون بإخراج القوات الأجنبية", StanceLabel.Pro)], Withdrawal);
        var cues = Assert.Single(rows).Cues;
        Assert.DoesNotContain(cues, c => c.StartsWith("pos:", StringComparison.Ordinal) || c.StartsWith("ctx:", StringComparison.Ordinal));
        Assert.Contains("comp:pro", cues);
    }

    [Fact]
    public void WithoutTheWithdrawalCuesOnlyTheGenericCuesAreAdded()
    {
        // An unnamed "النائب" is an anonymous speaker (ANNOTATION rule 8).
        const string s = "وقال النائب إن بقاء القوات ضروري.";
        var none = new StanceDocumentReader(SpeakerAttributor.Default, new FeatureChoices(false, false, GenericCues: false));
        Assert.Equal(["cue:none"], none.Next(s, new SentenceSpan(0, s.Length)).Row.Cues);

        var generic = new StanceDocumentReader(SpeakerAttributor.Default, new FeatureChoices(false, false));
        Assert.Equal(["speaker:anonymous", "has:cue", "pos:headline"], generic.Next(s, new SentenceSpan(0, s.Length)).Row.Cues);
    }

    [Theory]
    [InlineData("تعتزم واشنطن سحب قواتها من سوريا خلال أشهر", true)]
    [InlineData("تعتزم واشنطن سحب قواتها من سوريا والعراق خلال أشهر", false)]
    [InlineData("تعتزم واشنطن سحب قواتها خلال أشهر", false)]
    public void ASentenceAboutAnotherTheatreOnlyIsMarkedOutOfScope(string sentence, bool outOfScope)
    {
        var cues = Assert.Single(StanceDocumentReader.FeaturizeAll([new LabeledSentence(sentence, StanceLabel.Neutral)], Withdrawal)).Cues;
        Assert.Equal(outOfScope, cues.Contains("scope:elsewhere"));
    }
}
