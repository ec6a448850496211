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

    // An adverb ("هناك"), a particle ("ولطالما") or a furniture word ("تابعونا") before a word that
    // looks like a cue ("حذر" is also a noun, "عبر" also a preposition) is not a speaker's name.
    [Theory]
    [InlineData("لكن في الأحياء الشرقية، هناك حذر واضح.")]
    [InlineData("تابعونا عبر قناتنا على تلغرام")]
    public void A_function_or_furniture_word_is_not_a_name(string sentence)
    {
        var a = Attribution.Single(sentence);
        Assert.Equal(SpeakerKind.Narrator, a.Kind);
    }

    [Fact]
    public void A_particle_before_a_plural_verb_does_not_become_a_name()
    {
        var all = Run("وقال مسؤولون أكراد إن الدعم مستمر.\n، ولطالما قالوا إنهم يريدون شراكة أوسع.");
        Assert.NotEqual("ولطالما", all[1].Speaker?.CanonicalName);
        Assert.Equal(SpeakerKind.Anonymous, all[1].Kind);
    }

    // A name in apposition may be quoted: "، «فلان»،".
    [Fact]
    public void A_quoted_name_in_apposition_after_a_title_is_the_speaker()
    {
        var a = Attribution.Single("رجّح وزير الخارجية المصري، “سامح رؤوف”، أن تبدأ المحادثات قريبا.");
        Assert.Equal("سامح رؤوف", a.Speaker!.CanonicalName);
        Assert.Equal(SpeakerKind.Person, a.Kind);
    }

    // After the head of an unnamed source ("مسؤول") everything up to the comma is the role when a
    // name follows in apposition, however long the complement.
    [Fact]
    public void A_source_head_with_a_long_complement_then_a_name_is_that_person()
    {
        var a = Attribution.Single("أكد مسؤول دائرة التخطيط الاستراتيجي في وزارة الكهرباء الاتحادية، جاسم عبد الرضا، أن المشروع سيكتمل.");
        Assert.Equal("جاسم عبد الرضا", a.Speaker!.CanonicalName);
        Assert.Equal(SpeakerKind.Person, a.Kind);
    }

    // "أقر المجلس قرارا يدعو الحكومة": a present-tense verb after an indefinite object noun is a
    // relative clause; the noun after it is its object, not a speaker.
    [Theory]
    [InlineData("وأقر مجلس المحافظة أمس مشروعا يطالب الحكومة بتوفير الكهرباء.")]
    [InlineData("وصوت المجلس على قرار يدعو الوزارة إلى الإسراع في التنفيذ.")]
    public void A_present_tense_verb_after_an_indefinite_object_takes_no_speaker_after_it(string sentence)
    {
        var a = Attribution.Single(sentence);
        Assert.NotEqual("الحكومة", a.Speaker?.CanonicalName);
        Assert.NotEqual("الوزارة", a.Speaker?.CanonicalName);
    }

    // "العديد من المسؤولين", "عدد من النواب": a partitive quantifier before an unnamed source.
    [Theory]
    [InlineData("وقد وصف العديد من المسؤولين العراقيين الخطة بأنها متعجلة.", "المسؤولين العراقيين")]
    [InlineData("وانتقد عدد من النواب قرار الحكومة الأخير.", "النواب")]
    public void A_partitive_quantifier_before_a_source_is_an_anonymous_speaker(string sentence, string source)
    {
        var a = Attribution.Single(sentence);
        Assert.Equal(SpeakerKind.Anonymous, a.Kind);
        Assert.Contains(source, a.Speaker!.CanonicalName, StringComparison.Ordinal);
    }

    // "وسائل إعلام" without a name is an unnamed source.
    [Fact]
    public void Unnamed_media_are_an_anonymous_source()
    {
        var a = Attribution.Single("وذكرت وسائل إعلام محلية أن تعديلا وزاريا بات قريبا.");
        Assert.Equal(SpeakerKind.Anonymous, a.Kind);
        Assert.StartsWith("وسائل إعلام", a.Speaker!.CanonicalName, StringComparison.Ordinal);
    }

    // A body head with its adjective may take a complement glued to ل: "القيادة العامة للقوات البرية".
    [Fact]
    public void A_body_keeps_its_complement_glued_to_lam()
    {
        var a = Attribution.Single("وأكدت القيادة العامة للقوات البرية أن الانتشار مؤقت.");
        Assert.Equal(SpeakerKind.Organization, a.Kind);
        Assert.Equal("القيادة العامة للقوات البرية", a.Speaker!.CanonicalName);
    }

    // ...but an addressee glued to ل after the body stays outside its name.
    [Fact]
    public void An_addressee_after_a_body_is_not_part_of_its_name()
    {
        var a = Attribution.Single("وقالت الوزارة الاتحادية للصحفيين إن الموعد لم يتغير.");
        Assert.Equal("الوزارة الاتحادية", a.Speaker!.CanonicalName);
    }

    // A middle initial with its dot does not cut the name: "روبرت ب. وايت".
    [Fact]
    public void A_middle_initial_stays_inside_the_name()
    {
        var a = Attribution.Single("وكتب العقيد مارك ج. وليامز، أن الخطة تحتاج إلى مراجعة.");
        Assert.Equal("مارك ج. وليامز", a.Speaker!.CanonicalName);
        Assert.Equal(SpeakerKind.Person, a.Kind);
    }
}

