namespace Stance.Speakers;

/// <summary>
/// Reads speaker mentions (noun phrases) from the tokens of one sentence: known speakers, titles with
/// or without a name, bodies, outlets, anonymous sources and bare names.
/// </summary>
/// <remarks>Every loop is bounded by a small window, so a parse costs O(window) whatever the sentence.</remarks>
internal sealed class MentionParser
{
    private const int MaxTitleTokens = 14;
    private const int MaxPhraseTokens = 8;
    private const int MaxNameWords = 4;
    private const int MaxGroupTokens = 8;

    private readonly SpeakerLexicon _lex;
    private readonly List<SpeakerToken> _t;
    private readonly SpeakerContext _context;

    private readonly string? _text;

    public MentionParser(SpeakerLexicon lexicon, List<SpeakerToken> tokens, SpeakerContext context, string? text = null)
    {
        _text = text;
        _lex = lexicon;
        _t = tokens;
        _context = context;
    }

    private int N => _t.Count;

    /// <summary>Whether a verb's preposition closes a bare name ("وأشار X إلى"): set for a past-tense
    /// verb; after a present-tense one the noun is more often the subject ("ويشير غياب الوفد إلى").</summary>
    public bool PrepositionClosesName { get; set; } = true;

    /// <summary>Reads the mention that starts at token <paramref name="i"/>.</summary>
    /// <param name="i">The first token.</param>
    /// <param name="allowPrefix">Whether the first word may carry an attached ل ب و ف (after "وفقاً",
    /// in a channel "لوكالة", in "بيان للخارجية").</param>
    /// <param name="allowBare">Whether a bare name with nothing to vouch for it may be read.</param>
    public Mention? Parse(int i, bool allowPrefix, bool allowBare)
    {
        if (i >= N)
            return null;
        int s = i;
        if (_t[s].Mark == '#' && s + 1 < N && _t[s + 1].IsWord)
            return Parse(i + 1, allowPrefix, allowBare); // "وأكد #دونالد_ترامب": a hashtag name
        if (_t[s].IsQuote && s + 1 < N)
            s++; // «هيئة ...» or "البنتاغون": the quote mark opens the name
        var tok = _t[s];
        if (!tok.IsWord || tok.Norm.Length == 0 || tok.HasDigit)
            return null;

        foreach (var (word, prefix, lam) in Variants(tok.Norm, allowPrefix))
        {
            var m = ParseAt(s, word, allowBare && prefix == 0);
            // A quotation mark opens a quoted name only when it closes right after the name: in
            // 'وتابعت "بغداد بحاجة …"' the quotation is the speaker's words, not a name.
            if (m is not null && s > i && !ClosesAfter(m))
                return null;
            if (m is not null)
            {
                if (m.Start == s)
                {
                    m.PrefixChars = prefix;
                    m.PrefixIsLam = lam;
                }

                return m;
            }
        }

        return null;
    }

    private static IEnumerable<(string Word, int Prefix, bool Lam)> Variants(string w, bool allowPrefix)
    {
        yield return (w, 0, false);
        if (!allowPrefix || w.Length < 3)
            yield break;
        if (w.StartsWith("لل", StringComparison.Ordinal) && w.Length > 3)
            yield return (SpeakerLexicon.WithoutAttachedPreposition(w), 1, true);
        else if (w[0] is 'ل' or 'ب' or 'و' or 'ف')
            yield return (w[1..], 1, false);
    }

    private Mention? ParseAt(int s, string first, bool allowBare)
    {
        // A document carries the words of its issuer: "بيان للخارجية العراقية", "بيان الوزارة".
        if (_lex.IsDocument(first))
            return ParseDocument(s, first);
        if (_lex.IsFigures(first))
            return ParseFigures(s);
        if (MatchKnown(s, first, out var known, out int knownEnd))
            return ParseKnown(s, known, knownEnd);

        if (_lex.TryOutletHead(first, out var outletAgreement))
            return ParseOutlet(s, first, outletAgreement);

        if (_lex.IsQuantifier(first) && s + 1 < N && _t[s + 1].IsWord && _lex.TryAnonymousHead(_t[s + 1].Norm, out var qa))
            return ParseTail(s, s + 1, MentionKind.Anonymous, qa | Agreement.Plural, definite: false);
        // "العديد من المسؤولين الأمريكيين", "عدد من النواب": a partitive quantifier before the head.
        if (_lex.IsQuantifier(first) && s + 2 < N && _t[s + 1].IsWord && _t[s + 1].Norm == "من" && _t[s + 2].IsWord && _lex.TryAnonymousHead(_t[s + 2].Norm, out var pa))
            return ParseTail(s, s + 2, MentionKind.Anonymous, pa | Agreement.Plural | Agreement.Masculine, definite: false); // "عدد" agrees as masculine
        if (_lex.TryAnonymousHead(first, out var anonAgreement))
        {
            var anon = ParseTail(s, s, MentionKind.Anonymous, anonAgreement, SpeakerLexicon.IsDefinite(first));
            // "الناشط الإيزيدي، خدر شمو،": a singular description with a name in apposition is a person.
            // Up to the comma all is role ("مسؤول دائرة العلاقات الخارجية في حكومة الإقليم، فلان،"), as after a title.
            int roleEnd = anonAgreement.HasFlag(Agreement.Plural) ? anon.End : Math.Max(anon.End, ReadRole(s, greedy: true));
            if (!anonAgreement.HasFlag(Agreement.Plural) && roleEnd < N && _t[roleEnd].IsComma && Apposition(roleEnd) is (int ns, int ne))
                return new Mention { Kind = MentionKind.Person, Start = s, End = ne, NameStart = ns, NameEnd = ne, RoleStart = s, RoleEnd = roleEnd, Agreement = anonAgreement };
            // "ويرى الناشط المدني يونس الحمداني أن": a definite singular description, then the name.
            if (allowBare && !anonAgreement.HasFlag(Agreement.Plural) && SpeakerLexicon.IsDefinite(first) && DescribedName(s) is { } described)
            {
                described.Agreement = anonAgreement;
                return described;
            }

            return anon;
        }

        if (_lex.IsTitle(first))
            return ParseTitle(s);

        if (_lex.TryBodyHead(first, out var bodyAgreement))
            return ParseTail(s, s, MentionKind.Body, bodyAgreement, SpeakerLexicon.IsDefinite(first));

        // "وقال الكاهن في كنيسة الطاهرة، الأب يوسف حنا، إن": an unknown description with a name in apposition.
        if (allowBare && SpeakerLexicon.IsDefinite(first) && !_lex.IsLexical(first))
        {
            int roleEnd = ReadRole(s, greedy: true);
            if (roleEnd < N && _t[roleEnd].IsComma && roleEnd - s <= MaxPhraseTokens && Apposition(roleEnd) is (int ns, int ne))
                return new Mention { Kind = MentionKind.Person, Start = s, End = ne, NameStart = ns, NameEnd = ne, RoleStart = s, RoleEnd = roleEnd };
            if (DescribedName(s) is { } described)
                return described;
        }

        return ParseBareName(s, first, allowBare);
    }

