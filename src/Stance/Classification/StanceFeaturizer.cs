using Stance.Speakers;
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
    public const int Version = 2;

    private readonly ArabicTokenizer _tokenizer;
    private readonly ArabicNormalizer _normalizer;
    private readonly StanceLexicon _lexicon;

    public StanceFeaturizer(StanceLexicon? lexicon = null)
    {
        _tokenizer = new ArabicTokenizer(options: ArabicTokenizerOptions.Default);
        _normalizer = ArabicNormalizer.Default;
        _lexicon = lexicon ?? StanceLexicon.Default;
    }

    public static StanceFeaturizer Default { get; } = new();

    public StanceFeatureRow Featurize(string text, string? target = null, bool conjoinTarget = false, bool withdrawalCues = true)
    {
        var tokens = new List<string>();
        var stems = new List<string>();
        var buffers = new ScannerBuffers();
        var scanner = new TokenScanner(text, _normalizer, CliticRules.Default, ref buffers);
        Span<char> marked = stackalloc char[TokenScanner.MaxWordLength + 2];
        while (scanner.MoveNext())
        {
            switch (scanner.Kind)
            {
                case TokenKind.Word or TokenKind.Latin when scanner.HasValue:
                    tokens.Add(new string(ArabicTokenizer.MarkInto(scanner.Value, scanner.Piece, marked)));
                    if (scanner.Piece == PieceKind.Stem)
                        stems.Add(scanner.Value.ToString());
                    break;
                case TokenKind.Number:
                    tokens.Add("<num>");
                    break;
                case TokenKind.Punctuation when scanner.HasValue && scanner.Value is "?" or "!" or "\"":
                    tokens.Add(scanner.Value.ToString());
                    break;
            }
        }

        var cues = new List<string>();
        if (withdrawalCues)
            AddWithdrawalCues(text, stems, cues);

        if (conjoinTarget && !string.IsNullOrEmpty(target))
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

        return new StanceFeatureRow
        {
            Tokens = [.. tokens],
            Chars = _normalizer.Normalize(text),
            Cues = [.. cues],
        };
    }

    /// <summary>The cue features written for the withdrawal target (see <see cref="StanceTrainerOptions.WithdrawalCues"/>).</summary>
    private void AddWithdrawalCues(string text, List<string> stems, List<string> cues)
    {
        var hits = new List<CueHit>();
        _lexicon.Match(stems, hits);
        foreach (var hit in hits)
        {
            string side = hit.EffectiveLabel == StanceLabel.Pro ? "pro" : "anti";
            cues.Add("cue:" + side);
            cues.Add((hit.Negated ? "cue:neg:" : "cue:") + hit.Name);
        }

        if (stems.Exists(_lexicon.IsNegator))
            cues.Add("has:negator");

        // Who speaks matters to the label: the narrator takes no side (ANNOTATION, rule 4), while a
        // quoted source usually does. The sentence is attributed on its own, without document
        // context, so that training, evaluation and analysis see the same feature for the same text.
        var attributor = SpeakerAttributor.Default;
        var attribution = attributor.Next(attributor.CreateContext(), text, new SentenceSpan(0, text.Length));
        cues.Add("speaker:" + attribution.Kind.ToWireName());
    }
}
