using Stance.Speakers;
using Stance.Classification;
using Stance.Text;

namespace Stance.Tests.Classification;

/// <summary>The document reader gives each sentence what came before it: the headline's direction
/// to the lede, the previous sentence's direction to a continuation of the same speaker. Our own text.</summary>
public sealed class StanceDocumentReaderTests
{
    private static readonly FeatureChoices Withdrawal = new(false, true);

    private static List<string[]> Cues(params string[] sentences) => Read(new StanceDocumentReader(SpeakerAttributor.Default, Withdrawal), sentences).ConvertAll(r => r.Row.Cues);

    // Each sentence as a window of its own at its offset in the document, then the document's end.
    private static List<StanceDocumentReader.ReadSentence> Read(StanceDocumentReader reader, params string[] sentences)
    {
        var read = new List<StanceDocumentReader.ReadSentence>();
        long offset = 0;
        foreach (var s in sentences)
        {
            reader.Next(s, new SentenceSpan(0, s.Length), offset, null, read);
            offset += s.Length + 1;
        }

        reader.Complete(read);
        return read;
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
        Assert.Equal(["cue:none"], Read(none, s)[0].Row.Cues);

        var generic = new StanceDocumentReader(SpeakerAttributor.Default, new FeatureChoices(false, false));
        Assert.Equal(["speaker:anonymous", "has:cue", "pos:headline"], Read(generic, s)[0].Row.Cues);
    }

    // The opening waits until it is read: a headline's description resolves to the person the lede
    // names, and the speaker feature follows (ANNOTATION rule 8).
    [Fact]
    public void TheOpeningIsHeldUntilReadAndTheHeadlinesDescriptionTakesTheLedesName()
    {
        var reader = new StanceDocumentReader(SpeakerAttributor.Default, new FeatureChoices(false, false));
        var read = new List<StanceDocumentReader.ReadSentence>();
        string[] text =
        [
            "وزير الخارجية العراقي: لا تغيير في خطط الانسحاب",
            "بغداد - قال وزير الخارجية العراقي سامي الربيعي، اليوم الأحد، إن الخطة قائمة.",
            "وأضاف أن الحوار مستمر.",
            "وتنشر واشنطن نحو ألفي جندي في العراق.",
            "وتعود الخطة إلى اتفاق سابق.",
            "ويعقد الجانبان جولة جديدة الشهر المقبل.",
        ];
        for (int i = 0; i < OpeningCataphora.Sentences - 1; i++)
            reader.Next(text[i], new SentenceSpan(0, text[i].Length), 0, null, read);
        Assert.Empty(read);
        reader.Next(text[4], new SentenceSpan(0, text[4].Length), 0, null, read);
        Assert.Equal(OpeningCataphora.Sentences, read.Count);
        Assert.Equal([0, 1, 2, 3, 4], read.Select(r => r.Index));
        Assert.Equal("سامي الربيعي", read[0].Attribution.Speaker!.CanonicalName);
        Assert.Equal(SpeakerKind.Person, read[0].Attribution.Kind);
        Assert.Contains("speaker:person", read[0].Row.Cues);
        reader.Next(text[5], new SentenceSpan(0, text[5].Length), 0, null, read);
        Assert.Equal(6, read.Count);
    }

    [Fact]
    public void AShortDocumentIsReleasedAtItsEnd()
    {
        var reader = new StanceDocumentReader(SpeakerAttributor.Default, Withdrawal);
        var read = new List<StanceDocumentReader.ReadSentence>();
        const string s = "وقال النائب إن بقاء القوات ضروري.";
        reader.Next(s, new SentenceSpan(0, s.Length), 100, null, read);
        Assert.Empty(read);
        reader.Complete(read);
        var only = Assert.Single(read);
        Assert.Equal(new TextSpan(100, s.Length), only.Span);
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
