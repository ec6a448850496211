using Stance.Tests.Support;
using Xunit.Abstractions;

namespace Stance.Tests.Hardening;

/// <summary>One analyzer shared by many threads gives exactly the single-threaded records.</summary>
public sealed class ConcurrencyTests(ITestOutputHelper output)
{
    private static List<(string Id, string Text)> Documents(int count)
    {
        // Short documents cut from the articles at sentence boundaries, in many combinations.
        var sentences = Samples.Articles.SelectMany(a => Samples.Analyzer.Analyze(a.Text).Sentences.Select(s => s.Text)).ToArray();
        var random = new Random(11);
        return [.. Enumerable.Range(0, count).Select(i => ($"d{i}", string.Join(" ", Enumerable.Range(0, random.Next(1, 4)).Select(_ => sentences[random.Next(sentences.Length)]))))];
    }

    [Trait(TestLanes.Name, TestLanes.Long)]
    [Fact]
    public void SixteenThreadsSharingOneAnalyzerMatchASingleThreadedRun()
    {
        var docs = Documents(20_000);
        var analyzer = StanceAnalyzer.CreateDefault(new StanceAnalyzerOptions { ExplanationSize = 3 });
        var expected = docs.Select(d => Lines(analyzer.Analyze(d.Text, d.Id))).ToArray();
        var actual = new string[docs.Count];
        int next = -1;
        var threads = Enumerable.Range(0, 16).Select(_ => new Thread(() =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < docs.Count)
                actual[i] = Lines(analyzer.Analyze(docs[i].Text, docs[i].Id));
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        int mismatches = Enumerable.Range(0, docs.Count).Count(i => expected[i] != actual[i]);
        output.WriteLine($"16 threads, {docs.Count} documents, {expected.Sum(e => e.Count(c => c == '\n'))} records, {mismatches} mismatches");
        Assert.Equal(0, mismatches);
    }

    [Fact]
    public void AnalyzeManyKeepsOrderUnderLoad()
    {
        var docs = Documents(2_000);
        var analyzer = StanceAnalyzer.CreateDefault(new StanceAnalyzerOptions { MaxDegreeOfParallelism = 8, ExplanationSize = 0 });
        var results = analyzer.AnalyzeMany(docs).ToList();
        Assert.Equal(docs.Select(d => d.Id), results.Select(r => r.DocumentId));
    }

    [Fact]
    public async Task CancellationStopsAnalyzeManyAsyncPromptlyAndLeavesNothingRunning()
    {
        using var cts = new CancellationTokenSource();
        int produced = 0;
        async IAsyncEnumerable<(string, string)> Endless()
        {
            for (int i = 0; ; i++)
            {
                Interlocked.Increment(ref produced);
                await Task.Yield();
                yield return ($"d{i}", Samples.Articles[i % Samples.Articles.Count].Text);
            }
        }

        int received = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in Samples.Analyzer.AnalyzeManyAsync(Endless(), cts.Token))
            {
                if (++received == 10)
                    cts.Cancel();
            }
        });
        int atCancel = Volatile.Read(ref produced);
        await Task.Delay(300);
        Assert.Equal(atCancel, Volatile.Read(ref produced)); // nothing keeps pulling input
        Assert.InRange(received, 10, 10);
    }

    [Fact]
    public async Task CancellationStopsAnalyzeAsync()
    {
        using var cts = new CancellationTokenSource();
        var text = string.Concat(Enumerable.Repeat(Samples.Articles[0].Text + "\n", 200));
        int n = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in Samples.Analyzer.AnalyzeAsync(new StringReader(text), "x", cts.Token))
            {
                if (++n == 5)
                    cts.Cancel();
            }
        });
        Assert.Equal(5, n);
    }

    private static string Lines(DocumentAnalysis d) => string.Concat(d.Sentences.Select(StanceJsonLinesWriter.ToJsonLine));
}
