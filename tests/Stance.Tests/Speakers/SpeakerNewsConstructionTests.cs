namespace Stance.Tests.Speakers;

/// <summary>Constructions met on real news that the rules missed, each pinned by an invented sentence.</summary>
public class SpeakerNewsConstructionTests
{
    private static IReadOnlyList<SpeakerAttribution> Run(string text) => Attribution.Run(text);

    // "بحسب قولها", "على حد تعبيرهم": the possessive pronoun points back to the speaker of its gender
    // and number, not to the narrator.
    [Theory]
    [InlineData("وقالت الوزيرة سعاد الكبيسي إن الخطة جاهزة.\nبحسب قولها", "سعاد الكبيسي")]
    [InlineData("وقال النائب كريم الساعدي إن المهلة انتهت.\nوالقرار نهائي على حد تعبيره.", "كريم الساعدي")]
    public void Saying_with_a_possessive_pronoun_continues_the_speaker(string text, string speaker)
    {
        var all = Run(text);
        Assert.Equal(speaker, all[1].Speaker!.CanonicalName);
        Assert.Equal(SpeakerKind.Person, all[1].Kind);
    }
}
