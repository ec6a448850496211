using Stance.Text;

namespace Stance.Classification;

/// <summary>
/// Turns a sentence into the columns of <see cref="StanceFeatureRow"/>: our tokenizer's normalized,
/// clitic-segmented tokens, the normalized text for character n-grams, and cue features from the
/// lexicon with negation scope. ML.NET does the rest (n-grams, key mapping, weighting).
/// </summary>
/// <remarks>Stateless apart from shared immutable tables; safe to share across threads. Its
/// <see cref="Version"/> is stored in every model, because a model is only valid with the featurizer
/// it was trained with.</remarks>
internal sealed class StanceFeaturizer
{
    /// <summary>Changes whenever the features a sentence produces change.</summary>
    public const int Version = 3;

    private readonly ArabicTokenizer _tokenizer;
    private readonly ArabicNormalizer _normalizer;
    private readonly StanceLexicon _lexicon;
    private readonly CueComposer _composer;

    public StanceFeaturizer(StanceLexicon? lexicon = null)
    {
        _tokenizer = new ArabicTokenizer(options: ArabicTokenizerOptions.Default);
        _normalizer = ArabicNormalizer.Default;
        _lexicon = lexicon ?? StanceLexicon.Default;
        _composer = new CueComposer(_lexicon);
    }

    public static StanceFeaturizer Default { get; } = new();

    /// <summary>Featurizes one sentence.</summary>
    /// <param name="text">The sentence.</param>
    /// <param name="context">Its place in the document, as read so far.</param>
    /// <param name="choices">The model's feature choices.</param>
    /// <param name="target">The target, for a multi-target model.</param>
    /// <returns>The row, and the sentence's composed direction (+1 pro, −1 anti, 0 none) that later
    /// sentences of the document may use as context.</returns>
    public (StanceFeatureRow Row, int Direction) Featurize(string text, SentenceContext context, FeatureChoices choices, string? target = null)
    {
        var tokens = new List<string>(text.Length / 5 + 8);
        var stems = new List<string>(text.Length / 6 + 8);
        ScanTokens(text, tokens, stems);
        var cues = new List<string>(16);
        int direction = AddCues(stems, context, choices, cues);

        if (choices.ConjoinTarget && !string.IsNullOrEmpty(target))
        {
            int n = tokens.Count;
            for (int i = 0; i < n; i++)
                tokens.Add(target + "|" + tokens[i]);
            int c = cues.Count;
            for (int i = 0; i < c; i++)
                cues.Add(target + "|" + cues[i]);
            cues.Add("target:" + target);
        }

        // ML.NET's key mapping needs at least one value in the column over the whole corpus.
        if (cues.Count == 0)
            cues.Add("cue:none");

        var row = new StanceFeatureRow
        {
            Tokens = [.. tokens],
            Chars = QuotationMarks.Strip(_normalizer.Normalize(text)),
            Cues = [.. cues],
        };
        return (row, direction);
    }

    /// <summary>The sentence's tokens (clitics marked, numbers as one token, ? and !) and its stems.</summary>
    private void ScanTokens(string text, List<string> tokens, List<string> stems)
    {
        var buffers = new ScannerBuffers();
        var scanner = new TokenScanner(text, _normalizer, CliticRules.Default, ref buffers);
        Span<char> marked = stackalloc char[TokenScanner.MaxWordLength + 2];
        while (scanner.MoveNext())
        {
            switch (scanner.Kind)
            {
                case TokenKind.Word or TokenKind.Latin when scanner.HasValue:
                    tokens.Add(ThreadStrings.Intern(ArabicTokenizer.MarkInto(scanner.Value, scanner.Piece, marked)));
                    if (scanner.Piece == PieceKind.Stem)
                        stems.Add(ThreadStrings.Intern(scanner.Value));
                    break;
                case TokenKind.Number:
                    tokens.Add("<num>");
                    break;
                case TokenKind.Punctuation when scanner.HasValue && scanner.Value is "?" or "!":
                    // Quotation marks are left out on purpose: in written training text they stood in
                    // for stance, while real reporting carries most stance in paraphrase. Who speaks
                    // reaches the model through the attribution's features instead.
                    tokens.Add(ThreadStrings.Intern(scanner.Value));
                    break;
            }
        }
    }

