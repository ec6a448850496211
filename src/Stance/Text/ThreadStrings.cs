namespace Stance.Text;

/// <summary>A per-thread table of short strings (words, tokens, marks), so that making the string of a
/// span met before on this thread allocates nothing: the speaker tokenizer and the featurizer turn
/// every word of every sentence into a string, and news repeats its words.</summary>
/// <remarks>Bounded: the table is emptied when it grows past <see cref="MaxWords"/>, so that a long
/// run over varied text keeps a flat memory.</remarks>
internal static class ThreadStrings
{
    /// <summary>The most words kept per thread.</summary>
    public const int MaxWords = 20_000;

    [ThreadStatic]
    private static Dictionary<string, string>? t_words;

    /// <summary>The one string of this thread for <paramref name="word"/>.</summary>
    public static string Intern(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
            return string.Empty;
        var words = t_words ??= new Dictionary<string, string>(StringComparer.Ordinal);
#if NET9_0_OR_GREATER
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(word, out var known))
            return known;
#else
        if (words.TryGetValue(word.ToString(), out var known))
            return known;
#endif
        if (words.Count >= MaxWords)
            words.Clear();
        string s = word.ToString();
        words[s] = s;
        return s;
    }
}