    /// <summary>"ويقول الصياد جاسم عبد علي إن", "وتقول المعلمة نادية سليمان حنا:": right after the cue,
    /// a description the lexicons do not know, then a name of at least two words that the reported
    /// clause or a mark closes. One word after the description could be its complement, so it is not
    /// enough; before the cue the words may be a clause of their own ("وفي الشارع انقسمت الآراء، فقال"),
    /// and after it a channel is no name ("قال المسؤول لفرانس برس").</summary>
    private Mention? DescribedName(int s)
    {
        if (s == 0 || !_t[s - 1].IsWord || !IsCue(_t[s - 1].Norm))
            return null;
        int roleEnd = ReadRole(s);
        int nameEnd = ReadName(roleEnd, firstMayBeDefinite: false);
        if (nameEnd - roleEnd < 2 || roleEnd - s > MaxPhraseTokens || !IsNameDelimiter(nameEnd) || IsNameDelimiter(roleEnd) || _t[roleEnd].Norm[0] is 'و' or 'ف'
            || (_t[roleEnd].Norm[0] == 'ل' && MatchKnown(roleEnd, _t[roleEnd].Norm[1..], out _, out _)))
            return null;
        return new Mention { Kind = MentionKind.Person, Start = s, End = nameEnd, NameStart = roleEnd, NameEnd = nameEnd, RoleStart = s, RoleEnd = roleEnd };
    }

    /// <summary>The source of figures or findings, named right after them: "أرقام البنتاغون", "تقديرات
    /// للأمم المتحدة", "استطلاع أجراه مركز الرافد", "إحصاءات نشرتها وكالة فرانس برس". An adjective of the
    /// figures may come first ("تقديرات غربية" has no source named, so it is none).</summary>
    private Mention? ParseFigures(int s)
    {
        int source = s + 1;
        if (source < N && _t[source].IsWord && IsNisba(_t[source].Norm) && !SpeakerLexicon.IsDefinite(_t[source].Norm))
            source++;
        if (source < N && _t[source].IsWord && _lex.IsIssuedBy(_t[source].Norm))
            source++;
        if (source >= N || !_t[source].IsWord)
            return null;
        var inner = Parse(source, allowPrefix: true, allowBare: false);
        return inner is { Kind: MentionKind.Known or MentionKind.Body or MentionKind.Outlet } ? inner : null;
    }

    /// <summary>The issuer of a document: "بيان للخارجية", "بيان صادر عن قيادة العمليات"; "البيان" alone
    /// refers to the body that spoke last.</summary>
    private Mention? ParseDocument(int s, string first)
    {
        int issuer = s + 1;
        // "تقرير أممي صادر عن …", "بيان مشترك صادر عن …": the document's own adjectives come first.
        while (issuer + 1 < N && issuer - s <= 2 && _t[issuer].IsWord && IsNisba(_t[issuer].Norm) && !SpeakerLexicon.IsDefinite(_t[issuer].Norm)
            && _t[issuer + 1].IsWord && _lex.IsIssued(_t[issuer + 1].Norm))
        {
            issuer++;
        }

        // "بيان صادر عن قيادة العمليات", "البيان الصادر عن الوزارة"; "دراسة أصدرها مركز …".
        if (issuer + 1 < N && _t[issuer].IsWord && _lex.IsIssued(_t[issuer].Norm) && _t[issuer + 1].IsWord && _t[issuer + 1].Norm is "عن" or "من")
            issuer += 2;
        else if (issuer + 1 < N && _t[issuer].IsWord && _lex.IsIssuedBy(_t[issuer].Norm))
            issuer++;
        if (issuer < N && _t[issuer].IsWord)
        {
            var inner = Parse(issuer, allowPrefix: true, allowBare: false);
            if (inner is not null && inner.Kind is not (MentionKind.StatementRef or MentionKind.Anonymous))
                return inner;
        }

        return SpeakerLexicon.IsDefinite(first)
            ? new Mention { Kind = MentionKind.StatementRef, Start = s, End = s + 1, NameStart = s, NameEnd = s + 1, Definite = true, IsReport = _lex.IsReport(first) }
            : null;
    }

    /// <summary>A known speaker with its quoted or bracketed alias, or with its place ("في بغداد").</summary>
    private Mention ParseKnown(int s, KnownEntry known, int knownEnd)
    {
        // صحيفة "نيويورك تايمز": the quote opened inside the name closes it.
        int opened = s > 0 && _t[s - 1].IsQuote ? 1 : 0; // "«البنتاغون» يعلن"
        for (int k = s; k < knownEnd; k++)
            opened += _t[k].IsQuote ? 1 : 0;
        if (opened % 2 == 1 && knownEnd < N && _t[knownEnd].IsQuote)
            knownEnd++;
        int end = SkipAliasGroup(knownEnd);
        var km = new Mention
        {
            Kind = MentionKind.Known, Start = s, End = end, NameStart = s, NameEnd = knownEnd, Known = known, Agreement = known.Agreement,
        };
        if (end > knownEnd && _t[knownEnd].Mark == '(')
            km.NameEnd = end; // "القيادة المركزية الأميركية (سنتكوم)": the bracket is part of the name
        else if (end > knownEnd)
        {
            km.NameStart = knownEnd + 1; // وزارة الدفاع الأمريكية "البنتاغون": the quoted alias is the name
            km.NameEnd = end - 1;
        }

        // "السفارة الأميركية في بغداد", "هيئة الحشد الشعبي في نينوى": a known body with its place.
        if (known.Kind == SpeakerKind.Organization && end == knownEnd && end + 1 < N && _t[end].IsWord && _t[end].Norm == "في" && _t[end + 1].IsWord
            && (MatchKnown(end + 1, _t[end + 1].Norm, out _, out _) || (SpeakerLexicon.IsDefinite(_t[end + 1].Norm) && !_lex.IsTime(_t[end + 1].Norm) && !_lex.IsLexical(_t[end + 1].Norm))))
        {
            return new Mention { Kind = MentionKind.Body, Start = s, End = end + 2, NameStart = s, NameEnd = end + 2, Agreement = known.Agreement };
        }

        // "واشنطن وبغداد تؤكدان", "وأعلنت بغداد والرياض": two known bodies or capitals coordinated speak together.
        if (known.Kind == SpeakerKind.Organization && end == knownEnd && end < N && _t[end].IsWord && _t[end].Norm.Length > 3 && _t[end].Norm[0] == 'و'
            && MatchKnown(end, _t[end].Norm[1..], out var other, out int otherEnd) && other.Kind == SpeakerKind.Organization)
        {
            return new Mention { Kind = MentionKind.Body, Start = s, End = otherEnd, NameStart = s, NameEnd = otherEnd, Agreement = Agreement.Plural };
        }

        return km;
    }

    /// <summary>The longest known alias at <paramref name="s"/> (first word already stripped of a prefix).</summary>
    public bool MatchKnown(int s, string first, out KnownEntry entry, out int end)
    {
        entry = null!;
        end = s;
        var list = _lex.KnownStartingWith(first);
        if (list is null)
            return false;
        foreach (var e in list)
        {
            int k = 1, j = s + 1;
            for (; k < e.Words.Length; k++, j++)
            {
                while (j < N && _t[j].IsQuote)
                    j++; // "الواشنطن بوست" may be quoted as a whole
                if (j >= N || !_t[j].IsWord || _t[j].Norm != e.Words[k])
                    break;
            }

            if (k == e.Words.Length)
            {
                entry = e;
                end = j;
                return true;
            }
        }

        return false;
    }

