namespace Stance.Speakers;

/// <summary>The lexicon files of speaker attribution, each with its own schema.</summary>
internal enum LexiconFile
{
    /// <summary><c>speaker-cues.txt</c>: cue kind, agreement, forms.</summary>
    Cues,

    /// <summary><c>speaker-position-verbs.txt</c>: verbs of position, one line of forms each.</summary>
    PositionVerbs,

    /// <summary><c>speaker-titles.txt</c>: titles and roles.</summary>
    Titles,

    /// <summary><c>speaker-heads.txt</c>: heads of sources, bodies and outlets, and closed word classes.</summary>
    Heads,

    /// <summary><c>known-speakers.txt</c>: kind, agreement, canonical name, aliases.</summary>
    KnownSpeakers,
}

/// <summary>The file names of <see cref="LexiconFile"/>: the embedded resources, and the suffixes that
/// say which lexicon an extra file (<see cref="SpeakerAttributorOptions.ExtraLexiconFiles"/>) extends.</summary>
internal static class LexiconFiles
{
    private static readonly (LexiconFile Kind, string Name)[] s_files =
    [
        (LexiconFile.Cues, "speaker-cues.txt"),
        (LexiconFile.PositionVerbs, "speaker-position-verbs.txt"),
        (LexiconFile.Titles, "speaker-titles.txt"),
        (LexiconFile.Heads, "speaker-heads.txt"),
        (LexiconFile.KnownSpeakers, "known-speakers.txt"),
    ];

    /// <summary>Every file, in loading order.</summary>
    public static IEnumerable<LexiconFile> All => s_files.Select(f => f.Kind);

    /// <summary>The file names, for messages.</summary>
    public static IEnumerable<string> Names => s_files.Select(f => f.Name);

    public static string NameOf(LexiconFile kind) => s_files.First(f => f.Kind == kind).Name;

    /// <summary>Which lexicon a file extends, by the end of its name ("my-known-speakers.txt"), or null.</summary>
    public static LexiconFile? KindOf(string path)
    {
        var file = Path.GetFileName(path);
        foreach (var (kind, name) in s_files)
        {
            if (file.EndsWith(name, StringComparison.OrdinalIgnoreCase))
                return kind;
        }

        return null;
    }
}
