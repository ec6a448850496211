namespace Stance;

/// <summary>A speaker the attributor recognizes by name: a body, a place that acts as a speaker, an
/// outlet or a person, with the other names the text may use for it.</summary>
/// <param name="CanonicalName">The name every alias resolves to ("البنتاغون").</param>
/// <param name="Kind">The kind of source; never <see cref="SpeakerKind.Narrator"/>.</param>
/// <param name="Aliases">Other ways of writing the name ("وزارة الدفاع الأميركية"); the canonical name is
/// always recognized too. Matching folds alef/hamza forms, ى/ي, ة/ه, tashkeel and quote marks.</param>
public sealed record KnownSpeaker(string CanonicalName, SpeakerKind Kind, IReadOnlyList<string> Aliases)
{
    /// <summary>Whether the name takes feminine agreement ("قالت واشنطن"), so that a later feminine cue
    /// without a subject ("وأضافت") can continue it. Default <see langword="false"/>.</summary>
    public bool IsFeminine { get; init; }
}
