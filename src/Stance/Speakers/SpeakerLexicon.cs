using Stance.Text;

namespace Stance.Speakers;

/// <summary>
/// The word lists of speaker attribution (<c>Resources/speaker-*.txt</c>, <c>known-speakers.txt</c>)
/// plus the extensions of <see cref="SpeakerAttributorOptions"/>, folded for matching.
/// </summary>
/// <remarks>Immutable after construction and safe to share across threads.</remarks>
internal sealed class SpeakerLexicon
{
    // Matching folds ة/ه too: "المتحدثة"/"المتحدثه" and "وزارة"/"وزاره" are written both ways.
    private static readonly ArabicNormalizer s_matcher = new(new ArabicNormalizerOptions { FoldTaaMarbuta = true });
    private static readonly Lazy<SpeakerLexicon> s_default = new(() => new SpeakerLexicon(SpeakerAttributorOptions.Default));

    // Longest first: "هما" and "هم" before "ه".
    private static readonly (string Suffix, Agreement Agreement)[] s_possessives = [("هما", Agreement.Plural), ("هم", Agreement.Plural), ("ها", Agreement.Feminine), ("ه", Agreement.Masculine)];

    private readonly Dictionary<string, List<CueEntry>> _cues = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<KnownEntry>> _known = new(StringComparer.Ordinal);
    private readonly HashSet<string> _titles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Agreement> _anon = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Agreement> _bodies = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Agreement> _outlets = new(StringComparer.Ordinal);
    private readonly HashSet<string>[] _classes = [.. Enumerable.Range(0, WordClasses.Count).Select(_ => new HashSet<string>(StringComparer.Ordinal))];

    public SpeakerLexicon(SpeakerAttributorOptions options)
    {
        foreach (var file in LexiconFiles.All)
            Load(file, ReadEmbedded(LexiconFiles.NameOf(file)), LexiconFiles.NameOf(file));
        foreach (var path in options.ExtraLexiconFiles)
            Load(LexiconFiles.KindOf(path) ?? throw new ArgumentException($"Lexicon file '{path}': the name must end with one of {string.Join(", ", LexiconFiles.Names)}."), File.ReadAllText(path), path);
        foreach (var cue in options.ExtraCues)
            AddCue(CueKind.Verb, Agreement.Any, cue);
        foreach (var verb in options.ExtraPositionVerbs)
            AddCue(CueKind.Position, Agreement.Any, verb);
        foreach (var title in options.ExtraTitles)
            _titles.Add(Bare(Fold(title)));
        foreach (var k in options.ExtraKnownSpeakers)
        {
            var agreement = k.IsFeminine ? Agreement.Feminine : Agreement.Masculine;
            AddKnown(k.CanonicalName, k.Kind, agreement, k.CanonicalName);
            foreach (var alias in k.Aliases)
                AddKnown(k.CanonicalName, k.Kind, agreement, alias);
        }

        foreach (var list in _cues.Values)
            list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        foreach (var list in _known.Values)
            list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
    }

    /// <summary>The lexicon with the embedded files only.</summary>
    public static SpeakerLexicon Default => s_default.Value;

    /// <summary>Folds text for matching: the normalizer's folds, ة→ه, and no quote marks.</summary>
    public static string Fold(ReadOnlySpan<char> text)
    {
        return QuotationMarks.Strip(s_matcher.Normalize(text));
    }

    /// <summary>Folds one word as <see cref="Fold"/> does, handing out the same string for the same
    /// folded word on this thread: every sentence folds all its words, and news repeats its words.</summary>
    public static string FoldWord(ReadOnlySpan<char> word)
    {
        if (word.Length > 64)
            return Fold(word);
        Span<char> folded = stackalloc char[64];
        int n = s_matcher.Normalize(word, folded, default);
        return ThreadStrings.Intern(QuotationMarks.StripInPlace(folded[..n]));
    }

    /// <summary>"على" as text words fold (ى → ي, so like the name "علي"): compare words with this.</summary>
    public static readonly string On = Fold("على");

    /// <summary>The word without the article ال (kept when the rest would be too short to be a word).</summary>
    public static string Bare(string word) => word.Length >= 4 && word.StartsWith("ال", StringComparison.Ordinal) ? word[2..] : word;