/// <summary>First-person sentences without a cue, and anonymous sources named as written.</summary>
public class SpeakerFirstPersonTests
{
    // An interview answer or a quotation going on without marks: the report's own voice does not say
    // "we", so the last speaker keeps the sentence.
    [Theory]
    [InlineData("وقال وزير الكهرباء زياد الحمداني في مقابلة مع التلفزيون الرسمي إن الخطة تتقدم.\nنعتقد أن الشتاء المقبل سيكون أفضل.")]
    [InlineData("وقال زياد الحمداني في لقاء مطول إن خطط الوزارة تسير كما رسم لها.\nوفيما يلي أبرز ما جاء فيه.\nنحن بحاجة إلى شركاء أقوياء لتنفيذ هذه المشاريع.")]
    public void A_first_person_sentence_goes_to_the_last_speaker(string text)
    {
        var all = Attribution.Run(text);
        Assert.Equal("زياد الحمداني", all[^1].Speaker!.CanonicalName);
        Assert.Equal(SpeakerKind.Person, all[^1].Kind);
    }

    // "We" inside quotation marks is the words of whoever is quoted, not a continuation.
    [Fact]
    public void A_first_person_word_inside_quotation_marks_is_not_a_continuation()
    {
        var all = Attribution.Run("وقال وزير الكهرباء زياد الحمداني إن الخطة تتقدم.\nوحملت الصفحة الأولى للصحيفة عنوانا عريضا «نحن والكهرباء».");
        Assert.Equal(SpeakerKind.Narrator, all[1].Kind);
    }

    // Four sentences of narration later, "we" is no longer the last speaker's answer.
    [Fact]
    public void A_first_person_sentence_long_after_the_last_speaker_stays_the_narrators()
    {
        var all = Attribution.Run(
            "وقال وزير الكهرباء زياد الحمداني إن الخطة تتقدم.\nوتعاني البلاد من انقطاع التيار منذ سنوات.\nوترتفع درجات الحرارة صيفا إلى خمسين درجة.\n"
            + "وتستورد بغداد الغاز من الخارج.\nوتبحث الحكومة عن بدائل محلية.\nنحن أمام صيف صعب آخر.");
        Assert.Equal(SpeakerKind.Narrator, all[^1].Kind);
    }

    // "لدى" (at, with) folds to the same letters as "لديّ" (I have): it is not a first-person word.
    [Fact]
    public void The_preposition_lada_is_not_a_first_person_word()
    {
        var all = Attribution.Run("وقال وزير الكهرباء زياد الحمداني إن الخطة تتقدم.\nويعمل ألفا مستشار أجنبي لدى الوزارات العراقية.");
        Assert.Equal(SpeakerKind.Narrator, all[1].Kind);
    }

    // ANNOTATION: an unnamed source is given "as written", in the case the sentence gives it.
    [Fact]
    public void An_anonymous_source_is_named_as_written()
    {
        var a = Attribution.Single("وأفادت الوكالة نقلا عن مسؤولين عراقيين بأن الانسحاب سيكتمل العام المقبل.");
        Assert.Equal(SpeakerKind.Anonymous, a.Kind);
        Assert.StartsWith("مسؤولين عراقيين", a.Speaker!.CanonicalName);
    }
}

/// <summary>A person's later description matched against every role the document gave them.</summary>
public class SpeakerRoleCoreferenceTests
{
    // The headline gives a short role, the lede the full one; a later description that uses the full
    // role is the same person, not an unnamed official.
    [Fact]
    public void A_later_description_matches_a_role_given_after_the_first()
    {
        var all = Attribution.Run(
            "قال الوزير زياد الحمداني إن التأجيل مرفوض.\n"
            + "وقال وزير الكهرباء العراقي زياد الحمداني في مؤتمر صحفي إن الخطة تتقدم.\n"
            + "وأوضحت الوزارة أن العمل مستمر.\n"
            + "وقال وزير الكهرباء العراقي إن الصيف المقبل سيكون أفضل.");
        Assert.Equal("زياد الحمداني", all[1].Speaker!.CanonicalName);
        Assert.Equal("زياد الحمداني", all[3].Speaker!.CanonicalName);
        Assert.Equal(SpeakerKind.Person, all[3].Kind);
    }
}

/// <summary>Where a speaker's name ends: the words after it that belong to the sentence, not to the name.</summary>
public class SpeakerNameBoundaryTests
{
    // What follows the name is the channel, the addressee, the occasion, the verb's object or its
    // prepositional complement; none of it is part of the speaker's name.
    [Theory]
    [InlineData("وقال مسؤول أميركي لـ«رويترز» إن القوات باقية في قواعدها.", "مسؤول أميركي")]
    [InlineData("وقال رئيس أركان الجيش للصحفيين إن الخطة جاهزة للتنفيذ.", "رئيس أركان الجيش")]
    [InlineData("ودانت رئاسة حكومة الإقليم الهجوم، ووصفته بأنه عمل جبان.", "رئاسة حكومة الإقليم")]
    [InlineData("وأكدت وزارة الصحة العراقية في بيانها اليومي أن الإصابات تراجعت.", "وزارة الصحة العراقية")]
    [InlineData("أعربت حكومة إقليم كردستان عن قلقها من قرار البرلمان.", "حكومة إقليم كردستان")]
    [InlineData("ورحبت رئاسة إقليم كردستان بنتائج الحوار بين الجانبين.", "رئاسة إقليم كردستان")]
    [InlineData("وقالت «جبهة المقاومة الوطنية» إن «الصبر نفد».", "جبهة المقاومة الوطنية")]
    public void The_name_ends_where_the_sentence_goes_on(string sentence, string speaker)
    {
        var a = Attribution.Single(sentence);
        Assert.Equal(speaker, a.Speaker!.CanonicalName);
    }

