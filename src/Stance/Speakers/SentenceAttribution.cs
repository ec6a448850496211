namespace Stance.Speakers;

/// <summary>
/// Attributes one sentence: finds the cue and the speaker mention, resolves it against the document
/// context and updates the context.
/// </summary>
/// <remarks>Order of the rules (see the Speaker section of ANNOTATION.md): a byline or credit line is
/// the narrator's; an "according to" phrase whose object is a speaker, unless it only names the channel
/// of a person's words (an outlet, or after a reporting verb); a headline "X: …" (not a dateline or a
/// credit); the first reporting verb or verb of position outside quotations with its subject after it,
/// before it, or none (a continuation resolved by gender and number); an "according to" phrase whose
/// object is a document; the speaker carried from a cue-only fragment, a line ending with ":" or "..",
/// an open quotation or a sentence opening with a quote mark; otherwise the narrator.</remarks>
internal sealed class SentenceAttribution
{
    private const int MaxFrontedTokens = 8;
    private const int MaxAppositionTokens = 22;

    // How far back (in sentences) the speaker of a first-person sentence may have spoken: the answer
    // may follow a line the narrator wrote in between (a tweet's signature, "وفيما يأتي نص اللقاء").
    private const int MaxFirstPersonGap = 3;

    private readonly SpeakerLexicon _lex;
    private readonly SpeakerContext _ctx;
    private readonly string _text;
    private readonly List<SpeakerToken> _t;
    private readonly MentionParser _parser;
    private readonly int _offset;

    private SentenceAttribution(SpeakerLexicon lexicon, SpeakerContext context, string text, int start, int end, int offset)
    {
        _lex = lexicon;
        _ctx = context;
        _text = text;
        _offset = offset;
        _t = SpeakerTokenizer.Tokenize(text, start, end);
        _parser = new MentionParser(lexicon, _t, context, text);
    }

    private int N => _t.Count;

    /// <summary>Attributes the sentence text[start..end) and records it in the context.</summary>
    public static (SpeakerAttribution Attribution, SpeakerEntity? Entity, AttributionEvidence Evidence) Run(SpeakerLexicon lexicon, SpeakerContext context, string text, int start, int end, int offset)
    {
        var s = new SentenceAttribution(lexicon, context, text, start, end, offset);
        var result = s.Attribute();
        var evidence = s.Evidence(result);
        s.Record(result.Entity, result.MentionStart, result.MentionEnd, text.AsSpan(start, end - start));
        context.Sentences++;
        return (result.Attribution, result.Entity, evidence);
    }

    private readonly record struct Result(SpeakerAttribution Attribution, SpeakerEntity? Entity, int MentionEnd)
    {
        public SpeakerRoute Route { get; init; }

        public CueKind? Cue { get; init; }

        public MentionKind? Mention { get; init; }

        /// <summary>The first token of the speaker's mention, or -1.</summary>
        public int MentionStart { get; init; } = -1;
    }

    // Read before Record updates the context: "previous" still means the sentence before this one.
    private AttributionEvidence Evidence(Result r)
    {
        bool hasQuote = false;
        int words = 0;
        foreach (var t in _t)
        {
            hasQuote |= t.IsQuote;
            words += t.IsWord ? 1 : 0;
        }

        var entity = r.Entity;
        return new AttributionEvidence(
            r.Route,
            r.Cue,
            r.Mention,
            entity?.Kind ?? SpeakerKind.Narrator,
            _ctx.Sentences,
            entity is not null && entity.FirstSentence < _ctx.Sentences,
            entity is not null && ReferenceEquals(entity, _ctx.Previous),
            _ctx.Previous is null,
            N > 0 && _t[0].IsQuote,
            hasQuote,
            words,
            r.Attribution.Channel is not null);
    }

    // Relayed: the mention is the source of a relay ("نقلت صحيفة X عن Y"), whose gender is not the cue's.
    private sealed record Candidate(Mention? Mention, SpeakerEntity? Entity, CueEntry? Cue, int CueStart, int CueEnd, int CuePrefix, string? CueSuffix, string? Channel, bool ViaDocument = false, bool Relayed = false);