    /// <summary>The word without the one-letter preposition glued to its front (ل, ب, …): "لوكالة" →
    /// "وكالة". Before the article, ل absorbs the article's alif ("للخارجية" is ل + "الخارجية"), so
    /// the article comes back: "للخارجية" → "الخارجية". The caller has checked that a preposition is there.</summary>
    public static string WithoutAttachedPreposition(string word) =>
        word.StartsWith("لل", StringComparison.Ordinal) ? "ال" + word[2..] : word[1..];

    /// <summary>Whether the word carries the article.</summary>
    public static bool IsDefinite(string word) => word.Length >= 4 && word.StartsWith("ال", StringComparison.Ordinal);

    /// <summary>The cues whose first word is <paramref name="word"/>, longest first.</summary>
    public IReadOnlyList<CueEntry>? CuesStartingWith(string word) => _cues.GetValueOrDefault(word);

    /// <summary>The known-speaker aliases whose first word is <paramref name="word"/>, longest first.</summary>
    public IReadOnlyList<KnownEntry>? KnownStartingWith(string word) => _known.GetValueOrDefault(word);

    public bool IsTitle(string word) => _titles.Contains(Bare(word));

    public bool TryAnonymousHead(string word, out Agreement agreement) => TryHead(_anon, word, out agreement);

    public bool TryBodyHead(string word, out Agreement agreement) => TryHead(_bodies, word, out agreement);

    public bool TryOutletHead(string word, out Agreement agreement) => TryHead(_outlets, word, out agreement);

    public bool IsQuantifier(string word) => In(WordClass.Quantifier, Bare(word));

    public bool IsDocument(string word) => In(WordClass.Document, Bare(word));

    /// <summary>Whether a document is a report or an article, which an outlet may issue too.</summary>
    public bool IsReport(string word) => In(WordClass.Report, Bare(word));

    public bool IsStop(string word) => In(WordClass.Stop, word);

    public bool IsParticle(string word) => In(WordClass.Particle, word);

    public bool IsNegation(string word) => In(WordClass.Negation, word);

    public bool IsStatementNoun(string word) => In(WordClass.Statement, Bare(word));

    /// <summary>Whether the word is a statement noun, bare ("بيان") or with an attached possessive
    /// pronoun ("بيانها", "تصريحاته", "رسالتهم").</summary>
    public bool IsStatementNounOrOwn(string word) => IsStatementNoun(word) || IsOwnStatementNoun(word);

    private bool IsOwnStatementNoun(string word)
    {
        // ـه "his" is told from a folded ة only by what is left: "بيانه" is "بيان" and "ه".
        int cut = HasPossessive(word, out int c) ? c : word.Length > 4 && word[^1] == 'ه' ? 1 : 0;
        if (cut == 0)
            return false;
        var stem = word[..^cut];
        // "رسالتها": a ta marbuta is written ت before the pronoun.
        return IsStatementNoun(stem) || (stem[^1] == 'ت' && IsStatementNoun(stem[..^1] + "ه"));
    }

    /// <summary>Whether the word ends in a possessive pronoun of the third person (ـها، ـهم، ـهما), which
    /// no name carries; <paramref name="cut"/> is its length.</summary>
    public static bool HasPossessive(string word, out int cut)
    {
        cut = word.EndsWith("هما", StringComparison.Ordinal) ? 3 : word.EndsWith("ها", StringComparison.Ordinal) || word.EndsWith("هم", StringComparison.Ordinal) ? 2 : 0;
        return cut > 0 && word.Length - cut >= 3;
    }

    public bool IsAudience(string word) => In(WordClass.Audience, word);

    public bool IsComplementizer(string word) => In(WordClass.Complementizer, word);

    public bool IsTime(string word) => In(WordClass.Time, word);

    public bool IsConnector(string word) => In(WordClass.Connector, word);

    public bool IsSubordinator(string word) => In(WordClass.Subordinator, word);

    public bool IsNameIntroducer(string word) => In(WordClass.NameIntroducer, word) || (word.Length > 2 && word[0] == 'و' && In(WordClass.NameIntroducer, word[1..]));

    /// <summary>Whether the word labels a narrator's line: a credit or a source line ("تصوير:", "المصدر:").</summary>
    public bool IsCredit(string word) => In(WordClass.Credit, word) || (word.Length > 2 && word[0] == 'و' && In(WordClass.Credit, word[1..]));

    /// <summary>Whether the word (folded) is in the first person ("نحن", "لدينا", "ونعتقد").</summary>
    public bool IsFirstPerson(string word) =>
        In(WordClass.FirstPerson, word) || (word.Length > 3 && word[0] is 'و' or 'ف' && In(WordClass.FirstPerson, word[1..]));

