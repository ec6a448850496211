using Stance.Speakers;
using CsCheck;
using Stance.Text;

namespace Stance.Tests.Speakers;

/// <summary>One invented example per construction of the speaker attribution.</summary>
public class SpeakerAttributorTests
{
    private static readonly SpeakerAttributor Attributor = SpeakerAttributor.Default;

    private static IReadOnlyList<SpeakerAttribution> Run(string text) => Attribution.Run(text);

    private static SpeakerAttribution Single(string text) => Attribution.Single(text);

    [Fact]
    public void Verb_title_then_name_in_apposition()
    {
        var a = Single("قال وزير الدفاع العراقي، خالد الربيعي، إن القوات ستبقى.");
        Assert.Equal("خالد الربيعي", a.Speaker!.CanonicalName);
        Assert.Equal("وزير الدفاع العراقي", a.Speaker.Role);
        Assert.Equal(SpeakerKind.Person, a.Kind);
        Assert.Equal("قال", a.Cue);
    }

    [Fact]
    public void Verb_name_then_role_and_audience()
    {
        var a = Single("وقال جون سميث، المتحدث باسم البنتاغون، للصحفيين إن الخطط لم تتغير.");
        Assert.Equal("جون سميث", a.Speaker!.CanonicalName);
        Assert.Equal("المتحدث باسم البنتاغون", a.Speaker.Role);
    }

    [Fact]
    public void Rank_title_directly_before_the_name()
    {
        var a = Single("وعلق العقيد مارك هيل، في إفادة صحفية، قائلا: «لا خطط للانسحاب».");
        Assert.Equal("مارك هيل", a.Speaker!.CanonicalName);
        Assert.Equal("علق", a.Cue);
    }

    [Fact]
    public void Speaker_before_the_cue_with_apposition()
    {
        var a = Single("مدير مركز الدراسات الاستراتيجية، سامر الجبوري، علق على القرار.");
        Assert.Equal("سامر الجبوري", a.Speaker!.CanonicalName);
        Assert.Equal(SpeakerKind.Person, a.Kind);
    }

    [Fact]
    public void Headline_with_colon_and_headline_subject_then_cue()
    {
        var all = Run("البنتاغون: لا نية لسحب القوات\nواشنطن تنفي وجود خطة للانسحاب");
        Assert.Equal("البنتاغون", all[0].Speaker!.CanonicalName);
        Assert.Null(all[0].Cue);
        Assert.Equal("واشنطن", all[1].Speaker!.CanonicalName);
        Assert.Equal("تنفي", all[1].Cue);
    }

    [Fact]
    public void Body_with_quoted_name_loses_the_quote_marks()
    {
        var a = Single("وأكدت هيئة «المنافذ الحدودية» أن العمل مستمر.");
        Assert.Equal("هيئة المنافذ الحدودية", a.Speaker!.CanonicalName);
        Assert.Equal(SpeakerKind.Organization, a.Kind);
    }

    [Fact]
    public void Anonymous_source_stops_at_the_relative_clause()
    {
        var a = Single("وقال مسؤول أوروبي رفيع طلب عدم الكشف عن هويته إن المهمة ستنتهي.");
        Assert.Equal("مسؤول أوروبي رفيع", a.Speaker!.CanonicalName);
        Assert.Equal(SpeakerKind.Anonymous, a.Kind);
    }

    [Fact]
    public void According_to_an_anonymous_group_then_plural_continuation()
    {
        var all = Run("وفقاً لأربعة مسؤولين عسكريين، بدأت القوات بالتحرك. قالوا إن الخطة سرية.");
        Assert.Equal("أربعة مسؤولين عسكريين", all[0].Speaker!.CanonicalName);
        Assert.Equal(SpeakerKind.Anonymous, all[0].Kind);
        Assert.Equal(all[0].Speaker!.CanonicalName, all[1].Speaker!.CanonicalName);
        Assert.Equal("قالوا", all[1].Cue);
    }

    [Fact]
    public void According_to_an_outlet_at_the_end()
    {
        var a = Single("ولم يحدد الوزير موعدا للانسحاب، وفق وكالة رويترز.");
        Assert.Equal("رويترز", a.Speaker!.CanonicalName);
        Assert.Equal(SpeakerKind.Media, a.Kind);
        Assert.Equal("وفق", a.Cue);
    }

    [Fact]
    public void Outlet_relaying_a_source_is_the_channel()
    {
        var a = Single("ونقلت صحيفة نيويورك تايمز عن مسؤول دفاعي قوله إن القوات باقية.");
        Assert.Equal("مسؤول دفاعي", a.Speaker!.CanonicalName);
        Assert.Equal("نيويورك تايمز", a.Channel);
        Assert.Equal("نقلت عن", a.Cue);
    }