    private Result Attribute()
    {
        if (N == 0)
            return Carried();
        int start = SkipLead();
        var subject = _parser.Parse(start, allowPrefix: false, allowBare: true);
        if (subject is null || subject.IsBare)
        {
            int fronted = SkipFronted(start);
            if (fronted > start)
            {
                start = fronted;
                subject = _parser.Parse(start, allowPrefix: false, allowBare: true);
            }
        }

        if (IsByline())
            return new Result(SpeakerAttribution.Narrator, null, -1) { Route = SpeakerRoute.Byline };
        var prep = FindPrep();
        bool channelOnly = prep is not null && !prep.ViaDocument && CarriesOnly(prep);
        if (prep is not null && !prep.ViaDocument && !channelOnly)
            return Emit(prep, SpeakerRoute.Prep);

        // A headline or line "X: …" has X as speaker (a bare name too: "السوداني: …"), unless it is a
        // dateline, a credit or a label with nothing after it ("بغداد:", "المصدر:", "تصوير:").
        // "مسؤول عراقي لرويترز: …": the outlet that carried the words may stand before the colon.
        if (subject is not null && subject.Kind != MentionKind.StatementRef && !NarratorLabel(subject) && HeadlineColon(subject.End, subject.IsBare) is { } headline)
            return Emit(new Candidate(subject, null, null, -1, -1, 0, null, headline.Channel), SpeakerRoute.Headline);

        var verb = FindVerb(start, subject);
        // An outlet after a person's words is the channel; after a body's act it is the source
        // ("أعلنت الحكومتان عن خطة …، وفقاً للصحيفة").
        if (channelOnly && (verb is null || !SpeaksForItself(verb)))
            return Emit(prep!, SpeakerRoute.Prep);
        if (verb is not null && (verb.Cue?.Kind != CueKind.Position || prep is null))
            return Emit(verb, SpeakerRoute.Verb);
        if (prep is not null)
            return Emit(prep, SpeakerRoute.Prep);
        return Carried();
    }

    private Result Carried()
    {
        // A sentence that opens with a quotation mark and names no one goes on quoting the last speaker.
        var carry = _ctx.Carry ?? (N > 0 && _t[0].IsQuote ? _ctx.Previous : null);
        var route = _ctx.Carry is not null ? SpeakerRoute.Carried : SpeakerRoute.QuoteOpening;
        // The cheap tests first: most narrator sentences have no recent speaker, and need no word scan.
        if (carry is null && _ctx.History.Count > 0 && _ctx.Sentences - _ctx.LastSpokenSentence <= MaxFirstPersonGap && SpeaksInFirstPerson())
            (carry, route) = (_ctx.History[^1], SpeakerRoute.FirstPerson);
        if (carry is null && IsAnswerLine() && Interviewee() is { } guest)
            (carry, route) = (guest, SpeakerRoute.FirstPerson);
        if (carry is null)
            return new Result(SpeakerAttribution.Narrator, null, -1);
        return new Result(new SpeakerAttribution(Build(carry, carry.Canonical), null, null, null, null), carry, -1) { Route = route };
    }

    /// <summary>"ج: …": an interview's answer, labelled.</summary>
    private bool IsAnswerLine()
    {
        int first = FirstWord();
        return first + 1 < N && _lex.IsAnswerLabel(_t[first].Norm) && _t[first + 1].Mark == ':';
    }

    /// <summary>Who answers in an interview: the last person who spoke, or else the last person the
    /// article named (the guest its introduction presents).</summary>
    private SpeakerEntity? Interviewee()
    {
        for (int i = _ctx.History.Count - 1; i >= 0; i--)
        {
            if (_ctx.History[i].Kind == SpeakerKind.Person)
                return _ctx.History[i];
        }

        for (int i = _ctx.Entities.Count - 1; i >= 0; i--)
        {
            if (_ctx.Entities[i].Kind == SpeakerKind.Person)
                return _ctx.Entities[i];
        }

        return null;
    }

    // A first-person word outside quotation marks: quoted words ("رفعوا لافتة «نحن هنا»") are
    // someone else's, and the report's own voice does not say "we".
    private bool SpeaksInFirstPerson()
    {
        foreach (var t in _t)
        {
            if (t.IsWord && !t.InQuote && _lex.IsFirstPerson(t.Norm))
                return true;
        }

        return false;
    }

    /// <summary>Skips marks, a dateline ("بغداد – "), particles ("من جهته،", "لكن") at the start.</summary>
    private int SkipLead()
    {
        int i = 0;
        while (i < N && !_t[i].IsWord && !_t[i].IsQuote)
            i++;
        // Dateline: up to three words, perhaps the source in brackets ("أربيل (كوردستان24)"), then a dash.
        for (int k = i; k < N && k - i <= 3; k++)
        {
            if (!_t[k].IsWord)
            {
                int dash = k;
                if (_t[k].Mark == '(' && k > i)
                {
                    int close = k + 1;
                    while (close < N && close - k <= 4 && _t[close].Mark != ')')
                        close++;
                    dash = close + 1;
                }

                if (dash < N && _t[dash].Mark is '-' or '–' or '—' && k > i)
                    i = dash + 1;
                break;
            }
        }

        return SkipParticles(i);
    }

