namespace Stance.Speakers;

/// <summary>
/// The memory of one document while its sentences are attributed in order: the speakers met so far,
/// who spoke last, the outlet named last, and a speaker carried into the next fragment.
/// </summary>
/// <remarks>Create one per document (<see cref="SpeakerAttributor.CreateContext"/>) and pass it to
/// <see cref="SpeakerAttributor.Next"/> for each sentence. Not thread-safe: a context belongs to one
/// document at a time. Its size is bounded, so streaming a long text keeps memory flat.</remarks>
internal sealed class SpeakerContext
{
    private const int MaxEntities = 256;
    private const int MaxHistory = 32;

    /// <summary>The speakers of the document, least recently mentioned first.</summary>
    internal List<SpeakerEntity> Entities { get; } = [];

    /// <summary>The speakers of the attributed sentences, in order (bounded).</summary>
    internal List<SpeakerEntity> History { get; } = [];

    /// <summary>A speaker that the next sentence keeps when it has no attribution of its own: after a
    /// fragment holding only a cue ("وقال المسؤول الأميركي؛") or a headline continued with "..".</summary>
    internal SpeakerEntity? Carry { get; set; }

    /// <summary>The speaker of the previous sentence, or null when it was the narrator's.</summary>
    internal SpeakerEntity? Previous { get; set; }

    /// <summary>The outlet the document named last, as speaker, channel or in passing.</summary>
    internal SpeakerEntity? LastOutlet { get; set; }

    /// <summary>The number of sentences seen.</summary>
    internal int Sentences { get; set; }

    /// <summary>The index of the last sentence that had a speaker, or -1.</summary>
    internal int LastSpokenSentence { get; private set; } = -1;

    /// <summary>Whether a word (folded, without the article) is part of the name of a person met so far.</summary>
    internal bool IsPersonToken(string word)
    {
        foreach (var e in Entities)
        {
            if (e.Kind == SpeakerKind.Person && e.NameWords.Contains(word))
                return true;
        }

        return false;
    }

    /// <summary>The outlet or body met so far whose name holds the word (folded, without the article).</summary>
    internal SpeakerEntity? BodyOrOutletNamed(string word)
    {
        for (int i = Entities.Count - 1; i >= 0; i--)
        {
            var e = Entities[i];
            if (e.Kind is SpeakerKind.Media or SpeakerKind.Organization && e.Words.Contains(word))
                return e;
        }

        return null;
    }

    internal void Touch(SpeakerEntity entity)
    {
        int i = Entities.LastIndexOf(entity);
        if (i >= 0)
            Entities.RemoveAt(i);
        Entities.Add(entity);
        if (Entities.Count > MaxEntities)
            Entities.RemoveAt(0);
    }

    internal void Spoke(SpeakerEntity entity)
    {
        LastSpokenSentence = Sentences;
        History.Add(entity);
        if (History.Count > MaxHistory)
            History.RemoveAt(0);
        Touch(entity);
    }

    /// <summary>The most recent speaker that a subject-less cue of the given agreement continues.</summary>
    internal SpeakerEntity? Continue(Agreement cue)
    {
        for (int i = History.Count - 1, seen = 0; i >= 0 && seen < 12; i--, seen++)
        {
            if (Compatible(History[i].Agreement, cue))
                return History[i];
        }

        // "كشفت صحيفة X نقلاً عن مسؤولين … وأشارت إلى أن": the outlet that carried the words.
        if (LastOutlet is not null && cue != Agreement.Any && Compatible(LastOutlet.Agreement, cue))
            return LastOutlet;
        return History.Count > 0 ? History[^1] : null;
    }

    internal static bool Compatible(Agreement speaker, Agreement cue)
    {
        if (cue == Agreement.Any || speaker == Agreement.None || speaker == Agreement.Any)
            return true;
        if (cue.HasFlag(Agreement.Plural))
            return speaker.HasFlag(Agreement.Plural);
        if (cue.HasFlag(Agreement.Feminine))
            return speaker.HasFlag(Agreement.Feminine);
        return speaker.HasFlag(Agreement.Masculine) && !speaker.HasFlag(Agreement.Plural);
    }
}