    /// <summary>Whether the particle carries the subject's pronoun ("لكنه"): the verb after it continues.</summary>
    public bool CarriesPronoun(string word) => In(WordClass.PronounParticle, word) || (word.Length > 3 && word[0] == 'و' && In(WordClass.PronounParticle, word[1..]));

    /// <summary>The speaker a noun of saying with a possessive pronoun points back to ("قوله", "تعبيرها",
    /// "وصفهم" after "بحسب" or "على حد"): the pronoun's agreement, or null for any other word.</summary>
    public Agreement? SayingPronoun(string word)
    {
        foreach (var (suffix, agreement) in s_possessives)
        {
            if (word.Length > suffix.Length + 2 && word.EndsWith(suffix, StringComparison.Ordinal) && In(WordClass.Saying, word[..^suffix.Length]))
                return agreement;
        }

        return null;
    }

    /// <summary>Whether the word is a demonstrative ("هذا"), which after a verb starts its subject.</summary>
    public bool IsDemonstrative(string word) => In(WordClass.Demonstrative, word);

    /// <summary>Whether the word is a preposition a reporting verb governs ("أشار إلى", "شدد على").</summary>
    public bool IsVerbPreposition(string word) => In(WordClass.VerbPreposition, word);

    /// <summary>Whether the word ends a compound name ("يار الله", "نور الدين").</summary>
    public bool IsNameTail(string word) => In(WordClass.NameTail, word);

    public bool IsGivenName(string word) => In(WordClass.GivenName, word);

    public bool IsSpokesperson(string word) => In(WordClass.Spokesperson, Bare(word));

    /// <summary>Whether the word links a document to its issuer ("صادر" in "بيان صادر عن").</summary>
    public bool IsIssued(string word) => In(WordClass.Issued, word);

    public bool IsAnswerLabel(string word) => In(WordClass.AnswerLabel, word);

    public bool IsFigures(string word) => In(WordClass.Figures, Bare(word));

    public bool IsIssuedBy(string word) => In(WordClass.IssuedBy, word);

    /// <summary>Whether an indefinite noun in a role takes its own complement ("إقليم كردستان").</summary>
    public bool IsGoverning(string word) => In(WordClass.Governing, word);

    /// <summary>Whether a definite word is an adjective that may follow a body's complete name ("المشتركة").</summary>
    public bool IsAdjective(string word) => In(WordClass.Adjective, word);

    /// <summary>Whether the next word belongs to the name whatever it is ("عبد الله", "أبو مهدي").</summary>
    public bool IsNameLink(string word) => In(WordClass.NameLink, word);

    /// <summary>Whether a name (folded word by word) is a place, which before a colon is a dateline.</summary>
    public bool IsPlace(string name) => In(WordClass.Place, Fold(name));

    /// <summary>Whether the word is any lexicon head, title, cue or stop word: not part of a bare name.</summary>
    public bool IsLexical(string word) => _cues.ContainsKey(word) || IsLexicalNoun(word);

    /// <summary>A word of the lexicons other than a cue: what a preposition glued to a word may govern
    /// (no preposition attaches to a verb, so "باقر" is no ب + "أقر").</summary>
    public bool IsLexicalNoun(string word)
    {
        var bare = Bare(word);
        return _titles.Contains(bare) || _anon.ContainsKey(bare) || _bodies.ContainsKey(bare) || _outlets.ContainsKey(bare)
            || In(WordClass.Stop, word) || In(WordClass.Document, bare) || In(WordClass.Quantifier, bare) || In(WordClass.Statement, bare);
    }

    private bool In(WordClass wordClass, string word) => _classes[(int)wordClass].Contains(word);

    private static bool TryHead(Dictionary<string, Agreement> heads, string word, out Agreement agreement)
    {
        var bare = Bare(word);
        if (heads.TryGetValue(bare, out agreement))
            return true;
        // An accusative with tanween ("مسؤولاً") keeps its alef after folding.
        return bare.Length > 3 && bare[^1] == 'ا' && heads.TryGetValue(bare[..^1], out agreement);
    }