    private int SkipParticles(int i)
    {
        while (i < N)
        {
            var t = _t[i];
            if (t.IsWord && (_lex.IsParticle(t.Norm) || (t.Norm.Length > 2 && t.Norm[0] is 'و' or 'ف' && _lex.IsParticle(t.Norm[1..]))))
            {
                i++;
                continue;
            }

            if (t.IsComma && i > 0)
            {
                i++;
                continue;
            }

            break;
        }

        return i;
    }

    /// <summary>Skips a fronted phrase that ends in a comma ("ورغم هذه التطورات،", "وفي نهاية عام 2021،").</summary>
    private int SkipFronted(int start)
    {
        for (int k = start; k < N && k - start <= MaxFrontedTokens; k++)
        {
            var t = _t[k];
            if (t.IsComma)
                return k > start ? SkipParticles(k + 1) : start;
            if (!t.IsWord)
                return start;
            if (MatchCue(k) is not null)
                return start;
        }

        return start;
    }

    /// <summary>The first "according to" phrase outside quotations whose object is a speaker or a document.</summary>
    private Candidate? FindPrep()
    {
        Candidate? documentOnly = null;
        for (int i = 0; i < N; i++)
        {
            if (!_t[i].IsWord || _t[i].InQuote)
                continue;
            var match = MatchCue(i);
            if (match is not { Cue.Kind: CueKind.Prep } m)
                continue;
            int j = m.End;
            string? suffix = null;
            if (j < N && _t[j].IsWord && _t[j].Norm == "ل")
            {
                j++; // "وفقاً لـ"
                suffix = " لـ";
            }
            else if (j < N && _t[j].IsWord && _t[j].Norm.Length > 2 && _t[j].Norm[0] == 'ل')
            {
                suffix = " لـ";
            }

            // "بحسب قولها", "على حد تعبيرهم": the pronoun points back to a speaker of the document.
            if (j < N && _t[j].IsWord && _lex.SayingPronoun(_t[j].Norm) is { } pronoun)
            {
                if (_ctx.History.Count > 0)
                    return new Candidate(null, _ctx.Continue(pronoun), m.Cue, i, j + 1, m.Prefix, null, null);
                continue;
            }

            bool document = j < N && _t[j].IsWord && _lex.IsDocument(Strip(_t[j].Norm));
            var said = WhatWasSaid(j);
            if (said is not null && IsOutlet(said))
                continue; // "وفقاً لما أفادته وكالة X": the outlet only carries what the sentence reports
            var obj = said ?? _parser.Parse(j, allowPrefix: true, allowBare: false);
            if (obj is null)
                continue;
            var c = new Candidate(obj, null, m.Cue, i, m.End, m.Prefix, suffix, null, document);
            if (!document)
                return c;
            documentOnly ??= c;
        }

        return documentOnly;
    }

    /// <summary>Whether an "according to" phrase only names the channel of words that a reporting verb
    /// attributes (rule 3): "وأشار الوزير إلى …، وفقاً لوكالة رويترز", "وقال السوداني، بحسب مكتبه: …".
    /// Its object is then an outlet, or the phrase comes after a reporting verb.</summary>
    private bool CarriesOnly(Candidate prep)
    {
        if (prep.Mention is { } m && IsOutlet(m))
            return true;
        for (int i = 0; i < prep.CueStart; i++)
        {
            if (_t[i].IsWord && !_t[i].InQuote && MatchCue(i) is { Cue.Kind: CueKind.Verb })
                return true;
        }

        return false;
    }

    private static bool SpeaksForItself(Candidate verb) =>
        verb.Mention?.Kind is MentionKind.Person or MentionKind.Title or MentionKind.Anonymous
        || (verb.Mention is null && verb.Entity?.Kind is SpeakerKind.Person or SpeakerKind.Anonymous);

    /// <summary>"وفقاً لما قاله مسؤولون أميركيون", "بحسب ما أفادت وكالة …": the subject of the verb after
    /// "ما" is the source.</summary>
    private Mention? WhatWasSaid(int j)
    {
        if (j < N && _t[j].IsWord && _t[j].Norm == "لما")
            j++;
        else if (j < N && _t[j].IsWord && _t[j].Norm == "ما")
            j++;
        else
            return null;
        if (j >= N || !_t[j].IsWord)
            return null;
        // The verb may carry the object pronoun of "ما": "قاله", "أفادته".
        var w = _t[j].Norm;
        bool verb = MatchCue(j) is { Cue.Kind: CueKind.Verb }
            || (w.Length > 3 && w[^1] == 'ه' && _lex.CuesStartingWith(w[..^1]) is { } list && list.Any(e => e.Kind == CueKind.Verb && e.Words.Length == 1));
        return verb ? _parser.Parse(j + 1, allowPrefix: false, allowBare: false) : null;
    }

