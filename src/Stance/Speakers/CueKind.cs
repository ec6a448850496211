namespace Stance.Speakers;

/// <summary>How a cue attributes its sentence; see the header of <c>Resources/speaker-cues.txt</c>.</summary>
internal enum CueKind : byte
{
    /// <summary>A reporting verb.</summary>
    Verb,

    /// <summary>A reporting verb that attributes only when the sentence also quotes.</summary>
    Weak,

    /// <summary>A participle that continues the speaker of its clause.</summary>
    Participle,

    /// <summary>"According to": the noun phrase after it is the speaker.</summary>
    Prep,

    /// <summary>An outlet carried the words of a source: نقلت X عن Y.</summary>
    Relay,

    /// <summary>A document carried the words: جاء في بيان X.</summary>
    DocumentIn,

    /// <summary>A verb of position; its recognizable actor is the speaker.</summary>
    Position,
}

/// <summary>A cue of the lexicon.</summary>
/// <param name="Kind">How it attributes.</param>
/// <param name="Agreement">The subject it agrees with.</param>
/// <param name="Words">Its folded words.</param>
internal sealed record CueEntry(CueKind Kind, Agreement Agreement, string[] Words)
{
    /// <summary>A reporting verb in the present tense ("يشير", "تكشف"): at the head of a sentence with a
    /// plain noun after it, that noun is its subject ("ويشير صمت الفصائل إلى …"), not a continuation.</summary>
    public bool Present { get; init; }
}

/// <summary>A known speaker of the lexicon under one of its aliases.</summary>
/// <param name="Canonical">The canonical name.</param>
/// <param name="Kind">The kind of source.</param>
/// <param name="Agreement">The agreement of the name.</param>
/// <param name="Words">The folded words of the alias.</param>
internal sealed record KnownEntry(string Canonical, SpeakerKind Kind, Agreement Agreement, string[] Words);
