namespace Stance.Speakers;

/// <summary>
/// A headline or lede that gives its speaker only by a description ("وزير الخارجية العراقي: …", "خبير
/// أمني يكشف …") is the person the opening of the article then names with that role ("وقال وزير
/// الخارجية العراقي فؤاد حسين"). ANNOTATION rule 8: once the document names the person, every mention
/// resolves to that person.
/// </summary>
/// <remarks>Reading in order, the headline comes before the name, so the speakers of a document's first
/// <see cref="Sentences"/> sentences are final only once all of them are read. The analyzer and the
/// whole-document attributor both resolve at that point, which keeps streaming and whole-text reading
/// identical; only the opening of a document waits.</remarks>
internal static class OpeningCataphora
{
    /// <summary>The opening: the sentences read before the first of them is final.</summary>
    public const int Sentences = 5;

    /// <summary>The headline, a subtitle and the lede: the sentences whose description a name later in
    /// the opening can resolve.</summary>
    public const int Described = 3;

    /// <summary>The sentence's attribution once the opening is read: a singular description resolves to
    /// the person of the opening whose role holds every word of it (a relational adjective matching its
    /// noun: "العراق" and "العراقي"), of agreeing gender, or else to the one person the opening gives
    /// words to under the same head noun; otherwise unchanged.</summary>
    public static (SpeakerAttribution Attribution, SpeakerEntity? Entity, AttributionEvidence Evidence) Resolve(
        SpeakerContext context, SpeakerAttribution attribution, SpeakerEntity? entity, AttributionEvidence evidence)
    {
        if (evidence.SentenceIndex >= Described || attribution.Speaker is not { } speaker || entity is not { Kind: SpeakerKind.Anonymous }
            || entity.Agreement.HasFlag(Agreement.Plural) || NamedPerson(context, entity, evidence.SentenceIndex) is not { } person)
        {
            return (attribution, entity, evidence);
        }

        var named = speaker with { CanonicalName = person.Canonical, Role = person.Role, Kind = SpeakerKind.Person };
        return (attribution with { Speaker = named }, person, evidence with { Kind = SpeakerKind.Person });
    }

    private static SpeakerEntity? NamedPerson(SpeakerContext context, SpeakerEntity description, int sentence)
    {
        if (description.Words.Count == 0)
            return null;
        SpeakerEntity? first = null;
        foreach (var e in context.Entities)
        {
            if (e.Kind != SpeakerKind.Person || e.FirstSentence >= Sentences || e.RoleWords.Count == 0
                || !SpeakerContext.Compatible(e.Agreement, description.Agreement))
            {
                continue;
            }

            if (description.Words.All(w => e.RoleWords.Any(r => Same(w, r))) && (first is null || e.FirstSentence < first.FirstSentence))
                first = e;
        }

        return first ?? OnlySpeakingPerson(context, description, sentence);
    }

    // A headline often shortens or paraphrases the role the lede gives ("باحث أمريكي" for "الباحث في
    // معهد واشنطن"): its head noun names one person, named after it in the opening, who speaks there.
    // A definite complement of the head that the role lacks ("وزير الدفاع" for "وزير الخارجية") is
    // another office; other words a lede may drop or paraphrase ("أمريكي", "في البرلمان").
    private static SpeakerEntity? OnlySpeakingPerson(SpeakerContext context, SpeakerEntity description, int sentence)
    {
        var words = description.Key.Split(' ');
        var head = SpeakerLexicon.Bare(words[0]);
        SpeakerEntity? only = null;
        foreach (var e in context.History)
        {
            if (e.Kind != SpeakerKind.Person || e.FirstSentence <= sentence || e.FirstSentence >= Sentences || ReferenceEquals(e, only)
                || e.RoleHead is not { } role || !Same(head, role) || !SpeakerContext.Compatible(e.Agreement, description.Agreement)
                || OtherOffice(words, e))
            {
                continue;
            }

            if (only is not null)
                return null;
            only = e;
        }

        return only;
    }

    // The head's definite complement, absent from the role: "وزير الدفاع" is not "وزير الخارجية".
    private static bool OtherOffice(string[] words, SpeakerEntity e) =>
        words.Length > 1 && SpeakerLexicon.IsDefinite(words[1]) && !words[1].EndsWith('ي')
        && !e.RoleWords.Any(r => Same(SpeakerLexicon.Bare(words[1]), r));

    // "عراق" and "عراقي", "خارجيه" and "لخارجيه" (a complement glued to ل inside the role).
    private static bool Same(string description, string role)
    {
        if (description == role)
            return true;
        if (role.Length > 3 && role[0] == 'ل')
            role = SpeakerLexicon.Bare(SpeakerLexicon.WithoutAttachedPreposition(role));
        return Stem(description) == Stem(role);
    }

    private static string Stem(string w) =>
        w.EndsWith("يه", StringComparison.Ordinal) && w.Length > 4 ? w[..^2]
        : w.EndsWith('ي') && w.Length > 3 ? w[..^1]
        : w;
}
