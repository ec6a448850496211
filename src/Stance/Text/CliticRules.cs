namespace Stance.Text;

/// <summary>
/// Conservative clitic segmentation of a normalized Arabic word: the conjunctions و ف, the
/// prepositions ب ل ك before the article, the article ال, and the pronoun suffixes. A stem is never
/// left shorter than two letters (three before a suffix), and the exception lists in
/// <c>Resources/clitic-exceptions.txt</c> keep native letters on stems such as «وزارة» or «تفاهم».
/// </summary>
internal sealed class CliticRules
{
    /// <summary>The most pieces a word can be split into: conjunction, preposition, article, stem, suffix.</summary>
    public const int MaxPieces = 5;

    private static readonly Lazy<CliticRules> s_default = new(() => Load(typeof(CliticRules).Assembly.GetManifestResourceStream("Stance.Resources.clitic-exceptions.txt")
        ?? throw new InvalidOperationException("The clitic exception list is missing from the assembly.")));


    private static readonly string[] s_articleEndings = ["ه", "ة", "ات", "ي", "ين", "ون", "ا"];

    private readonly ArabicTrie _wawStems;
    private readonly ArabicTrie _faFollowers;
    private readonly ArabicTrie _articleWords;
    private readonly ArabicTrie _suffixStems;

    // Third letters of the article exceptions («الله», «التي», …): a word «ال» + another letter is a
    // definite noun without asking the trie. Null when an exception is shorter than three letters or
    // does not start with «ال» (then every such word asks the trie).
    private readonly bool[]? _articleExceptionThirdLetters;

    private CliticRules(ArabicTrie waw, ArabicTrie fa, ArabicTrie article, ArabicTrie suffix, IReadOnlyList<string> articleWords)
    {
        _wawStems = waw;
        _faFollowers = fa;
        _articleWords = article;
        _suffixStems = suffix;
        if (articleWords.All(w => w.Length >= 3 && w.StartsWith("ال", StringComparison.Ordinal)))
        {
            _articleExceptionThirdLetters = new bool[char.MaxValue + 1];
            foreach (var w in articleWords)
                _articleExceptionThirdLetters[w[2]] = true;
        }
    }

    public static CliticRules Default => s_default.Value;

    /// <summary>Reads the exception lists.</summary>
    public static CliticRules Load(Stream stream)
    {
        var sections = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        List<string>? current = null;
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.Length == 0 || line[0] == '#')
                continue;
            if (line[0] == '[' && line[^1] == ']')
            {
                current = [];
                sections[line[1..^1]] = current;
                continue;
            }

