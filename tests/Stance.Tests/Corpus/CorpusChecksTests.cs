using System.Text.Json;
using Stance.Tests.Support;

namespace Stance.Tests.Corpus;

/// <summary>The checks of issue 4: the data under <c>data/</c> is well-formed, consistent, free of
/// development-set leakage, and its statistics report in <c>data/README.md</c> is current.</summary>
public sealed class CorpusChecksTests
{
    private static readonly Lazy<IReadOnlyList<CorpusRow>> s_train = new(() => CorpusRow.ReadAll(RepoPaths.TrainDir));
    private static readonly Lazy<IReadOnlyList<CorpusRow>> s_dev = new(() => CorpusRow.ReadAll(RepoPaths.DevSet));

    public static TheoryData<string> Sets => new() { "train", "dev" };

    private static IReadOnlyList<CorpusRow> Rows(string set) => set == "train" ? s_train.Value : s_dev.Value;

    [Theory]
    [MemberData(nameof(Sets))]
    public void EveryRowFollowsTheSchema(string set)
    {
        var problems = new List<string>();
        foreach (var r in Rows(set))
        {
            foreach (var p in r.Json.EnumerateObject())
                if (!CorpusSchema.Keys.Contains(p.Name))
                    problems.Add($"{r.Where}: unknown key '{p.Name}'");
            foreach (var key in CorpusSchema.Keys.Except(CorpusSchema.OptionalKeys))
                if (!r.Json.TryGetProperty(key, out _))
                    problems.Add($"{r.Where}: missing key '{key}'");
            if (!CorpusSchema.Labels.Contains(r.Stance))
                problems.Add($"{r.Where}: stance '{r.Stance}'");
            if (!CorpusSchema.Kinds.Contains(r.Kind))
                problems.Add($"{r.Where}: speakerKind '{r.Kind}'");
            if ((r.Kind == "narrator") != (r.Speaker is null))
                problems.Add($"{r.Where}: speaker must be null exactly for the narrator");
            if (r.Text.Length == 0 || r.Text != r.Text.Trim() || r.Text.Contains('\n'))
                problems.Add($"{r.Where}: text empty, padded or multi-line");
            foreach (var t in r.Tags)
                if (!CorpusSchema.TagNames.Contains(t))
                    problems.Add($"{r.Where}: tag '{t}'");
            if (r.Tags.Contains("offtopic") && r.Stance != "neutral")
                problems.Add($"{r.Where}: off-topic sentences are neutral");
            if (r.Tags.Contains("furniture") && (r.Stance != "neutral" || r.Kind != "narrator"))
                problems.Add($"{r.Where}: page furniture is a neutral narrator line");
            // Empty for a document no page informed (the off-topic items).
            if (r.Json.TryGetProperty("sources", out var sources) && (sources.ValueKind != JsonValueKind.Array || sources.EnumerateArray().Any(u => u.ValueKind != JsonValueKind.String || !u.GetString()!.StartsWith("http", StringComparison.Ordinal))))
                problems.Add($"{r.Where}: sources, when present, list the addresses that informed the document");
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(50)));
        Assert.NotEmpty(Rows(set));
    }

    [Fact]
    public void DevelopmentOffsetsReproduceTheArticleText()
    {
        var problems = new List<string>();
        foreach (var r in s_dev.Value)
        {
            var article = File.ReadAllText(Path.Combine(RepoPaths.Articles, r.Doc));
            int start = r.Int("start") ?? -1, length = r.Int("length") ?? -1;
            if (start < 0 || length <= 0 || start + length > article.Length || article.Substring(start, length) != r.Text)
                problems.Add($"{r.Where}: [{start}, {length}) does not hold the text");
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void TrainingOffsetsFollowTheJoinRule()
    {
        // A training document's text is its headline, a line break, then the other sentences
        // joined by single spaces; start/length locate each sentence in that text.
        var problems = new List<string>();
        foreach (var doc in s_train.Value.GroupBy(r => r.Doc))
        {
            int pos = 0;
            foreach (var r in doc)
            {
                if (r.Int("start") != pos || r.Int("length") != r.Text.Length)
                    problems.Add($"{r.Where}: expected [{pos}, {r.Text.Length})");
                pos += r.Text.Length + 1;
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(50)));
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void DocumentsAreContiguousAndSized(string set)
    {
        var seen = new HashSet<string>();
        string? previous = null;
        var problems = new List<string>();
        foreach (var r in Rows(set))
        {
            if (r.Doc != previous && !seen.Add(r.Doc))
                problems.Add($"{r.Where}: document '{r.Doc}' resumes after another document");
            previous = r.Doc;
        }

        if (set == "train")
            foreach (var doc in Rows(set).GroupBy(r => r.Doc).Where(g => g.Count() is < 5 or > 20))
                problems.Add($"document '{doc.Key}' has {doc.Count()} sentences (5–20 allowed)");
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(50)));
    }

    [Fact]
    public void NoDevelopmentSentenceAppearsInTraining()
    {
        var dev = s_dev.Value.Select(r => CorpusSchema.Fold(r.Text)).Where(t => t.Length >= 12).ToHashSet();
        var leaks = s_train.Value.Where(r => dev.Contains(CorpusSchema.Fold(r.Text))).Select(r => r.Where).ToList();
        Assert.True(leaks.Count == 0, "development sentences in training: " + string.Join(", ", leaks));
    }

    [Fact]
    public void TrainingHasNoDuplicateSentences()
    {
        // Page furniture ("المصدر: وكالات", a dateline) repeats across real pages, and so it may here.
        var dupes = s_train.Value.GroupBy(r => r.Text).Where(g => g.Count() > 1 && !g.All(r => r.Tags.Contains("furniture")))
            .Select(g => string.Join(", ", g.Select(r => r.Where))).ToList();
        Assert.True(dupes.Count == 0, "duplicates: " + string.Join("; ", dupes.Take(20)));
    }

    [Fact]
    public void TrainingMeetsTheCoverageCounts()
    {
        var s = CorpusStatistics.Of(s_train.Value);
        Assert.True(s.Documents >= 250, $"documents {s.Documents}");
        Assert.True(s.Sentences >= 3000, $"sentences {s.Sentences}");
        Assert.True(s.Labels["pro-withdrawal"] >= 800, $"pro {s.Labels["pro-withdrawal"]}");
        Assert.True(s.Labels["anti-withdrawal"] >= 800, $"anti {s.Labels["anti-withdrawal"]}");
        Assert.True(s.Cues.Count >= 50, $"cues {s.Cues.Count}");
        Assert.True(s.NegationOrHedge >= 300, $"negation/hedge {s.NegationOrHedge}");
        Assert.True(s.NeutralTopic >= 200, $"neutral on topic {s.NeutralTopic}");
        Assert.True(s.DialectOrSocial >= 150, $"dialect/social {s.DialectOrSocial}");
        Assert.True(s.OffTopicNeutral >= 200, $"off-topic {s.OffTopicNeutral}");
        Assert.All(CorpusSchema.Kinds, k => Assert.True(s.Kinds[k] >= 50, $"kind {k}: {s.Kinds[k]}"));
    }

    [Fact]
    public void StatisticsReportInDataReadmeIsCurrent()
    {
        const string Begin = "<!-- statistics:begin (generated by CorpusChecksTests; STANCE_UPDATE_DATA_README=1 rewrites it) -->";
        const string End = "<!-- statistics:end -->";
        string report = Begin + "\n\n" + CorpusStatistics.Of(s_train.Value).ToMarkdown("Training corpus (data/train)") + "\n"
            + CorpusStatistics.Of(s_dev.Value).ToMarkdown("Development set (data/dev/seeds.jsonl)") + "\n" + End;
        var path = Path.Combine(RepoPaths.Root, "data", "README.md");
        var readme = File.ReadAllText(path).ReplaceLineEndings("\n");
        int b = readme.IndexOf(Begin, StringComparison.Ordinal), e = readme.IndexOf(End, StringComparison.Ordinal);
        Assert.True(b >= 0 && e > b, "data/README.md lacks the statistics markers");
        string current = readme[b..(e + End.Length)];
        if (current != report && Environment.GetEnvironmentVariable("STANCE_UPDATE_DATA_README") == "1")
        {
            File.WriteAllText(path, readme[..b] + report + readme[(e + End.Length)..]);
            return;
        }

        Assert.Equal(report, current);
    }
}