    /// <summary>The cue features the model's choices ask for; returns the sentence's direction.</summary>
    private int AddCues(List<string> stems, SentenceContext context, FeatureChoices choices, List<string> cues)
    {
        int direction = 0;
        if (choices.WithdrawalCues)
        {
            direction = AddWithdrawalCues(stems, cues);
            AddContext(context, cues);
        }
        else if (choices.GenericCues)
        {
            AddGenericCues(stems, context, cues);
        }

        return direction;
    }

    /// <summary>The cue features written for the withdrawal target (see <see cref="StanceTrainerOptions.WithdrawalCues"/>):
    /// lexicon hits with negation scope, the composed cues of the stance grammar and a negator flag.</summary>
    /// <returns>The sentence's direction: the composed one, or the lexicon hits' balance when nothing composes.</returns>
    private int AddWithdrawalCues(List<string> stems, List<string> cues)
    {
        var hits = new List<CueHit>();
        _lexicon.Match(stems, hits);
        int balance = 0;
        foreach (var hit in hits)
        {
            bool pro = hit.EffectiveLabel == StanceLabel.Pro;
            balance += pro ? 1 : -1;
            cues.Add(pro ? "cue:pro" : "cue:anti");
            cues.Add((hit.Negated ? "cue:neg:" : "cue:") + hit.Name);
        }

        if (stems.Exists(_lexicon.IsNegator))
            cues.Add("has:negator");
        if (_lexicon.SpeaksOfElsewhereOnly(stems))
            cues.Add("scope:elsewhere");
        int composed = _composer.Compose(stems, cues);
        return composed != 0 ? composed : Math.Sign(balance);
    }

    /// <summary>Who speaks and where the sentence stands. The narrator takes no side (ANNOTATION,
    /// rule 4) while a quoted source usually does; a headline states the article's angle; a
    /// continuation keeps its speaker's side; the lede follows the headline.</summary>
    private static void AddContext(SentenceContext context, List<string> cues)
    {
        AddSpeakerAndPosition(context, cues);
        if (context.Continues)
            cues.Add(DirectionName("ctx:continues:", context.CarriedDirection));
        if (context.Index == 1 && context.HeadlineDirection != 0)
            cues.Add(DirectionName("ctx:headline:", context.HeadlineDirection));
    }

    /// <summary>The features that know nothing of the withdrawal lexicon, for a target of one's own:
    /// negation (the negator list is Arabic grammar, not the target's), who speaks and where the
    /// sentence stands.</summary>
    private void AddGenericCues(List<string> stems, SentenceContext context, List<string> cues)
    {
        if (stems.Exists(_lexicon.IsNegator))
            cues.Add("has:negator");
        AddSpeakerAndPosition(context, cues);
    }

    private static void AddSpeakerAndPosition(SentenceContext context, List<string> cues)
    {
        cues.Add(s_speakerCues.TryGetValue(context.SpeakerKind, out var cue) ? cue : "speaker:" + context.SpeakerKind.ToWireName());
        cues.Add(context.HasCue ? "has:cue" : "has:nocue");
        if (context.Index == 0)
            cues.Add("pos:headline");
        else if (context.Index == 1)
            cues.Add("pos:lede");
    }

    // Spelled out so that no sentence allocates its context features.
    private static string DirectionName(string prefix, int direction) => (prefix, Math.Sign(direction)) switch
    {
        ("ctx:continues:", 1) => "ctx:continues:pro",
        ("ctx:continues:", -1) => "ctx:continues:anti",
        ("ctx:continues:", _) => "ctx:continues:none",
        ("ctx:headline:", 1) => "ctx:headline:pro",
        ("ctx:headline:", -1) => "ctx:headline:anti",
        ("ctx:headline:", _) => "ctx:headline:none",
        _ => prefix + (direction > 0 ? "pro" : direction < 0 ? "anti" : "none"),
    };

    private static readonly Dictionary<SpeakerKind, string> s_speakerCues =
        Enum.GetValues<SpeakerKind>().ToDictionary(k => k, k => "speaker:" + k.ToWireName());
}
