using System.Runtime.CompilerServices;

namespace Stance.Text;

/// <summary>
/// Splits text into sentences following the unit of the annotation guidelines: a sentence ends at
/// <c>. ! ? ؟ ؛ …</c> or a line break, except inside a quotation that continues, in numbers,
/// abbreviations, URLs and e-mail addresses.
/// </summary>
/// <remarks>
/// <para>Spans refer to the original text. Every character belongs to exactly one sentence or to the
/// white space between sentences; sentences never start or end with white space, and blank lines
/// make no empty sentences.</para>
/// <para>Rules in detail: a run of terminators (<c>..</c>, <c>?!</c>) is one terminator; closing
/// quotation marks and brackets right after it belong to the sentence. A terminator inside an open
/// quotation ends the sentence only when the next non-space character closes the quotation, and then
/// the sentence ends after the closing mark. A line break always ends a sentence and resets the
/// quotation state, so an unbalanced quotation mark cannot swallow the following paragraphs. A
/// sentence longer than <see cref="SentenceSegmenterOptions.MaxSentenceLength"/> is cut.</para>
/// <para>Instances are immutable and safe to share across threads. Time is linear in the input.</para>
/// </remarks>
public sealed class SentenceSegmenter
{
    private static readonly Lazy<SentenceSegmenter> s_default = new(() => new SentenceSegmenter());
    private readonly int _maxLength;
    private readonly StringSpanSet _abbreviations;

    /// <summary>Creates a segmenter.</summary>
    /// <param name="options">The options; <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentOutOfRangeException">The maximum sentence length is below
    /// <see cref="SentenceSegmenterOptions.MinMaxSentenceLength"/>.</exception>
    public SentenceSegmenter(SentenceSegmenterOptions? options = null)
    {
        Options = options ?? SentenceSegmenterOptions.Default;
        ArgumentOutOfRangeException.ThrowIfLessThan(Options.MaxSentenceLength, SentenceSegmenterOptions.MinMaxSentenceLength, nameof(options));
        _maxLength = Options.MaxSentenceLength;
        _abbreviations = new StringSpanSet(Options.Abbreviations ?? []);
    }

    /// <summary>The shared segmenter with the default options.</summary>
    public static SentenceSegmenter Default => s_default.Value;

    /// <summary>The options of this segmenter.</summary>
    public SentenceSegmenterOptions Options { get; }

