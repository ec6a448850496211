using System.Text;
using Stance.Text;

namespace Stance.Classification;

/// <summary>
/// The stance cue lexicon (<c>Resources/stance-cues.txt</c>): phrases that signal a position toward
/// the target, and negators that flip a cue that follows them closely.
/// </summary>
/// <remarks>Immutable and safe to share across threads.</remarks>
internal sealed class StanceLexicon
{
    /// <summary>How many stem tokens before a cue a negator may stand and still flip it.</summary>
    public const int NegationWindow = 4;

    private const int MaxGap = 3;
    private static readonly Lazy<StanceLexicon> s_default = new(() =>
    {
        using var stream = typeof(StanceLexicon).Assembly.GetManifestResourceStream("Stance.Resources.stance-cues.txt")
            ?? throw new InvalidOperationException("The stance cue lexicon is missing from the assembly.");
        return Load(stream);
    });

    private readonly CueEntry[] _entries;
    private readonly FirstTermIndex _entryIndex;
    private readonly StringSpanSet _negators;
    private readonly GrammarEntry[] _targets;
    private readonly GrammarEntry[] _predicates;
    private readonly StringSpanSet _iraq;
    private readonly StringSpanSet _elsewhere;

    private StanceLexicon(CueEntry[] entries, StringSpanSet negators, GrammarEntry[] targets, GrammarEntry[] predicates, StringSpanSet iraq, StringSpanSet elsewhere)
    {
        _entryIndex = new FirstTermIndex([.. entries.Select(e => e.Terms[0])]);
        TargetIndex = new FirstTermIndex([.. targets.Select(e => e.Terms[0])]);
        PredicateIndex = new FirstTermIndex([.. predicates.Select(e => e.Terms[0])]);
        _iraq = iraq;
        _elsewhere = elsewhere;
        _entries = entries;
        _negators = negators;
        _targets = targets;
        _predicates = predicates;
    }

    /// <summary>The target mentions of the stance grammar, each with its direction (+1 leaving, −1 staying).</summary>
    internal IReadOnlyList<GrammarEntry> Targets => _targets;

    /// <summary>The predicates of the stance grammar, each with its direction (+1 wants, −1 rejects or ends).</summary>
    internal IReadOnlyList<GrammarEntry> Predicates => _predicates;

    /// <summary>The target mentions by first term.</summary>
    internal FirstTermIndex TargetIndex { get; }

    /// <summary>The predicates by first term.</summary>
    internal FirstTermIndex PredicateIndex { get; }

    public static StanceLexicon Default => s_default.Value;

    public int Count => _entries.Length;