    // A noun of place governs its complement ("إقليم كردستان", "محافظة نينوى"), and an adjective
    // with the article may follow a complete name ("المشتركة", "الصادق", "المفاوض").
    [Theory]
    [InlineData("وقال مسؤول في حكومة إقليم كردستان إن الإقليم مستعد للحوار.", "مسؤول في حكومة إقليم كردستان")]
    [InlineData("وقال عضو في مجلس محافظة نينوى إن المجلس منقسم.", "عضو في مجلس محافظة نينوى")]
    [InlineData("وقال المكتب الإعلامي لقوة المهام المشتركة إن الدعم مستمر.", "المكتب الإعلامي لقوة المهام المشتركة")]
    [InlineData("وقالت كتائب الفجر الصادق إن عملياتها ستتوقف.", "كتائب الفجر الصادق")]
    [InlineData("وقال مصدر في الوفد العراقي المفاوض إن الجولة المقبلة حاسمة.", "مصدر في الوفد العراقي المفاوض")]
    [InlineData("وقال مسؤول أميركي رفيع المستوى إن الجدول قائم.", "مسؤول أميركي رفيع المستوى")]
    public void The_name_keeps_its_complements_and_adjectives(string sentence, string speaker)
    {
        var a = Attribution.Single(sentence);
        Assert.Equal(speaker, a.Speaker!.CanonicalName);
    }

    // "الأمين العام لـ«…»، فلان،": a lone ل before a quoted body continues the role when a name
    // follows in apposition.
    [Fact]
    public void A_role_goes_on_through_a_lone_lam_before_a_quoted_body()
    {
        var a = Attribution.Single("قال الأمين العام لـ«سرايا الفجر»، أبو علي الكناني، إن المهلة انتهت.");
        Assert.Equal("أبو علي الكناني", a.Speaker!.CanonicalName);
        Assert.Equal(SpeakerKind.Person, a.Kind);
    }

    // One word of a body met before ("الإطار" after "الإطار التنسيقي") is that body, not a person.
    [Fact]
    public void One_word_of_a_body_met_before_is_that_body()
    {
        var all = Attribution.Run("وقال الإطار التنسيقي إن الحوار مستمر.\nوطالب الإطار في بيانه بسقف زمني واضح.");
        Assert.Equal("الإطار التنسيقي", all[1].Speaker!.CanonicalName);
        Assert.Equal(SpeakerKind.Organization, all[1].Kind);
    }
}

/// <summary>What after a reporting verb is its subject, and what is not.</summary>
public class SpeakerSubjectTests
{
    // A quotation right after the verb is the speaker's words; its first noun is not a quoted name.
    [Theory]
    [InlineData("وقالت المتحدثة باسم الخارجية سارة نولز إن الحوار مستمر.\nوتابعت “بغداد بحاجة إلى شراكة أمنية طويلة”.", "سارة نولز")]
    [InlineData("وقال وزير الصحة سامي الربيعي إن الإغلاق مستمر.\nوأضاف \"تقرر تمديد العمل بالقرار حتى الأحد\".", "سامي الربيعي")]
    public void A_quotation_after_the_verb_continues_the_speaker(string text, string speaker)
    {
        var all = Attribution.Run(text);
        Assert.Equal(speaker, all[1].Speaker!.CanonicalName);
    }

    // A quoted name closes right after the name: 'وقالت "هيئة النزاهة" إن …'.
    [Fact]
    public void A_quoted_name_after_the_verb_is_still_the_subject()
    {
        var a = Attribution.Single("وقالت «هيئة النزاهة» إن التحقيق مستمر.");
        Assert.Equal("هيئة النزاهة", a.Speaker!.CanonicalName);
        Assert.Equal(SpeakerKind.Organization, a.Kind);
    }

    // A masculine verb does not take a feminine body as subject: the body is the object, and the
    // verb continues the last masculine speaker.
    [Fact]
    public void A_masculine_verb_before_a_feminine_body_continues_the_speaker()
    {
        var all = Attribution.Run("وقال النائب كريم الساعدي إن المهلة انتهت.\nوحذر القوات الأميركية من القيام بأي خطوة منفردة.");
        Assert.Equal("كريم الساعدي", all[1].Speaker!.CanonicalName);
    }

    // The verb agrees with the document, not with its issuer: "وأفاد بيان لوزارة …".
    [Fact]
    public void A_document_of_a_feminine_body_after_a_masculine_verb_is_that_body()
    {
        var a = Attribution.Single("وأفاد بيان لوزارة التخطيط بأن التعداد اكتمل.");
        Assert.Equal(SpeakerKind.Organization, a.Kind);
        Assert.Contains("وزارة التخطيط", a.Speaker!.CanonicalName);
    }

    // "رئيس اللجنة، ووزير التخطيط، فلان،": a second role in apposition, then the name.
    [Fact]
    public void A_coordinated_second_role_in_apposition_is_followed_by_the_name()
    {
        var a = Attribution.Single("وقال رئيس اللجنة، ووزير التخطيط، سامي الربيعي، إن الخطة جاهزة.");
        Assert.Equal("سامي الربيعي", a.Speaker!.CanonicalName);
        Assert.Equal(SpeakerKind.Person, a.Kind);
    }

    // "عن" before a noun with a pronoun is the verb's preposition ("أعرب عن قلقه"), not the
    // constituency of a title ("النائب عن نينوى").
    [Theory]
    [InlineData("وأعرب الرئيس الفرنسي عن قلقه من التصعيد الأخير.")]
    [InlineData("وأعرب الرئيس الفرنسي عن أمل بلاده في التهدئة.")]
    public void An_about_phrase_with_a_pronoun_is_not_part_of_the_role(string second)
    {
        var all = Attribution.Run("وقال الرئيس الفرنسي جان دوبوا إن الحوار مستمر.\n" + second);
        Assert.Equal("جان دوبوا", all[1].Speaker!.CanonicalName);
    }