    // A quoted or bracketed alias right after a name: وزارة الدفاع الأمريكية "البنتاغون".
    private int SkipAliasGroup(int j)
    {
        if (j >= N || _t[j].IsWord)
            return j;
        char open = _t[j].Mark;
        if (open != '(' && !_t[j].IsQuote)
            return j;
        int k = j + 1;
        if (k >= N || !_t[k].IsWord || !MatchKnown(k, _t[k].Norm, out _, out int e))
            return j;
        if (e < N && !_t[e].IsWord && (_t[e].Mark == ')' || _t[e].IsQuote))
            return e + 1;
        return j;
    }

    private Mention ParseOutlet(int s, string first, Agreement agreement)
    {
        int j = s + 1;
        if (j < N && _t[j].IsQuote)
        {
            int close = ClosingQuote(j);
            if (close > j + 1)
                j = close + 1;
        }
        else if (j < N && _t[j].IsWord && MatchKnown(j, _t[j].Norm, out _, out int ke))
        {
            j = ke;
        }
        else if (!SpeakerLexicon.IsDefinite(first) && j < N && _t[j].IsWord && SpeakerLexicon.IsDefinite(_t[j].Norm) && !_lex.IsLexical(_t[j].Norm) && !_lex.IsTime(_t[j].Norm))
        {
            j++; // "صحيفة الغارديان", "وكالة الصحافة الفرنسية"
        }
        else if (!SpeakerLexicon.IsDefinite(first))
        {
            // "وكالة أنباء «العالم العربي»", "شبكة رووداو": the name words after the head.
            int words = 0;
            while (j < N && words < 3 && _t[j].IsWord && !_t[j].HasDigit && !_lex.IsLexical(_t[j].Norm) && !SpeakerLexicon.IsDefinite(_t[j].Norm) && Prefixless(_t[j].Norm))
            {
                j++;
                words++;
            }

            if (j < N && _t[j].IsQuote)
            {
                int close = ClosingQuote(j);
                if (close > j + 1)
                    j = close + 1;
            }
        }

        if (j == s + 1 && SpeakerLexicon.IsDefinite(first))
            return new Mention { Kind = MentionKind.OutletRef, Start = s, End = j, NameStart = s, NameEnd = j, Agreement = agreement, Definite = true };

        // Adjectives of the outlet: "الإعلامية", "الإخباري".
        while (j < N && j - s < MaxPhraseTokens && _t[j].IsWord && SpeakerLexicon.IsDefinite(_t[j].Norm) && !_lex.IsLexical(_t[j].Norm) && IsNisba(_t[j].Norm))
            j++;
        var m = new Mention { Kind = MentionKind.Outlet, Start = s, End = j, NameStart = s, NameEnd = j, Agreement = agreement };
        // "وكالة رويترز", "صحيفة «واشنطن بوست»": the outlet is known by its name.
        for (int k = s + 1; k < j; k++)
        {
            if (_t[k].IsWord && MatchKnown(k, _t[k].Norm, out var known, out int e) && known.Kind == SpeakerKind.Media)
            {
                m.Known = known;
                _ = e;
                break;
            }
        }

        return m;
    }

    /// <summary>The phrase of an anonymous source or a body: head, construct complements, adjectives,
    /// quoted names and "في/من + definite" complements.</summary>
    private Mention ParseTail(int s, int head, MentionKind kind, Agreement agreement, bool definite)
    {
        int j = head + 1;
        // Without the article the head governs up to two indefinite words ("حكومة إقليم كردستان").
        int construct = SpeakerLexicon.IsDefinite(_t[head].Norm) ? 0 : 2;
        bool afterPreposition = false;
        bool closed = construct == 0; // ends in a definite noun or a known name (see PlainTailWord)
        while (j < N && j - s < MaxPhraseTokens)
        {
            var t = _t[j];
            int close = t.IsWord ? -1 : kind == MentionKind.Body ? QuotedNameEnd(j) : 0;
            if (close > j + 1)
            {
                (j, construct, closed) = (close + 1, 0, true);
                continue;
            }

            if (!t.IsWord)
                break;

            var w = t.Norm;
            // "مسؤول أميركي لـ«رويترز»": a lone proclitic written apart (ل، ب) ends the phrase.
            if (w.Length < 2)
                break;
            if (IsTailPreposition(j))
            {
                // "وحذرت لجنة الخبراء من …": after a body's complete name, من is the verb's.
                int past = w == "من" && kind == MentionKind.Body && closed ? -1 : PrepositionComplement(j, ref construct);
                if (past < 0)
                    break;
                (j, afterPreposition, closed) = (past, true, construct == 0);
                continue;
            }

            if (KeptInTail(j, kind, j > head + 1 && !afterPreposition, ref construct))
            {
                // "لقوة" governs the next noun; "للعمليات", "والدفاع" complete the name.
                closed = construct == 0 && (w.StartsWith("وال", StringComparison.Ordinal) || SpeakerLexicon.IsDefinite(SpeakerLexicon.WithoutAttachedPreposition(w)));
                j++;
                continue;
            }

            if (_lex.IsStop(w) || _lex.IsComplementizer(w) || _lex.IsNegation(w) || IsCue(w) || t.HasDigit)
                break;
            int known = KnownInTail(j, head, construct);
            if (known < 0)
                break;
            if (known > 0)
            {
                (j, construct, closed) = (known, 0, true);
                continue;
            }

            if (!PlainTailWord(w, kind, afterPreposition, definite, ref construct, ref closed))
                break;
            j++;
        }

        return new Mention { Kind = kind, Start = s, End = j, NameStart = s, NameEnd = j, Agreement = agreement, Definite = definite };
    }

    /// <summary>The closing mark of a quoted or bracketed name of a body that opens at <paramref name="j"/>
    /// («هيئة "المنافذ الحدودية"», "(سنتكوم)"), or -1. Only a mark that opens: the quote closing
    /// «تنسيقية …» is followed by the reported clause.</summary>
    private int QuotedNameEnd(int j) =>
        _t[j].Mark == '(' ? Find(j, ')') : OpensQuote(_t[j]) ? ClosingQuote(j) : -1;

    /// <summary>Whether a plain word continues the phrase, updating the construct and whether the phrase
    /// is closed (ends in a definite noun, after which only an adjective follows).</summary>
    private bool PlainTailWord(string w, MentionKind kind, bool afterPreposition, bool definiteHead, ref int construct, ref bool closed)
    {
        bool definiteWord = SpeakerLexicon.IsDefinite(w);
        // "ودانت رئاسة حكومة الإقليم الهجوم": after a complete name a definite noun is the verb's object.
        if (closed && definiteWord && !IsNisba(w) && !_lex.IsAdjective(w) && !HasAdjectiveShape(w))
            return false;
        if (SpeakerLexicon.HasPossessive(w, out _))
            return false; // "أبدت الحكومة ارتياحها": no name carries a possessive pronoun
        if (!TailWord(w, kind, construct, afterPreposition, definiteHead))
            return false;
        if (w.Length > 2 && w[0] == 'و' && !definiteWord)
            return true; // a coordinated adjective leaves the construct as it was
        // A governing noun takes exactly one complement: "حكومة إقليم كردستان" ends there.
        construct = definiteWord ? 0 : _lex.TryBodyHead(w, out _) ? 2 : _lex.IsGoverning(w) ? 1 : Math.Max(0, construct - 1);
        closed = definiteWord;
        return true;
    }

