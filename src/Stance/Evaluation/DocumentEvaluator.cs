using Stance.Classification;
using Stance.Corpus;
using Stance.IO;
using Stance.Text;

namespace Stance.Evaluation;

/// <summary>
/// Measures an analyzer on whole documents, exactly as it analyses them (segmentation, speakers in
/// reading order, stance): every gold sentence is aligned with the predicted sentence that overlaps
/// it most.
/// </summary>
/// <remarks>
/// <para>A predicted speaker is right when its canonical name contains one of the gold sentence's
/// <see cref="GoldSentence.SpeakerKeys"/> (or the gold speaker itself when there are no keys), after
/// folding alef, yeh, ta marbuta, diacritics and spacing; the narrator is right when the gold has
/// none.</para>
/// <para>Stance figures come from ML.NET's multiclass evaluator over the aligned predictions;
/// calibration uses <see cref="CalibrationReport.DefaultBinCount"/> equal-width bins.</para>
/// </remarks>
public static class DocumentEvaluator
{
    private static readonly ArabicNormalizer s_fold = new(ArabicNormalizerOptions.Default with { FoldTaaMarbuta = true });

    /// <summary>Reads a gold file (JSON Lines: <c>doc</c>, <c>start</c>, <c>length</c>, <c>text</c>,
    /// <c>stance</c>, and optionally <c>speaker</c>, <c>speakerKind</c>, <c>speaker_keys</c>).</summary>
    /// <param name="path">The gold file.</param>
    /// <returns>The gold sentences in file order.</returns>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="StanceDataException">A line is invalid or lacks <c>doc</c>, <c>start</c> or
    /// <c>length</c>; the message names the file and line.</exception>
    public static IReadOnlyList<GoldSentence> ReadGold(string path)
    {
        var result = new List<GoldSentence>();
        foreach (var (file, line, r) in StanceCorpus.ReadRecords(path))
        {
            if (r.Doc is not { Length: > 0 } doc || r.Start is not { } start || r.Length is not { } length || start < 0 || length <= 0)
                throw new StanceDataException(file, line, "a document gold sentence needs 'doc', and 'start' and 'length' locating it in the document.");
            if (!StanceLabels.TryParse(r.Stance, out var label))
                throw new StanceDataException(file, line, $"unknown stance '{r.Stance}'.");
            var kind = SpeakerKind.Narrator;
            if (r.SpeakerKind is { Length: > 0 } k && !SpeakerKinds.TryParse(k, out kind))
                throw new StanceDataException(file, line, $"unknown speakerKind '{k}'.");
            result.Add(new GoldSentence(doc, start, length, r.Text!, label)
            {
                Speaker = kind == SpeakerKind.Narrator ? null : r.Speaker,
                SpeakerKind = kind,
                SpeakerKeys = r.SpeakerKeys ?? [],
            });
        }

        return result;
    }