    [Fact]
    public void A_constituency_after_an_mp_stays_in_the_role()
    {
        var a = Attribution.Single("وقال النائب عن نينوى سامي الجبوري إن المحافظة تحتاج إلى دعم.");
        Assert.Equal("سامي الجبوري", a.Speaker!.CanonicalName);
        Assert.Equal(SpeakerKind.Person, a.Kind);
    }
}

/// <summary>Names written as hashtags, as some outlets do.</summary>
public class SpeakerHashtagTests
{
    [Fact]
    public void A_hashtag_name_is_read_whole_and_written_with_spaces()
    {
        var all = Attribution.Run("وحذر القيادي في تيار #الحكمة الوطني #سامي_الربيعي، اليوم الأحد، من تفاقم الأزمة.\nوقال الربيعي إن الحل سياسي.");
        Assert.Equal("سامي الربيعي", all[0].Speaker!.CanonicalName);
        Assert.Equal("سامي الربيعي", all[1].Speaker!.CanonicalName);
    }

    [Fact]
    public void A_hashtag_name_right_after_the_verb_is_its_subject()
    {
        var a = Attribution.Single("وأكد #جون_سميث أن القوات باقية.");
        Assert.Equal("جون سميث", a.Speaker!.CanonicalName);
        Assert.Equal(SpeakerKind.Person, a.Kind);
    }
}

/// <summary>Heads and titles the lexicons lacked: the construct plural of a source, a security body, a politician.</summary>
public class SpeakerLexiconHeadTests
{
    [Fact]
    public void The_construct_plural_of_officials_is_an_anonymous_source()
    {
        var a = Attribution.Single("وقال مسؤولو أمن في المحافظة إن الهجوم أحبط.");
        Assert.Equal(SpeakerKind.Anonymous, a.Kind);
        Assert.StartsWith("مسؤولو أمن", a.Speaker!.CanonicalName);
    }

    [Fact]
    public void A_security_apparatus_is_a_body()
    {
        var a = Attribution.Single("وقال جهاز الأمن الوطني في بيان إن الخلية فككت.");
        Assert.Equal(SpeakerKind.Organization, a.Kind);
        Assert.Equal("جهاز الأمن الوطني", a.Speaker!.CanonicalName);
    }

    [Fact]
    public void A_politician_before_a_name_is_a_role()
    {
        var a = Attribution.Single("أكد السياسي الكردي سامي فتاح، اليوم السبت، أن الحوار ضروري.");
        Assert.Equal("سامي فتاح", a.Speaker!.CanonicalName);
        Assert.Equal(SpeakerKind.Person, a.Kind);
    }
}

/// <summary>A person named with a role in a sentence they do not speak is whom a later description
/// designates (ANNOTATION rule 8).</summary>
public class SpeakerNamedInPassingTests
{
    [Fact]
    public void A_description_resolves_to_a_person_named_in_passing()
    {
        var all = Attribution.Run(
            "واستقبل وزير الزراعة في حكومة الإقليم، كاوه رشيد، وفدا من المنظمة الدولية.\n"
            + "وأشاد وزير الزراعة خلال اللقاء بدعم المنظمة للمزارعين.");
        Assert.Equal(SpeakerKind.Narrator, all[0].Kind);
        Assert.Equal("كاوه رشيد", all[1].Speaker!.CanonicalName);
        Assert.Equal(SpeakerKind.Person, all[1].Kind);
    }

    // Outside an attribution a long run of words after a title is not taken for a name: the object
    // after it must not become part of the person's name.
    [Fact]
    public void A_name_in_passing_does_not_swallow_the_object_after_it()
    {
        var all = Attribution.Run(
            "ووجه زعيم الأغلبية جون ميلر تحذيرا شديدا إلى البيت الأبيض.\n"
            + "وقال جون ميلر إن الوقت ينفد.");
        Assert.Equal("جون ميلر", all[1].Speaker!.CanonicalName);
    }

    [Fact]
    public void An_engineer_before_a_name_in_apposition_is_a_role()
    {
        var a = Attribution.Single("وأكد وزير الموارد المائية، المهندس سامي جبار، أن الخزين يكفي.");
        Assert.Equal("سامي جبار", a.Speaker!.CanonicalName);
        Assert.Equal(SpeakerKind.Person, a.Kind);
    }
}

/// <summary>A headline or lede that gives its speaker by description only is the person the opening
/// then names with that role (ANNOTATION rule 8; <see cref="OpeningCataphora"/>).</summary>
public class SpeakerOpeningCataphoraTests
{
    [Theory]
    [InlineData("وزير خارجية العراق: لا تغيير في خطط الانسحاب\nبغداد - قال وزير الخارجية العراقي سامي الربيعي، اليوم الأحد، إن الخطة قائمة.", "سامي الربيعي")]
    [InlineData("خبير أمني يكشف تفاصيل الانسحاب من القاعدة\nكشف الخبير الأمني والضابط السابق، كريم النوري، اليوم الأحد، تفاصيل الخطة.", "كريم النوري")]
    [InlineData("نائب: خروج القوات بات ملزما\nأكد النائب عن كتلة الوفاء جاسم العلي، اليوم، أن القرار نافذ.", "جاسم العلي")]
    public void A_headlines_description_takes_the_name_the_opening_gives(string text, string person)
    {
        var all = Attribution.Run(text);
        Assert.Equal(person, all[0].Speaker!.CanonicalName);
        Assert.Equal(SpeakerKind.Person, all[0].Kind);
    }

