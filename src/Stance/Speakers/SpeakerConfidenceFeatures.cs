namespace Stance.Speakers;

/// <summary>
/// Turns an <see cref="AttributionEvidence"/> into the dense vector the speaker confidence model
/// weighs. The names are stored beside the weights, so a model file written for another feature
/// layout is refused on load instead of scoring the wrong features.
/// </summary>
internal static class SpeakerConfidenceFeatures
{
    private static readonly SpeakerRoute[] s_routes = Enum.GetValues<SpeakerRoute>();
    private static readonly CueKind[] s_cues = Enum.GetValues<CueKind>();
    private static readonly MentionKind[] s_mentions = Enum.GetValues<MentionKind>();
    private static readonly SpeakerKind[] s_kinds = [.. Enum.GetValues<SpeakerKind>().Where(k => k != SpeakerKind.Unknown)]; // the rules never give it

    /// <summary>The feature names, in vector order.</summary>
    public static IReadOnlyList<string> Names { get; } = BuildNames();

    /// <summary>The vector's length.</summary>
    public static int Count => Names.Count;

    private static string[] BuildNames()
    {
        var names = new List<string>();
        names.AddRange(s_routes.Select(r => "route=" + r));
        names.AddRange(s_cues.Select(c => "cue=" + c));
        names.AddRange(s_mentions.Select(m => "mention=" + m));
        names.AddRange(s_kinds.Select(k => "kind=" + k.ToWireName()));
        names.AddRange(["headline", "lede", "seen-before", "same-as-previous", "previous-narrator", "opens-with-quote", "has-quote", "words/40", "has-channel",
            "narrator-with-quote", "carried-with-quote"]);
        return [.. names];
    }

    /// <summary>Writes the vector of <paramref name="e"/> into <paramref name="features"/> (at least <see cref="Count"/> long).</summary>
    public static void Write(in AttributionEvidence e, Span<float> features)
    {
        features[..Count].Clear();
        int at = 0;
        features[at + Array.IndexOf(s_routes, e.Route)] = 1;
        at += s_routes.Length;
        if (e.Cue is { } cue)
            features[at + Array.IndexOf(s_cues, cue)] = 1;
        at += s_cues.Length;
        if (e.Mention is { } mention)
            features[at + Array.IndexOf(s_mentions, mention)] = 1;
        at += s_mentions.Length;
        features[at + Array.IndexOf(s_kinds, e.Kind)] = 1;
        at += s_kinds.Length;
        features[at++] = e.SentenceIndex == 0 ? 1 : 0;
        features[at++] = e.SentenceIndex == 1 ? 1 : 0;
        features[at++] = e.SeenBefore ? 1 : 0;
        features[at++] = e.SameAsPrevious ? 1 : 0;
        features[at++] = e.PreviousWasNarrator ? 1 : 0;
        features[at++] = e.OpensWithQuote ? 1 : 0;
        features[at++] = e.HasQuote ? 1 : 0;
        features[at++] = Math.Min(e.Words, 80) / 40f;
        features[at++] = e.HasChannel ? 1 : 0;
        // A quotation that no rule gave to anyone is the commonest miss (a continued quote): let the
        // narrator's confidence drop there without touching narration in general.
        bool narrator = e.Kind == SpeakerKind.Narrator;
        features[at++] = narrator && e.HasQuote ? 1 : 0;
        features[at++] = e.Route is SpeakerRoute.Carried or SpeakerRoute.QuoteOpening && e.HasQuote ? 1 : 0;
    }
}
