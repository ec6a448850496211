using System.Globalization;
using System.Text;

namespace Stance.Tests.Corpus;

/// <summary>The statistics report of the training corpus and the development set, rendered as the
/// Markdown kept in <c>data/README.md</c>.</summary>
internal sealed class CorpusStatistics
{
    public required int Documents { get; init; }
    public required int Sentences { get; init; }
    public required IReadOnlyDictionary<string, int> Labels { get; init; }
    public required IReadOnlyDictionary<string, int> Kinds { get; init; }
    public required IReadOnlyDictionary<string, int> Tags { get; init; }
    public required IReadOnlyList<(string Cue, int Count)> Cues { get; init; }
    public required int NegationOrHedge { get; init; }
    public required int DialectOrSocial { get; init; }
    public required int OffTopicNeutral { get; init; }
    public required int NeutralTopic { get; init; }
    public required int DistinctSpeakers { get; init; }

    public static CorpusStatistics Of(IReadOnlyList<CorpusRow> rows)
    {
        static IReadOnlyDictionary<string, int> Count(IEnumerable<string> keys, IEnumerable<string> order)
        {
            var d = order.ToDictionary(k => k, _ => 0);
            foreach (var k in keys)
                d[k] = d.GetValueOrDefault(k) + 1;
            return d;
        }

        return new CorpusStatistics
        {
            Documents = rows.Select(r => r.Doc).Distinct().Count(),
            Sentences = rows.Count,
            Labels = Count(rows.Select(r => r.Stance), CorpusSchema.Labels),
            Kinds = Count(rows.Select(r => r.Kind), CorpusSchema.Kinds),
            Tags = Count(rows.SelectMany(r => r.Tags), CorpusSchema.TagNames),
            Cues = [.. rows.Where(r => r.Cue is { Length: > 0 }).GroupBy(r => r.Cue!).Select(g => (g.Key, g.Count())).OrderByDescending(x => x.Item2).ThenBy(x => x.Key, StringComparer.Ordinal)],
            NegationOrHedge = rows.Count(r => r.Tags.Contains("negation") || r.Tags.Contains("hedge")),
            DialectOrSocial = rows.Count(r => r.Tags.Contains("dialect") || r.Tags.Contains("social")),
            OffTopicNeutral = rows.Count(r => r.Tags.Contains("offtopic") && r.Stance == "neutral"),
            NeutralTopic = rows.Count(r => r.Tags.Contains("neutral-topic") && r.Stance == "neutral"),
            DistinctSpeakers = rows.Where(r => r.Speaker is not null).Select(r => r.Speaker).Distinct().Count(),
        };
    }

    public string ToMarkdown(string title)
    {
        var inv = CultureInfo.InvariantCulture;
        string Pct(int n) => Sentences == 0 ? "0.0%" : (100.0 * n / Sentences).ToString("0.0", inv) + "%";
        var sb = new StringBuilder();
        sb.Append(inv, $"### {title}\n\n");
        sb.Append(inv, $"{Documents} documents, {Sentences} sentences, {DistinctSpeakers} distinct speaker names.\n\n");
        sb.Append("| label | sentences | share |\n|---|---:|---:|\n");
        foreach (var (k, v) in Labels)
            sb.Append(inv, $"| {k} | {v} | {Pct(v)} |\n");
        sb.Append("\n| speaker kind | sentences | share |\n|---|---:|---:|\n");
        foreach (var (k, v) in Kinds)
            sb.Append(inv, $"| {k} | {v} | {Pct(v)} |\n");
        sb.Append("\n| tag | sentences | share |\n|---|---:|---:|\n");
        foreach (var (k, v) in Tags)
            sb.Append(inv, $"| {k} | {v} | {Pct(v)} |\n");
        sb.Append(inv, $"\nNegation or hedge: {NegationOrHedge}. Neutral although on the topic: {NeutralTopic}. Off-topic neutral: {OffTopicNeutral}. Dialect or social-media style: {DialectOrSocial} ({Pct(DialectOrSocial)}).\n\n");
        sb.Append(inv, $"{Cues.Count} distinct reporting cues: ");
        sb.AppendJoin("، ", Cues.Select(c => c.Cue + " (" + c.Count.ToString(inv) + ")"));
        sb.Append("\n");
        return sb.ToString();
    }
}
