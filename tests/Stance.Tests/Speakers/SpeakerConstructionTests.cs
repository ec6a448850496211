namespace Stance.Tests.Speakers;

/// <summary>One invented sentence per construction of the error table on real news (issue rows 1–8
/// and rule 8 of the Speaker section).</summary>
public class SpeakerConstructionTests
{
    private static IReadOnlyList<SpeakerAttribution> Run(string text) => Attribution.Run(text);

    private static SpeakerAttribution Single(string text) => Attribution.Single(text);

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

    // Row 1: an outlet the lexicon knows by name, glued to ل after the speaker, is the channel, not
    // part of the name ("قال السوداني لرويترز", the README's example).
    [Theory]
    [InlineData("قال الزبيدي لرويترز إن القوات ستغادر.", "الزبيدي")]
    [InlineData("وقال رئيس الوزراء كريم جاسم الساعدي لرويترز إن القوات ستغادر.", "كريم جاسم الساعدي")]
    public void Outlet_glued_to_lam_after_the_speaker_is_the_channel(string sentence, string speaker)
    {
        var a = Single(sentence);
        Assert.Equal(speaker, a.Speaker!.CanonicalName);
        Assert.Equal("رويترز", a.Channel);
        Assert.Equal("قال", a.Cue);
    }

    // Row 5: a headline "X لـOutlet: …": the outlet before the colon is the channel.
    [Fact]
    public void Headline_speaker_then_the_outlet_then_the_colon()
    {
        var a = Single("مصدر حكومي لرويترز: المفاوضات مستمرة");
        Assert.Equal(SpeakerKind.Anonymous, a.Kind);
        Assert.Equal("رويترز", a.Channel);
    }

