namespace Stance;

/// <summary>What kind of source a sentence is attributed to.</summary>
public enum SpeakerKind
{
    /// <summary>Nothing attributes the sentence: the article's own voice.</summary>
    Narrator = 0,

    /// <summary>A named person.</summary>
    Person = 1,

    /// <summary>A body such as a ministry, an army, a parliament or a government.</summary>
    Organization = 2,

    /// <summary>An unnamed source ("a senior US official", "sources").</summary>
    Anonymous = 3,

    /// <summary>A news outlet speaking in its own voice.</summary>
    Media = 4,
}
