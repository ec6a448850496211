namespace Stance;

/// <summary>Who holds which position across documents: counts and shares per speaker and per document.</summary>
/// <param name="Speakers">One row per speaker (canonical name and kind; the narrator is one row with a
/// <see langword="null"/> name), most sentences first.</param>
/// <param name="Documents">One row per document, in the order first seen.</param>
/// <param name="Total">All sentences.</param>
public sealed record StanceSummary(IReadOnlyList<SpeakerSummary> Speakers, IReadOnlyList<DocumentSummary> Documents, StanceCounts Total)
{
    /// <summary>Summarizes analyses.</summary>
    /// <param name="documents">The analyses, for example from <see cref="StanceAnalyzer.AnalyzeMany"/>.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> is <see langword="null"/>.</exception>
    public static StanceSummary Of(IEnumerable<DocumentAnalysis> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var speakers = new Dictionary<(string?, SpeakerKind), (StanceCounts Counts, HashSet<string?> Docs, int First)>();
        var docs = new List<DocumentSummary>();
        var total = new StanceCounts(0, 0, 0);
        foreach (var document in documents)
        {
            var counts = new StanceCounts(0, 0, 0);
            foreach (var s in document.Sentences)
            {
                counts = counts.Add(s.Stance);
                var key = (s.SpeakerKind == SpeakerKind.Unknown ? null : s.Speaker?.CanonicalName, s.SpeakerKind);
                if (!speakers.TryGetValue(key, out var entry))
                    entry = (new StanceCounts(0, 0, 0), [], speakers.Count);
                entry.Docs.Add(document.DocumentId);
                speakers[key] = (entry.Counts.Add(s.Stance), entry.Docs, entry.First);
            }

            docs.Add(new DocumentSummary(document.DocumentId, counts));
            total = new StanceCounts(total.Pro + counts.Pro, total.Anti + counts.Anti, total.Neutral + counts.Neutral);
        }

        var rows = speakers
            .OrderByDescending(p => p.Value.Counts.Total).ThenBy(p => p.Value.First)
            .Select(p => new SpeakerSummary(p.Key.Item1, p.Key.Item2, p.Value.Docs.Count, p.Value.Counts))
            .ToArray();
        return new StanceSummary(rows, docs, total);
    }
}

/// <summary>One speaker's positions across the documents.</summary>
/// <param name="Speaker">The canonical name, or <see langword="null"/> for the narrator and for the
/// speakers left unnamed (<see cref="SpeakerKind.Unknown"/>), which form one row each.</param>
/// <param name="Kind">The speaker's kind.</param>
/// <param name="Documents">In how many documents the speaker has sentences.</param>
/// <param name="Counts">The speaker's sentences per stance.</param>
public sealed record SpeakerSummary(string? Speaker, SpeakerKind Kind, int Documents, StanceCounts Counts);

/// <summary>One document's sentences per stance.</summary>
/// <param name="DocumentId">The document's identifier.</param>
/// <param name="Counts">Its sentences per stance.</param>
public sealed record DocumentSummary(string? DocumentId, StanceCounts Counts);
