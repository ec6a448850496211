using System.Text.Json;
using Stance.Speakers;
using Stance.Text;

namespace Stance.Tests.Speakers;

/// <summary>Compares attributions with gold rows (doc, start, length, speaker, speakerKind) of the
/// development and training sets.</summary>
internal static class SpeakerEvaluation
{
    public sealed record GoldRow(string Doc, int Start, int Length, string Text, string? Speaker, string Kind, string? Cue);

    public sealed record Score(int Total, int SpeakerRight, int KindRight, IReadOnlyList<string> Errors)
    {
        public double SpeakerAccuracy => Total == 0 ? 0 : (double)SpeakerRight / Total;

        /// <summary>Speakers right by the news sets' rule (`stance evaluate --docs`): the predicted name
        /// contains the gold one, so "صحيفة الغارديان" is right for "الغارديان".</summary>
        public int SpeakerContained { get; init; }

        public double KindAccuracy => Total == 0 ? 0 : (double)KindRight / Total;

        /// <summary>Speakers right and sentences, by the gold speaker's kind.</summary>
        public IReadOnlyDictionary<string, (int Right, int Total)> ByKind { get; init; } = new Dictionary<string, (int, int)>();

        public override string ToString() => $"{Total} sentences: speaker {SpeakerAccuracy:P1} ({SpeakerRight}; name contains gold {(double)SpeakerContained / Math.Max(1, Total):P1}), kind {KindAccuracy:P1} ({KindRight}); by gold kind: "
            + string.Join(", ", ByKind.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => $"{k.Key} {k.Value.Right}/{k.Value.Total} ({(double)k.Value.Right / k.Value.Total:F3})"));
    }

    public static List<GoldRow> Read(string path)
    {
        var rows = new List<GoldRow>();
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
                continue;
            JsonElement r;
            try
            {
                r = JsonDocument.Parse(line).RootElement;
            }
            catch (JsonException)
            {
                continue; // a file still being written may end with a partial line
            }

            rows.Add(new GoldRow(
                r.GetProperty("doc").GetString()!,
                r.TryGetProperty("start", out var s) ? s.GetInt32() : -1,
                r.TryGetProperty("length", out var l) ? l.GetInt32() : -1,
                r.GetProperty("text").GetString()!,
                r.TryGetProperty("speaker", out var sp) && sp.ValueKind == JsonValueKind.String ? sp.GetString() : null,
                r.GetProperty("speakerKind").GetString()!,
                r.TryGetProperty("cue", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null));
        }

        return rows;
    }

    /// <summary>The same name after folding alef/hamza forms, ى/ي, ة/ه, tashkeel, quote marks and a leading و.</summary>
    public static string FoldName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
            return string.Empty;
        var f = SpeakerLexicon.Fold(name).Replace("(", string.Empty).Replace(")", string.Empty).Trim();
        if (f.Length > 2 && f[0] == 'و')
            f = f[1..];
        return string.Join(' ', f.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    public static SpeakerKind ParseKind(string kind) => kind switch
    {
        "person" => SpeakerKind.Person,
        "organization" => SpeakerKind.Organization,
        "anonymous" => SpeakerKind.Anonymous,
        "media" => SpeakerKind.Media,
        _ => SpeakerKind.Narrator,
    };

    /// <summary>Scores documents: each one's text and its gold rows in order.</summary>
    public static Score Evaluate(SpeakerAttributor attributor, IEnumerable<(string Doc, string Text, IReadOnlyList<SentenceSpan> Spans, IReadOnlyList<GoldRow> Gold)> docs) =>
        Evaluate((text, spans) => attributor.Attribute(text, spans), docs);

    /// <summary>Scores any attribution of whole documents (the attributor's, or the analyzer's reading-order one).</summary>
    public static Score Evaluate(Func<string, IReadOnlyList<SentenceSpan>, IReadOnlyList<SpeakerAttribution>> attribute, IEnumerable<(string Doc, string Text, IReadOnlyList<SentenceSpan> Spans, IReadOnlyList<GoldRow> Gold)> docs)
    {
        int total = 0, speakerRight = 0, kindRight = 0, contained = 0;
        var errors = new List<string>();
        var byKind = new SortedDictionary<string, (int Right, int Total)>(StringComparer.Ordinal);
        foreach (var (doc, text, spans, gold) in docs)
        {
            var predicted = attribute(text, spans);
            for (int i = 0; i < gold.Count; i++)
            {
                var g = gold[i];
                var p = predicted[i];
                var goldKind = ParseKind(g.Kind);
                bool speakerOk = goldKind == SpeakerKind.Narrator
                    ? p.Speaker is null
                    : p.Speaker is not null && FoldName(p.Speaker.CanonicalName) == FoldName(g.Speaker);
                bool kindOk = p.Kind == goldKind;
                contained += speakerOk || (goldKind != SpeakerKind.Narrator && p.Speaker is not null && FoldName(g.Speaker).Length > 0
                    && FoldName(p.Speaker.CanonicalName).Contains(FoldName(g.Speaker), StringComparison.Ordinal)) ? 1 : 0;
                total++;
                speakerRight += speakerOk ? 1 : 0;
                kindRight += kindOk ? 1 : 0;
                var (right, count) = byKind.GetValueOrDefault(g.Kind);
                byKind[g.Kind] = (right + (speakerOk ? 1 : 0), count + 1);
                if (!speakerOk || !kindOk)
                {
                    var snippet = g.Text.Length > 90 ? g.Text[..90] + "…" : g.Text;
                    errors.Add($"{doc}#{i}: gold {g.Speaker ?? "-"} ({g.Kind}) | predicted {p.Speaker?.CanonicalName ?? "-"} ({p.Kind}) cue={p.Cue ?? "-"} | {snippet}");
                }
            }
        }

        return new Score(total, speakerRight, kindRight, errors) { ByKind = byKind, SpeakerContained = contained };
    }

    /// <summary>The development set: the sample articles segmented by <see cref="SentenceSegmenter"/>.</summary>
    public static IEnumerable<(string, string, IReadOnlyList<SentenceSpan>, IReadOnlyList<GoldRow>)> DevDocuments(string devPath, string articlesDir)
    {
        foreach (var group in Read(devPath).GroupBy(r => r.Doc))
        {
            var text = File.ReadAllText(Path.Combine(articlesDir, group.Key));
            var spans = SentenceSegmenter.Default.Segment(text);
            var gold = group.ToList();
            if (spans.Count != gold.Count || spans.Zip(gold).Any(x => x.First.Start != x.Second.Start || x.First.Length != x.Second.Length))
                throw new InvalidOperationException($"{group.Key}: the segmenter's sentences differ from the gold rows.");
            yield return (group.Key, text, spans, gold);
        }
    }

    /// <summary>Training documents: the text rebuilt from the rows (sentence 0, a line break, then the
    /// others joined by spaces), with the rows' own spans.</summary>
    public static IEnumerable<(string, string, IReadOnlyList<SentenceSpan>, IReadOnlyList<GoldRow>)> TrainDocuments(string dir)
    {
        foreach (var file in Directory.GetFiles(dir, "*.jsonl").OrderBy(f => f, StringComparer.Ordinal))
        {
            foreach (var group in Read(file).GroupBy(r => r.Doc))
            {
                var gold = group.ToList();
                var text = gold[0].Text + (gold.Count > 1 ? "\n" + string.Join(' ', gold.Skip(1).Select(r => r.Text)) : string.Empty);
                var spans = new List<SentenceSpan>();
                int pos = 0;
                foreach (var r in gold)
                {
                    int at = text.IndexOf(r.Text, pos, StringComparison.Ordinal);
                    spans.Add(new SentenceSpan(at, r.Text.Length));
                    pos = at + r.Text.Length;
                }

                yield return (group.Key, text, spans, gold);
            }
        }
    }
}