    /// <summary>Whether the word at <paramref name="j"/> stays in the phrase whatever the construct
    /// (a body's complement glued to ل sets it):
    /// "مصدر أمني مطلع أكد" (a time word not followed by a time or a definite noun is an adjective of
    /// the source, not "مطلع الشهر"); "لجنة الأمن والدفاع" (coordinated definites).</summary>
    // على only after the participle "مطلع على": elsewhere it is the verb's ("كتب ناشط على فيسبوك").
    private bool IsTailPreposition(int j) =>
        _t[j].Norm is "في" or "من" or "عن" || (_t[j].Norm == SpeakerLexicon.On && _lex.IsTime(_t[j - 1].Norm));

    private bool KeptInTail(int j, MentionKind kind, bool pastHead, ref int construct)
    {
        var w = _t[j].Norm;
        // "القيادة العامة للعمليات المشتركة", "المكتب الإعلامي لقوة المهام": a body's complement after its
        // adjective; "مركز دجلة للدراسات": or after the proper name the head governs.
        bool properName = construct > 0 && j - 1 > 0 && !SpeakerLexicon.IsDefinite(_t[j - 1].Norm) && !_lex.IsLexical(_t[j - 1].Norm) && !_lex.IsGoverning(_t[j - 1].Norm);
        if (kind == MentionKind.Body && (construct == 0 || properName) && pastHead && BodyComplement(w, out bool governs))
        {
            construct = governs ? 2 : 0;
            return true;
        }

        // "مصدر مطلع على …": before على a time word ("مطلع الشهر") is the participle "informed".
        if (kind == MentionKind.Anonymous && _lex.IsTime(w) && j + 1 < N && _t[j + 1].IsWord && _t[j + 1].Norm == SpeakerLexicon.On)
            return true;
        return (kind == MentionKind.Anonymous && _lex.IsTime(w) && !SpeakerLexicon.IsDefinite(w) && !StartsTime(j + 1))
            || (w.Length > 4 && w.StartsWith("وال", StringComparison.Ordinal) && !_lex.IsStop(w));
    }

    /// <summary>Whether a word glued to ل continues the name of a body that already has its adjective
    /// ("للعمليات", "لقوة"): a definite noun or a body head, not an addressee, an outlet or a time.</summary>
    private bool BodyComplement(string w, out bool governs)
    {
        governs = false;
        if (w.Length < 4 || w[0] != 'ل')
            return false;
        var rest = SpeakerLexicon.WithoutAttachedPreposition(w);
        if (_lex.IsAudience(w) || _lex.IsAudience(rest) || _lex.TryOutletHead(rest, out _) || IsKnownOutlet(rest) || _lex.IsTime(rest) || _lex.IsStatementNoun(rest))
            return false;
        bool body = _lex.TryBodyHead(rest, out _);
        governs = body && !SpeakerLexicon.IsDefinite(rest);
        return body || (SpeakerLexicon.IsDefinite(rest) && !_lex.IsLexical(rest));
    }

    /// <summary>Past a known name inside a source or body phrase ("حكومة إقليم كردستان"), 0 when there
    /// is none, or -1 when a new noun phrase starts after a complete one: the object in "اتهم تحالف
    /// الفتح الحكومة".</summary>
    private int KnownInTail(int j, int head, int construct)
    {
        var w = _t[j].Norm;
        bool complete = j > head + 1 && construct == 0;
        if (complete && SpeakerLexicon.IsDefinite(w) && (_lex.TryBodyHead(w, out _) || _lex.IsTitle(w) || _lex.TryAnonymousHead(w, out _)))
            return -1;
        if (!MatchKnown(j, w, out _, out int ke))
            return 0;
        return complete ? -1 : ke;
    }

    /// <summary>Whether a plain word continues a source or body phrase: not after an attached ل/ب
    /// ("لمسؤولين", "لوكالة", "بشرط"), not an indefinite after a complete complement, and in a body's
    /// name only an adjective once the construct is complete; after a definite head only definite words.</summary>
    private bool TailWord(string w, MentionKind kind, int construct, bool afterPreposition, bool definiteHead)
    {
        bool definiteWord = SpeakerLexicon.IsDefinite(w);
        // "مسؤولون عراقيون وأمريكيون": a coordinated adjective; any other و starts a new clause.
        if (w.Length > 2 && w[0] == 'و' && !definiteWord)
            return IsNisba(w[1..]) && !afterPreposition;
        // After a head with the article an adjective has it too: "الطرفان أهمية …" is the object.
        if (definiteHead && !definiteWord && !afterPreposition)
            return false;
        if (!definiteWord && !Prefixless(w))
            return false;
        if (afterPreposition && !definiteWord && construct == 0)
            return false;
        return definiteWord || construct != 0 || kind != MentionKind.Body || IsNisba(w);
    }

    /// <summary>Past the complement of the preposition at <paramref name="j"/> inside a source or body
    /// phrase ("مصدر في فصائل المقاومة", "نواب عن محافظة الأنبار", "مسؤول مطلع على الاتصالات"), or -1
    /// when it is an occasion or a time ("في بيان", "في وقت سابق", "في الوقت نفسه").</summary>
    private int PrepositionComplement(int j, ref int construct)
    {
        var next = j + 1 < N && _t[j + 1].IsWord ? _t[j + 1].Norm : null;
        // "في بيانها", "عن قلقها": a word with a possessive pronoun is no part of a name.
        if (next is null || _lex.IsStop(next) || _lex.IsStatementNounOrOwn(next) || SpeakerLexicon.HasPossessive(next, out _)
            || _lex.IsTime(next) || _lex.IsTime(SpeakerLexicon.Bare(next))
            || next.Any(char.IsAsciiDigit) || !Prefixless(next) || IsCue(next))
            return -1;
        if (MatchKnown(j + 1, next, out _, out int kend))
        {
            construct = 0;
            return kend;
        }

        construct = SpeakerLexicon.IsDefinite(next) ? 0 : 1;
        return j + 2;
    }

    /// <summary>A title phrase, then the name that follows it directly or in apposition.</summary>
    private Mention ParseTitle(int s)
    {
        // "عضو مجلس محافظة كركوك عن الاتحاد الوطني، هيوا عبد الله،": up to the comma all is role.
        int greedyEnd = ReadRole(s, greedy: true);
        // "الشيخ فلان، رئيس مجلس …، بقاء المستشارين": after a title and its name the apposition is a
        // role, so no second role may lead on to a name.
        int titleEnd = ReadRole(s);
        bool named = ReadName(titleEnd, firstMayBeDefinite: true) is int titleNameEnd && titleNameEnd > titleEnd && titleNameEnd == greedyEnd;
        if (greedyEnd < N && _t[greedyEnd].IsComma && Apposition(greedyEnd, secondRole: !named) is (int ns, int ne))
        {
            return new Mention
            {
                Kind = MentionKind.Person, Start = s, End = ne, NameStart = ns, NameEnd = ne, RoleStart = s, RoleEnd = greedyEnd,
                Definite = SpeakerLexicon.IsDefinite(_t[s].Norm),
            };
        }

        int roleEnd = ReadRole(s);
        var m = new Mention { Kind = MentionKind.Title, Start = s, End = roleEnd, NameStart = s, NameEnd = roleEnd, RoleStart = s, RoleEnd = roleEnd, Definite = SpeakerLexicon.IsDefinite(_t[s].Norm) };
        int nameEnd = ReadName(roleEnd, firstMayBeDefinite: true);
        if (nameEnd > roleEnd && !IsVerbsObject(s, roleEnd, nameEnd))
        {
            m.NameStart = roleEnd;
            m.NameEnd = nameEnd;
            m.End = nameEnd;
            return Person(m);
        }

        if (roleEnd < N && _t[roleEnd].IsComma && Apposition(roleEnd) is (int ns2, int ne2))
        {
            m.NameStart = ns2;
            m.NameEnd = ne2;
            m.End = ne2;
            return Person(m);
        }

        return m;
    }