    public static StanceLexicon Load(Stream stream)
    {
        var entries = new List<CueEntry>();
        var negators = new List<string>();
        var targets = new List<GrammarEntry>();
        var predicates = new List<GrammarEntry>();
        var iraq = new List<string>();
        var elsewhere = new List<string>();
        using var reader = new StreamReader(stream, Encoding.UTF8);
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
                continue;
            int tab = line.IndexOf('\t');
            if (tab < 0)
                throw new InvalidDataException($"stance-cues.txt line {lineNumber}: expected '<kind><TAB><terms>'.");
            string kind = line[..tab];
            string[] terms = line[(tab + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (terms.Length == 0 || terms[0] == "*" || terms[^1] == "*")
                throw new InvalidDataException($"stance-cues.txt line {lineNumber}: a cue needs terms and cannot start or end with a gap.");
            switch (kind)
            {
                case "pro":
                    entries.Add(new CueEntry(StanceLabel.Pro, terms, string.Join('_', terms.Where(t => t != "*"))));
                    break;
                case "anti":
                    entries.Add(new CueEntry(StanceLabel.Anti, terms, string.Join('_', terms.Where(t => t != "*"))));
                    break;
                case "neg":
                    negators.Add(terms[0]);
                    break;
                case "target+" or "target-":
                    targets.Add(new GrammarEntry(terms, kind[^1] == '+' ? 1 : -1, terms[0]));
                    break;
                case "iraq":
                    iraq.Add(terms[0]);
                    break;
                case "elsewhere":
                    elsewhere.Add(terms[0]);
                    break;
                case "pred+" or "pred-":
                    predicates.Add(new GrammarEntry(terms, kind[^1] == '+' ? 1 : -1, terms[0]));
                    break;
                default:
                    throw new InvalidDataException($"stance-cues.txt line {lineNumber}: unknown kind '{kind}'.");
            }
        }

        return new StanceLexicon([.. entries], new StringSpanSet(negators), [.. targets], [.. predicates], new StringSpanSet(iraq), new StringSpanSet(elsewhere));
    }

    /// <summary>Finds the cues in a sentence's stem tokens.</summary>
    /// <param name="stems">The normalized stems, clitic tokens removed.</param>
    /// <param name="hits">Receives one hit per cue found.</param>
    public void Match(IReadOnlyList<string> stems, List<CueHit> hits)
    {
        var candidates = new List<int>();
        for (int start = 0; start < stems.Count; start++)
        {
            _entryIndex.Candidates(stems[start], candidates);
            foreach (int c in candidates)
            {
                var entry = _entries[c];
                if (!TermMatches(entry.Terms[0], stems[start]))
                    continue;
                int end = MatchRest(entry.Terms, 1, stems, start + 1);
                if (end < 0)
                    continue;
                bool negated = IsNegated(stems, start);
                hits.Add(new CueHit(entry.Name, entry.Label, negated, start, end));
            }
        }
    }

    public bool IsNegator(string stem) => _negators.Contains(stem);

    /// <summary>Whether the stems name another theatre (Syria, …) and not Iraq: the sentence is then
    /// about forces outside the target.</summary>
    public bool SpeaksOfElsewhereOnly(IReadOnlyList<string> stems)
    {
        bool elsewhere = false;
        foreach (var stem in stems)
        {
            if (_iraq.Contains(stem))
                return false;
            elsewhere |= _elsewhere.Contains(stem);
        }

        return elsewhere;
    }

    /// <summary>Where a grammar entry matches at <paramref name="start"/>: the index after it, or −1.</summary>
    internal static int MatchAt(GrammarEntry entry, IReadOnlyList<string> stems, int start) =>
        start < stems.Count && TermMatches(entry.Terms[0], stems[start]) ? MatchRest(entry.Terms, 1, stems, start + 1) : -1;

    private bool IsNegated(IReadOnlyList<string> stems, int start)
    {
        for (int i = Math.Max(0, start - NegationWindow); i < start; i++)
        {
            if (_negators.Contains(stems[i]))
                return true;
        }

        return false;
    }

    // Returns the index after the match, or -1.
    private static int MatchRest(string[] terms, int t, IReadOnlyList<string> stems, int i)
    {
        if (t == terms.Length)
            return i;
        if (terms[t] == "*")
        {
            for (int skip = 0; skip <= MaxGap && i + skip < stems.Count; skip++)
            {
                if (TermMatches(terms[t + 1], stems[i + skip]))
                {
                    int end = MatchRest(terms, t + 2, stems, i + skip + 1);
                    if (end >= 0)
                        return end;
                }
            }

            return -1;
        }

        return i < stems.Count && TermMatches(terms[t], stems[i]) ? MatchRest(terms, t + 1, stems, i + 1) : -1;
    }

    /// <summary>A term matches a stem equal to it, or the stem with one or two attached particle
    /// letters that the conservative tokenizer left on («لسحب» for «سحب»).</summary>
    internal static bool TermMatches(string term, string stem)
    {
        if (stem.Length == term.Length)
            return string.Equals(stem, term, StringComparison.Ordinal);
        int extra = stem.Length - term.Length;
        if (extra is < 1 or > 2 || !stem.EndsWith(term, StringComparison.Ordinal))
            return false;
        for (int i = 0; i < extra; i++)
        {
            if (!IsParticle(stem[i]))
                return false;
        }

        return true;
    }

    /// <summary>The particle letters the conservative tokenizer may leave on a stem: و ف ب ل ك.</summary>
    internal static bool IsParticle(char c) => c is 'و' or 'ف' or 'ب' or 'ل' or 'ك';

    private sealed record CueEntry(StanceLabel Label, string[] Terms, string Name);
}

/// <summary>A target mention or a predicate of the stance grammar.</summary>
/// <param name="Terms">The stems to match (<c>*</c> is a short gap).</param>
/// <param name="Direction">+1 or −1.</param>
/// <param name="Name">The first term, as the feature name.</param>
internal sealed record GrammarEntry(string[] Terms, int Direction, string Name);

/// <summary>A cue found in a sentence.</summary>
/// <param name="Name">The cue's terms joined with underscores.</param>
/// <param name="Label">The side the cue signals before negation.</param>
/// <param name="Negated">Whether a negator stands before it.</param>
/// <param name="Start">The index of its first stem.</param>
/// <param name="End">The index after its last stem.</param>
internal readonly record struct CueHit(string Name, StanceLabel Label, bool Negated, int Start, int End)
{
    /// <summary>The side after negation.</summary>
    public StanceLabel EffectiveLabel => !Negated ? Label : Label == StanceLabel.Pro ? StanceLabel.Anti : StanceLabel.Pro;
}
