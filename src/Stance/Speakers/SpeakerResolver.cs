namespace Stance.Speakers;

/// <summary>Resolves a mention to a document speaker: a later short mention ("السوداني",
/// "المتحدثة", "الوزارة", "المسؤول الأميركي") to the fullest earlier one, a known alias to its
/// canonical name, "الصحيفة" to the outlet named last and "البيان" to the body that spoke last.</summary>
internal static class SpeakerResolver
{
    /// <summary>The speaker of <paramref name="m"/>, created when the document has not met it.</summary>
    /// <param name="context">The document.</param>
    /// <param name="m">The mention.</param>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <param name="text">The document text.</param>
    /// <param name="cue">The agreement of the cue whose subject the mention is (gender of a new person).</param>
    public static SpeakerEntity? Resolve(SpeakerContext context, Mention m, List<SpeakerToken> tokens, string text, Agreement cue)
    {
        var name = MentionText.Of(text, tokens, m, m.NameStart, m.NameEnd);
        var words = Words(tokens, m.NameStart, m.NameEnd, m.PrefixChars > 0 && m.NameStart == m.Start);
        string? role = m.RoleStart >= 0 ? MentionText.Of(text, tokens, m, m.RoleStart, m.RoleEnd) : null;
        var roleWords = m.RoleStart >= 0 ? Words(tokens, m.RoleStart, m.RoleEnd, m.PrefixChars > 0 && m.RoleStart == m.Start) : [];
        SpeakerEntity? e;
        switch (m.Kind)
        {
            case MentionKind.Known:
                return Known(context, m.Known!, words, name);
            case MentionKind.Outlet when m.Known is not null:
                return Known(context, m.Known, words, name);
            case MentionKind.OutletRef:
                return context.LastOutlet ?? New(context, name, SpeakerKind.Media, m.Agreement, words);
            case MentionKind.StatementRef:
                // "البيان" is a body's; "التقرير" may be an outlet's ("أبرزت مجلة X في تقرير لها … ووصف التقرير").
                for (int i = context.History.Count - 1; i >= 0; i--)
                {
                    if (context.History[i].Kind == SpeakerKind.Organization || (context.History[i].Kind == SpeakerKind.Media && m.IsReport))
                        return context.History[i];
                }

                return null;
            case MentionKind.Person:
                return Person(context, m, tokens, name, words, role, roleWords, cue);
            case MentionKind.Title:
                bool feminine = IsFeminineTitle(tokens, m) || cue == Agreement.Feminine;
                e = FindLast(context, x => x.Kind == SpeakerKind.Person && x.RoleWords.Count > 0 && Subset(roleWords, x.RoleWords)
                    && (!feminine || x.Agreement.HasFlag(Agreement.Feminine)));
                // "مستشار الأمن القومي" is definite through its complement.
                bool definiteTitle = m.Definite || HasDefinite(tokens, m.RoleStart, m.RoleEnd);
                e ??= definiteTitle ? ByRole(context, tokens, m, roleWords, feminine ? Agreement.Feminine : Agreement.Masculine) : null;
                // "وأضاف المتحدث" after "المتحدث باسم البنتاغون": the fuller unnamed description met before.
                e ??= definiteTitle ? FindLast(context, x => x.Kind == SpeakerKind.Anonymous && Subset(words, x.Words)
                    && (!feminine || x.Agreement.HasFlag(Agreement.Feminine))) : null;
                return e ?? Named(context, name, SpeakerKind.Anonymous, feminine ? Agreement.Feminine : Agreement.Masculine, words);
            case MentionKind.Anonymous:
                // ANNOTATION: the description as written ("عن مسؤولين عراقيين"), not a citation form.
                if (m.Definite)
                {
                    e = FindLast(context, x => x.Kind == SpeakerKind.Anonymous && Subset(words, x.Words));
                    if (e is null && !m.Agreement.HasFlag(Agreement.Plural))
                        e = ByRole(context, tokens, m, words, m.Agreement);
                    if (e is not null)
                        return e;
                }

                return Named(context, name, SpeakerKind.Anonymous, m.Agreement, words);
            case MentionKind.Body:
                return Body(context, name, m.Agreement, words);
            case MentionKind.Outlet:
                return Named(context, OutletName(text, tokens, m), SpeakerKind.Media, m.Agreement, words);
            default:
                return null;
        }
    }