    // Another role, a plural description, or a name given only after the opening leave the headline's
    // unnamed source as it is.
    [Theory]
    [InlineData("وزير الدفاع العراقي: القوات جاهزة\nقال وزير الخارجية العراقي سامي الربيعي إن الخطة قائمة.")]
    [InlineData("نواب: خروج القوات بات ملزما\nأكد النائب جاسم العلي أن القرار نافذ.")]
    [InlineData("نائب: خروج القوات بات ملزما\nوتنشر واشنطن ألفي جندي.\nوتعود الخطة إلى اتفاق سابق.\nويعقد الجانبان جولة جديدة.\nوتتواصل الاجتماعات.\nوأكد النائب جاسم العلي أن القرار نافذ.")]
    public void A_description_the_opening_does_not_name_stays_unnamed(string text)
    {
        var all = Attribution.Run(text);
        Assert.Equal(SpeakerKind.Anonymous, all[0].Kind);
    }
}

/// <summary>Documents and departments as the source of a statement.</summary>
public class SpeakerDocumentIssuerTests
{
    // "تقرير أممي صادر عن فريق …": the document's adjective stands before "صادر عن".
    [Fact]
    public void A_document_with_an_adjective_is_issued_by_the_body_after_it()
    {
        var a = Attribution.Single("وحذر تقرير أممي صادر عن لجنة الخبراء من عودة التنظيم.");
        Assert.Equal(SpeakerKind.Organization, a.Kind);
        Assert.Equal("لجنة الخبراء", a.Speaker!.CanonicalName);
    }

    [Fact]
    public void A_department_is_a_body()
    {
        var a = Attribution.Single("وقالت الدائرة الإعلامية لمجلس المحافظة في بيان إن الجلسة أجلت.");
        Assert.Equal(SpeakerKind.Organization, a.Kind);
        Assert.Equal("الدائرة الإعلامية لمجلس المحافظة", a.Speaker!.CanonicalName);
    }
}

public class SpeakerGivenNameTests
{
    // A family name may begin with و ("وهاب", "ويلكوكس"); where the name's end follows it at once it
    // closes the name rather than opening a clause.
    [Theory]
    [InlineData("وقال مساعد مدرب المنتخب، سامر وهاب، في المؤتمر الصحافي إن الفريق جاهز.", "سامر وهاب")]
    [InlineData("وقال المتحدث باسم القيادة، العقيد جيمس ويلكوكس، للصحفيين إن المهمة مستمرة.", "جيمس ويلكوكس")]
    [InlineData("وقالت الباحثة كارين والش إن الانسحاب سيأخذ وقتاً.", "كارين والش")]
    public void A_family_name_in_waw_closes_the_name(string sentence, string speaker)
    {
        var a = Attribution.Single(sentence);
        Assert.Equal(speaker, a.Speaker!.CanonicalName);
        Assert.Equal(SpeakerKind.Person, a.Kind);
    }

    // A و-word that is a verb, a lexicon word or a noun with a pronoun still opens a clause.
    [Theory]
    [InlineData("قال الباحث سامر هارتلي إن الخطة طموحة. وختم هارتلي ورقته بالقول إن الانسحاب درس.", "سامر هارتلي")]
    [InlineData("قال الوزير سامر الكعبي إن الخطة جاهزة. وقال الكعبي ووزير الدفاع إن الخطة جاهزة.", "سامر الكعبي")]
    public void A_waw_word_that_opens_a_clause_is_not_part_of_the_name(string text, string speaker)
    {
        var second = Attribution.Run(text)[1];
        Assert.Equal(speaker, second.Speaker!.CanonicalName);
    }

    // "رائد" and "أمير" are ranks and given names; "باسم" is a connector and a given name. Once the
    // role is complete they open the name.
    [Theory]
    [InlineData("وقال اللواء رائد الحيدري إن التسليم تم بلا عوائق.", "رائد الحيدري", "اللواء")]
    [InlineData("وقال السيد أمير الموسوي إن القرار نهائي.", "أمير الموسوي", "السيد")]
    [InlineData("وقال المتحدث باسم الحكومة باسم العوادي إن القرار نهائي.", "باسم العوادي", "المتحدث باسم الحكومة")]
    [InlineData("وقال النائب المستقل باسم خشان إن الذريعة مستهلكة.", "باسم خشان", "النائب المستقل")]
    public void A_given_name_that_is_also_a_role_word_opens_the_name_after_a_complete_role(string sentence, string speaker, string role)
    {
        var a = Attribution.Single(sentence);
        Assert.Equal(speaker, a.Speaker!.CanonicalName);
        Assert.Equal(role, a.Speaker.Role);
    }

    // A spokesperson's "باسم" still joins the body it speaks for, after an adjective too.
    [Theory]
    [InlineData("وقال المتحدث السابق باسم القيادة الوسطى إن القوات باقية.", "المتحدث السابق باسم القيادة الوسطى")]
    [InlineData("وقال المتحدث باسم الخارجية إن الحوار مستمر.", "المتحدث باسم الخارجية")]
    public void A_spokespersons_basm_joins_the_body(string sentence, string speaker)
    {
        var a = Attribution.Single(sentence);
        Assert.Equal(speaker, a.Speaker!.CanonicalName);
        Assert.Equal(SpeakerKind.Anonymous, a.Kind);
    }
}

public class SpeakerDescribedNameTests
{
    // Vox-pop reporting: a description no lexicon lists, right after the cue, then the person's name.
    [Theory]
    [InlineData("ويقول الصياد جاسم عبد علي إن البحر بحرنا.", "جاسم عبد علي", "الصياد")]
    [InlineData("وتقول الطبيبة الشابة هيفاء عمر باجلان إن المستشفى مزدحم.", "هيفاء عمر باجلان", "الطبيبة الشابة")]
    [InlineData("ويقول الحاج سالم خضر الشبكي: «البلد صار بيد أهله».", "سالم خضر الشبكي", "الحاج")]
    public void A_description_then_a_name_after_the_cue_is_that_person(string sentence, string speaker, string role)
    {
        var a = Attribution.Single(sentence);
        Assert.Equal(speaker, a.Speaker!.CanonicalName);
        Assert.Equal(role, a.Speaker.Role);
        Assert.Equal(SpeakerKind.Person, a.Kind);
    }