    /// <summary>Evaluates an analyzer on a gold file and the folder of the documents it labels.</summary>
    /// <param name="analyzer">The analyzer, with its model and options.</param>
    /// <param name="goldPath">The gold file (see <see cref="ReadGold"/>).</param>
    /// <param name="documentsFolder">The folder holding each gold <c>doc</c> as a UTF-8 file of that name.</param>
    /// <returns>The figures.</returns>
    /// <exception cref="FileNotFoundException">The gold file or a document is missing.</exception>
    /// <exception cref="StanceDataException">The gold file is invalid.</exception>
    /// <exception cref="ArgumentException">The gold file holds no sentence.</exception>
    public static DocumentEvaluation Evaluate(StanceAnalyzer analyzer, string goldPath, string documentsFolder)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        ArgumentException.ThrowIfNullOrEmpty(documentsFolder);
        if (!Directory.Exists(documentsFolder))
            throw new DirectoryNotFoundException($"No such folder: {documentsFolder}");
        var gold = ReadGold(goldPath);
        return Evaluate(analyzer, gold, doc =>
        {
            string path = Path.Combine(documentsFolder, doc);
            if (!File.Exists(path))
                throw new FileNotFoundException($"{goldPath} labels '{doc}', which is not in {documentsFolder}.", path);
            return Utf8Input.ReadFile(path);
        });
    }

    /// <summary>Evaluates an analyzer on gold sentences whose documents a callback supplies.</summary>
    /// <param name="analyzer">The analyzer.</param>
    /// <param name="gold">The gold sentences, grouped by document.</param>
    /// <param name="readDocument">Returns a document's text (after any BOM) by its id.</param>
    /// <returns>The figures.</returns>
    /// <exception cref="ArgumentException">There is no gold sentence.</exception>
    public static DocumentEvaluation Evaluate(StanceAnalyzer analyzer, IReadOnlyList<GoldSentence> gold, Func<string, string> readDocument)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(readDocument);
        if (gold.Count == 0)
            throw new ArgumentException("There is no gold sentence to evaluate.", nameof(gold));

        var rows = new List<EvaluatedSentence>(gold.Count);
        int documents = 0;
        foreach (var group in gold.GroupBy(g => g.DocumentId, StringComparer.Ordinal))
        {
            documents++;
            var predicted = analyzer.Analyze(readDocument(group.Key), group.Key).Sentences;
            foreach (var g in group)
            {
                var best = BestOverlap(predicted, g);
                bool span = best is not null && best.Span.Start == g.Start && best.Span.Length == g.Length;
                rows.Add(new EvaluatedSentence(g, best, span, SpeakerMatches(g, best?.Speaker)));
            }
        }

        var stance = MulticlassScoring.Evaluate(analyzer.Model, rows.Select(r => (r.Gold.Stance, r.Predicted?.Scores ?? StanceScores.Certain(StanceLabel.Neutral))));
        var calibration = CalibrationReport.Of(rows.Select(r => (r.Predicted?.Confidence ?? 1.0, r.StanceCorrect)));
        return new DocumentEvaluation(documents, stance, calibration, SpeakerFigures(rows), rows.Count(r => r.SpanMatches) / (double)rows.Count)
        {
            Sentences = rows,
        };
    }

    /// <summary>Whether a predicted speaker is the gold one (see the class remarks).</summary>
    /// <param name="gold">The gold sentence.</param>
    /// <param name="predicted">The predicted speaker, or <see langword="null"/> for the narrator.</param>
    /// <returns><see langword="true"/> when it is right.</returns>
    public static bool SpeakerMatches(GoldSentence gold, Speaker? predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        if (gold.SpeakerKind == SpeakerKind.Narrator || gold.Speaker is null)
            return predicted is null;
        if (predicted is null)
            return false;
        string name = Fold(predicted.CanonicalName);
        IEnumerable<string> keys = gold.SpeakerKeys.Count > 0 ? gold.SpeakerKeys : [gold.Speaker];
        return keys.Select(Fold).Any(k => k.Length > 0 && name.Contains(k, StringComparison.Ordinal));
    }

    private static string Fold(string s) => string.Join(' ', s_fold.Normalize(s).Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static SentenceStance? BestOverlap(IReadOnlyList<SentenceStance> predicted, GoldSentence g)
    {
        int best = SpanAlignment.BestOverlap(predicted.Count, i => (predicted[i].Span.Start, predicted[i].Span.Length), g.Start, g.Length);
        return best < 0 ? null : predicted[best];
    }

    private static SpeakerAccuracy SpeakerFigures(List<EvaluatedSentence> rows)
    {
        var perKind = new SortedDictionary<string, SpeakerKindCount>(StringComparer.Ordinal);
        foreach (var kind in rows.GroupBy(r => r.Gold.SpeakerKind))
            perKind[kind.Key.ToWireName()] = new SpeakerKindCount(kind.Count(r => r.SpeakerCorrect), kind.Count());
        var named = rows.Where(r => r.Gold.SpeakerKind != SpeakerKind.Narrator).ToList();
        var scored = rows.Where(r => r.Predicted?.SpeakerConfidence is not null).ToList();
        return new SpeakerAccuracy(
            rows.Count(r => r.SpeakerCorrect) / (double)rows.Count,
            rows.Count,
            named.Count == 0 ? 0 : named.Count(r => r.SpeakerCorrect) / (double)named.Count,
            rows.Count(r => (r.Predicted?.SpeakerKind ?? SpeakerKind.Narrator) == r.Gold.SpeakerKind) / (double)rows.Count,
            perKind)
        {
            Calibration = scored.Count == 0 ? null : CalibrationReport.Of(scored.Select(r => (r.Predicted!.SpeakerConfidence!.Value, r.SpeakerCorrect))),
        };
    }
}
