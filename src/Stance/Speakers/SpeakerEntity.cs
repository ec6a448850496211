namespace Stance.Speakers;

/// <summary>One speaker of a document, shared by all its mentions.</summary>
internal sealed class SpeakerEntity
{
    public SpeakerEntity(string canonical, SpeakerKind kind, Agreement agreement)
    {
        Canonical = canonical;
        Kind = kind;
        Agreement = agreement;
        Key = SpeakerLexicon.Fold(canonical);
    }

    /// <summary>The fullest name the document gives.</summary>
    public string Canonical { get; set; }

    /// <summary>The folded canonical name at creation, or of the known speaker.</summary>
    public string Key { get; }

    public SpeakerKind Kind { get; }

    /// <summary>The role the document gives, first one kept.</summary>
    public string? Role { get; set; }

    /// <summary>Which subject-less cue forms continue this speaker.</summary>
    public Agreement Agreement { get; set; }

    /// <summary>Whether the canonical name is fixed by the lexicon (not to be replaced by a longer mention).</summary>
    public bool IsKnown { get; init; }

    /// <summary>The index of the sentence in which the entity was first mentioned.</summary>
    public int FirstSentence { get; init; }

    /// <summary>The folded words (without the article) of the name.</summary>
    public HashSet<string> NameWords { get; } = new(StringComparer.Ordinal);

    /// <summary>The folded words (without the article) of every mention and the role.</summary>
    public HashSet<string> Words { get; } = new(StringComparer.Ordinal);

    /// <summary>The folded words (without the article) of the role.</summary>
    public HashSet<string> RoleWords { get; } = new(StringComparer.Ordinal);

    /// <summary>The first word of the role without the article ("وزير" of "وزير البيشمركة"), or null.</summary>
    public string? RoleHead { get; set; }
}
