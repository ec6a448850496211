using System.Diagnostics;
using System.Text;
using Stance.Tests.Support;
using Xunit.Abstractions;

namespace Stance.Tests.Hardening;

/// <summary>Scraped-web pathologies: each completes with a documented outcome and nothing lost.</summary>
public sealed class HostileInputTests(ITestOutputHelper output)
{
    private static readonly StanceAnalyzer Analyzer = StanceAnalyzer.CreateDefault(new StanceAnalyzerOptions { ExplanationSize = 0 });

    public static TheoryData<string> Cases => new()
    {
        "only-diacritics", "only-tatweel", "only-punctuation", "one-megabyte-word", "nested-quotes", "nul-filled", "controls-and-lone-surrogates",
    };

    private static string Make(string name) => name switch
    {
        "only-diacritics" => new string('\u064E', 500_000) + "\u0651\u0652",
        "only-tatweel" => new string('\u0640', 500_000),
        "only-punctuation" => string.Concat(Enumerable.Repeat(".!?؟؛،…«»\"“”()", 10_000)),
        "one-megabyte-word" => string.Concat(Enumerable.Repeat("انسحاب", 1_000_000 / 6 + 1)),
        "nested-quotes" => string.Concat(Enumerable.Repeat("«“\"", 20_000)) + "قال. " + string.Concat(Enumerable.Repeat("\"”»", 20_000)),
        "nul-filled" => new string('\0', 300_000),
        _ => string.Concat(Enumerable.Range(0, 50_000).Select(i => (i % 3) switch { 0 => "\u0001", 1 => "\uD800", _ => "نص" })),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void PathologicalTextIsAnalyzedWholeIntoBoundedSentences(string name)
    {
        var text = Make(name);
        var sw = Stopwatch.StartNew();
        var sentences = Analyzer.Analyze(text, name).Sentences;
        sw.Stop();
        CoverageProperties.AssertCovers(text, sentences);
        Assert.All(sentences, s => Assert.True(s.Span.Length <= Analyzer.Options.MaxSentenceLength));
        Assert.All(sentences, s => Assert.Equal(1.0, s.Scores.Pro + s.Scores.Anti + s.Scores.Neutral, 5));
        output.WriteLine($"{name}: {text.Length:N0} chars -> {sentences.Count:N0} sentences in {sw.ElapsedMilliseconds} ms");
    }

    [Trait(TestLanes.Name, TestLanes.Long)]
    [Fact]
    public async Task FiftyMegabytesWithoutPunctuationStreamInBoundedSentences()
    {
        // 50 MB of UTF-8 words with no sentence end, streamed: cut at the maximum sentence length.
        const long target = 50L * 1024 * 1024;
        var stream = new GeneratedStream(Encoding.UTF8.GetBytes("القوات الأميركية في العراق "), target);
        long chars = 0, sentences = 0;
        int longest = 0;
        var sw = Stopwatch.StartNew();
        var analyzer = StanceAnalyzer.CreateDefault(new StanceAnalyzerOptions { ExplanationSize = 0 });
        await foreach (var s in analyzer.AnalyzeAsync(stream, "big"))
        {
            sentences++;
            chars += s.Span.Length;
            longest = Math.Max(longest, s.Span.Length);
        }

        output.WriteLine($"50 MB without punctuation: {sentences:N0} sentences, {chars:N0} chars in sentences, longest {longest}, {sw.Elapsed.TotalSeconds:0.0} s");
        Assert.True(longest <= analyzer.Options.MaxSentenceLength);
        Assert.True(sentences >= target / 2 / analyzer.Options.MaxSentenceLength);
    }

    [Fact]
    public void RepeatedQuoteRunsAreSegmentedUnitByUnitAtAnySize()
    {
        // Unbalanced quotes, a tatweel run and a semicolon inside a quote, repeated: the segmenter
        // must treat every repetition alike (no state that grows with the text), so the count grows
        // by the same amount per unit. Its speed is measured in BenchmarkDotNet
        // (TokenizationBenchmarks), not with a clock here.
        var unit = "«قال. \"نعم؛ لا" + new string('\u0640', 50) + "» ";
        var segmenter = Stance.Text.SentenceSegmenter.Default;
        int Count(int units) => segmenter.CountSentences(string.Concat(Enumerable.Repeat(unit, units)));
        int c20 = Count(20_000), c40 = Count(40_000), c80 = Count(80_000);
        Assert.True(c40 > c20, "every unit holds a sentence end");
        // c(n) = p·n + k: the end of the text may close the last unit differently, and that cancels out.
        Assert.Equal(2 * (c40 - c20), c80 - c40);
    }

    [Fact]
    public async Task Utf16FileGivenAsUtf8FailsAtTheBomWithItsByteOffset()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("قال مسؤول")).ToArray();
        var e = await Assert.ThrowsAsync<StanceDataException>(async () =>
        {
            await foreach (var _ in Analyzer.AnalyzeAsync(new MemoryStream(bytes), "utf16.txt"))
            {
            }
        });
        Assert.Equal(0, e.ByteOffset);
    }

    [Fact]
    public void Utf16WithoutBomDecodesAsAsciiAndIsAnalyzedNotLost()
    {
        // Documented outcome: UTF-16LE Arabic without a BOM is valid UTF-8 (every byte is ASCII), so it
        // is analyzed as what it decodes to, and nothing is dropped.
        var text = Encoding.UTF8.GetString(Encoding.Unicode.GetBytes("قال مسؤول إن القوات باقية."));
        CoverageProperties.AssertCovers(text, Analyzer.Analyze(text).Sentences);
    }

    /// <summary>A read-only stream that repeats a byte pattern up to a length, without holding it in memory.</summary>
    private sealed class GeneratedStream(byte[] pattern, long length) : Stream
    {
        private long _position;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => length;
        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            int n = (int)Math.Min(count, length - _position);
            for (int i = 0; i < n; i++)
                buffer[offset + i] = pattern[(_position + i) % pattern.Length];
            _position += n;
            return n;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