    /// <summary>"وسأل مقدم البرنامج ضيفه عن …": after a role complete with its definite complement, one
    /// indefinite word that nothing closes is the verb's object, not a name.</summary>
    private bool IsVerbsObject(int s, int roleEnd, int nameEnd) =>
        nameEnd - roleEnd == 1 && roleEnd - s >= 2 && SpeakerLexicon.IsDefinite(_t[roleEnd - 1].Norm) && !SpeakerLexicon.IsDefinite(_t[roleEnd].Norm)
        && !_context.IsPersonToken(_t[roleEnd].Norm) && !IsNameDelimiter(nameEnd);

    /// <summary>A name in apposition after the comma at <paramref name="comma"/>: "، محمد شياع السوداني،",
    /// "، اللواء المتقاعد صباح النعيمي،", "، يدعى كرار جبار:"; with <paramref name="secondRole"/>, also
    /// after a second role of its own ("، النائب عن تحالف الفتح، عباس العكيلي،").</summary>
    public (int Start, int End)? Apposition(int comma, bool secondRole = true)
    {
        int k = comma + 1;
        if (k < N && _t[k].IsWord && _lex.IsNameIntroducer(_t[k].Norm))
            k++;
        // "، «هاكان فيدان»،": the name may stand in quotation marks.
        bool quoted = k < N && _t[k].IsQuote;
        if (quoted)
            k++;
        if (k >= N || !_t[k].IsWord)
            return null;
        // "رئيس اللجنة، ووزير التخطيط، سامي الربيعي،": a second, coordinated role; the name follows it.
        var first = _t[k].Norm;
        if (!quoted && first.Length > 3 && first[0] == 'و' && _lex.IsTitle(first[1..]))
        {
            int roleEnd = ReadRole(k);
            return roleEnd < N && _t[roleEnd].IsComma && roleEnd + 1 < N && !(_t[roleEnd + 1].IsWord && _t[roleEnd + 1].Norm.StartsWith('و'))
                ? Apposition(roleEnd) : null;
        }

        bool ranked = false;
        int titleAt = k;
        // "، رائد مطشر الكنزاوي،": a given name that is also a rank opens the name before a name word.
        bool givenName = _lex.IsGivenName(_t[k].Norm) && k + 1 < N && _t[k + 1].IsWord && !_lex.IsLexical(_t[k + 1].Norm)
            && !SpeakerLexicon.IsDefinite(_t[k + 1].Norm);
        if (_lex.IsTitle(_t[k].Norm) && !givenName)
        {
            k = ReadRole(k);
            ranked = true;
        }

        int e = ReadName(k, firstMayBeDefinite: ranked || _context.IsPersonToken(SpeakerLexicon.Bare(_t[k].Norm)), betweenCommas: !quoted);
        // "مقدم المقترح، النائب عن تحالف الفتح، عباس العكيلي،": a second role, then the name.
        if (secondRole && ranked && !quoted && e == k && ReadRole(titleAt, greedy: true) is int second && second + 1 < N && _t[second].IsComma && _t[second + 1].IsWord)
            return Apposition(second);
        int after = quoted && e > k && e < N && _t[e].IsQuote ? e + 1 : e;
        if (quoted && after == e)
            return null;
        if (e > k && (after >= N || _t[after].IsComma || IsNameDelimiter(after) || IsCue(_t[after].Norm)))
            return (k, e);
        return null;
    }

    private static Mention Person(Mention title) => new()
    {
        Kind = MentionKind.Person, Start = title.Start, End = title.End, NameStart = title.NameStart, NameEnd = title.NameEnd,
        RoleStart = title.RoleStart, RoleEnd = title.RoleEnd, Definite = title.Definite,
    };

    /// <summary>Reads a role from a title word: its complements, adjectives, known bodies and brackets.</summary>
    public int ReadRole(int s, bool greedy = false)
    {
        int j = s + 1;
        // Only a title in construct state (no article: "رئيس الوزراء", "عضو لجنة") governs the next
        // noun; "العقيد جيمس", "المحافظ جوناثان" are followed by the name.
        bool construct = !SpeakerLexicon.IsDefinite(_t[s].Norm);
        while (j < N && j - s < MaxTitleTokens)
        {
            int next;
            if (!_t[j].IsWord && (_t[j].Mark is '#' or '_' || (_t[j].Mark == '.' && _t[j - 1].IsWord && _t[j - 1].Norm.Length == 1)))
            {
                next = j + 1; // "رئيس حكومة #إقليم_كردستان": a hashtag; "د.": the dot of an abbreviated title
                construct &= _t[j].Mark != '.'; // the name follows an abbreviated title
            }
            else if (greedy && _t[j].Mark is '-' or '–' && j + 1 < N && _t[j + 1].IsWord)
            {
                next = j + 1; // "قائد قوة المهام المشتركة - عملية العزم الصلب، فلان،": the role's second part
            }
            else if (!_t[j].IsWord)
            {
                // "(سنتكوم)", «النجباء»: a bracketed or quoted name inside the role.
                int close = _t[j].Mark == '(' ? Find(j, ')') : _t[j].IsQuote ? ClosingQuote(j) : -1;
                next = close > j + 1 ? close + 1 : -1;
                construct = false;
            }
            else
            {
                next = RoleHeadStep(s, j, greedy, ref construct);
                if (next == 0)
                    next = RoleComplementStep(j, greedy, ref construct);
            }

            if (next < 0)
                break;
            j = next;
        }

        return j;
    }

    /// <summary>One step of a role on a connector, a title, a body or a known name: the next token, 0
    /// when the word is none of these, or -1 when the role ends.</summary>
    private int RoleHeadStep(int roleStart, int j, bool greedy, ref bool construct)
    {
        var w = _t[j].Norm;
        if (OpensNameAfterRole(roleStart, j))
            return -1;
        // "المتحدث باسم …", "النائب عن …"; not "رئيس الوزراء في رسالة إلى البرلمان" (the occasion).
        if (_lex.IsConnector(w) && (w != "من" || greedy) && ComplementFollows(j + 1) && (w != "عن" || greedy || ConstituencyFollows(j + 1)))
        {
            construct = true;
            return j + 1;
        }

        // "الأمين العام لمنظمة بدر ورئيس تحالف الفتح": a coordinated second title.
        if (w.Length > 3 && w[0] == 'و' && _lex.IsTitle(w[1..]))
        {
            construct = !SpeakerLexicon.IsDefinite(w[1..]);
            return j + 1;
        }

        // A title word before the stop words: "العام" is a year in "العام الماضي" but part of the
        // role in "الأمين العام لحركة …", "القائد العام للقوات".
        bool title = _lex.IsTitle(w) && !IsCue(w);
        if (!title && (_lex.IsStop(w) || _lex.IsComplementizer(w) || IsCue(w) || _t[j].HasDigit))
            return -1;
        if (MatchKnown(j, w, out _, out int ke))
        {
            construct = false;
            return ke;
        }

        if (title || _lex.TryBodyHead(w, out _) || _lex.TryOutletHead(w, out _))
        {
            construct = !SpeakerLexicon.IsDefinite(w);
            return j + 1;
        }

        return 0;
    }

