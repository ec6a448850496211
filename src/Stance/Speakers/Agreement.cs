namespace Stance.Speakers;

/// <summary>The grammatical agreement of a cue or a speaker: which subject-less cue forms continue it.</summary>
[Flags]
internal enum Agreement : byte
{
    /// <summary>Unknown.</summary>
    None = 0,

    /// <summary>Masculine singular: قال، أضاف.</summary>
    Masculine = 1,

    /// <summary>Feminine singular: قالت، أضافت.</summary>
    Feminine = 2,

    /// <summary>Plural: قالوا، أضافوا.</summary>
    Plural = 4,

    /// <summary>Any form.</summary>
    Any = Masculine | Feminine | Plural,
}