    /// <summary>Splits <paramref name="text"/> into sentences.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The sentences in order; empty for empty or white-space-only text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<SentenceSpan> Segment(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Segment(text.AsSpan());
    }

    /// <summary>Splits <paramref name="text"/> into sentences.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The sentences in order; empty for empty or white-space-only text.</returns>
    public IReadOnlyList<SentenceSpan> Segment(ReadOnlySpan<char> text)
    {
        var result = new List<SentenceSpan>();
        int position = 0;
        while (TryNext(text, ref position, isFinal: true, out var sentence))
            result.Add(sentence);
        return result;
    }

    /// <summary>Counts the sentences of <paramref name="text"/> without allocating.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The number of sentences.</returns>
    public int CountSentences(ReadOnlySpan<char> text)
    {
        int count = 0, position = 0;
        while (TryNext(text, ref position, isFinal: true, out _))
            count++;
        return count;
    }

    /// <summary>
    /// Finds the sentence that starts at or after <paramref name="position"/>.
    /// </summary>
    /// <param name="text">The text, or a prefix of it when <paramref name="isFinal"/> is false.</param>
    /// <param name="position">Where to start; on success, moved past the sentence.</param>
    /// <param name="isFinal">Whether <paramref name="text"/> ends where the input ends. When it does
    /// not, a sentence whose end depends on characters not yet seen is not returned.</param>
    /// <param name="sentence">The sentence found.</param>
    /// <returns><see langword="true"/> if a sentence was found; <see langword="false"/> at the end of
    /// the input (then <paramref name="position"/> is past any trailing white space) or when more text
    /// is needed.</returns>
    internal bool TryNext(ReadOnlySpan<char> text, ref int position, bool isFinal, out SentenceSpan sentence)
    {
        sentence = default;
        int start = SkipWhiteSpace(text, position);
        if (start == text.Length)
        {
            // White space is white space whatever follows, so it can be passed even mid-stream.
            position = text.Length;
            return false;
        }

        int end = FindSentenceEnd(text, start, isFinal);
        if (end == NeedMoreText)
            return false;
        return Emit(text, start, end, ref position, out sentence);
    }

    /// <summary>Returned by the scan steps: the end depends on characters not yet seen.</summary>
    private const int NeedMoreText = -1;

    /// <summary>Returned by the terminator steps: the terminator does not end the sentence.</summary>
    private const int NoBoundary = -2;

    /// <summary>The quotations open at a point of a sentence: a terminator inside one ends the sentence
    /// only where the quotation closes.</summary>
    private struct OpenQuotations
    {
        private int _guillemets;
        private int _curly;
        private bool _straight;

        public readonly bool Any => _guillemets > 0 || _curly > 0 || _straight;

        /// <summary>Whether <paramref name="c"/> closes one of the open quotations.</summary>
        public readonly bool ClosedBy(char c) =>
            (c == '»' && _guillemets > 0) || (c is '”' or '“' && _curly > 0) || (c == '"' && _straight);

        /// <summary>Opens or closes a quotation at the quotation mark <c>« » “ ” "</c> at <paramref name="i"/>.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Track(ReadOnlySpan<char> text, int start, int i)
        {
            switch (text[i])
            {
                case '«':
                    _guillemets++;
                    break;
                case '»':
                    if (_guillemets > 0)
                        _guillemets--;
                    break;
                case '“':
                    // “ also serves as a closing mark in much Arabic text: it closes when it is glued to
                    // the word before it.
                    if (_curly > 0 && i > start && CharTables.Classes[text[i - 1]] != CharClass.WhiteSpace)
                        _curly--;
                    else
                        _curly++;
                    break;
                case '”':
                    if (_curly > 0)
                        _curly--;
                    break;
                default: // '"'
                    _straight = !_straight;
                    break;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int SkipWhiteSpace(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && CharTables.Classes[text[i]] == CharClass.WhiteSpace)
            i++;
        return i;
    }

    /// <summary>The end (exclusive, before trailing white space is trimmed) of the sentence that starts
    /// at <paramref name="start"/>, or <see cref="NeedMoreText"/>.</summary>
    /// <remarks>One switch per character, as the common characters need no more: the rarer cases are
    /// steps of their own.</remarks>
    private int FindSentenceEnd(ReadOnlySpan<char> text, int start, bool isFinal)
    {
        var quotations = default(OpenQuotations);
        bool inUrl = false;
        int lastSpace = -1; // where an over-long sentence is cut
        for (int i = start; i < text.Length; i++)
        {
            if (i - start >= _maxLength)
                return CutPoint(text, start, i, lastSpace);

            char c = text[i];
            switch (c)
            {
                case '\n' or '\r' or '\u2028' or '\u2029' or '\u0085':
                    return i;
                case '«' or '»' or '“' or '”' or '"':
                    quotations.Track(text, start, i);
                    continue;
                case 'h' or 'w' or 'H' or 'W':
                    if (!inUrl && StartsUrl(text, start, i))
                        inUrl = true;
                    continue;
                case '.' or '!' or '?' or '؟' or '؛' or '…':
                    break;
                default:
                    if (CharTables.Classes[c] == CharClass.WhiteSpace)
                    {
                        lastSpace = i;
                        inUrl = false;
                    }

                    continue;
            }

            // c is a terminator; a URL's dots and question marks are part of it.
            if (inUrl)
                continue;
            int runEnd = EndOfTerminatorRun(text, start, i, isFinal);
            if (runEnd == NoBoundary)
                continue;
            if (runEnd == NeedMoreText)
                return NeedMoreText;
            int end = SentenceEndAfterTerminators(text, runEnd, isFinal, in quotations);
            if (end != NoBoundary)
                return end;
            i = runEnd - 1; // the quotation goes on, and so does the sentence, after the run of terminators
        }

        return isFinal ? text.Length : NeedMoreText;
    }

    /// <summary>The end of the run of terminators (<c>..</c>, <c>?!</c>) that starts at <paramref name="i"/>,
    /// which counts as one; <see cref="NoBoundary"/> for a dot that ends no sentence (a number, an
    /// abbreviation), or <see cref="NeedMoreText"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int EndOfTerminatorRun(ReadOnlySpan<char> text, int start, int i, bool isFinal)
    {
        int len = text.Length;
        if (text[i] == '.')
        {
            if (i + 1 >= len && !isFinal)
                return NeedMoreText;
            if (IsNonBoundaryDot(text, start, i))
                return NoBoundary;
        }

        int j = i + 1;
        while (j < len && IsTerminator(text[j]))
            j++;
        if (j == len && !isFinal)
            return NeedMoreText;
        return j;
    }

    /// <summary>Where the sentence ends when a run of terminators ends at <paramref name="j"/>: after the
    /// closing quotation marks and brackets that follow; <see cref="NoBoundary"/> inside a quotation
    /// that does not close right there, or <see cref="NeedMoreText"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int SentenceEndAfterTerminators(ReadOnlySpan<char> text, int j, bool isFinal, in OpenQuotations quotations)
    {
        if (quotations.Any)
        {
            int m = ClosingMarkAfter(text, j, isFinal, in quotations);
            if (m is NeedMoreText or NoBoundary)
                return m;
            j = m;
        }

        int len = text.Length;
        int k = j;
        while (k < len && IsCloser(text[k]))
            k++;
        if (k == len && !isFinal)
            return NeedMoreText;
        return k;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int ClosingMarkAfter(ReadOnlySpan<char> text, int j, bool isFinal, in OpenQuotations quotations)
    {
        int len = text.Length;
        int m = j;
        while (m < len && text[m] is ' ' or '\t' or '\u00A0')
            m++;
        if (m == len && !isFinal)
            return NeedMoreText;
        if (m == len || !quotations.ClosedBy(text[m]))
            return NoBoundary;
        return m;
    }

    private static bool Emit(ReadOnlySpan<char> text, int start, int end, ref int position, out SentenceSpan sentence)
    {
        int e = end;
        while (e > start && CharTables.Classes[text[e - 1]] == CharClass.WhiteSpace)
            e--;
        sentence = new SentenceSpan(start, e - start);
        position = end;
        return true;
    }

    private static int CutPoint(ReadOnlySpan<char> text, int start, int limit, int lastSpace)
    {
        if (lastSpace > start)
            return lastSpace;
        // No white space to cut at: cut at the limit, but never between the halves of a surrogate pair.
        if (char.IsLowSurrogate(text[limit]) && char.IsHighSurrogate(text[limit - 1]))
            return limit - 1;
        return limit;
    }

    private static bool IsTerminator(char c) => c is '.' or '!' or '?' or '؟' or '؛' or '…';

    private static bool IsCloser(char c) => c is '»' or '”' or '“' or '"' or ')' or ']' or '}' or '\'' or '’';

    // Looks back only within the sentence: a streaming reader may not hold the text before it.
    private static bool StartsUrl(ReadOnlySpan<char> text, int start, int i)
    {
        if (i > start && CharTables.Classes[text[i - 1]] is CharClass.OtherLetter or CharClass.Digit)
            return false;
        var rest = text[i..];
        return rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
    }

    private bool IsNonBoundaryDot(ReadOnlySpan<char> text, int start, int i)
    {
        char prev = i > start ? text[i - 1] : ' ';
        char next = i + 1 < text.Length ? text[i + 1] : ' ';
        CharClass p = CharTables.Classes[prev], n = CharTables.Classes[next];

        // 2.5, 13.01.2020, U.S.A, example.com, name@host.org: a dot between two characters of a
        // number or a Latin word.
        if (p == CharClass.Digit && n == CharClass.Digit)
            return true;
        if (p is CharClass.OtherLetter or CharClass.Digit && n is CharClass.OtherLetter or CharClass.Digit && char.IsAscii(prev) && char.IsAscii(next))
            return true;

        // The word before the dot, back to white space, a dot or the sentence start.
        int w = i;
        while (w > start && CharTables.Classes[text[w - 1]] is CharClass.ArabicLetter or CharClass.OtherLetter or CharClass.Diacritic or CharClass.Tatweel)
            w--;
        var word = text[w..i];
        if (word.IsEmpty)
            return false;
        bool boundedBefore = w == start || CharTables.Classes[text[w - 1]] == CharClass.WhiteSpace || text[w - 1] == '.';
        if (!boundedBefore)
            return false;

        // Initials and single-letter abbreviations: «د. أحمد», «J. Smith», «ق.م».
        if (CountLetters(word) == 1)
            return true;
        return _abbreviations.Contains(word);
    }

    private static int CountLetters(ReadOnlySpan<char> word)
    {
        int n = 0;
        foreach (char c in word)
        {
            if (CharTables.Classes[c] is CharClass.ArabicLetter or CharClass.OtherLetter)
                n++;
        }

        return n;
    }
}