    /// <summary>One step of a role on a complement: coordinated or prepositional definites, adjectives,
    /// the noun a construct governs; -1 when the word starts the name or the sentence goes on.</summary>
    private int RoleComplementStep(int j, bool greedy, ref bool construct)
    {
        var w = _t[j].Norm;
        if (w.Length < 2)
        {
            // A lone ل written apart: before a name in apposition, "الأمين العام لـ«ألوية الفتح»، فلان،"
            // goes on with the body in quotation marks; "المسؤول لـ«رويترز»" names the channel instead.
            bool body = greedy && w == "ل" && j + 2 < N && _t[j + 1].IsQuote && _t[j + 2].IsWord && !_lex.TryOutletHead(_t[j + 2].Norm, out _)
                && !(MatchKnown(j + 2, _t[j + 2].Norm, out var channel, out _) && channel.Kind == SpeakerKind.Media);
            return body ? j + 1 : -1;
        }
        if (w.Length > 4 && w.StartsWith("وال", StringComparison.Ordinal))
            return j + 1; // "لجنة الأمن والدفاع النيابية"
        if (w.Length > 3 && w[0] is 'ل' or 'ب')
        {
            // "لرئيس الوزراء", "بالقوات الجوية", "الخاص لسوريا": a prepositional complement of the title.
            var rest = SpeakerLexicon.WithoutAttachedPreposition(w);
            // Not an outlet: "الوزير لوكالة الأنباء" names the channel after the role.
            bool known = MatchKnown(j, rest, out var k, out int knownEnd);
            // Nor an audience: "رئيس الأركان للصحفيين" says to whom the role holder spoke.
            bool outlet = _lex.TryOutletHead(rest, out _) || (known && k.Kind == SpeakerKind.Media) || _lex.IsAudience(w) || _lex.IsAudience(rest);
            if (known && !outlet)
            {
                construct = false;
                return knownEnd; // "الأمين العام لحلف شمال الأطلسي": the whole known name
            }

            if (!outlet && (SpeakerLexicon.IsDefinite(rest) || _lex.IsTitle(rest) || _lex.TryBodyHead(rest, out _) || _lex.IsPlace(rest)))
            {
                construct = _lex.IsTitle(rest) || _lex.TryBodyHead(rest, out _);
                return j + 1;
            }
        }

        if (SpeakerLexicon.IsDefinite(w))
        {
            construct = false;
            return j + 1;
        }

        if ((construct || greedy) && !_lex.IsLexical(w) && Prefixless(w))
        {
            // Before an apposition every word up to the comma is the role; a governing noun
            // takes its own complement ("رئيس إقليم كردستان", "صحوة محافظة الأنبار").
            construct = greedy || _lex.IsGoverning(w);
            return j + 1;
        }

        return greedy && !_lex.IsComplementizer(w) && !IsCue(w) && !_lex.IsStop(w) ? j + 1 : -1;
    }

    /// <summary>Whether a given name that is also a role word starts the name here: a title after a
    /// definite one ("اللواء رائد الحيدري": ranks do not stack), a connector after a definite word
    /// unless it is a spokesperson's still without its complement ("النائب المستقل باسم خشان",
    /// "المتحدث باسم الحكومة باسم العوادي", not "المتحدث السابق باسم سينتكوم"), each before a word
    /// that is no lexicon word.</summary>
    private bool OpensNameAfterRole(int roleStart, int j)
    {
        var w = _t[j].Norm;
        if (!_lex.IsGivenName(w) || j == 0 || !_t[j - 1].IsWord || j + 1 >= N || !_t[j + 1].IsWord)
            return false;
        var before = _t[j - 1].Norm;
        var after = _t[j + 1].Norm;
        bool roleComplete = _lex.IsConnector(w)
            ? SpeakerLexicon.IsDefinite(before) && (!_lex.IsSpokesperson(SpeakerLexicon.Bare(_t[roleStart].Norm))
                || Enumerable.Range(roleStart, j - roleStart).Any(k => _t[k].IsWord && _lex.IsConnector(_t[k].Norm)))
            : SpeakerLexicon.IsDefinite(before) && _lex.IsTitle(before);
        return roleComplete && !_t[j + 1].HasDigit && !_lex.IsLexical(after) && !IsCue(after) && !_lex.IsComplementizer(after)
            && !_lex.IsPlace(SpeakerLexicon.Bare(after)) && !IsKnownStart(j + 1) && Prefixless(after);
    }

    private bool RoleHead(string w) => _lex.IsTitle(w) || (_lex.TryAnonymousHead(w, out var a) && !a.HasFlag(Agreement.Plural));

    private bool StartsTime(int k) =>
        k < N && _t[k].IsWord && (SpeakerLexicon.IsDefinite(_t[k].Norm) || _lex.IsTime(_t[k].Norm) || _t[k].HasDigit
            || (_lex.IsStop(_t[k].Norm) && !_lex.IsComplementizer(_t[k].Norm)));

    /// <summary>Whether "عن" after a title names what the office holder sits for ("النائب عن ائتلاف …",
    /// "عن محافظة البصرة", "عن نينوى") rather than being the verb's own preposition before a noun with a
    /// pronoun ("وأعرب الرئيس الفرنسي عن قلقه", "عن ترحيبها"): a body, a governing noun, a known name or a
    /// place always sits for; another word does unless it ends in a pronoun (a written ه, not ة).</summary>
    private bool ConstituencyFollows(int k)
    {
        var w = _t[k].Norm;
        if (SpeakerLexicon.IsDefinite(w) || _lex.TryBodyHead(w, out _) || _lex.IsGoverning(w) || _lex.IsPlace(w) || IsKnownStart(k))
            return true;
        // "عن أمل بلاده": the pronoun may sit on the noun the complement governs.
        return !EndsInPronoun(k) && !(k + 1 < N && _t[k + 1].IsWord && EndsInPronoun(k + 1));
    }

    private bool EndsInPronoun(int k) =>
        SpeakerLexicon.HasPossessive(_t[k].Norm, out _) || (_text is not null && _t[k].Norm.Length > 3 && _text[_t[k].End - 1] == 'ه');

    /// <summary>Whether the word at <paramref name="k"/> can be the complement of a connector after a
    /// title: not an occasion ("في رسالة", "في بيان"), a time or a stop word.</summary>
    private bool ComplementFollows(int k)
    {
        if (k >= N || !_t[k].IsWord)
            return false;
        var w = _t[k].Norm;
        return !_lex.IsStatementNounOrOwn(w) && !_lex.IsDocument(w) && !_lex.IsTime(w) && !_lex.IsStop(w) && !w.Any(char.IsAsciiDigit);
    }