    /// <summary>A named person: the same person as an earlier mention whose name words include or are
    /// included in these (the fuller form wins), or a new one; the first role given is the one shown, and
    /// the words of every role given are kept for matching later descriptions.</summary>
    private static SpeakerEntity Person(SpeakerContext context, Mention m, List<SpeakerToken> tokens, string name, HashSet<string> words, string? role, HashSet<string> roleWords, Agreement cue)
    {
        var e = FindLast(context, x => x.Kind == SpeakerKind.Person && (Subset(words, x.NameWords) || Subset(x.NameWords, words)));
        if (e is null)
        {
            e = New(context, name, SpeakerKind.Person, PersonAgreement(roleWords, tokens, m, cue), words);
            foreach (var w in words)
                e.NameWords.Add(w);
        }
        else if (words.Count > e.NameWords.Count && Subset(e.NameWords, words))
        {
            e.Canonical = name; // the fuller form wins
            e.NameWords.UnionWith(words);
        }

        if (role is not null && e.Role is null)
        {
            e.Role = role;
            e.RoleHead = SpeakerLexicon.Bare(tokens[m.RoleStart].Norm);
            if (e.Agreement == Agreement.Masculine && IsFeminineTitle(tokens, m))
                e.Agreement = Agreement.Feminine;
        }

        // Every role the document gives the person describes them later: "الرئيس أردوغان" in the headline,
        // "الرئيس التركي رجب طيب أردوغان" in the lede, then "وقال الرئيس التركي".
        if (role is not null)
            e.RoleWords.UnionWith(roleWords);

        return e;
    }

    /// <summary>A body: the earlier one whose words include these ("الوزارة"), or an earlier unknown one
    /// whose words these include (the fuller form wins), or a new one.</summary>
    private static SpeakerEntity Body(SpeakerContext context, string name, Agreement agreement, HashSet<string> words)
    {
        var e = FindLast(context, x => x.Kind == SpeakerKind.Organization && Subset(words, x.Words));
        if (e is not null)
            return e;
        e = FindLast(context, x => x.Kind == SpeakerKind.Organization && !x.IsKnown && Subset(x.Words, words));
        if (e is not null)
        {
            e.Canonical = name;
            e.Words.UnionWith(words);
            return e;
        }

        return Named(context, name, SpeakerKind.Organization, agreement, words);
    }

