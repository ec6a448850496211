namespace Stance;

/// <summary>Extends the speaker attributor's embedded lexicons without recompiling.</summary>
/// <remarks>Every entry is added to the embedded lexicon of the same kind. Words are written naturally;
/// they are normalized like the text (alef/hamza forms, ى/ي, ة/ه, tashkeel and tatweel are folded).</remarks>
public sealed record SpeakerAttributorOptions
{
    /// <summary>The options that add nothing: the embedded lexicons only.</summary>
    public static SpeakerAttributorOptions Default { get; } = new();

    /// <summary>Extra reporting verbs in the forms they are written ("صرّح", "تصرح"). Their agreement is
    /// taken as unknown, so a subject-less use continues the last speaker whatever its gender.</summary>
    public IReadOnlyList<string> ExtraCues { get; init; } = [];

    /// <summary>Extra verbs of position whose recognizable actor becomes the speaker ("تعارض").</summary>
    public IReadOnlyList<string> ExtraPositionVerbs { get; init; } = [];

    /// <summary>Extra role words that precede or follow a person's name ("المفتش"), without the article.</summary>
    public IReadOnlyList<string> ExtraTitles { get; init; } = [];

    /// <summary>Extra known speakers with their aliases.</summary>
    public IReadOnlyList<KnownSpeaker> ExtraKnownSpeakers { get; init; } = [];

    /// <summary>Paths of extra lexicon files in the format of the embedded ones. The file name says which
    /// lexicon a file extends: it must end with <c>speaker-cues.txt</c>, <c>speaker-position-verbs.txt</c>,
    /// <c>speaker-titles.txt</c>, <c>speaker-heads.txt</c> or <c>known-speakers.txt</c>
    /// (e.g. <c>gulf-known-speakers.txt</c>).</summary>
    public IReadOnlyList<string> ExtraLexiconFiles { get; init; } = [];

    /// <summary>Checks the options.</summary>
    /// <exception cref="ArgumentException">A list or an entry is null, empty or white space, a known
    /// speaker has the narrator kind, or a lexicon file is missing or has an unknown name.</exception>
    internal void Validate()
    {
        CheckWords(ExtraCues, nameof(ExtraCues));
        CheckWords(ExtraPositionVerbs, nameof(ExtraPositionVerbs));
        CheckWords(ExtraTitles, nameof(ExtraTitles));
        if (ExtraKnownSpeakers is null)
            throw new ArgumentException($"{nameof(ExtraKnownSpeakers)} must not be null.", nameof(ExtraKnownSpeakers));
        for (int i = 0; i < ExtraKnownSpeakers.Count; i++)
        {
            var k = ExtraKnownSpeakers[i] ?? throw new ArgumentException($"{nameof(ExtraKnownSpeakers)}[{i}] is null.", nameof(ExtraKnownSpeakers));
            if (string.IsNullOrWhiteSpace(k.CanonicalName))
                throw new ArgumentException($"{nameof(ExtraKnownSpeakers)}[{i}] has no canonical name.", nameof(ExtraKnownSpeakers));
            if (k.Kind == SpeakerKind.Narrator || !Enum.IsDefined(k.Kind))
                throw new ArgumentException($"{nameof(ExtraKnownSpeakers)}[{i}] ('{k.CanonicalName}') has kind {k.Kind}; a known speaker is a person, organization, anonymous source or outlet.", nameof(ExtraKnownSpeakers));
            CheckWords(k.Aliases, $"{nameof(ExtraKnownSpeakers)}[{i}].{nameof(KnownSpeaker.Aliases)}");
        }

        if (ExtraLexiconFiles is null)
            throw new ArgumentException($"{nameof(ExtraLexiconFiles)} must not be null.", nameof(ExtraLexiconFiles));
        foreach (var path in ExtraLexiconFiles)
        {
            if (string.IsNullOrWhiteSpace(path))
                throw new ArgumentException($"{nameof(ExtraLexiconFiles)} holds an empty path.", nameof(ExtraLexiconFiles));
            if (!File.Exists(path))
                throw new ArgumentException($"Lexicon file '{path}' does not exist.", nameof(ExtraLexiconFiles));
        }
    }

    private static void CheckWords(IReadOnlyList<string>? words, string name)
    {
        if (words is null)
            throw new ArgumentException($"{name} must not be null.", name);
        for (int i = 0; i < words.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(words[i]))
                throw new ArgumentException($"{name}[{i}] is null, empty or white space.", name);
        }
    }
}