    /// <summary>Reads up to four name words; returns <paramref name="s"/> when there is none.</summary>
    private int ReadName(int s, bool firstMayBeDefinite, bool betweenCommas = false)
    {
        int j = s;
        while (j < N && j - s < MaxNameWords)
        {
            var t = _t[j];
            // "صباح النعمان" is a name where "صباح الأحد" is a time: a time word opens a name only
            // before a word that is neither a time nor a stop word.
            bool timeName = j == s && (firstMayBeDefinite || betweenCommas) && _lex.IsTime(t.Norm) && j + 1 < N && _t[j + 1].IsWord && !_t[j + 1].HasDigit
                && !_lex.IsTime(_t[j + 1].Norm) && !_lex.IsStop(_t[j + 1].Norm) && !_lex.IsComplementizer(_t[j + 1].Norm);
            // "روبرت ب. وايت": a middle initial, its dot and the family name after it stay inside the
            // name (a family name may start with و, which elsewhere opens a new clause).
            if (j > s && t.IsWord && t.Norm.Length == 1 && j + 2 < N && _t[j + 1].Mark == '.' && _t[j + 2].IsWord && _t[j + 2].Norm.Length > 1
                && !_lex.IsLexical(_t[j + 2].Norm) && !_t[j + 2].HasDigit)
            {
                j += 3;
                continue;
            }

            // "#أثيل_النجيفي": a hashtag joins the words of a name with underscores.
            if (j > s && t.Mark == '_' && j + 1 < N && _t[j + 1].IsWord && _t[j - 1].IsWord && _t[j - 1].End == t.Start && t.End == _t[j + 1].Start)
            {
                j++;
                continue;
            }

            if (!t.IsWord || t.Norm.Length < 2 || t.HasDigit || _lex.IsComplementizer(t.Norm) || (_lex.IsTime(t.Norm) && !timeName) || IsKnownStart(j))
                break;
            bool linked = j > s && _lex.IsNameLink(_t[j - 1].Norm); // "عبد الأمير", "أبو مهدي"
            // Between commas a verb form right before the closing comma is a family name ("، آلاء طالب،").
            bool closesApposition = betweenCommas && j > s && j + 1 < N && _t[j + 1].IsComma && IsCue(t.Norm);
            if ((_lex.IsLexical(t.Norm) || IsCue(t.Norm)) && !IsGivenNameAli(j) && !linked && !timeName && !_lex.IsGivenName(t.Norm) && !closesApposition)
                break;
            if (j == s && !firstMayBeDefinite && SpeakerLexicon.IsDefinite(t.Norm) && !_context.IsPersonToken(SpeakerLexicon.Bare(t.Norm)))
                break;
            if (j > s && t.Norm.Length > 2 && t.Norm[0] == 'و' && !_context.IsPersonToken(t.Norm) && !IsFamilyNameInWaw(s, j))
                break; // "و..." starts a new clause
            // "المسؤول لوكالة", "حمد بالقصف", "للصحفيين": a word with an attached ل/ب ends the name.
            if (!Prefixless(t.Norm) && !_context.IsPersonToken(t.Norm))
                break;
            // After two name words a definite noun that is no family name (nisba) is the object:
            // "عزا النائب كريم حمد التأخير إلى …"; "محمد شياع السوداني" keeps its third word.
            if (j - s >= 2 && SpeakerLexicon.IsDefinite(t.Norm) && !IsNisba(t.Norm) && !linked && !_lex.IsNameTail(t.Norm) && !_context.IsPersonToken(SpeakerLexicon.Bare(t.Norm)))
                break;
            j++;
        }

        return j;
    }

    private Mention? ParseBareName(int s, string first, bool allowBare)
    {
        bool known = _context.IsPersonToken(SpeakerLexicon.Bare(first));
        // «فوربس» after "مجلة «فوربس»" earlier: a quoted name of an outlet or body met before.
        if (!known && s > 0 && _t[s - 1].IsQuote && _context.BodyOrOutletNamed(SpeakerLexicon.Bare(first)) is { } met
            && s + 1 < N && _t[s + 1].IsQuote)
        {
            var kind = met.Kind == SpeakerKind.Media ? MentionKind.Outlet : MentionKind.Body;
            return new Mention { Kind = kind, Start = s, End = s + 2, NameStart = s, NameEnd = s + 1, Agreement = met.Agreement };
        }

        // "تابعونا عبر …", "متابعة:": a credit or furniture word is never a name.
        if (!known && (!allowBare || _lex.IsCredit(first)))
            return null;
        // A family name with the article ("السوداني", "الصدر") is read only where nothing else fits:
        // right before a colon, the reported clause or a reporting verb, in at most two words.
        bool definite = !known && SpeakerLexicon.IsDefinite(first);
        int e = ReadName(s, firstMayBeDefinite: known || definite);
        // "الحراك الشعبي يتهم …", "الخارجية الروسية تحذر": a definite noun and its adjective are a body.
        if (definite && e - s == 2 && IsNisba(_t[s + 1].Norm) && SpeakerLexicon.IsDefinite(_t[s + 1].Norm) && ClosesDefiniteName(s, e) && IsArabic(s, e))
            return new Mention { Kind = MentionKind.Body, Start = s, End = e, NameStart = s, NameEnd = e, Agreement = Agreement.Any, Definite = true };
        // "وطالب الإطار في بيانه" after "الإطار التنسيقي": one definite word of a body or outlet met before.
        if (definite && e - s == 1 && ClosesDefiniteName(s, e) && _context.BodyOrOutletNamed(SpeakerLexicon.Bare(first)) is { } named)
        {
            var kind = named.Kind == SpeakerKind.Media ? MentionKind.Outlet : MentionKind.Body;
            return new Mention { Kind = kind, Start = s, End = e, NameStart = s, NameEnd = e, Agreement = named.Agreement, Definite = true };
        }

        if (e == s || (definite && (e - s > 1 || !ClosesDefiniteName(s, e))) || (!known && !IsArabic(s, e)))
            return null;
        // "بات رايدر، المتحدث باسم البنتاغون،": the role follows the name; after a verb without
        // a comma too ("أكد علي عبودي مسؤول مكتب …", "أعرب قوباد طالباني نائب رئيس …").
        int roleAt = e + 1 < N && _t[e].IsComma ? e + 1 : e;
        if (roleAt < N && _t[roleAt].IsWord && !definite && (roleAt > e || allowBare) && RoleHead(_t[roleAt].Norm))
        {
            int roleEnd = ReadRole(roleAt);
            return new Mention { Kind = MentionKind.Person, Start = s, End = e, NameStart = s, NameEnd = e, RoleStart = roleAt, RoleEnd = roleEnd };
        }

        // After a sentence-initial verb the verb's own preposition closes the name too: "وأشار X إلى أن",
        // "وشدد X على", "وحذر X من".
        bool vouched = known || IsNameDelimiter(e) || (OpensSentence(s) && CueKindOf(_t[e].Norm) is CueKind.Verb or CueKind.Position)
            || (allowBare && PrepositionClosesName && !definite && !_lex.IsPlace(first) && _t[e].IsWord && _lex.IsVerbPreposition(_t[e].Norm));
        if (!vouched)
            return null;
        return new Mention { Kind = MentionKind.Person, Start = s, End = e, NameStart = s, NameEnd = e, IsBare = !known };
    }

    /// <summary>Whether token <paramref name="e"/> can follow a speaker's name: the reported clause, a
    /// quotation, an addressee, an occasion or a time.</summary>
    public bool IsNameDelimiter(int e)
    {
        if (e >= N)
            return true;
        var t = _t[e];
        if (!t.IsWord)
            return t.IsComma || t.Mark is ':' || t.IsQuote;
        var w = t.Norm;
        if (_lex.IsComplementizer(w) || _lex.IsTime(w))
            return true;
        if (w == "في" && e + 1 < N && _t[e + 1].IsWord && _lex.IsStatementNounOrOwn(_t[e + 1].Norm))
            return true;
        if (w == "ل" || (w.Length > 2 && w[0] == 'ل' && (_lex.IsAudience(w) || _lex.IsAudience(w[1..]) || IsLamOutlet(w))))
            return true;
        return CueKindOf(w) == CueKind.Participle;
    }

