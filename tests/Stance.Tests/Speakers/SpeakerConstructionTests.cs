namespace Stance.Tests.Speakers;

/// <summary>One invented sentence per construction of the error table on real news (issue rows 1–8
/// and rule 8 of the Speaker section).</summary>
public class SpeakerConstructionTests
{
    private static readonly SpeakerAttributor Attributor = SpeakerAttributor.Default;

    private static IReadOnlyList<SpeakerAttribution> Run(string text) => Attributor.Attribute(text);

    private static SpeakerAttribution Single(string text)
    {
        var all = Run(text);
        Assert.Single(all);
        return all[0];
    }

    // Row 1: the title is not cut before its complement ("العام" is not the year here).
    [Fact]
    public void Secretary_general_title_keeps_its_complement_and_the_name()
    {
        var a = Single("أكد الأمين العام لحركة الوفاق سالم المنصوري أن القرار نهائي.");
        Assert.Equal("سالم المنصوري", a.Speaker!.CanonicalName);
        Assert.Equal(SpeakerKind.Person, a.Kind);
        Assert.StartsWith("الأمين العام", a.Speaker.Role);
    }

    // Row 1: a family name with the article after a sentence-initial verb, before the occasion.
    [Fact]
    public void Family_name_with_the_article_after_the_verb_is_the_speaker()
    {
        var a = Single("وقال الزبيدي في تصريح صحفي إن الحوار لم ينته.");
        Assert.Equal("الزبيدي", a.Speaker!.CanonicalName);
        Assert.Equal(SpeakerKind.Person, a.Kind);
        Assert.Equal("قال", a.Cue);
    }

    // Row 5: a headline "X: …" whose X is a bare family name.
    [Fact]
    public void Headline_with_a_bare_family_name_and_colon()
    {
        var all = Run("الزبيدي: لا بقاء لأي قوة أجنبية\nوقال الزبيدي إن الموقف ثابت.");
        Assert.Equal("الزبيدي", all[0].Speaker!.CanonicalName);
        Assert.Equal(SpeakerKind.Person, all[0].Kind);
        Assert.Equal("الزبيدي", all[1].Speaker!.CanonicalName);
    }

    // Row 4: a headline "X يدعو إلى …" with a bare name before the verb.
    [Fact]
    public void Headline_name_then_reporting_verb()
    {
        var a = Single("كريم الساعدي يدعو إلى جدول زمني للانسحاب");
        Assert.Equal("كريم الساعدي", a.Speaker!.CanonicalName);
        Assert.Equal("يدعو", a.Cue);
    }

    // Row 4, rule 6: a bare name opening a headline is the actor of a verb of position.
    [Fact]
    public void Headline_name_then_verb_of_position()
    {
        var a = Single("الزبيدي يرفض تمديد بقاء القوات");
        Assert.Equal("الزبيدي", a.Speaker!.CanonicalName);
        Assert.Equal(SpeakerKind.Person, a.Kind);
    }

    // Row 4: a definite noun with its adjective opening a headline before a verb is a body.
    [Fact]
    public void Headline_definite_noun_and_adjective_before_a_verb_is_a_body()
    {
        var a = Single("التنسيقية الوطنية تتهم الحكومة بالتسويف");
        Assert.Equal("التنسيقية الوطنية", a.Speaker!.CanonicalName);
        Assert.Equal(SpeakerKind.Organization, a.Kind);
    }

    // Row 8: a dateline and credit lines are the narrator's.
    [Fact]
    public void Dateline_and_credit_lines_stay_narrator()
    {
        var all = Run("بغداد: تعرضت قاعدة جوية لهجوم بطائرة مسيرة.\nتصوير: سامي علي\nتاريخ النشر: 3 مارس 2024");
        Assert.All(all, a => Assert.Equal(SpeakerKind.Narrator, a.Kind));
    }

    // Row 8: a bare name in Latin letters before a colon is a site credit, not a speaker.
    [Fact]
    public void Latin_site_credit_stays_narrator()
    {
        var a = Single("Iraq News: https://example.org/authors");
        Assert.Equal(SpeakerKind.Narrator, a.Kind);
    }
}