    private static string Strip(string w) =>
        w.StartsWith("لل", StringComparison.Ordinal) || (w.Length > 2 && w[0] is 'ل' or 'ب') ? SpeakerLexicon.WithoutAttachedPreposition(w) : w;

    private Candidate? FindVerb(int start, Mention? subject)
    {
        Candidate? participle = null; // "…، مضيفاً أن": continues the speaker if no verb has a subject
        for (int i = start; i < N; i++)
        {
            if (!_t[i].IsWord || _t[i].InQuote)
                continue;
            if (MatchCue(i) is not { } m || Suppressed(i, start) || (m.Cue.Present && RelativeClause(i, start)))
                continue;
            var cue = m.Cue;
            switch (cue.Kind)
            {
                case CueKind.Prep:
                    continue;
                case CueKind.Participle:
                    if (i == start && _ctx.History.Count > 0)
                        return new Candidate(null, _ctx.Continue(cue.Agreement), cue, i, m.End, m.Prefix, null, FindChannel(m.End));
                    if (_ctx.History.Count > 0 && cue.Words.Length == 1)
                        participle ??= new Candidate(null, _ctx.Continue(cue.Agreement), cue, i, m.End, m.Prefix, null, null);
                    continue;
                case CueKind.Relay:
                    if (Relay(i, m) is { } relayed)
                        return relayed;
                    continue;
                case CueKind.DocumentIn:
                    if (_parser.Parse(m.End, allowPrefix: false, allowBare: false) is { } doc)
                        return new Candidate(doc, null, cue, i, m.End, m.Prefix, null, null);
                    continue;
                // "التحالف الدولي يتحدث عن …": a headline's weak verb right after a recognised subject.
                case CueKind.Weak when !QuotesAfter(m.End) && !(subject is { IsStrong: true } && subject.End == i && subject.Start == FirstWord()):
                    continue;
            }

            if (SubjectOf(i, start, m, subject) is { } found)
                return found;
        }

        return participle;
    }

    /// <summary>Whether a body or source right after a verb can be its subject: a masculine verb does not
    /// take a feminine one ("وحذر القوات الأميركية من …" warns the forces; it is not what they said).
    /// The caller skips the check where a document stands between them ("وأفاد بيان لوزارة …": the
    /// verb agrees with بيان).</summary>
    // A feminine plural of things ("القوى", "المصادر") takes a feminine verb too: "ودعا القوى إلى" has the
    // previous speaker as subject and the forces as object.
    private static bool Agrees(CueEntry cue, Mention subject) =>
        !(cue.Agreement == Agreement.Masculine && subject.Kind is MentionKind.Body or MentionKind.Known or MentionKind.Anonymous
            && subject.Agreement.HasFlag(Agreement.Feminine) && !subject.Agreement.HasFlag(Agreement.Masculine));

    /// <summary>A negated cue ("لم تعلن الفصائل") says nothing; a cue after a subordinator ("…، فيما
    /// أكدت حكومة بغداد") is a subordinate clause, not the main assertion.</summary>
    private bool Suppressed(int i, int start)
    {
        if (i == 0 || !_t[i - 1].IsWord)
            return false;
        var prev = _t[i - 1].Norm;
        var stripped = prev.Length > 2 && prev[0] is 'و' or 'ف' ? prev[1..] : null;
        if (_lex.IsNegation(prev) || (stripped is not null && _lex.IsNegation(stripped)))
            return true;
        // A subordinator opening the sentence ("إذ أوضح الجنرال …") introduces the sentence's own clause.
        return i > start && i - 1 > FirstWord() && (_lex.IsSubordinator(prev) || (stripped is not null && prev[0] == 'و' && _lex.IsSubordinator(stripped)));
    }

    /// <summary>Whether a present-tense cue describes the indefinite noun before it ("صوّت على قرار يطالب
    /// الحكومة", "أصدر بيانا يدعو"): an Arabic relative clause without a pronoun, whose subject is that
    /// noun, so the noun after the verb is its object. The noun is an object: it carries the accusative
    /// alef or follows a preposition.</summary>
    private bool RelativeClause(int i, int start)
    {
        if (i - 1 <= start || !_t[i - 1].IsWord || !_t[i - 2].IsWord)
            return false;
        var noun = _t[i - 1].Norm;
        if (SpeakerLexicon.IsDefinite(noun) || _lex.IsLexical(noun) || _ctx.IsPersonToken(noun) || noun.Length < 4 || _t[i - 1].HasDigit)
            return false;
        return (noun[^1] == 'ا' && noun[^2] != 'ا') || _lex.IsVerbPreposition(_t[i - 2].Norm);
    }

