namespace Stance.Classification;

/// <summary>
/// Finds, for a stem, the lexicon entries whose first term can match it, so that matching a sentence
/// looks at a handful of entries per stem instead of all of them. A term matches the stem itself or
/// the stem with one or two particle letters before it («لسحب» for «سحب», see
/// <see cref="StanceLexicon.TermMatches"/>), so at most three keys are looked up.
/// </summary>
/// <remarks>Immutable and safe to share. Candidates come in the entries' order in the lexicon, so that
/// the first or longest match is the one a scan over every entry would find.</remarks>
internal sealed class FirstTermIndex
{
    private readonly Dictionary<string, int[]> _byFirstTerm;
#if NET9_0_OR_GREATER
    private readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;
#endif

    /// <summary>Indexes entries by their first term.</summary>
    /// <param name="firstTerms">Each entry's first term, in lexicon order.</param>
    public FirstTermIndex(IReadOnlyList<string> firstTerms)
    {
        _byFirstTerm = firstTerms
            .Select((term, index) => (term, index))
            .GroupBy(e => e.term, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.index).ToArray(), StringComparer.Ordinal);
#if NET9_0_OR_GREATER
        _lookup = _byFirstTerm.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
    }

    /// <summary>Writes the indices of the entries whose first term may match <paramref name="stem"/>,
    /// in lexicon order.</summary>
    /// <param name="stem">The stem.</param>
    /// <param name="candidates">Cleared, then filled.</param>
    public void Candidates(string stem, List<int> candidates)
    {
        candidates.Clear();
        int buckets = Add(stem, candidates);
        for (int strip = 1; strip <= 2 && strip < stem.Length && StanceLexicon.IsParticle(stem[strip - 1]); strip++)
            buckets += Add(stem.AsSpan(strip), candidates);
        if (buckets > 1)
            candidates.Sort();
    }

    private int Add(ReadOnlySpan<char> key, List<int> candidates)
    {
#if NET9_0_OR_GREATER
        if (!_lookup.TryGetValue(key, out var entries))
            return 0;
#else
        if (!_byFirstTerm.TryGetValue(key.ToString(), out var entries))
            return 0;
#endif
        candidates.AddRange(entries);
        return 1;
    }
}