    private static string ReadEmbedded(string name)
    {
        using var stream = typeof(SpeakerLexicon).Assembly.GetManifestResourceStream("Stance.Resources." + name)
            ?? throw new InvalidOperationException($"The embedded lexicon {name} is missing from this build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private void Load(LexiconFile kind, string content, string source)
    {
        int lineNo = 0;
        foreach (var raw in content.Split('\n'))
        {
            lineNo++;
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
                continue;
            var f = line.Split('\t', StringSplitOptions.TrimEntries);
            switch (kind)
            {
                case LexiconFile.Cues:
                    Require(f.Length == 3, source, lineNo);
                    var cueKind = f[0] switch
                    {
                        "verb" or "verb-present" => CueKind.Verb,
                        "weak" => CueKind.Weak,
                        "part" => CueKind.Participle,
                        "prep" => CueKind.Prep,
                        "relay" => CueKind.Relay,
                        "docin" => CueKind.DocumentIn,
                        _ => throw Bad(source, lineNo, "unknown cue kind " + f[0]),
                    };
                    foreach (var form in Words(f[2]))
                        AddCue(cueKind, ParseAgreement(f[1], source, lineNo), form, present: f[0] == "verb-present");
                    break;
                case LexiconFile.PositionVerbs:
                    foreach (var form in Words(line))
                        AddCue(CueKind.Position, Agreement.Any, form);
                    break;
                case LexiconFile.Titles:
                    foreach (var w in Words(line))
                        _titles.Add(Bare(Fold(w)));
                    break;
                case LexiconFile.Heads:
                    Require(f.Length == 3, source, lineNo);
                    LoadHeads(f, source, lineNo);
                    break;
                case LexiconFile.KnownSpeakers:
                    Require(f.Length == 4, source, lineNo);
                    var k = f[0] switch
                    {
                        "organization" => SpeakerKind.Organization,
                        "media" => SpeakerKind.Media,
                        "person" => SpeakerKind.Person,
                        "anonymous" => SpeakerKind.Anonymous,
                        _ => throw Bad(source, lineNo, "unknown kind " + f[0]),
                    };
                    var g = ParseAgreement(f[1], source, lineNo);
                    foreach (var alias in f[3].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                        AddKnown(f[2], k, g, alias);
                    break;
            }
        }
    }

    /// <summary>One line of speaker-heads.txt: heads of sources, bodies and outlets with their agreement,
    /// or the words of a class (written without the article where the class says so).</summary>
    private void LoadHeads(string[] f, string source, int lineNo)
    {
        var agreement = ParseAgreement(f[1], source, lineNo);
        foreach (var w in Words(f[2]))
        {
            var folded = Fold(w);
            switch (f[0])
            {
                case "anon": _anon[Bare(folded)] = agreement; break;
                case "body": _bodies[Bare(folded)] = agreement; break;
                case "outlet": _outlets[Bare(folded)] = agreement; break;
                default:
                    if (!WordClasses.TryParse(f[0], out var wordClass, out bool storedBare))
                        throw Bad(source, lineNo, "unknown class " + f[0]);
                    _classes[(int)wordClass].Add(storedBare ? Bare(folded) : folded);
                    break;
            }
        }
    }

    private static string[] Words(string field) => field.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private void AddCue(CueKind kind, Agreement agreement, string form, bool present = false)
    {
        var words = form.Replace('_', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => Fold(w)).Where(w => w.Length > 0).ToArray();
        if (words.Length == 0)
            return;
        if (!_cues.TryGetValue(words[0], out var list))
            _cues[words[0]] = list = [];
        if (!list.Any(e => e.Kind == kind && e.Words.SequenceEqual(words)))
            list.Add(new CueEntry(kind, agreement, words) { Present = present });
    }

    private void AddKnown(string canonical, SpeakerKind kind, Agreement agreement, string alias)
    {
        var words = alias.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => Fold(w)).Where(w => w.Length > 0).ToArray();
        if (words.Length == 0)
            return;
        if (!_known.TryGetValue(words[0], out var list))
            _known[words[0]] = list = [];
        list.Add(new KnownEntry(canonical.Trim(), kind, agreement, words));
    }

    private static Agreement ParseAgreement(string s, string file, int line) => s switch
    {
        "m" => Agreement.Masculine,
        "f" => Agreement.Feminine,
        "pl" => Agreement.Plural,
        "fpl" => Agreement.Feminine | Agreement.Plural,
        "any" => Agreement.Any,
        _ => throw Bad(file, line, "unknown agreement " + s),
    };

    private static void Require(bool ok, string file, int line)
    {
        if (!ok)
            throw Bad(file, line, "wrong number of tab-separated fields");
    }

    private static InvalidDataException Bad(string file, int line, string why) => new($"{file}, line {line}: {why}.");
}
