using System.Text.RegularExpressions;

namespace Stance.Tests.Corpus;

/// <summary>How much the training corpus looks like real reporting rather than a debate: measured
/// over the whole corpus by <see cref="CorpusShapeTests"/> against the figures found in real news.</summary>
internal sealed partial record CorpusShape(
    double SidedWithoutQuotes,
    double Over40Words,
    double Furniture,
    double SingleVoiceOpenings,
    double CityDatelineOpenings,
    int SidedWrittenBothWays)
{
    private const string QuotationMarks = "\"«»“”„";

    public static CorpusShape Of(IReadOnlyList<CorpusRow> rows)
    {
        var sided = rows.Where(r => r.Stance != "neutral").ToList();
        var documents = rows.GroupBy(r => r.Doc).Select(g => g.ToList()).ToList();
        return new CorpusShape(
            Share(sided, r => r.Text.IndexOfAny(QuotationMarks.ToCharArray()) < 0),
            Share(rows, r => r.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 40),
            Share(rows, r => r.Tags.Contains("furniture")),
            Share(documents, d => !(d.Take(6).Any(r => r.Stance == "pro-withdrawal") && d.Take(6).Any(r => r.Stance == "anti-withdrawal"))),
            Share(documents, d => d.Count > 1 && CityDateline().IsMatch(d[1].Text)),
            WrittenBothWays(sided));
    }

    /// <summary>The share of sentences of each label that contain a topic word.</summary>
    public static IReadOnlyDictionary<string, double> Leaning(IReadOnlyList<CorpusRow> rows, string word)
    {
        var with = rows.Where(r => CorpusSchema.Fold(r.Text).Contains(CorpusSchema.Fold(word), StringComparison.Ordinal)).ToList();
        return CorpusSchema.Labels.ToDictionary(l => l, l => with.Count == 0 ? 0 : (double)with.Count(r => r.Stance == l) / with.Count);
    }

    // The same idea, for the same side, appears quoted in one sentence and paraphrased in another: a
    // quoted sided sentence whose folded words (quotes aside) also open an unquoted sided sentence.
    private static int WrittenBothWays(List<CorpusRow> sided)
    {
        static string Key(CorpusRow r) => r.Stance + "|" + string.Join(' ', r.Text.Split(' ').Select(CorpusSchema.Fold).Where(w => w.Length > 0).Take(4));
        var quoted = sided.Where(r => r.Text.IndexOfAny(QuotationMarks.ToCharArray()) >= 0).Select(Key).ToHashSet();
        return sided.Count(r => r.Text.IndexOfAny(QuotationMarks.ToCharArray()) < 0 && quoted.Contains(Key(r)));
    }

    private static double Share<T>(IReadOnlyCollection<T> items, Func<T, bool> predicate) =>
        items.Count == 0 ? 0 : (double)items.Count(predicate) / items.Count;

    /// <summary>"بغداد - …", "واشنطن (رويترز) – …": a place, perhaps an agency, then a dash.</summary>
    [GeneratedRegex(@"^\S+( \S+)?( \([^)]{1,30}\))? ?[-–—] ")]
    private static partial Regex CityDateline();
}