    [Fact]
    public void Speaker_talking_to_an_outlet()
    {
        var all = Run("قال رئيس الوزراء العراقي، أحمد الحسني، إن الحوار مستمر. وقال الحسني لـ\"رويترز\" إن القرار نهائي.");
        Assert.Equal("أحمد الحسني", all[1].Speaker!.CanonicalName);
        Assert.Equal("رويترز", all[1].Channel);
    }

    [Fact]
    public void The_paper_speaks_in_its_own_voice_as_the_outlet_named_earlier()
    {
        var all = Run("كشفت صحيفة «الغد» أن المحادثات بدأت. وذكرت الصحيفة أن الوفد وصل.");
        Assert.Equal(SpeakerKind.Media, all[1].Kind);
        Assert.Equal(all[0].Speaker!.CanonicalName, all[1].Speaker!.CanonicalName);
    }

    [Fact]
    public void Feminine_continuation_skips_a_male_speaker()
    {
        var all = Run("وقالت المتحدثة باسم الخارجية، لينا حداد، إن الموقف ثابت. وقال الوزير سامي عبد الله إن الحوار مستمر. وأضافت أن القرار سيادي.");
        Assert.Equal("لينا حداد", all[0].Speaker!.CanonicalName);
        Assert.Equal("سامي عبد الله", all[1].Speaker!.CanonicalName);
        Assert.Equal("لينا حداد", all[2].Speaker!.CanonicalName);
    }

    [Fact]
    public void Masculine_continuation_skips_a_female_speaker_and_keeps_the_role()
    {
        var all = Run("قال رئيس البرلمان، حسن كريم، إن الجلسة عقدت. وقالت النائبة سارة حسن إن القرار ملزم. ووصف وجود القوات بأنه غير مبرر.");
        Assert.Equal("سارة حسن", all[1].Speaker!.CanonicalName);
        Assert.Equal("حسن كريم", all[2].Speaker!.CanonicalName);
        Assert.Equal("رئيس البرلمان", all[2].Speaker!.Role);
        Assert.Null(all[2].Evidence);
    }

    [Fact]
    public void Statement_continues_the_body_that_issued_it()
    {
        var all = Run("وذكر بيان للخارجية العراقية أن الحوار مستمر. وأضاف البيان أن الجدول جاهز.");
        Assert.Equal("وزارة الخارجية العراقية", all[0].Speaker!.CanonicalName);
        Assert.Equal("وزارة الخارجية العراقية", all[1].Speaker!.CanonicalName);
    }

    [Fact]
    public void Later_short_mentions_resolve_to_the_fullest_earlier_one()
    {
        var all = Run("وقال وزير الخارجية العراقي، فؤاد حسين، إن المهمة انتهت. وأضاف حسين أن الحوار مستمر. وأكد وزير الخارجية العراقي أن القرار نهائي.");
        Assert.All(all, a => Assert.Equal("فؤاد حسين", a.Speaker!.CanonicalName));
        Assert.Equal("حسين", all[1].Speaker!.Name);
    }

    [Fact]
    public void Body_alias_resolves_to_the_known_name()
    {
        var a = Single("وقالت وزارة الدفاع الأمريكية \"البنتاغون\" إنها لا تخطط للانسحاب.");
        Assert.Equal("البنتاغون", a.Speaker!.CanonicalName);
    }

    [Fact]
    public void Two_spokespeople_with_the_same_title_stay_distinct()
    {
        var all = Run(
            "وقال ماهر نعيم، المتحدث باسم الجيش، إن الانتشار مستمر. " +
            "وقالت ريم سالم، المتحدثة باسم الحكومة، إن الحوار جار. " +
            "وأضاف المتحدث باسم الجيش أن الدوريات زادت. " +
            "وأضافت المتحدثة أن الاجتماع قريب.");
        Assert.Equal("ماهر نعيم", all[2].Speaker!.CanonicalName);
        Assert.Equal("ريم سالم", all[3].Speaker!.CanonicalName);
    }

    [Fact]
    public void Verb_of_position_with_a_known_actor()
    {
        var all = Run("وتخشى بغداد من فراغ أمني. ويريد العراق جولة جديدة من المحادثات. العراق يؤجل القرار");
        Assert.Equal("بغداد", all[0].Speaker!.CanonicalName);
        Assert.Equal("العراق", all[1].Speaker!.CanonicalName);
        Assert.Equal("العراق", all[2].Speaker!.CanonicalName);
    }

    [Fact]
    public void Plain_narrative_with_a_place_stays_narrator()
    {
        var all = Run("وتنشر واشنطن 2500 عسكري في العراق. واتفقت بغداد وواشنطن على جولة جديدة.");
        Assert.All(all, a => Assert.Null(a.Speaker));
    }

    [Fact]
    public void Cue_only_fragment_is_kept_by_the_next_fragment()
    {
        var all = Run("وقال المسؤول الأميركي؛ إن الانسحاب غير مطروح.");
        Assert.Equal(2, all.Count);
        Assert.NotNull(all[0].Speaker);
        Assert.Equal(all[0].Speaker!.CanonicalName, all[1].Speaker!.CanonicalName);
    }

