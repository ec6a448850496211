namespace Stance.Classification;

/// <summary>
/// The stance grammar at work: finds each mention of the target (its direction: leaving +, staying −),
/// the predicate that governs it (wanting +, rejecting, fearing, ending or delaying −) and a negation
/// of that predicate, and composes them: +·+ and −·− are pro, +·− and −·+ anti.
/// </summary>
/// <remarks>"رفض بقاء القوات" is −·− (pro); "بقاء القوات ضروري" −·+ (anti); "لا نريد بقاء القوات"
/// flips + to −, so −·− (pro); "إنهاء مهمة التحالف" −·− (pro). Stateless; safe to share.</remarks>
internal sealed class CueComposer
{
    /// <summary>How many stems before a target mention its governing predicate may stand.</summary>
    public const int PredicateWindowBefore = 5;

    /// <summary>How many stems after a target mention a predicate may follow it ("بقاء القوات ضروري").</summary>
    public const int PredicateWindowAfter = 3;

    /// <summary>How many stems before a predicate a negator may stand and still flip it.</summary>
    public const int NegationWindow = 3;

    private readonly StanceLexicon _lexicon;

    public CueComposer(StanceLexicon lexicon) => _lexicon = lexicon;

    /// <summary>Composes the sentence's target mentions.</summary>
    /// <param name="stems">The sentence's normalized stems, clitic tokens removed.</param>
    /// <param name="features">Receives the composed features.</param>
    /// <returns>The sentence's composed direction: the sign of the sum over its governed mentions
    /// (+1 pro, −1 anti, 0 none or balanced).</returns>
    public int Compose(IReadOnlyList<string> stems, List<string> features)
    {
        int sum = 0;
        for (int i = 0; i < stems.Count; i++)
        {
            var (target, end) = LongestTarget(stems, i);
            if (target is null)
                continue;
            var (predicate, at) = FindPredicate(stems, i, end);
            if (predicate is null)
            {
                features.Add(target.Direction > 0 ? "tgt:leave" : "tgt:stay");
            }
            else
            {
                bool negated = IsNegated(stems, at);
                int direction = target.Direction * predicate.Direction * (negated ? -1 : 1);
                sum += direction;
                features.Add(direction > 0 ? "comp:pro" : "comp:anti");
                features.Add((negated ? "comp:not_" : "comp:") + predicate.Name + ">" + target.Name);
            }

            i = end - 1;
        }

        return Math.Sign(sum);
    }

    private (GrammarEntry? Entry, int End) LongestTarget(IReadOnlyList<string> stems, int start)
    {
        GrammarEntry? best = null;
        int bestEnd = -1;
        var candidates = Candidates();
        _lexicon.TargetIndex.Candidates(stems[start], candidates);
        foreach (int c in candidates)
        {
            var t = _lexicon.Targets[c];
            int end = StanceLexicon.MatchAt(t, stems, start);
            if (end > bestEnd)
            {
                best = t;
                bestEnd = end;
            }
        }

        return (best, bestEnd);
    }

    // The nearest predicate before the mention, else the nearest after it; a negator word (kind neg)
    // before the mention counts as a rejecting predicate.
    private (GrammarEntry? Entry, int At) FindPredicate(IReadOnlyList<string> stems, int start, int end)
    {
        for (int i = start - 1; i >= Math.Max(0, start - PredicateWindowBefore); i--)
        {
            if (PredicateAt(stems, i) is { } p)
                return (p, i);
            if (_lexicon.IsNegator(stems[i]))
                return (s_negatorAsPredicate, i);
        }

        for (int i = end; i < Math.Min(stems.Count, end + PredicateWindowAfter); i++)
        {
            if (PredicateAt(stems, i) is { } p)
                return (p, i);
        }

        return (null, -1);
    }

    private static readonly GrammarEntry s_negatorAsPredicate = new(["neg"], -1, "neg");

    private GrammarEntry? PredicateAt(IReadOnlyList<string> stems, int i)
    {
        var candidates = Candidates();
        _lexicon.PredicateIndex.Candidates(stems[i], candidates);
        foreach (int c in candidates)
        {
            var p = _lexicon.Predicates[c];
            if (StanceLexicon.MatchAt(p, stems, i) > 0)
                return p;
        }

        return null;
    }

    [ThreadStatic]
    private static List<int>? t_candidates;

    // One scratch list per thread: the composer is shared and called once per stem.
    private static List<int> Candidates() => t_candidates ??= [];

    private bool IsNegated(IReadOnlyList<string> stems, int at)
    {
        for (int i = Math.Max(0, at - NegationWindow); i < at; i++)
        {
            if (_lexicon.IsNegator(stems[i]))
                return true;
        }

        return false;
    }
}