    private int FirstWord()
    {
        for (int k = 0; k < N; k++)
        {
            if (_t[k].IsWord)
                return k;
        }

        return N;
    }

    /// <summary>"نقلت صحيفة «X» عن Y": Y is the speaker and X the channel; without "عن", X speaks.</summary>
    private Candidate? Relay(int i, CueMatch m)
    {
        var channel = _parser.Parse(m.End, allowPrefix: false, allowBare: false);
        int k = channel?.End ?? m.End;
        while (k < N && !_t[k].IsWord && (_t[k].IsQuote || _t[k].IsComma || _t[k].Mark == ')'))
            k++; // "نقلت صحيفة «واشنطن بوست» عن …"
        if (k < N && _t[k].IsWord && _t[k].Norm == "عن" && _parser.Parse(k + 1, allowPrefix: false, allowBare: true) is { } source)
            return new Candidate(source, null, m.Cue, i, m.End, m.Prefix, " عن", channel is null ? null : Resolve(channel, Agreement.Any)?.Canonical, Relayed: true);
        return channel is null ? null : new Candidate(channel, null, m.Cue, i, m.End, m.Prefix, null, null);
    }

    /// <summary>The subject of the reporting verb or verb of position at <paramref name="i"/>: the
    /// sentence's subject right before it, the noun phrase after it, the subject before an apposition,
    /// or, for a sentence-initial verb, the speaker it continues.</summary>
    private Candidate? SubjectOf(int i, int start, CueMatch m, Mention? subject)
    {
        var cue = m.Cue;
        int after = m.End;
        bool position = cue.Kind == CueKind.Position;
        // The subject right before the verb first: after it, the noun is the object ("حمّلت التحالف").
        // A bare name right before a verb of position is its actor too ("الصدر يرفض …").
        bool adjacent = false;
        bool subjectReaches = subject is not null && Reaches(subject, i, out adjacent) && (!position || subject.IsStrong || adjacent);
        if (subjectReaches && adjacent)
            return new Candidate(subject, null, cue, i, after, m.Prefix, null, FindChannel(after));
        // A bare name is read only right after a sentence-initial verb ("وقال جو بايدن إن"); later
        // in the sentence a noun after a verb is more often an object ("تمثل رأي كتابها").
        // No subject after a cue that ends in its complementizer ("وبين أن"), or after a particle that
        // carries the subject's pronoun ("لكنه دعا إيران إلى": إيران is the object).
        bool noSubjectAfter = _lex.IsComplementizer(cue.Words[^1]) || (i > 0 && _t[i - 1].IsWord && _lex.CarriesPronoun(_t[i - 1].Norm));
        _parser.PrepositionClosesName = !cue.Present;
        var explicitSubject = noSubjectAfter ? null : _parser.Parse(after, allowPrefix: false, allowBare: !position && i == start);
        _parser.PrepositionClosesName = true;
        if (explicitSubject is not null && (!position || explicitSubject.IsStrong) && ((explicitSubject.Start > after && _t[after].IsWord) || Agrees(cue, explicitSubject)))
            return new Candidate(explicitSubject, null, cue, i, after, m.Prefix, null, FindChannel(explicitSubject.End));
        // "رئيس مركز …، إحسان الشمري، علق": the subject before an apposition or an aside.
        if (subjectReaches)
            return new Candidate(subject, null, cue, i, after, m.Prefix, null, FindChannel(after));
        if (!position && (i == start || noSubjectAfter) && _ctx.History.Count > 0 && !(cue.Present && NounSubjectAt(after)))
            return new Candidate(null, _ctx.Continue(cue.Agreement), cue, i, after, m.Prefix, null, FindChannel(after));
        // "…، لكن مسؤولين أميركيين آخرين قالوا إن": a recognised subject right before a mid-sentence verb.
        if (cue.Kind == CueKind.Verb && i > start && PrecedingSubject(start, i) is { } before)
            return new Candidate(before, null, cue, i, after, m.Prefix, null, FindChannel(after));
        return null;
    }

    /// <summary>The longest recognised mention (not a bare name) that ends right before token
    /// <paramref name="verb"/>, within a few tokens.</summary>
    private Mention? PrecedingSubject(int start, int verb)
    {
        for (int k = Math.Max(start, verb - MaxFrontedTokens); k < verb; k++)
        {
            // The subject opens a clause: after the start, a comma or a particle ("لكن"), not after a
            // preposition ("المقربة من طهران اعتبرت").
            if (!_t[k].IsWord || _t[k].InQuote || (k > 0 && _t[k - 1].IsWord && (!_lex.IsParticle(_t[k - 1].Norm) || _lex.IsConnector(_t[k - 1].Norm) || _lex.IsVerbPreposition(_t[k - 1].Norm))))
                continue;
            var m = _parser.Parse(k, allowPrefix: false, allowBare: false);
            if (m is { IsStrong: true } && m.End == verb && m.Kind is not (MentionKind.StatementRef or MentionKind.OutletRef))
                return m;
        }

        return null;
    }