    [Fact]
    public void Headline_continued_with_two_dots_keeps_its_speaker()
    {
        var all = Run("العراق يضغط على واشنطن..\nانسحاب سريع للقوات");
        Assert.Equal("العراق", all[1].Speaker!.CanonicalName);
    }

    [Fact]
    public void No_attribution_is_the_narrator()
    {
        var a = Single("تعرضت القاعدة لهجوم بالصواريخ مساء الأحد.");
        Assert.Equal(SpeakerAttribution.Narrator, a with { Confidence = null });
        Assert.Equal(SpeakerKind.Narrator, a.Kind);
        Assert.InRange(a.Confidence!.Value, 0.5, 1.0); // plain narration is usually the narrator's
    }

    [Fact]
    public void Spans_point_at_the_mention_and_the_cue()
    {
        const string text = "وقال البنتاغون إنه لا يخطط للانسحاب.";
        var a = Single(text);
        Assert.Equal("قال", text.Substring(a.CueSpan!.Value.Start, a.CueSpan.Value.Length));
        Assert.Equal("البنتاغون", text.Substring(a.Evidence!.Value.Start, a.Evidence.Value.Length));
    }

    [Fact]
    public void Streaming_with_a_base_offset_shifts_the_spans()
    {
        const string buffer = "وقال البنتاغون إنه لا يخطط للانسحاب.";
        var context = SpeakerAttributor.CreateContext();
        var a = Attributor.Next(context, buffer, new SentenceSpan(0, buffer.Length), baseOffset: 1000);
        Assert.Equal(1001, a.CueSpan!.Value.Start);
        Assert.Equal(1005, a.Evidence!.Value.Start);
    }

    [Fact]
    public void Options_extend_the_lexicons()
    {
        var custom = new SpeakerAttributor(new SpeakerAttributorOptions
        {
            ExtraKnownSpeakers = [new KnownSpeaker("مجلس التعاون", SpeakerKind.Organization, ["المجلس الخليجي"])],
            ExtraCues = ["استطرد"],
        });
        var a = custom.Attribute("واستطرد المجلس الخليجي أن الحوار ضروري.").Single();
        Assert.Equal("مجلس التعاون", a.Speaker!.CanonicalName);
    }

    [Fact]
    public void Invalid_options_are_rejected_with_clear_messages()
    {
        Assert.Throws<ArgumentException>(() => new SpeakerAttributor(new SpeakerAttributorOptions { ExtraCues = [" "] }));
        Assert.Throws<ArgumentException>(() => new SpeakerAttributor(new SpeakerAttributorOptions
        {
            ExtraKnownSpeakers = [new KnownSpeaker("x", SpeakerKind.Narrator, [])],
        }));
        Assert.Throws<ArgumentException>(() => new SpeakerAttributor(new SpeakerAttributorOptions { ExtraLexiconFiles = ["/nonexistent/speaker-cues.txt"] }));
        Assert.Throws<ArgumentException>(() => new SpeakerAttributor(new SpeakerAttributorOptions { ExtraLexiconFiles = ["/tmp/whatever.txt"] }));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    [InlineData("Hello world. No Arabic here!")]
    [InlineData("\u0000\u0001\u200F\uFEFF")]
    [InlineData("\uD800 قال \uDC00 إن")]
    [InlineData("قال")]
    [InlineData("وفقا ل")]
    [InlineData("نقلت عن")]
    [InlineData("«««« قال »»»» \"\"\" ((( ،،،، :::")]
    public void Odd_input_never_throws(string text)
    {
        var all = Run(text);
        Assert.All(all, a => Assert.NotEqual(string.Empty, a.Speaker?.Name ?? "-"));
    }

    [Fact]
    public void Very_long_sentence_is_fast_and_valid()
    {
        var text = "وقال " + string.Concat(Enumerable.Repeat("مسؤول في وزارة الخارجية ", 20000)) + "إن";
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var all = Run(text);
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(5), sw.Elapsed.ToString());
        Assert.NotEmpty(all);
    }

    [Fact]
    public void Random_text_gives_valid_attributions()
    {
        Gen.String[Gen.Char["قالأكدتوفقلحسبمصادرالبنتاغون،:«»\". \n"], 0, 300].Sample(text =>
        {
            var all = Run(text);
            foreach (var a in all)
            {
                if (a.Evidence is { } e)
                    Assert.True(e.Start >= 0 && e.End <= text.Length);
                if (a.CueSpan is { } c)
                    Assert.True(c.Start >= 0 && c.End <= text.Length);
                Assert.Equal(a.Speaker is null, a.Kind == SpeakerKind.Narrator);
            }
        }, iter: 2000);
    }
}