    // Row 5: a label word before the outlet is not a speaker ("an analysis for AFP:").
    [Fact]
    public void A_label_before_an_outlet_and_colon_stays_the_narrators()
    {
        var a = Single("قراءة لوكالة فرانس برس: مشهد معقد");
        Assert.Equal(SpeakerKind.Narrator, a.Kind);
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

    // Row 3, rule 2: a participle in mid-sentence continues the speaker when no verb has a subject.
    [Fact]
    public void Participle_in_mid_sentence_continues_the_speaker()
    {
        var all = Run("قال النائب حسن الربيعي إن الاتفاق لم يحسم. لا أحد يريد البقاء هنا، مضيفا أن الحوار مستمر.");
        Assert.Equal("حسن الربيعي", all[1].Speaker!.CanonicalName);
        Assert.Equal("مضيفا", all[1].Cue);
    }

    // Row 3, rule 2: a quotation left open at the end of a sentence goes on in the next one.
    [Fact]
    public void Quotation_left_open_continues_in_the_next_sentence()
    {
        var all = Run("وقال الوزير سامر الحلو: «لن نقبل بأي وجود أجنبي\nالقرار بيد البرلمان وحده».");
        Assert.Equal(2, all.Count);
        Assert.Equal("سامر الحلو", all[1].Speaker!.CanonicalName);
    }

    // Row 3, rule 2: a sentence that opens with a quotation mark and names no one keeps the speaker.
    [Fact]
    public void Sentence_opening_with_a_quote_keeps_the_previous_speaker()
    {
        var all = Run("وأكد المحافظ علي الجابري أن الوضع مستقر. \"نحن لا نحتاج إلى قوات أجنبية\".");
        Assert.Equal("علي الجابري", all[1].Speaker!.CanonicalName);
    }

    // Row 3: a line ending with a colon announces the words of the next line.
    [Fact]
    public void Line_ending_with_a_colon_announces_the_next_line()
    {
        var all = Run("وقال وزير الخارجية سامي النوري للصحفيين:\nنحن بحاجة إلى دعم الشركاء");
        Assert.Equal("سامي النوري", all[1].Speaker!.CanonicalName);
    }

    // Row 6: reporting verbs added to the cue file ("عزا", "ندد", "بيّن أن") attribute their subject.
    [Theory]
    [InlineData("وعزا النائب كريم حمد التأخير إلى الخلافات السياسية.", "عزا")]
    [InlineData("وندد المحافظ كريم حمد بالقصف الأخير.", "ندد")]
    
    public void Added_reporting_verbs_attribute_their_subject(string text, string cue)
    {
        var a = Single(text);
        Assert.Equal("كريم حمد", a.Speaker!.CanonicalName);
        Assert.Equal(cue, a.Cue);
    }

    // Row 6: "وبين أن" without a subject is the verb بيّن continuing the speaker, not the preposition.
    [Fact]
    public void Bayyana_anna_continues_the_speaker()
    {
        var all = Run("قال النائب كريم حمد إن الجلسة تأجلت. وبين أن التصويت سيجري الأسبوع المقبل.");
        Assert.Equal("كريم حمد", all[1].Speaker!.CanonicalName);
        Assert.Equal("بين أن", all[1].Cue);
    }

    // Row 1: "علي" written with ي after a title is the given name, not the preposition "على".
    [Fact]
    public void Given_name_ali_after_a_title_is_part_of_the_name()
    {
        var a = Single("وأكد المحافظ علي الجابري أن الوضع مستقر.");
        Assert.Equal("علي الجابري", a.Speaker!.CanonicalName);
    }

    // Row 1: a name after a title stops before an attached preposition and before the object.
    [Fact]
    public void Name_stops_before_a_clitic_preposition()
    {
        var a = Single("وقال المتحدث باسم الوزارة سامر يوسف للصحفيين إن الخطة جاهزة.");
        Assert.Equal("سامر يوسف", a.Speaker!.CanonicalName);
    }

    // Row 6: a participle added to the cue file continues the speaker ("مشيدا").
    [Fact]
    public void Added_participle_continues_the_speaker()
    {
        var all = Run("قال السفير مارك ديفيس إن العلاقات قوية. مشيدا بدور الحكومة في الحوار.");
        Assert.Equal("مارك ديفيس", all[1].Speaker!.CanonicalName);
    }

    // Row 2, rule 1: a later description with the same head resolves to the person named before.
    [Fact]
    public void Later_title_with_the_same_head_resolves_to_the_named_person()
    {
        var all = Run("وقال وزير النقل العراقي سالم الحسناوي إن المطار جاهز. وأكد الوزير أن الرحلات ستستأنف.");
        Assert.Equal("سالم الحسناوي", all[1].Speaker!.CanonicalName);
        Assert.Equal(SpeakerKind.Person, all[1].Kind);
    }

    // Row 2: "المسؤول الإيراني" after a named Iranian office holder is that person.
    [Fact]
    public void Generic_description_with_a_matching_adjective_resolves_to_the_named_person()
    {
        var all = Run("قال أمين المجلس الأعلى الإيراني، حسن رضائي، إن الحوار مستمر. وزعم المسؤول الإيراني أن واشنطن تماطل.");
        Assert.Equal("حسن رضائي", all[1].Speaker!.CanonicalName);
    }

    // Rule 8: an office holder never named stays anonymous with the description as written, and a
    // description whose head differs from the named person's role is not merged into that person.
    [Fact]
    public void Unnamed_office_holder_stays_anonymous()
    {
        var all = Run("وقال وزير النقل العراقي سالم الحسناوي إن المطار جاهز. وقال رئيس البرلمان إن الجلسة مؤجلة.");
        Assert.Equal(SpeakerKind.Anonymous, all[1].Kind);
        Assert.Equal("رئيس البرلمان", all[1].Speaker!.Name);
    }

    // Row 7, rule 3: "بحسب X" opening a sentence makes X the speaker.
    [Fact]
    public void According_to_a_source_opening_the_sentence()
    {
        var a = Single("وبحسب مصادر أمنية عراقية، غادرت القافلة القاعدة فجرا.");
        Assert.Equal(SpeakerKind.Anonymous, a.Kind);
        Assert.Equal("بحسب", a.Cue);
    }

    // Row 7, rule 3: an outlet after a person's reported words is the channel, not the speaker.
    [Fact]
    public void According_to_an_outlet_after_a_person_speaking_keeps_the_person()
    {
        var a = Single("وأشار الوزير سامر الحلو إلى أن الحوار سيستأنف، وفقاً لوكالة رويترز.");
        Assert.Equal("سامر الحلو", a.Speaker!.CanonicalName);
        Assert.Equal("أشار", a.Cue);
    }

    // Row 7, rule 3: an outlet after a body's announced act is the source.
    [Fact]
    public void According_to_an_outlet_after_a_body_acting_is_the_outlet()
    {
        var a = Single("وأعلنت الحكومتان عن خطة جديدة للتعاون، وفقاً لوكالة رويترز.");
        Assert.Equal(SpeakerKind.Media, a.Kind);
    }

    // Row 7, rule 3: a quoted outlet that carries a source's words ("نقلت صحيفة «X» عن Y").
    [Fact]
    public void Quoted_outlet_relaying_a_source_is_the_channel()
    {
        var a = Single("ونقلت صحيفة «الصباح» عن مسؤول حكومي أن الاتفاق جاهز.");
        Assert.Equal(SpeakerKind.Anonymous, a.Kind);
        Assert.Equal("مسؤول حكومي", a.Speaker!.Name);
    }

    // Row 1: the addressee of a letter is not the speaker, and the occasion is not in the role.
    [Fact]
    public void Object_of_a_preposition_after_the_occasion_is_not_the_speaker()
    {
        var a = Single("وقال رئيس الوزراء في رسالة إلى البرلمان إن القوات ستغادر.");
        Assert.Equal("رئيس الوزراء", a.Speaker!.Name);
        Assert.Equal(SpeakerKind.Anonymous, a.Kind);
    }

    // Row 1: two coordinated titles before the name.
    [Fact]
    public void Coordinated_titles_before_the_name()
    {
        var a = Single("أكد الأمين العام لحزب النهضة ورئيس كتلة الوفاق سالم المنصوري أن الحوار مستمر.");
        Assert.Equal("سالم المنصوري", a.Speaker!.CanonicalName);
    }

    // Row 1: a governing noun in the role takes its complement ("رئيس إقليم كردستان").
    [Fact]
    public void Governing_noun_in_the_role_keeps_its_complement()
    {
        var a = Single("أكد رئيس إقليم كردستان كاوه رشيد أن الوقت غير مناسب.");
        Assert.Equal("كاوه رشيد", a.Speaker!.CanonicalName);
        Assert.Equal("رئيس إقليم كردستان", a.Speaker.Role);
    }

    // Row 1: a role complement with an attached ل on a place ("الخاص لسوريا").
    [Fact]
    public void Role_complement_with_lam_on_a_place()
    {
        var a = Single("أكد المبعوث الخاص لسوريا جون ميلر أن الحوار مستمر.");
        Assert.Equal("جون ميلر", a.Speaker!.CanonicalName);
    }

    // Row 1: compound names are not cut ("عبد الأمير", "يار الله").
    [Fact]
    public void Compound_name_after_a_rank_is_whole()
    {
        var a = Single("أعلن رئيس الأركان الفريق عبد الأمير نصر الله أن المهمة انتهت.");
        Assert.Equal("عبد الأمير نصر الله", a.Speaker!.CanonicalName);
    }

    // Row 1: "بيان صادر عن X" has X as speaker.
    [Fact]
    public void Statement_issued_by_a_body()
    {
        var a = Single("وقال بيان صادر عن هيئة المنافذ الحدودية إن العمل مستمر.");
        Assert.Equal("هيئة المنافذ الحدودية", a.Speaker!.CanonicalName);
        Assert.Equal(SpeakerKind.Organization, a.Kind);
    }

    // Row 4, rule 6: a lede "place (source)- verb X" has X as speaker after the dateline.
    [Fact]
    public void Dateline_with_a_bracketed_source_before_the_verb()
    {
        var a = Single("البصرة (وكالة الخليج)- أكد سامر الحلو، مدير الميناء، أن العمل مستمر.");
        Assert.Equal("سامر الحلو", a.Speaker!.CanonicalName);
    }

    // Row 1: the role right after the name without a comma ("X Y مسؤول مكتب …").
    [Fact]
    public void Role_after_the_name_without_a_comma()
    {
        var a = Single("أكد سامر الحلو مسؤول مكتب العلاقات في الحزب أن الحوار مستمر.");
        Assert.Equal("سامر الحلو", a.Speaker!.CanonicalName);
        Assert.StartsWith("مسؤول مكتب العلاقات", a.Speaker.Role);
    }

    // Row 6: "مصدر مطلع" keeps its adjective ("مطلع" is not "مطلع الشهر") and reaches the verb after it.
    [Fact]
    public void Informed_source_before_the_verb()
    {
        var a = Single("مصدر أمني مطلع أكد في حديث صحفي أن القاعدة مستقرة.");
        Assert.Equal(SpeakerKind.Anonymous, a.Kind);
        Assert.Equal("مصدر أمني مطلع", a.Speaker!.Name);
    }

    // Row 4, rule 6: verbs of position added to the data file ("وافقت", "طلب") with a known actor.
    [Fact]
    public void Added_verbs_of_position_make_the_actor_the_speaker()
    {
        var all = Run("وافقت الولايات المتحدة على جدول زمني للانسحاب.\nطلب العراق إرسال وفد فني.");
        Assert.Equal("الولايات المتحدة", all[0].Speaker!.CanonicalName);
        Assert.Equal("العراق", all[1].Speaker!.CanonicalName);
    }

    // Row 1: a body head added to the data file, with its place ("المقاومة الإسلامية في العراق").
    [Fact]
    public void Body_with_its_place_is_the_speaker_not_the_place()
    {
        var a = Single("أعلنت المقاومة الإسلامية في العراق استهداف قاعدة جوية.");
        Assert.Equal(SpeakerKind.Organization, a.Kind);
        Assert.StartsWith("المقاومة الإسلامية", a.Speaker!.CanonicalName);
    }

    // Row 1: after a sentence-initial verb the verb's preposition closes a bare name ("أشار X إلى").
    [Fact]
    public void Bare_name_closed_by_the_verbs_preposition()
    {
        var a = Single("وأشار سامر الحلو إلى أن الحوار سيستأنف.");
        Assert.Equal("سامر الحلو", a.Speaker!.CanonicalName);
        Assert.Equal(SpeakerKind.Person, a.Kind);
    }

    // Row 1: a place after the verb with its preposition is the object, not a speaker ("دعا أنقرة إلى").
    [Fact]
    public void Place_after_the_verb_and_before_its_preposition_is_the_object()
    {
        var all = Run("قال سامر الحلو إن الحوار مهم. ودعا أنقرة إلى وقف القصف.");
        Assert.Equal("سامر الحلو", all[1].Speaker!.CanonicalName);
    }

    // Row 1: a function word after the cue ("فإن") is not taken as a name.
    [Fact]
    public void Function_word_after_the_cue_is_not_a_name()
    {
        var all = Run("قال سامر الحلو إن المفاوضات مستمرة. وأضاف فإن القوات باقية.");
        Assert.Equal("سامر الحلو", all[1].Speaker!.CanonicalName);
    }

    // Row 1: a person named inside the quotation is not the one quoting.
    [Fact]
    public void Person_named_inside_the_quote_is_not_the_speaker()
    {
        var a = Single("قال سامر الحلو: \"الوزير كريم حمد قال لنا إن القوات باقية\".");
        Assert.Equal("سامر الحلو", a.Speaker!.CanonicalName);
    }

    // Row 2, rule 2: the gender of a relay verb is the outlet's ("نقلت وكالة"), not the source's, so a
    // masculine continuation keeps the male source.
    [Fact]
    public void Relayed_source_keeps_its_own_gender_for_the_continuation()
    {
        var all = Run("ونقلت وكالة الأنباء عن المتحدث باسم الوزارة سامر الحلو قوله إن العمل مستمر. وأضاف أن المنصة جاهزة.");
        Assert.Equal("سامر الحلو", all[0].Speaker!.CanonicalName);
        Assert.Equal("سامر الحلو", all[1].Speaker!.CanonicalName);
    }

    // Row 1: "من أجل" inside a role before the apposition is not a verb of position.
    [Fact]
    public void Min_ajl_inside_a_role_before_the_name()
    {
        var a = Single("قال مدير المركز العربي من أجل السلام، سامر الحلو، إن الحوار مهم.");
        Assert.Equal("سامر الحلو", a.Speaker!.CanonicalName);
    }

    // Row 6: cues added to the data file ("أبرزت") and a later "التقرير" that is the outlet's report.
    [Fact]
    public void Later_report_of_an_outlet_is_the_outlet()
    {
        var all = Run("أبرزت مجلة «الأفق» في تقرير لها دور المطار الجديد. ووصف التقرير المشروع بأنه ضروري.");
        Assert.Equal(SpeakerKind.Media, all[0].Kind);
        Assert.Equal(all[0].Speaker!.CanonicalName, all[1].Speaker!.CanonicalName);
    }

    // Row 5: a quoted outlet name ends at its closing quote, so the verb right after it has it as subject.
    [Fact]
    public void Quoted_known_outlet_then_verb()
    {
        var a = Single("لكن صحيفة \"نيويورك تايمز\" علقت بأن الخبر غير دقيق.");
        Assert.Equal("نيويورك تايمز", a.Speaker!.CanonicalName);
        Assert.Equal(SpeakerKind.Media, a.Kind);
    }

    // Row 6: "مصدر مطلع" before the complementizer, and the spelling "مسئول".
    [Theory]
    [InlineData("وذكر مصدر مطلع أن الاجتماع تأجل.", "مصدر مطلع")]
    [InlineData("وقال المسئول في الوزارة إن الاجتماع تأجل.", "المسئول في الوزارة")]
    public void Anonymous_source_spellings_and_adjectives(string text, string name)
    {
        var a = Single(text);
        Assert.Equal(SpeakerKind.Anonymous, a.Kind);
        Assert.Equal(name, a.Speaker!.Name);
    }

    // Row 1: a hashtag inside the role does not cut it before the name.
    [Fact]
    public void Hashtag_inside_the_role()
    {
        var a = Single("أكد رئيس حكومة #إقليم_كردستان كاوه رشيد أن الوضع مستقر.");
        Assert.Equal("كاوه رشيد", a.Speaker!.CanonicalName);
    }

    // Row 1: a given name that is also a time word ("صباح") after a title, but not "صباح الأحد".
    [Fact]
    public void Given_name_that_is_a_time_word()
    {
        var all = Run("أكد المتحدث باسم الوزارة صباح الكعبي أن العمل مستمر. وقال المتحدث باسم الشركة صباح الأحد إن العمل مستمر.");
        Assert.Equal("صباح الكعبي", all[0].Speaker!.CanonicalName);
        Assert.Equal(SpeakerKind.Anonymous, all[1].Kind);
    }

    // Row 2, rule 8: a title definite through its complement ("مستشار الأمن القومي") resolves to the
    // person who held it earlier in the document.
    [Fact]
    public void Title_definite_through_its_complement_resolves_to_the_named_person()
    {
        var all = Run("قال مستشار الأمن القومي العراقي سامر الحلو إن الخطر قائم. وأضاف مستشار الأمن القومي العراقي أن الحدود آمنة.");
        Assert.Equal("سامر الحلو", all[1].Speaker!.CanonicalName);
        Assert.Equal(SpeakerKind.Person, all[1].Kind);
    }

    // Row 1: a family name with the article, then a comma and the occasion ("وقال X، في بيان:").
    [Fact]
    public void Family_name_then_comma_and_occasion()
    {
        var a = Single("وقال الزبيدي، في بيان: \"الحوار مستمر\".");
        Assert.Equal("الزبيدي", a.Speaker!.CanonicalName);
    }

    // Row 1: a subordinator opening the sentence does not make its verb subordinate ("إذ أوضح X").
    [Fact]
    public void Subordinator_opening_the_sentence_keeps_the_cue()
    {
        var a = Single("إذ أوضح الجنرال مارك هيل أن القوات باقية.");
        Assert.Equal("مارك هيل", a.Speaker!.CanonicalName);
        Assert.Equal("أوضح", a.Cue);
    }

    // Row 6: titles added to the data file ("مفتي", "السناتور").
    [Fact]
    public void Added_titles_introduce_the_name()
    {
        var a = Single("وقال السناتور جون ميلر إن القوات باقية.");
        Assert.Equal("جون ميلر", a.Speaker!.CanonicalName);
        Assert.Equal("السناتور", a.Speaker.Role);
    }

    // Row 3: a present-tense verb with a plain noun as subject is analysis, not a continuation.
    [Fact]
    public void Present_tense_verb_with_a_noun_subject_continues_no_one()
    {
        var all = Run("قال النائب كريم حمد إن الحوار مستمر. ويشير غياب الوفد إلى خلاف عميق. ويبرز هذا الخلاف جدلا واسعا.");
        Assert.Equal(SpeakerKind.Narrator, all[1].Kind);
        Assert.Equal(SpeakerKind.Narrator, all[2].Kind);
    }

    // Row 3: a present-tense verb followed by its preposition still continues ("ويشير إلى أن").
    [Fact]
    public void Present_tense_verb_with_its_preposition_continues_the_speaker()
    {
        var all = Run("قال النائب كريم حمد إن الحوار مستمر. ويشير إلى أن الجلسة مؤجلة.");
        Assert.Equal("كريم حمد", all[1].Speaker!.CanonicalName);
    }

    // Row 8: bylines "كتب : X" and "متابعة / X" are narrator lines.
    [Fact]
    public void Bylines_are_narrator_lines()
    {
        var all = Run("قال النائب كريم حمد إن الحوار مستمر.\nكتب : سامي علي\nمتابعة / سامي علي");
        Assert.Equal(SpeakerKind.Narrator, all[1].Kind);
        Assert.Equal(SpeakerKind.Narrator, all[2].Kind);
    }

    // Row 5: a quoted known body opening a headline before its verb.
    [Fact]
    public void Quoted_known_body_opening_a_headline()
    {
        var a = Single("\"البنتاغون\" يعلن تقليص عدد قواته");
        Assert.Equal("البنتاغون", a.Speaker!.CanonicalName);
    }

    // Row 1: an abbreviated title with its dot ("د.") before the name.
    [Fact]
    public void Abbreviated_title_before_the_name()
    {
        var a = Single("وقالت د.ليلى حسن إن الوضع مستقر.");
        Assert.Equal("ليلى حسن", a.Speaker!.CanonicalName);
        Assert.Equal(SpeakerKind.Person, a.Kind);
    }

    // Row 4: a headline's weak verb ("يتحدث عن") right after a known subject attributes it.
    [Fact]
    public void Headline_weak_verb_after_a_known_subject()
    {
        var a = Single("التحالف الدولي يتحدث عن موعد مغادرته");
        Assert.Equal("التحالف الدولي", a.Speaker!.CanonicalName);
        Assert.Equal("يتحدث", a.Cue);
    }

    // Row 4: a weak verb in the middle of plain narrative still attributes nothing.
    [Fact]
    public void Weak_verb_without_a_quotation_inside_a_sentence_attributes_nothing()
    {
        var a = Single("وفي الاجتماع تحدث الحضور عن الطقس.");
        Assert.Equal(SpeakerKind.Narrator, a.Kind);
    }

    // Row 7, rule 3: "وفقاً لما قاله X" has X, the subject of the verb after "ما", as source.
    [Fact]
    public void According_to_what_a_source_said()
    {
        var a = Single("ووفقا لما قاله مسؤولون عراقيون، ستبدأ المرحلة الثانية قريبا.");
        Assert.Equal(SpeakerKind.Anonymous, a.Kind);
        Assert.StartsWith("مسؤولون عراقيون", a.Speaker!.Name);
    }

    // Row 7, rule 3: "وفقاً لما أفادته وكالة X" only names the channel of the sentence's report.
    [Fact]
    public void According_to_what_an_outlet_reported_is_the_channel()
    {
        var a = Single("وفقا لما أفادته وكالة رويترز، أعلنت وزارة النقل استئناف الرحلات.");
        Assert.Equal(SpeakerKind.Organization, a.Kind);
    }

    // Row 1: a recognised subject right before a verb in mid-sentence ("لكن مسؤولين … قالوا").
    [Fact]
    public void Subject_before_a_mid_sentence_verb_after_a_particle()
    {
        var a = Single("ورفض الإفصاح عن التفاصيل، لكن مسؤولين عراقيين قالوا إن الحوار مستمر.");
        Assert.Equal(SpeakerKind.Anonymous, a.Kind);
        Assert.Equal("قالوا", a.Cue);
    }

    // Row 1: a place after a preposition right before a verb is not its subject.
    [Fact]
    public void Place_after_a_preposition_before_a_verb_is_not_the_subject()
    {
        var a = Single("الأحزاب المقربة من طهران اعتبرت الانسحاب انتصارا.");
        Assert.Equal(SpeakerKind.Narrator, a.Kind);
    }

    // Rule 8, rule 6: unnamed groups added to the data file are anonymous actors of verbs of position.
    [Fact]
    public void Unnamed_group_is_the_anonymous_actor_of_a_verb_of_position()
    {
        var a = Single("تتخوف الأقليات من عودة العنف بعد الانسحاب.");
        Assert.Equal(SpeakerKind.Anonymous, a.Kind);
    }

    // Rule 8: two parties named as a pair ("الطرفان", "الوفدان") speak as one body.
    [Fact]
    public void The_two_parties_speak_as_a_body()
    {
        var a = Single("وأكد الطرفان أهمية الحوار الأمني.");
        Assert.Equal(SpeakerKind.Organization, a.Kind);
        Assert.Equal("الطرفان", a.Speaker!.Name);
    }

    // Row 7: "بحسب بيان X" with a body head added to the data file ("قوة").
    [Fact]
    public void According_to_a_statement_of_a_force()
    {
        var a = Single("وبحسب بيان قوة الرد السريع، انتهت العملية بنجاح.");
        Assert.Equal("قوة الرد السريع", a.Speaker!.CanonicalName);
        Assert.Equal(SpeakerKind.Organization, a.Kind);
    }

    // Row 1: the channel after a title ("الوزير لوكالة الأنباء") is not part of the role, and the
    // object after it is not a name.
    [Fact]
    public void Channel_after_a_title_is_not_part_of_the_role()
    {
        var all = Run("قال وزير النفط سامر الحلو إن التصدير مستمر. وأكد الوزير لوكالة رويترز تحميل أول ناقلة.");
        Assert.Equal("سامر الحلو", all[1].Speaker!.CanonicalName);
    }

    // Row 1: a particle with the subject's pronoun ("لكنه") makes the noun after the verb its object.
    [Fact]
    public void Pronoun_particle_before_the_verb_continues_the_speaker()
    {
        var all = Run("قال الوزير سامر الحلو إن الحوار مستمر. لكنه دعا طهران إلى ضبط النفس.");
        Assert.Equal("سامر الحلو", all[1].Speaker!.CanonicalName);
    }

    // Row 3: "وبين أن" followed by a quoted body continues the speaker; the body is in the quotation.
    [Fact]
    public void Cue_ending_in_its_complementizer_has_no_subject_after_it()
    {
        var all = Run("قال النائب كريم حمد إن الجلسة تأجلت. وبين أن \"هيئة النزاهة ستحقق في الأمر\".");
        Assert.Equal("كريم حمد", all[1].Speaker!.CanonicalName);
    }

    // Row 7: "بحسب «X»" where X is the quoted name of an outlet met earlier in the document.
    [Fact]
    public void According_to_a_quoted_outlet_met_before()
    {
        var all = Run("أبرزت مجلة «الأفق» دور المطار الجديد. وبحسب «الأفق»، سيفتتح المطار قريبا.");
        Assert.Equal(SpeakerKind.Media, all[1].Kind);
        Assert.Equal("بحسب", all[1].Cue);
    }

    // Row 2, rule 2: a feminine continuation after a relay goes back to the outlet that carried the
    // words when no earlier speaker agrees ("وأشارت" after "كشفت صحيفة X نقلاً عن مسؤولين").
    [Fact]
    public void Feminine_continuation_after_a_relay_is_the_outlet()
    {
        var all = Run("كشفت صحيفة «الأفق» نقلاً عن مسؤولين عراقيين أن الاتفاق جاهز. وأشارت إلى أن التوقيع قريب.");
        Assert.Equal(SpeakerKind.Anonymous, all[0].Kind);
        Assert.Equal(SpeakerKind.Media, all[1].Kind);
    }

    // Row 6, rule 6: votes and deployments are acts the narrator reports, not positions or statements.
    [Theory]
    [InlineData("صوت البرلمان على قرار جديد بشأن القوات.")]
    [InlineData("نشر الجيش منظومة دفاع جوي في القاعدة.")]
    public void Votes_and_deployments_are_narrated(string text)
    {
        var a = Single(text);
        Assert.Equal(SpeakerKind.Narrator, a.Kind);
    }

    // Row 6: "نشرت صحيفة X" still reports the outlet's words.
    [Fact]
    public void Outlet_publishing_still_speaks()
    {
        var a = Single("ونشرت صحيفة «الأفق» أن الاتفاق جاهز.");
        Assert.Equal(SpeakerKind.Media, a.Kind);
    }

    // Row 1: a known body after ل in a role is read whole, with its bracketed alias, before the name.
    [Fact]
    public void Known_body_with_lam_inside_the_role()
    {
        var a = Single("أعلن الأمين العام لحلف شمال الأطلسي (الناتو) جون ميلر، أن المهمة مستمرة.");
        Assert.Equal("جون ميلر", a.Speaker!.CanonicalName);
    }

    // Row 1: a named person, a comma, then the verb: the noun after the verb is its object.
    [Fact]
    public void Named_person_comma_then_verb_keeps_the_person()
    {
        var a = Single("زعيم التيار الوطني سامر الحلو، يدعو فصائل المقاومة إلى اجتماع فوري.");
        Assert.Equal("سامر الحلو", a.Speaker!.CanonicalName);
        Assert.Equal("يدعو", a.Cue);
    }
}
