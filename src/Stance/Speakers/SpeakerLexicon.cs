using Stance.Text;

namespace Stance.Speakers;

/// <summary>
/// The word lists of speaker attribution (<c>Resources/speaker-*.txt</c>, <c>known-speakers.txt</c>)
/// plus the extensions of <see cref="SpeakerAttributorOptions"/>, folded for matching.
/// </summary>
/// <remarks>Immutable after construction and safe to share across threads.</remarks>
internal sealed class SpeakerLexicon
{
    /// <summary>The embedded files, which are also the suffixes that name extra lexicon files.</summary>
    public static readonly string[] FileNames = ["speaker-cues.txt", "speaker-position-verbs.txt", "speaker-titles.txt", "speaker-heads.txt", "known-speakers.txt"];

    // Matching folds ة/ه too: "المتحدثة"/"المتحدثه" and "وزارة"/"وزاره" are written both ways.
    private static readonly ArabicNormalizer s_matcher = new(new ArabicNormalizerOptions { FoldTaaMarbuta = true });
    private static readonly Lazy<SpeakerLexicon> s_default = new(() => new SpeakerLexicon(SpeakerAttributorOptions.Default));

    private readonly Dictionary<string, List<CueEntry>> _cues = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<KnownEntry>> _known = new(StringComparer.Ordinal);
    private readonly HashSet<string> _titles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Agreement> _anon = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Agreement> _bodies = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Agreement> _outlets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _classes = new(StringComparer.Ordinal);