    // Before the cue the same words may be a clause of their own; and a given name inside a name
    // that is also a head word ("صاحب") stays in the name.
    [Fact]
    public void Words_before_the_cue_are_no_described_name()
    {
        var a = Attribution.Single("وفي الشارع العراقي انقسمت الآراء، فقال سائق أجرة إن الوضع صعب.");
        Assert.Equal("سائق أجرة", a.Speaker!.CanonicalName);
        Assert.Equal(SpeakerKind.Anonymous, a.Kind);
    }

    [Fact]
    public void A_given_name_that_is_a_head_word_stays_inside_the_name()
    {
        var a = Attribution.Single("وأوضح عضو اللجنة رياض صاحب الموسوي أن الإحاطة ستقدم قريباً.");
        Assert.Equal("رياض صاحب الموسوي", a.Speaker!.CanonicalName);
    }

    // Heads of unnamed sources and of bodies met in reporting beyond the officials: traders,
    // drivers, tweeters, banks, foundations, delegations; capitals speak for their governments.
    [Theory]
    [InlineData("وقال تاجر في سوق الشورجة إن الأسعار ترتفع كل يوم.", "تاجر في سوق الشورجة", SpeakerKind.Anonymous)]
    [InlineData("وكتب مغرد من البصرة أن الحكومة تتأخر.", "مغرد من البصرة", SpeakerKind.Anonymous)]
    [InlineData("ويقول مؤرخون عسكريون إن المقارنة ليست دقيقة.", "مؤرخون عسكريون", SpeakerKind.Anonymous)]
    [InlineData("وقال البنك المركزي العراقي في بيان إن المصارف ستواصل عملها.", "البنك المركزي العراقي", SpeakerKind.Organization)]
    [InlineData("وأكد وفد من الكونغرس الأميركي التزام بلاده بالشراكة.", "وفد من الكونغرس الأميركي", SpeakerKind.Organization)]
    [InlineData("وقالت أنقرة إن عملياتها ستستمر.", "أنقرة", SpeakerKind.Organization)]
    public void Heads_beyond_officials_are_recognised(string sentence, string speaker, SpeakerKind kind)
    {
        var a = Attribution.Single(sentence);
        Assert.Equal(speaker, a.Speaker!.CanonicalName);
        Assert.Equal(kind, a.Kind);
    }
}

public class SpeakerCoordinationTests
{
    // Two known bodies or capitals joined by و speak together, with the dual verb or the singular
    // verb before them.
    [Theory]
    [InlineData("واشنطن وبغداد تؤكدان الانتقال إلى شراكة ثنائية", "واشنطن وبغداد")]
    [InlineData("وأعلنت بغداد والرياض اتفاقاً لربط الشبكتين.", "بغداد والرياض")]
    public void Two_coordinated_known_bodies_are_one_speaker(string sentence, string speaker)
    {
        var a = Attribution.Single(sentence);
        Assert.Equal(speaker, a.Speaker!.CanonicalName);
        Assert.Equal(SpeakerKind.Organization, a.Kind);
    }

    // The dual of a reporting verb is a cue like its singular.
    [Theory]
    [InlineData("الحكومتان تعلنان جدولاً لإنهاء المهمة", "تعلنان")]
    [InlineData("وكانت الحكومتان أكدتا أن المهمة انتهت.", "أكدتا")]
    public void The_dual_of_a_reporting_verb_is_a_cue(string sentence, string cue)
    {
        var a = Attribution.Single(sentence);
        Assert.Equal(cue, a.Cue);
        Assert.NotNull(a.Speaker);
    }

    // Verbs of position: claiming, supporting, conditioning, opposing.
    [Theory]
    [InlineData("وتبنت «سرايا الفجر» الهجوم في بيان على تلغرام.", "سرايا الفجر")]
    [InlineData("تحالف تقدم يشترط ضمانات قبل أي انسحاب إضافي", "تحالف تقدم")]
    [InlineData("ويعارض مشرعون جمهوريون أي خفض إضافي للقوات.", "مشرعون جمهوريون")]
    public void A_verb_of_position_makes_a_recognised_actor_the_speaker(string sentence, string speaker)
    {
        var a = Attribution.Single(sentence);
        Assert.Equal(speaker, a.Speaker!.CanonicalName);
    }

    // A question particle is no name, and a related-link line is the narrator's.
    [Theory]
    [InlineData("* هل تؤيد إذن تأجيل الموعد؟")]
    [InlineData("اقرأ أيضاً: الحكومة والتحالف يعلنان جدول إنهاء المهمة")]
    public void Questions_and_related_links_have_no_speaker(string sentence)
    {
        var a = Attribution.Single(sentence);
        Assert.Null(a.Speaker);
    }
}

public class SpeakerAppositionChainTests
{
    // Between commas a name may open with a time word ("صباح") or close with a verb form ("طالب").
    [Theory]
    [InlineData("وقال مقرر اللجنة، صباح التميمي، إن القانون ملزم.", "صباح التميمي")]
    [InlineData("وقالت النائبة المستقلة، رغد طالب، إنها حضرت الجلسة.", "رغد طالب")]
    public void A_name_between_commas_may_look_like_a_time_or_a_verb(string sentence, string speaker)
    {
        var a = Attribution.Single(sentence);
        Assert.Equal(speaker, a.Speaker!.CanonicalName);
        Assert.Equal(SpeakerKind.Person, a.Kind);
    }