            if (current is null)
                throw new InvalidDataException($"Clitic exception entry '{line}' is outside a section.");
            current.Add(line);
        }

        List<string> Entries(string name) => sections.TryGetValue(name, out var list) ? list : [];
        return new CliticRules(new(Entries("waw")), new(Entries("fa")), new(Entries("article")), new(Entries("suffix")), Entries("article"));
    }

    /// <summary>
    /// Splits <paramref name="word"/> (normalized letters only) into pieces.
    /// </summary>
    /// <param name="word">The normalized word.</param>
    /// <param name="cuts">At least <see cref="MaxPieces"/> + 1 long: receives the start of each piece
    /// followed by the word's length.</param>
    /// <param name="kinds">At least <see cref="MaxPieces"/> long: receives each piece's kind.</param>
    /// <returns>The number of pieces (1 when nothing is split).</returns>
    public int Split(ReadOnlySpan<char> word, Span<int> cuts, Span<PieceKind> kinds)
    {
        int n = Analyze(word, cuts, kinds, record: true);
        cuts[n] = word.Length;
        return n;
    }

    /// <summary>The number of pieces <see cref="Split"/> would return, without recording them.</summary>
    public int CountPieces(ReadOnlySpan<char> word) =>
        IsPlainDefinite(word) ? 2 : Analyze(word, default, default, record: false);

    /// <summary><see cref="CountPieces"/> for a word the caller has already found not to be a plain
    /// definite noun (<see cref="IsPlainDefinite"/>): the analysis without asking again.</summary>
    public int CountPiecesOfOtherWord(ReadOnlySpan<char> word) => Analyze(word, default, default, record: false);

    /// <summary>Two words in five of news text are definite nouns: the article and a stem, which takes
    /// no suffix: «ال» and a third letter no article exception has. Answered without the whole
    /// analysis (the same answer: see Analyze).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool IsPlainDefinite(ReadOnlySpan<char> word) =>
        word.Length >= 4 && word[0] == 'ا' && word[1] == 'ل' && _articleExceptionThirdLetters is { } exceptions && !exceptions[word[2]];

    private int Analyze(ReadOnlySpan<char> word, Span<int> cuts, Span<PieceKind> kinds, bool record)
    {
        int n = 0;
        int pos = 0;
        int len = word.Length;

        // Conjunction و / ف.
        if (len >= 3 && word[0] is 'و' or 'ف')
        {
            var rest = word[1..];
            bool split = word[0] == 'و'
                ? !_wawStems.HasPrefixOf(word, minLength: 2)
                : HasArticle(rest) || rest.StartsWith("لل") || _faFollowers.Contains(rest);
            if (split)
                Add(cuts, kinds, record, ref n, ref pos, 1, PieceKind.Conjunction);
        }

        // Preposition ب / ل / ك before the article; «لل» is ل with the article's alef dropped.
        bool definite = false;
        if (len - pos >= 4 && word[pos] is 'ب' or 'ك' or 'ل' && HasArticle(word[(pos + 1)..]))
        {
            Add(cuts, kinds, record, ref n, ref pos, 1, PieceKind.Preposition);
        }
        else if (len - pos >= 4 && word[pos] == 'ل' && word[pos + 1] == 'ل')
        {
            Add(cuts, kinds, record, ref n, ref pos, 2, PieceKind.PrepositionWithArticle);
            definite = true;
        }

        if (HasArticle(word[pos..]))
        {
            Add(cuts, kinds, record, ref n, ref pos, 2, PieceKind.Article);
            definite = true;
        }

        // The stem, then a pronoun suffix: never on a definite noun, which cannot carry one.
        int stemStart = pos;
        Add(cuts, kinds, record, ref n, ref pos, 0, PieceKind.Stem);
        if (!definite)
        {
            var stem = word[stemStart..];
            int suffix = SuffixLength(stem);
            // «احيانا»: a final «نا» after alef is the adverbial ending, not «our».
            if (suffix > 0 && stem.Length - suffix >= 3 && !(suffix == 2 && stem[^2] == 'ن' && stem[^3] == 'ا') && !_suffixStems.Contains(stem))
            {
                pos = len - suffix;
                Add(cuts, kinds, record, ref n, ref pos, 0, PieceKind.Suffix);
            }
        }

        return n;
    }

    private static void Add(Span<int> cuts, Span<PieceKind> kinds, bool record, ref int n, ref int pos, int length, PieceKind kind)
    {
        if (record)
        {
            cuts[n] = pos;
            kinds[n] = kind;
        }

        n++;
        pos += length;
    }

    // A third letter that no exception has answers without walking the exception trie.
    private bool HasArticle(ReadOnlySpan<char> w) =>
        w.Length >= 4 && w[0] == 'ا' && w[1] == 'ل'
            && ((_articleExceptionThirdLetters is { } exceptions && !exceptions[w[2]]) || !_articleWords.HasEntryWithEnding(w, s_articleEndings));

    /// <summary>Whether a word whose first two and last two letters (after normalization) are these
    /// could be split at all: a cheap test that lets counting skip the analysis of most words. An
    /// initial alef matters only as the article's «ال»: «أكد» or «اتفاق» never split there.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool MaySplit(char firstLetter, char secondLetter, char beforeLast, char lastLetter, int length) =>
        length >= 3 && (firstLetter is 'و' or 'ف' or 'ب' or 'ل' or 'ك' || (firstLetter == 'ا' && secondLetter == 'ل')
            || (lastLetter is 'ا' or 'م' or 'ن' && beforeLast is 'ه' or 'ك' or 'ن' or 'م'));

    /// <summary>The length of the pronoun suffix the stem ends with (ها هم هن هما كم كن كما نا), or 0.</summary>
    private static int SuffixLength(ReadOnlySpan<char> stem)
    {
        if (stem.Length < 2)
            return 0;
        char before = stem[^2];
        switch (stem[^1])
        {
            case 'ا':
                if (before is 'ه' or 'ن')
                    return 2;
                return before == 'م' && stem.Length >= 3 && stem[^3] is 'ه' or 'ك' ? 3 : 0;
            case 'م' or 'ن':
                return before is 'ه' or 'ك' ? 2 : 0;
            default:
                return 0;
        }
    }
}

/// <summary>The role of one piece of a segmented word.</summary>
internal enum PieceKind : byte
{
    Stem,
    Conjunction,
    Preposition,
    PrepositionWithArticle,
    Article,
    Suffix,
}