    /// <summary>Whether the word at <paramref name="k"/> starts a plain noun phrase (not a speaker): a
    /// word that is no complementizer, preposition, time or stop word, or a demonstrative.</summary>
    private bool NounSubjectAt(int k)
    {
        if (k >= N || !_t[k].IsWord || _t[k].HasDigit)
            return false;
        var w = _t[k].Norm;
        if (_lex.IsDemonstrative(w))
            return true;
        return !_lex.IsComplementizer(w) && !_lex.IsVerbPreposition(w) && !_lex.IsTime(w) && !_lex.IsStop(w) && !_lex.IsParticle(w)
            && !(w.Length > 2 && w[0] is 'ب' or 'ل');
    }

    /// <summary>Whether the subject at the start is the subject of the verb at <paramref name="verb"/>:
    /// directly ("واشنطن تنفي"), after "قد", or after an apposition or aside between commas.</summary>
    private bool Reaches(Mention subject, int verb, out bool adjacent)
    {
        int e = subject.End;
        // "زعيم التيار مقتدى الصدر، يدعو …": a named person, a comma, then the verb.
        adjacent = e == verb || (e < N && _t[e].IsWord && _t[e].Norm == "قد" && e + 1 == verb)
            || (e + 1 == verb && _t[e].IsComma && subject.Kind == MentionKind.Person && !subject.IsBare);
        if (adjacent)
            return true;
        return e < N && _t[e].IsComma && verb - e <= MaxAppositionTokens && verb > 0 && (_t[verb - 1].IsComma || (_t[verb - 1].IsWord && _t[verb - 1].Norm == "قد"));
    }

    /// <summary>A byline or credit: a short line that opens with a cue or credit word and a colon or a
    /// slash ("كتب : فلان", "متابعة / فلان"), or a two-word label before a colon ("اقرأ أيضاً:").</summary>
    private bool IsByline()
    {
        int first = FirstWord();
        // "اقرأ أيضاً: …": a two-word label links to another story, whatever its length.
        if (first + 2 < N && _t[first + 1].IsWord && _t[first + 2].Mark == ':' && _lex.IsCredit(_t[first].Norm))
            return true;
        if (first + 1 >= N || _t[first + 1].Mark is not (':' or '/'))
            return false;
        int words = 0;
        for (int k = first; k < N; k++)
            words += _t[k].IsWord ? 1 : 0;
        return words <= 5 && (_lex.IsCredit(_t[first].Norm) || MatchCue(first) is { Cue.Kind: CueKind.Verb or CueKind.Participle });
    }

    /// <summary>Whether "X:" is a narrator's label: a credit word ("المصدر", "تصوير"), a place as
    /// dateline followed by a sentence with its own words (no headline), or nothing after the colon.</summary>
    private bool NarratorLabel(Mention subject)
    {
        int colon = subject.End;
        bool nothingAfter = true;
        for (int k = colon + 1; k < N; k++)
        {
            if (_t[k].IsWord)
            {
                nothingAfter = false;
                break;
            }
        }

        if (nothingAfter)
            return true;
        for (int k = subject.Start; k < colon; k++)
        {
            if (_t[k].IsWord && _lex.IsCredit(_t[k].Norm))
                return true;
        }

        return subject.Kind == MentionKind.Known && _lex.IsPlace(subject.Known!.Canonical);
    }

    private bool QuotesAfter(int i)
    {
        for (int k = i; k < N; k++)
        {
            var t = _t[k];
            if (t.IsQuote || t.Mark == ':')
                return true;
            if (t.IsWord && MatchCue(k) is { Cue.Kind: CueKind.Participle })
                return true;
        }

        return false;
    }

    /// <summary>Whether a headline's colon follows the subject that ends at <paramref name="e"/>,
    /// directly or after the outlet that carried the words ("… لرويترز:", "… لوكالة رويترز:"); a bare
    /// word before the outlet is not taken for a name ("تحليل لوكالة فرانس برس:" is a label).</summary>
    private (string? Channel, int Colon)? HeadlineColon(int e, bool bare)
    {
        if (e < N && _t[e].Mark == ':')
            return (null, e);
        if (bare || e >= N || FindChannel(e) is not { } channel)
            return null;
        for (int k = e + 1; k < N && k <= e + 3; k++)
        {
            if (_t[k].Mark == ':')
                return (channel, k);
            if (!_t[k].IsWord && !_t[k].IsQuote)
                return null;
        }

        return null;
    }