    // Role, second role, name: each between commas; and a role in two parts joined by a dash.
    [Theory]
    [InlineData("وقال مقدم المقترح، النائب عن تحالف الفتح، عباس العكيلي، إن القانون يمنع أي تمديد.", "عباس العكيلي")]
    [InlineData("وقال قائد قوة المهام المشتركة - عملية العزم الصلب، الجنرال كيفن هولتزمان، إن المهمة مستمرة.", "كيفن هولتزمان")]
    public void A_name_after_a_chain_of_roles_is_the_speaker(string sentence, string speaker)
    {
        var a = Attribution.Single(sentence);
        Assert.Equal(speaker, a.Speaker!.CanonicalName);
    }

    // After a title and its name, the apposition is the person's role, not a second name.
    [Fact]
    public void After_a_named_title_the_apposition_is_a_role()
    {
        var a = Attribution.Single("وأيد الشيخ مجيد العلواني، رئيس مجلس شيوخ العشائر، بقاء المستشارين، قائلاً: «العشائر معكم».");
        Assert.Equal("مجيد العلواني", a.Speaker!.CanonicalName);
    }

    // A definite description of an unnamed source followed by the name is that person; the channel
    // after a description is not a name.
    [Theory]
    [InlineData("ويرى الناشط المدني يونس الحمداني أن أهل المدينة تعلموا الحذر.", "يونس الحمداني", SpeakerKind.Person)]
    [InlineData("وأوضح المسؤول في القيادة الأميركية لفرانس برس «الوضع هادئ الآن».", "المسؤول في القيادة الأميركية", SpeakerKind.Anonymous)]
    public void A_definite_description_then_a_name_is_that_person(string sentence, string speaker, SpeakerKind kind)
    {
        var a = Attribution.Single(sentence);
        Assert.Equal(speaker, a.Speaker!.CanonicalName);
        Assert.Equal(kind, a.Kind);
    }

    // A headline's description shortens the lede's role; its head noun names the one person who speaks
    // in the opening.
    [Fact]
    public void A_headline_description_resolves_by_its_head_noun_to_the_one_speaking_person()
    {
        var all = Attribution.Run("باحث أمريكي: الانسحاب لا يعني نهاية الدور العسكري\nوقال الباحث في معهد الدراسات الدفاعية، دانيال كرافتس، إن المستشارين انتقلوا إلى أربيل.");
        Assert.Equal("دانيال كرافتس", all[0].Speaker!.CanonicalName);
        Assert.Equal(SpeakerKind.Person, all[0].Kind);
    }

    // Two people under the same head noun: the headline stays the description.
    [Fact]
    public void A_headline_description_with_two_candidates_stays_anonymous()
    {
        var all = Attribution.Run("باحث أمريكي: الانسحاب لا يعني نهاية الدور العسكري\nوقال الباحث في معهد الدراسات الدفاعية، دانيال كرافتس، إن المستشارين انتقلوا.\nوقال الباحث في جامعة جورجتاون، مارك ليفين، إن القرار سياسي.");
        Assert.Equal(SpeakerKind.Anonymous, all[0].Kind);
    }
}

public class SpeakerFiguresSourceTests
{
    // Figures, estimates and polls carry the words of the source named with them.
    [Theory]
    [InlineData("وبحسب أرقام وزارة الدفاع، يبلغ عدد العسكريين نحو ألفين.", "وزارة الدفاع")]
    [InlineData("وبحسب تقديرات للأمم المتحدة، ما زال للتنظيم آلاف المقاتلين.", "الأمم المتحدة")]
    [InlineData("وبحسب استطلاع أجراه مركز الرافد للدراسات، يؤيد نصف المستطلعين الانسحاب.", "مركز الرافد للدراسات")]
    [InlineData("وتشير دراسة أصدرها مركز دجلة للدراسات إلى أن الانسحاب ممكن.", "مركز دجلة للدراسات")]
    public void Figures_carry_the_words_of_their_named_source(string sentence, string speaker)
    {
        var a = Attribution.Single(sentence);
        Assert.Equal(speaker, a.Speaker!.CanonicalName);
    }

    // Figures whose source is not named speak for no one.
    [Fact]
    public void Figures_without_a_named_source_have_no_speaker()
    {
        var a = Attribution.Single("وبحسب التقديرات، يبلغ عدد العسكريين نحو ألفين.");
        Assert.Null(a.Speaker);
    }
}

public class SpeakerQuestionAndChantTests
{
    // ANNOTATION rule 9: a question is the words of whoever puts it; a chant, of those who chant it.
    [Theory]
    [InlineData("وسأل مقدم البرنامج ضيفه عن موعد الانسحاب.", "مقدم البرنامج", "سأل")]
    [InlineData("وردد المشيعون هتافات تطالب بطرد القوات الأجنبية.", "المشيعون", "ردد")]
    [InlineData("وهتف المتظاهرون «كلا كلا أمريكا».", "المتظاهرون", "هتف")]
    public void Questions_and_chants_are_attributed_to_who_puts_or_chants_them(string sentence, string speaker, string cue)
    {
        var a = Attribution.Single(sentence);
        Assert.Equal(speaker, a.Speaker!.CanonicalName);
        Assert.Equal(cue, a.Cue);
    }
}

public class SpeakerCueFormTests
{
    // A cue's letters after a preposition are a noun or an elative, and a past form marked passive has
    // no speaker for its subject; a relay in the passive still names its source.
    [Theory]
    [InlineData("ويعد الإطار التنسيقي من أبرز القوى الممثلة في البرلمان.")]
    [InlineData("وتضم القاعدة منظومة صواريخ نُشرت عام 2020 بعد القصف.")]
    [InlineData("حاوره: سامر الجبوري")]
    public void Nominal_and_passive_forms_of_a_cue_attribute_nothing(string sentence)
    {
        Assert.Null(Attribution.Single(sentence).Speaker);
    }

