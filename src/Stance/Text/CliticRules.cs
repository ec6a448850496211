using System.Reflection;

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

    private static readonly string[] s_suffixes = ["هما", "كما", "هم", "هن", "ها", "كم", "كن", "نا"];

    private readonly StringSpanSet _wawStems;
    private readonly StringSpanSet _faFollowers;
    private readonly StringSpanSet _articleWords;
    private readonly StringSpanSet _suffixStems;
    private readonly int _maxWawStem;

    private CliticRules(StringSpanSet waw, StringSpanSet fa, StringSpanSet article, StringSpanSet suffix)
    {
        _wawStems = waw;
        _faFollowers = fa;
        _articleWords = article;
        _suffixStems = suffix;
        _maxWawStem = waw.MaxLength;
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

        StringSpanSet Section(string name) => new(sections.TryGetValue(name, out var list) ? list : []);
        return new CliticRules(Section("waw"), Section("fa"), Section("article"), Section("suffix"));
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
        int n = 0;
        int pos = 0;
        int len = word.Length;

        // Conjunction و / ف.
        if (len - pos >= 3 && word[pos] is 'و' or 'ف')
        {
            var rest = word[(pos + 1)..];
            bool split = word[pos] == 'و'
                ? !StartsWithAny(word[pos..], _wawStems, _maxWawStem)
                : HasArticle(rest) || rest.StartsWith("لل") || _faFollowers.Contains(rest);
            if (split)
            {
                cuts[n] = pos;
                kinds[n++] = PieceKind.Conjunction;
                pos++;
            }
        }

        // Preposition ب / ل / ك before the article; «لل» is ل with the article's alef dropped.
        if (len - pos >= 4 && word[pos] is 'ب' or 'ك' or 'ل' && HasArticle(word[(pos + 1)..]))
        {
            cuts[n] = pos;
            kinds[n++] = PieceKind.Preposition;
            pos++;
        }
        else if (len - pos >= 4 && word[pos] == 'ل' && word[pos + 1] == 'ل')
        {
            cuts[n] = pos;
            kinds[n++] = PieceKind.PrepositionWithArticle;
            pos += 2;
        }

        bool definite = n > 0 && kinds[n - 1] == PieceKind.PrepositionWithArticle;
        if (HasArticle(word[pos..]))
        {
            cuts[n] = pos;
            kinds[n++] = PieceKind.Article;
            pos += 2;
            definite = true;
        }

        // The stem, then a pronoun suffix: never on a definite noun, which cannot carry one.
        cuts[n] = pos;
        kinds[n++] = PieceKind.Stem;
        if (!definite)
        {
            var stem = word[pos..];
            foreach (var suffix in s_suffixes)
            {
                if (stem.Length - suffix.Length >= 3 && stem.EndsWith(suffix, StringComparison.Ordinal))
                {
                    // «احيانا»: a final «نا» after alef is the adverbial ending, not «our».
                    if (suffix == "نا" && stem[^3] == 'ا')
                        break;
                    if (_suffixStems.Contains(stem))
                        break;
                    cuts[n] = len - suffix.Length;
                    kinds[n++] = PieceKind.Suffix;
                    break;
                }
            }
        }

        cuts[n] = len;
        return n;
    }

    private bool HasArticle(ReadOnlySpan<char> w) =>
        w.Length >= 4 && w[0] == 'ا' && w[1] == 'ل' && !StartsWithAny(w, _articleWords, _articleWords.MaxLength, exact: true);

    private static bool StartsWithAny(ReadOnlySpan<char> w, StringSpanSet set, int maxLength, bool exact = false)
    {
        if (exact)
        {
            // Article exceptions are whole words, or a whole word followed by a plural or feminine ending.
            for (int l = Math.Min(maxLength, w.Length); l >= 3; l--)
            {
                if (set.Contains(w[..l]) && (l == w.Length || w[l..] is "ه" or "ة" or "ات" or "ي" or "ين" or "ون" or "ا"))
                    return true;
            }

            return false;
        }

        for (int l = Math.Min(maxLength, w.Length); l >= 2; l--)
        {
            if (set.Contains(w[..l]))
                return true;
        }

        return false;
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