    /// <summary>An outlet that carried the words, right after the speaker: "لوكالة رويترز", "لـ«رويترز»", "للصحيفة".</summary>
    private string? FindChannel(int k)
    {
        for (int steps = 0; k < N && steps < 6; k++, steps++)
        {
            var t = _t[k];
            if (!t.IsWord)
            {
                if (t.IsComma || t.IsQuote)
                    continue;
                return null;
            }

            if (_lex.IsTime(t.Norm))
                continue;
            if (t.Norm == "ل")
            {
                var m = _parser.Parse(k + 1, allowPrefix: false, allowBare: false);
                return m is not null && IsOutlet(m) ? Resolve(m, Agreement.Any)?.Canonical : null;
            }

            if (t.Norm.Length > 2 && t.Norm[0] == 'ل')
            {
                var m = _parser.Parse(k, allowPrefix: true, allowBare: false);
                return m is not null && m.PrefixChars > 0 && IsOutlet(m) ? Resolve(m, Agreement.Any)?.Canonical : null;
            }

            return null;
        }

        return null;
    }

    private static bool IsOutlet(Mention m) =>
        m.Kind is MentionKind.Outlet or MentionKind.OutletRef || (m.Kind == MentionKind.Known && m.Known!.Kind == SpeakerKind.Media);

    private readonly record struct CueMatch(CueEntry Cue, int End, int Prefix);

    /// <summary>The cue at token <paramref name="i"/> (an attached و or ف stripped), longest first.</summary>
    private CueMatch? MatchCue(int i)
    {
        var w = _t[i].Norm;
        if (AfterPreposition(i))
            return null;
        var found = MatchCueWord(i, w, 0);
        if (found is null && w.Length > 2 && w[0] is 'و' or 'ف')
            found = MatchCueWord(i, w[1..], 1);
        return found is { Cue: { Kind: CueKind.Verb, Present: false } } && IsPassivePast(i) ? null : found;
    }

    /// <summary>"من أبرز القادة": right after a preposition a cue's letters are a noun or an elative.</summary>
    private bool AfterPreposition(int i) => i > 0 && _t[i - 1].IsWord && (_t[i - 1].Norm == "في" || _lex.IsVerbPreposition(_t[i - 1].Norm));

    /// <summary>"نُشرت عام 2020": a past form written with a damma on its first letter is passive, and its
    /// subject is no speaker. (In the present tense a damma also marks active forms: "يُحمّل".)</summary>
    private bool IsPassivePast(int i)
    {
        var raw = _text.AsSpan(_t[i].Start, _t[i].Length);
        int first = raw.Length > 2 && raw[0] is 'و' or 'ف' ? 1 : 0;
        return raw.Length > first + 1 && raw[first + 1] == '\u064F';
    }

    private CueMatch? MatchCueWord(int i, string w, int prefix)
    {
        var list = _lex.CuesStartingWith(w);
        if (list is null)
            return null;
        foreach (var e in list)
        {
            int k = 1;
            for (; k < e.Words.Length; k++)
            {
                if (i + k >= N || !_t[i + k].IsWord || _t[i + k].Norm != e.Words[k])
                    break;
            }

            if (k == e.Words.Length)
                return new CueMatch(e, i + k, prefix);
        }

        return null;
    }

    private SpeakerEntity? Resolve(Mention m, Agreement cue) => SpeakerResolver.Resolve(_ctx, m, _t, _text, cue);

    private Result Emit(Candidate c, SpeakerRoute route)
    {
        var entity = c.Entity;
        string? name = null;
        TextSpan? evidence = null;
        if (c.Mention is { } m)
        {
            entity = Resolve(m, c.Relayed ? Agreement.Any : c.Cue?.Agreement ?? Agreement.Any);
            if (entity is null)
                return Carried();
            name = m.Kind is MentionKind.OutletRef or MentionKind.StatementRef ? MentionText.Of(_text, _t, m, m.Start, m.End)
                : MentionText.Of(_text, _t, m, m.NameStart, m.NameEnd);
            int from = _t[m.Start].Start + m.PrefixChars;
            evidence = new TextSpan(from + _offset, _t[m.End - 1].End - from);
        }

        if (entity is null)
            return Carried();
        string? cueText = null;
        TextSpan? cueSpan = null;
        if (c.Cue is not null && c.CueStart >= 0)
        {
            int from = _t[c.CueStart].Start + c.CuePrefix;
            int to = _t[c.CueEnd - 1].End;
            cueText = _text[from..to].Replace("\u0640", string.Empty, StringComparison.Ordinal) + c.CueSuffix;
            cueSpan = new TextSpan(from + _offset, to - from);
        }

        var speaker = Build(entity, string.IsNullOrEmpty(name) ? entity.Canonical : name);
        return new Result(new SpeakerAttribution(speaker, cueText, cueSpan, c.Channel, evidence), entity, c.Mention?.End ?? -1)
        {
            Route = route,
            Cue = c.Cue?.Kind,
            Mention = c.Mention?.Kind,
            MentionStart = c.Mention?.Start ?? -1,
        };
    }