    [Fact]
    public void A_passive_relay_still_names_its_source()
    {
        var a = Attribution.Single("ونُقل عن مسؤول في مكتب رئيس الوزراء أن الحكومة ستبدأ فوراً.");
        Assert.Equal("مسؤول في مكتب رئيس الوزراء", a.Speaker!.CanonicalName);
    }

    [Fact]
    public void A_present_form_with_a_damma_is_still_active()
    {
        var a = Attribution.Single("ويُحمّل المسؤولون الأميركيون فصائل مسلحة مسؤولية الهجمات.");
        Assert.Equal("المسؤولون الأميركيون", a.Speaker!.CanonicalName);
    }
}

public class SpeakerUnnamedCoreferenceTests
{
    // Rule 1 for the unnamed: a shorter description later is the fuller one met before.
    [Theory]
    [InlineData("وقال المتحدث باسم البنتاغون إن القوات باقية.\nوأضاف المتحدث أن المهمة مستمرة.", "المتحدث باسم البنتاغون")]
    [InlineData("وقالت السفيرة الأميركية لدى العراق إن الشراكة قائمة.\nوأضافت السفيرة أن العدد قليل.", "السفيرة الأميركية لدى العراق")]
    public void A_shorter_description_is_the_fuller_one_met_before(string text, string speaker)
    {
        var second = Attribution.Run(text)[1];
        Assert.Equal(speaker, second.Speaker!.CanonicalName);
        Assert.Equal(SpeakerKind.Anonymous, second.Kind);
    }

    // Another office is another speaker.
    [Fact]
    public void A_description_of_another_office_is_another_speaker()
    {
        var second = Attribution.Run("وقال المتحدث باسم البنتاغون إن القوات باقية.\nوقال المتحدث باسم الخارجية إن الحوار مستمر.")[1];
        Assert.Equal("المتحدث باسم الخارجية", second.Speaker!.CanonicalName);
    }
}

public class SpeakerInformedSourceTests
{
    // "مطلع" is a time word ("مطلع الشهر") and the participle "informed" before على; على elsewhere
    // after a description is the verb's ("كتب ناشط على فيسبوك").
    [Theory]
    [InlineData("وقال مصدر مطلع على أعمال المجلس إن الحكومة أرجأت الإعلان.", "مصدر مطلع على أعمال المجلس")]
    [InlineData("وكتب ناشط من البصرة على فيسبوك: «لا قواعد بعد اليوم».", "ناشط من البصرة")]
    [InlineData("وقال شاب من مدينة الكوت لقناة محلية إن الوضع صعب.", "شاب من مدينة الكوت")]
    public void An_informed_source_keeps_its_complement_and_a_platform_is_not_part_of_the_name(string sentence, string speaker)
    {
        var a = Attribution.Single(sentence);
        Assert.Equal(speaker, a.Speaker!.CanonicalName);
        Assert.Equal(SpeakerKind.Anonymous, a.Kind);
    }
}

public class SpeakerInterviewAnswerTests
{
    // "ج: …" is the guest's answer, even where the answer has no first-person word.
    [Fact]
    public void A_labelled_answer_is_the_guests()
    {
        var all = Attribution.Run("وقال مستشار رئيس الوزراء للشؤون الأمنية، فراس الحمداني، إن الاتفاق نهائي.\nس: هل سيمدد الموعد؟\nج: لا تمديد هذه المرة، فالمواعيد مكتوبة ومتفق عليها.");
        Assert.Equal("فراس الحمداني", all[2].Speaker!.CanonicalName);
        Assert.Null(all[1].Speaker);
    }

    // Where no one has been named, a labelled answer stays the narrator's.
    [Fact]
    public void A_labelled_answer_with_no_guest_named_has_no_speaker()
    {
        Assert.Null(Attribution.Run("ج: لا تمديد هذه المرة.")[0].Speaker);
    }

    // A given name that is also a rank, between commas, opens the name; a preposition glued to a
    // name is not read into a verb ("باقر" is no ب + "أقر").
    [Fact]
    public void Names_that_look_like_a_rank_or_a_prefixed_verb_are_names()
    {
        var all = Attribution.Run("بدأ عضو اللجنة، رائد مطشر الكنزاوي، جمع تواقيع النواب.\nوقال الكنزاوي إن القرار بقي حبرا على ورق.\nورحب النائب عن كتلة حقوق، باقر العبودي، بالموقف.");
        Assert.Equal("رائد مطشر الكنزاوي", all[1].Speaker!.CanonicalName);
        Assert.Equal("باقر العبودي", all[2].Speaker!.CanonicalName);
    }
}

public class SpeakerPluralOfThingsAgreementTests
{
    // A feminine plural of things takes a feminine verb: after "ودعا" it is the object, and the
    // subject-less verb continues the speaker before; "عدد من" agrees as masculine.
    [Fact]
    public void A_masculine_verb_before_a_feminine_plural_continues_the_previous_speaker()
    {
        var all = Attribution.Run("وقال النائب عن كتلة المستقبل سامر حسين إن الأزمة ستطول.\nودعا الفصائل المسلحة إلى التهدئة.");
        Assert.Equal("سامر حسين", all[1].Speaker!.CanonicalName);
    }

    [Fact]
    public void A_partitive_of_a_feminine_plural_takes_a_masculine_verb()
    {
        var a = Attribution.Single("وطالب عدد من القوى المدنية الحكومة بإخراج القوات.");
        Assert.Equal("عدد من القوى المدنية", a.Speaker!.CanonicalName);
    }
}