    public SpeakerLexicon(SpeakerAttributorOptions options)
    {
        foreach (var name in FileNames)
            Load(name, ReadEmbedded(name));
        foreach (var path in options.ExtraLexiconFiles)
            Load(FileKindOf(path)!, File.ReadAllText(path));
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

    /// <summary>Which embedded file an extra lexicon file extends, by its name, or null.</summary>
    public static string? FileKindOf(string path)
    {
        var file = Path.GetFileName(path);
        return FileNames.FirstOrDefault(n => file.EndsWith(n, StringComparison.OrdinalIgnoreCase));
    }

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

    public bool IsQuantifier(string word) => In("quant", Bare(word));

    public bool IsDocument(string word) => In("document", Bare(word));

    /// <summary>Whether a document is a report or an article, which an outlet may issue too.</summary>
    public bool IsReport(string word) => In("report", Bare(word));

    public bool IsStop(string word) => In("stop", word);

    public bool IsParticle(string word) => In("particle", word);

    public bool IsNegation(string word) => In("negation", word);

    public bool IsStatementNoun(string word) => In("statement", Bare(word));

    public bool IsAudience(string word) => In("audience", word);

    public bool IsComplementizer(string word) => In("complementizer", word);

    public bool IsTime(string word) => In("time", word);

    public bool IsConnector(string word) => In("connector", word);

    public bool IsSubordinator(string word) => In("subordinator", word);

    public bool IsNameIntroducer(string word) => In("introducer", word) || (word.Length > 2 && word[0] == 'و' && In("introducer", word[1..]));

    /// <summary>Whether the word labels a narrator's line: a credit or a source line ("تصوير:", "المصدر:").</summary>
    public bool IsCredit(string word) => In("credit", word) || (word.Length > 2 && word[0] == 'و' && In("credit", word[1..]));

    /// <summary>Whether the particle carries the subject's pronoun ("لكنه"): the verb after it continues.</summary>
    public bool CarriesPronoun(string word) => In("pronparticle", word) || (word.Length > 3 && word[0] == 'و' && In("pronparticle", word[1..]));

    /// <summary>Whether the word is a demonstrative ("هذا"), which after a verb starts its subject.</summary>
    public bool IsDemonstrative(string word) => In("demonstrative", word);

    /// <summary>Whether the word is a preposition a reporting verb governs ("أشار إلى", "شدد على").</summary>
    public bool IsVerbPreposition(string word) => In("verbprep", word);

    /// <summary>Whether the word ends a compound name ("يار الله", "نور الدين").</summary>
    public bool IsNameTail(string word) => In("nametail", word);

    /// <summary>Whether the word links a document to its issuer ("صادر" in "بيان صادر عن").</summary>
    public bool IsIssued(string word) => In("issued", word);

    /// <summary>Whether an indefinite noun in a role takes its own complement ("إقليم كردستان").</summary>
    public bool IsGoverning(string word) => In("governing", word);

    /// <summary>Whether the next word belongs to the name whatever it is ("عبد الله", "أبو مهدي").</summary>
    public bool IsNameLink(string word) => In("namelink", word);

    /// <summary>Whether a name (folded word by word) is a place, which before a colon is a dateline.</summary>
    public bool IsPlace(string name) => In("place", Fold(name));

    /// <summary>Whether the word is any lexicon head, title, cue or stop word: not part of a bare name.</summary>
    public bool IsLexical(string word)
    {
        var bare = Bare(word);
        return _titles.Contains(bare) || _anon.ContainsKey(bare) || _bodies.ContainsKey(bare) || _outlets.ContainsKey(bare)
            || _cues.ContainsKey(word) || In("stop", word) || In("document", bare) || In("quant", bare) || In("statement", bare);
    }

    private bool In(string cls, string word) => _classes.TryGetValue(cls, out var set) && set.Contains(word);

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

    private void Load(string kind, string content)
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
                case "speaker-cues.txt":
                    Require(f.Length == 3, kind, lineNo);
                    var cueKind = f[0] switch
                    {
                        "verb" or "verb-present" => CueKind.Verb,
                        "weak" => CueKind.Weak,
                        "part" => CueKind.Participle,
                        "prep" => CueKind.Prep,
                        "relay" => CueKind.Relay,
                        "docin" => CueKind.DocumentIn,
                        _ => throw Bad(kind, lineNo, "unknown cue kind " + f[0]),
                    };
                    foreach (var form in Words(f[2]))
                        AddCue(cueKind, ParseAgreement(f[1], kind, lineNo), form, present: f[0] == "verb-present");
                    break;
                case "speaker-position-verbs.txt":
                    foreach (var form in Words(line))
                        AddCue(CueKind.Position, Agreement.Any, form);
                    break;
                case "speaker-titles.txt":
                    foreach (var w in Words(line))
                        _titles.Add(Bare(Fold(w)));
                    break;
                case "speaker-heads.txt":
                    Require(f.Length == 3, kind, lineNo);
                    LoadHeads(f, kind, lineNo);
                    break;
                case "known-speakers.txt":
                    Require(f.Length == 4, kind, lineNo);
                    var k = f[0] switch
                    {
                        "organization" => SpeakerKind.Organization,
                        "media" => SpeakerKind.Media,
                        "person" => SpeakerKind.Person,
                        "anonymous" => SpeakerKind.Anonymous,
                        _ => throw Bad(kind, lineNo, "unknown kind " + f[0]),
                    };
                    var g = ParseAgreement(f[1], kind, lineNo);
                    foreach (var alias in f[3].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                        AddKnown(f[2], k, g, alias);
                    break;
            }
        }
    }

    /// <summary>One line of speaker-heads.txt: heads of sources, bodies and outlets with their agreement,
    /// or the words of a class (written without the article where the class says so).</summary>
    private void LoadHeads(string[] f, string kind, int lineNo)
    {
        var agreement = ParseAgreement(f[1], kind, lineNo);
        foreach (var w in Words(f[2]))
        {
            var folded = Fold(w);
            switch (f[0])
            {
                case "anon": _anon[Bare(folded)] = agreement; break;
                case "body": _bodies[Bare(folded)] = agreement; break;
                case "outlet": _outlets[Bare(folded)] = agreement; break;
                case "quant" or "document" or "statement" or "report":
                    Class(f[0]).Add(Bare(folded));
                    break;
                case "stop" or "particle" or "negation" or "audience" or "complementizer" or "time" or "connector" or "subordinator" or "introducer" or "credit" or "place" or "namelink" or "governing" or "issued" or "nametail" or "verbprep" or "demonstrative" or "pronparticle":
                    Class(f[0]).Add(folded);
                    break;
                default: throw Bad(kind, lineNo, "unknown class " + f[0]);
            }
        }
    }

    private HashSet<string> Class(string name)
    {
        if (!_classes.TryGetValue(name, out var set))
            _classes[name] = set = new HashSet<string>(StringComparer.Ordinal);
        return set;
    }

    private static IEnumerable<string> Words(string field) => field.Split(' ', StringSplitOptions.RemoveEmptyEntries);

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