    // "لوكالة", "للصحيفة", "لرويترز", "للجزيرة": an outlet that carried the words follows the name (a
    // head of outlets, or an outlet the lexicon knows by name), so the name ends before it.
    private bool IsLamOutlet(string w)
    {
        string rest = SpeakerLexicon.WithoutAttachedPreposition(w);
        return _lex.TryOutletHead(rest, out _) || IsKnownOutlet(rest);
    }

    // An outlet the lexicon knows by a one-word name ("رويترز", "الجزيرة").
    private bool IsKnownOutlet(string word) =>
        _lex.KnownStartingWith(word) is { } known && known.Any(k => k.Kind == SpeakerKind.Media && k.Words.Length == 1);

    /// <summary>Whether token <paramref name="e"/> closes a bare name that carries the article: a colon, a
    /// quotation, the reported clause, an occasion, an addressee or a reporting verb; not a comma.</summary>
    private bool ClosesDefiniteName(int s, int e)
    {
        if (e >= N)
            return false;
        // "وقال الصميدعي، في بيان:": a comma before the occasion or the reported clause.
        if (!_t[e].IsWord && _t[e].IsComma)
            return e + 1 < N && _t[e + 1].IsWord && IsNameDelimiter(e + 1) && !_lex.IsTime(_t[e + 1].Norm);
        return IsNameDelimiter(e) || (OpensSentence(s) && CueKindOf(_t[e].Norm) is CueKind.Verb or CueKind.Position);
    }

    /// <summary>Whether no word comes before token <paramref name="s"/>: the subject of a headline or lede.</summary>
    private bool OpensSentence(int s)
    {
        for (int k = 0; k < s; k++)
        {
            if (_t[k].IsWord)
                return false;
        }

        return true;
    }

    // A bare name is written in Arabic letters ("Alsumaria Tv" is a site credit, not a speaker).
    private bool IsArabic(int s, int e)
    {
        for (int k = s; k < e; k++)
        {
            if (_t[k].Norm.Any(char.IsAsciiLetter))
                return false;
        }

        return true;
    }

    // "علي" folds like the preposition "على"; written with a final ي and followed by a name word
    // (no article-less lexicon word, no digit) it is the given name: "الشيخ علي الساعدي".
    private bool IsGivenNameAli(int j)
    {
        if (_text is null || _t[j].Norm != "علي" || _text[_t[j].Start + _t[j].Length - 1] != 'ي')
            return false;
        return j + 1 < N && _t[j + 1].IsWord && !_t[j + 1].HasDigit && !_lex.IsLexical(_t[j + 1].Norm) && !_lex.IsComplementizer(_t[j + 1].Norm) && Prefixless(_t[j + 1].Norm);
    }

    /// <summary>Whether a word in و closes the name rather than opening a clause: "، سامر وهاب، في …",
    /// "جيمس ويلكوكس إن". No clause starts with an unknown word that the name's end follows at once,
    /// whereas a coordinated person met before ("وبايدن"), a verb, a word of the lexicons
    /// or a noun with a pronoun ("وغيرهم", "ورقته") starts one. ("والش" looks definite, so the article is no sign.)</summary>
    private bool IsFamilyNameInWaw(int nameStart, int j)
    {
        var rest = _t[j].Norm[1..];
        // "أسئلة وأجوبة:" opening a line is a heading, not a speaker's name.
        return rest.Length >= 3 && j + 1 < N && IsNameDelimiter(j + 1) && !(nameStart == 0 && _t[j + 1].Mark == ':')
            && !SpeakerLexicon.HasPossessive(rest, out _) && !rest.EndsWith("ته", StringComparison.Ordinal)
            && !_lex.IsLexical(rest) && !IsCue(_t[j].Norm) && !_context.IsPersonToken(rest);
    }

    private bool IsKnownStart(int j) => MatchKnown(j, _t[j].Norm, out _, out _);

    private bool IsCue(string w) => CueKindOf(w) is not null;

    private CueKind? CueKindOf(string w)
    {
        var list = _lex.CuesStartingWith(w);
        if (list is null && w.Length > 2 && w[0] is 'و' or 'ف')
            list = _lex.CuesStartingWith(w[1..]);
        return list is { Count: > 0 } ? list[^1].Kind : null;
    }

    private int ClosingQuote(int j)
    {
        for (int k = j + 1; k < N && k - j <= MaxGroupTokens; k++)
        {
            if (_t[k].IsQuote)
                return k;
        }

        return -1;
    }

    private int Find(int j, char mark)
    {
        for (int k = j + 1; k < N && k - j <= MaxGroupTokens; k++)
        {
            if (!_t[k].IsWord && _t[k].Mark == mark)
                return k;
        }

        return -1;
    }

    private bool ClosesAfter(Mention m) => _t[m.End - 1].IsQuote || (m.End < N && _t[m.End].IsQuote);

    // « “ „ open a quotation; a straight quote opens when the tokenizer found the text after it quoted.
    private static bool OpensQuote(SpeakerToken t) => t.Mark is '«' or '“' or '„' || (t.Mark == '"' && t.InQuote);

    /// <summary>Whether a word carries no attached ل/ب preposition that would end a name ("لوكالة").</summary>
    private bool Prefixless(string w)
    {
        if (w.Length < 4 || w[0] is not ('ل' or 'ب'))
            return true;
        var rest = SpeakerLexicon.WithoutAttachedPreposition(w);
        // "لوكالة", "للصحفيين", "بالقوات", "بشرط": the rest is a known word or carries the article.
        return !(SpeakerLexicon.IsDefinite(rest) || _lex.IsLexicalNoun(rest) || _lex.IsAudience(rest) || _lex.TryOutletHead(rest, out _) || IsKnownOutlet(rest) || _lex.TryAnonymousHead(rest, out _) || _lex.IsStatementNoun(rest)
            || _lex.IsGoverning(rest)); // "لعملية العزم الصلب"
    }

    /// <summary>Whether a definite word has the shape of an adjective rather than of a verbal noun,
    /// once a gender or plural ending is set aside: فاعل ("الصادق", "القادمين"), أفعل ("الأوسط"),
    /// فعيل ("القريبة") or a participle in م ("المفاوض", "المستقيل", "المقربة"). The object after
    /// a body's name is mostly a verbal noun or a plural ("الهجوم", "البيان", "القوات"), which has none
    /// of these shapes.</summary>
    private static bool HasAdjectiveShape(string w)
    {
        var stem = SpeakerLexicon.Bare(w);
        bool suffixed = false;
        if (stem.Length > 5 && (stem.EndsWith("ين", StringComparison.Ordinal) || stem.EndsWith("ون", StringComparison.Ordinal)))
            (stem, suffixed) = (stem[..^2], true);
        else if (stem.Length > 4 && stem[^1] == 'ه')
            (stem, suffixed) = (stem[..^1], true);
        if (stem.EndsWith("ات", StringComparison.Ordinal))
            return false;
        if (stem.Length == 4 && (stem[1] == 'ا' || stem[0] == 'ا' || stem[2] == 'ي'))
            return true;
        return stem[0] == 'م' && stem.Length >= (suffixed ? 4 : 5);
    }

    /// <summary>A relational adjective: "العراقي", "أميركية", "الحكوميين".</summary>
    private static bool IsNisba(string w) =>
        w.EndsWith('ي') || w.EndsWith("يه", StringComparison.Ordinal) || w.EndsWith("يون", StringComparison.Ordinal)
        || w.EndsWith("يين", StringComparison.Ordinal) || w.EndsWith("يا", StringComparison.Ordinal) || w.EndsWith("يات", StringComparison.Ordinal);
}