    private static SpeakerEntity Known(SpeakerContext context, KnownEntry k, HashSet<string> words, string written)
    {
        var key = SpeakerLexicon.Fold(k.Canonical);
        var e = FindLast(context, x => x.IsKnown && x.Key == key);
        // The canonical name is the lexicon's unless the document writes a fuller form (more words):
        // "هيئة «الحشد الشعبي العراقي»", "وزارة الدفاع الأميركية" written out; a headline's
        // "البرلمان العراقي" stays "مجلس النواب العراقي". Outlets keep the lexicon name ("وكالة رويترز").
        string form = k.Kind == SpeakerKind.Media || string.IsNullOrWhiteSpace(written) ? k.Canonical : written;
        int formWords = form.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (e is null)
        {
            e = new SpeakerEntity(k.Canonical, k.Kind, k.Agreement) { IsKnown = true, FirstSentence = context.Sentences };
            foreach (var w in k.Canonical.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                e.NameWords.Add(SpeakerLexicon.Bare(SpeakerLexicon.Fold(w)));
            e.Words.UnionWith(e.NameWords);
            context.Touch(e);
        }

        if (formWords > e.Canonical.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length)
            e.Canonical = form;

        e.Words.UnionWith(words);
        return e;
    }

    // The same description is the same source: "مسؤول أميركي" twice is one speaker.
    private static SpeakerEntity Named(SpeakerContext context, string name, SpeakerKind kind, Agreement agreement, HashSet<string> words)
    {
        var key = SpeakerLexicon.Fold(name);
        return FindLast(context, x => x.Kind == kind && x.Key == key) ?? New(context, name, kind, agreement, words);
    }

    private static SpeakerEntity New(SpeakerContext context, string name, SpeakerKind kind, Agreement agreement, HashSet<string> words)
    {
        var e = new SpeakerEntity(name, kind, agreement == Agreement.None ? Agreement.Masculine : agreement) { FirstSentence = context.Sentences };
        e.Words.UnionWith(words);
        context.Touch(e);
        return e;
    }

    private static SpeakerEntity? FindLast(SpeakerContext context, Func<SpeakerEntity, bool> match)
    {
        for (int i = context.Entities.Count - 1; i >= 0; i--)
        {
            if (match(context.Entities[i]))
                return context.Entities[i];
        }

        return null;
    }

    /// <summary>The person named earlier whom a definite description designates (rules 1 and 8):
    /// "الوزير" after "وزير البيشمركة شورش إسماعيل", "المسؤول الإيراني" after "أمين مجلس الأمن القومي
    /// الإيراني، علي شمخاني". A generic source head ("المسؤول") needs its adjectives in the person's role;
    /// a title with adjectives only needs the role's head and those adjectives; a title with a
    /// complement needs its head and the complement's nouns in the role (adjectives may differ).
    /// Gender must agree.</summary>
    private static SpeakerEntity? ByRole(SpeakerContext context, List<SpeakerToken> tokens, Mention m, HashSet<string> words, Agreement agreement)
    {
        int s = m.RoleStart >= 0 ? m.RoleStart : m.Start;
        if (s < 0 || s >= tokens.Count || !tokens[s].IsWord || words.Count == 0)
            return null;
        var head = SpeakerLexicon.Bare(tokens[s].Norm);
        if (m.PrefixChars > 0 && s == m.Start && head.Length > 2)
            head = SpeakerLexicon.Bare(SpeakerLexicon.WithoutAttachedPreposition(head));
        var rest = words.Where(w => w != head).ToList();
        bool adjectivesOnly = rest.All(IsAdjective);
        bool generic = m.Kind == MentionKind.Anonymous;
        return FindLast(context, x => x.Kind == SpeakerKind.Person && x.RoleWords.Count > 0
            && SpeakerContext.Compatible(x.Agreement, agreement == Agreement.None ? Agreement.Any : agreement)
            && (generic ? rest.Count > 0 && adjectivesOnly && rest.All(x.RoleWords.Contains)
                : adjectivesOnly ? x.RoleHead == head && rest.All(x.RoleWords.Contains)
                : x.RoleWords.Contains(head) && rest.Where(w => !IsAdjective(w)).All(x.RoleWords.Contains)));
    }

    private static Agreement PersonAgreement(HashSet<string> roleWords, List<SpeakerToken> tokens, Mention m, Agreement cue)
    {
        if (IsFeminineTitle(tokens, m))
            return Agreement.Feminine;
        return cue == Agreement.Feminine ? Agreement.Feminine : Agreement.Masculine;
    }

    // "المتحدثة", "النائبة", "أستاذة": a feminine title ends in ة (folded to ه).
    private static bool IsFeminineTitle(List<SpeakerToken> tokens, Mention m)
    {
        int s = m.RoleStart >= 0 ? m.RoleStart : m.Start;
        if (s < 0 || s >= tokens.Count || !tokens[s].IsWord)
            return false;
        var w = tokens[s].Norm;
        return w.Length > 3 && w[^1] == 'ه';
    }

    // "صحيفة ذا ناشيونال الإماراتية" is "ذا ناشيونال"; "صحيفة «الصباح» الرسمية" is "صحيفة «الصباح»".
    private static string OutletName(string text, List<SpeakerToken> tokens, Mention m)
    {
        int end = m.NameEnd;
        while (end - 1 > m.Start + 1 && tokens[end - 1].IsWord && SpeakerLexicon.IsDefinite(tokens[end - 1].Norm) && IsAdjective(tokens[end - 1].Norm))
            end--;
        int start = m.Start;
        if (start + 1 < end && tokens[start + 1].IsWord && !SpeakerLexicon.IsDefinite(tokens[start + 1].Norm))
            start++;
        var copy = new Mention { Kind = m.Kind, Start = start, End = end, PrefixChars = start == m.Start ? m.PrefixChars : 0, PrefixIsLam = start == m.Start && m.PrefixIsLam };
        return MentionText.Of(text, tokens, copy, start, end);
    }

    private static bool HasDefinite(List<SpeakerToken> tokens, int start, int end)
    {
        for (int i = Math.Max(0, start); i < end && i < tokens.Count; i++)
        {
            if (tokens[i].IsWord && SpeakerLexicon.IsDefinite(tokens[i].Norm))
                return true;
        }

        return false;
    }

    private static bool IsAdjective(string w) => w.EndsWith('ي') || w.EndsWith("يه", StringComparison.Ordinal);

    private static bool Subset(HashSet<string> a, HashSet<string> b) => a.Count > 0 && a.IsSubsetOf(b);

    /// <summary>The folded words without the article of a token range (connectors and marks left out).</summary>
    public static HashSet<string> Words(List<SpeakerToken> tokens, int start, int end, bool prefixed)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (int i = Math.Max(0, start); i < end && i < tokens.Count; i++)
        {
            if (!tokens[i].IsWord)
                continue;
            var w = tokens[i].Norm;
            if (i == start && prefixed && w.Length > 2)
                w = SpeakerLexicon.WithoutAttachedPreposition(w); // "للخارجية" → "الخارجية", bared below

            set.Add(SpeakerLexicon.Bare(w));
        }

        return set;
    }
}
