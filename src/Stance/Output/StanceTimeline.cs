namespace Stance;

/// <summary>Who held which position when: each speaker's sentences per stance, by calendar month of
/// the documents' <see cref="DocumentAnalysis.Date"/>, the "who moved when" view of a collection.</summary>
/// <param name="Rows">One row per speaker and month that has sentences, speakers in the order of
/// <see cref="StanceSummary.Speakers"/> (most sentences first), months in order.</param>
/// <param name="Months">Every month from the first dated document to the last, in order, so that a
/// chart shows the gaps.</param>
/// <param name="UndatedDocuments">Documents left out because they carry no date.</param>
public sealed record StanceTimeline(IReadOnlyList<TimelineRow> Rows, IReadOnlyList<DateOnly> Months, int UndatedDocuments)
{
    /// <summary>Counts the dated documents' sentences by speaker and month.</summary>
    /// <param name="documents">The analyses, with <see cref="DocumentAnalysis.Date"/> set where known.</param>
    /// <returns>The timeline; empty when no document carries a date.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> is <see langword="null"/>.</exception>
    public static StanceTimeline Of(IEnumerable<DocumentAnalysis> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var dated = new List<DocumentAnalysis>();
        int undated = 0;
        foreach (var document in documents)
        {
            if (document.Date is null)
                undated++;
            else
                dated.Add(document);
        }

        var speakerOrder = StanceSummary.Of(dated).Speakers
            .Select((row, i) => (Key: (row.Speaker, row.Kind), i))
            .ToDictionary(p => p.Key, p => p.i);
        var cells = new Dictionary<(string?, SpeakerKind, DateOnly), StanceCounts>();
        foreach (var document in dated)
        {
            var month = FirstOfMonth(document.Date!.Value);
            foreach (var s in document.Sentences)
            {
                var key = (s.SpeakerKind == SpeakerKind.Unknown ? null : s.Speaker?.CanonicalName, s.SpeakerKind, month);
                cells[key] = (cells.TryGetValue(key, out var counts) ? counts : new StanceCounts(0, 0, 0)).Add(s.Stance);
            }
        }

        var rows = cells
            .OrderBy(c => speakerOrder[(c.Key.Item1, c.Key.Item2)]).ThenBy(c => c.Key.Item3)
            .Select(c => new TimelineRow(c.Key.Item1, c.Key.Item2, c.Key.Item3, c.Value))
            .ToArray();
        return new StanceTimeline(rows, MonthsBetween(dated), undated);
    }

    private static DateOnly FirstOfMonth(DateOnly date) => new(date.Year, date.Month, 1);

    private static DateOnly[] MonthsBetween(List<DocumentAnalysis> dated)
    {
        if (dated.Count == 0)
            return [];
        var first = FirstOfMonth(dated.Min(d => d.Date!.Value));
        var last = FirstOfMonth(dated.Max(d => d.Date!.Value));
        var months = new List<DateOnly>();
        for (var m = first; m <= last; m = m.AddMonths(1))
            months.Add(m);
        return [.. months];
    }
}

/// <summary>One speaker's sentences per stance in one month.</summary>
/// <param name="Speaker">The canonical name, or <see langword="null"/> for the narrator and for the
/// speakers left unnamed (<see cref="SpeakerKind.Unknown"/>).</param>
/// <param name="Kind">The speaker's kind.</param>
/// <param name="Month">The month, as its first day.</param>
/// <param name="Counts">The speaker's sentences per stance in documents dated that month.</param>
public sealed record TimelineRow(string? Speaker, SpeakerKind Kind, DateOnly Month, StanceCounts Counts);