    private static Speaker Build(SpeakerEntity e, string name) => new(name) { CanonicalName = e.Canonical, Role = e.Role, Kind = e.Kind };

    /// <summary>Updates the context after the sentence.</summary>
    private void Record(SpeakerEntity? entity, int mentionStart, int mentionEnd, ReadOnlySpan<char> sentence)
    {
        _ctx.Carry = null;
        _ctx.Previous = entity;
        if (entity is not null)
        {
            _ctx.Spoke(entity);
            if (entity.Kind == SpeakerKind.Media)
                _ctx.LastOutlet = entity;
            var trimmed = sentence.TrimEnd();
            // "وقال المسؤول الأميركي؛": only the cue and the speaker; the next fragment keeps the speaker.
            bool cueOnly = mentionEnd >= 0 && trimmed.Length > 0 && trimmed[^1] is '؛' or ';' or ':' && OnlyMarksAfter(mentionEnd);
            // A headline continued on the next line: "العراق يضغط على واشنطن..".
            bool continued = trimmed.EndsWith("..", StringComparison.Ordinal) || trimmed.EndsWith("…", StringComparison.Ordinal);
            // "وقال الوزير للصحفيين:" announces the words of the next line; a quotation left open
            // at the end of the sentence goes on in the next one.
            bool announces = trimmed.Length > 0 && trimmed[^1] is ':';
            if (cueOnly || continued || announces || EndsInsideQuote())
                _ctx.Carry = entity;
        }

        RecordNamedInPassing(mentionStart, mentionEnd);
    }

    /// <summary>Remembers what the sentence names without its being the speaker: an outlet
    /// ("حصلت عليها صحيفة «بوليتيكو»") is what a later "الصحيفة" means; a person with a role
    /// ("استقبل وزير البيشمركة، شورش إسماعيل، …") is whom a later "وقال الوزير" designates
    /// (ANNOTATION rule 8: once the document names the person, every mention resolves to them).</summary>
    private void RecordNamedInPassing(int mentionStart, int mentionEnd)
    {
        for (int i = 0; i < N; i++)
        {
            if (!_t[i].IsWord)
                continue;
            if (i >= mentionStart && i < mentionEnd)
            {
                i = mentionEnd - 1; // the speaker's own mention is resolved already
                continue;
            }

            var w = _t[i].Norm;
            if (!_t[i].InQuote && _lex.IsTitle(w) && (i == 0 || !_t[i - 1].IsWord || !_lex.IsTitle(_t[i - 1].Norm))
                && _parser.Parse(i, allowPrefix: false, allowBare: false) is { Kind: MentionKind.Person, RoleStart: >= 0 } person
                && (NameClosed(person.NameEnd) || person.NameEnd - person.NameStart <= 2))
            {
                Resolve(person, Agreement.Any);
                i = person.End - 1;
                continue;
            }

            bool head = _lex.TryOutletHead(w, out _) && !SpeakerLexicon.IsDefinite(w);
            bool known = _parser.MatchKnown(i, w, out var k, out _) && k.Kind == SpeakerKind.Media;
            if (!head && !known)
                continue;
            var m = _parser.Parse(i, allowPrefix: false, allowBare: false);
            if (m is not null && IsOutlet(m) && m.Kind != MentionKind.OutletRef && Resolve(m, Agreement.Any) is { } outlet)
                _ctx.LastOutlet = outlet;
        }
    }

    // Outside an attribution nothing vouches for where a name ends ("وجه الزعيم فلان تحذيراً شديداً"
    // would read four name words): past two words, a mark, the reported clause, an occasion or a time
    // must follow it.
    private bool NameClosed(int end) => end >= N || !_t[end].IsWord || _parser.IsNameDelimiter(end);

    private bool EndsInsideQuote()
    {
        for (int k = N - 1; k >= 0; k--)
        {
            var t = _t[k];
            if (t.IsWord || t.IsQuote)
                return t.InQuote;
            if (t.Mark is not ('.' or '!' or '؟' or '?' or '،' or ',' or '؛' or ';'))
                return false;
        }

        return false;
    }

    private bool OnlyMarksAfter(int end)
    {
        for (int k = end; k < N; k++)
        {
            if (_t[k].IsWord && !_lex.IsTime(_t[k].Norm))
                return false;
        }

        return true;
    }
}
