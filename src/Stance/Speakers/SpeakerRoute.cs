namespace Stance.Speakers;

/// <summary>Which of the attribution rules decided a sentence's speaker (see <see cref="SentenceAttribution"/>).</summary>
internal enum SpeakerRoute : byte
{
    /// <summary>No rule named anyone: the narrator by default.</summary>
    None,

    /// <summary>A byline or credit line: the narrator.</summary>
    Byline,

    /// <summary>An "according to" phrase (بحسب، وفقاً لـ، نقلاً عن).</summary>
    Prep,

    /// <summary>A headline or line "X: …".</summary>
    Headline,

    /// <summary>A reporting verb or verb of position with its subject, or a continuation resolved by agreement.</summary>
    Verb,

    /// <summary>The speaker carried from a cue-only line, a line ending with ":" or an open quotation.</summary>
    Carried,

    /// <summary>A sentence opening with a quotation mark, given to the previous speaker.</summary>
    QuoteOpening,

    /// <summary>A sentence in the first person with no attribution of its own, given to the speaker of
    /// one of the last few sentences (an interview answer, a quotation going on without marks).</summary>
    FirstPerson,
}
