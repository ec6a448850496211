namespace Stance.Speakers;

/// <summary>What a speaker mention names.</summary>
internal enum MentionKind : byte
{
    /// <summary>A known speaker of the lexicon ("البنتاغون").</summary>
    Known,

    /// <summary>A named person, with or without a title.</summary>
    Person,

    /// <summary>A title without a name ("المتحدثة", "رئيس الوزراء العراقي").</summary>
    Title,

    /// <summary>An unnamed source ("مسؤول أميركي رفيع").</summary>
    Anonymous,

    /// <summary>A body not in the lexicon ("هيئة «الحشد الشعبي»").</summary>
    Body,

    /// <summary>A news outlet not in the lexicon ("موقع «المدار» الإخباري").</summary>
    Outlet,

    /// <summary>An outlet named earlier ("الصحيفة").</summary>
    OutletRef,

    /// <summary>The statement of the body that spoke last ("البيان").</summary>
    StatementRef,
}

/// <summary>A speaker mention found in a sentence: token ranges of the whole mention, the name and the role.</summary>
internal sealed class Mention
{
    public MentionKind Kind { get; init; }

    /// <summary>The first token of the mention.</summary>
    public int Start { get; init; }

    /// <summary>Just past the last token of the mention.</summary>
    public int End { get; set; }

    /// <summary>The tokens of the name (a person's name, or the whole phrase for other kinds).</summary>
    public int NameStart { get; set; }

    /// <summary>Just past the name.</summary>
    public int NameEnd { get; set; }

    /// <summary>The tokens of the role, or -1.</summary>
    public int RoleStart { get; set; } = -1;

    /// <summary>Just past the role.</summary>
    public int RoleEnd { get; set; } = -1;

    /// <summary>The lexicon entry of a known speaker or outlet.</summary>
    public KnownEntry? Known { get; set; }

    /// <summary>The agreement of the head.</summary>
    public Agreement Agreement { get; set; }

    /// <summary>Whether the head carries the article (a short later mention: "المسؤول", "الوزارة").</summary>
    public bool Definite { get; init; }

    /// <summary>A statement reference that is a report or an article ("التقرير"), which an outlet may issue.</summary>
    public bool IsReport { get; init; }

    /// <summary>A bare name with no title, lexicon entry or earlier mention to vouch for it.</summary>
    public bool IsBare { get; init; }

    /// <summary>Characters of an attached preposition or conjunction on the first token (ل، ب، و).</summary>
    public int PrefixChars { get; set; }

    /// <summary>The attached preposition was ل on the article (لل → ال).</summary>
    public bool PrefixIsLam { get; set; }

    /// <summary>A recognizable speaker: anything but a bare name.</summary>
    public bool IsStrong => !IsBare;
}
