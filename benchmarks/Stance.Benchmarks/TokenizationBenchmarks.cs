using System.Buffers;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using ArabicAnalyzer = Lucene.Net.Analysis.Ar.ArabicAnalyzer;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;
using Microsoft.ML.Tokenizers;
using Stance.Text;

namespace Stance.Benchmarks;

/// <summary>
/// The text path against its peers and against the limit, on the same text in one run: read each
/// row as a ratio to the single-pass baseline.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public partial class TokenizationBenchmarks
{
    private static readonly SearchValues<char> s_whiteSpace = SearchValues.Create(" \t\n\r\u00A0");
    private readonly List<int> _ids = new(1 << 20);
    private string _text = "";
    private char[] _normalized = [];
    private ArabicTokenizer _tokenizer = null!;
    private ArabicTokenizer _tokenizerWholeWords = null!;
    private TiktokenTokenizer _tiktoken = null!;
    private ArabicAnalyzer _lucene = null!;

    [Params(BenchmarkInputs.Megabyte, BenchmarkInputs.Sentence)]
    public string Input { get; set; } = BenchmarkInputs.Megabyte;

    [GlobalSetup]
    public void Setup()
    {
        _text = BenchmarkInputs.Get(Input);
        _normalized = new char[_text.Length];
        _tokenizer = ArabicTokenizer.CreateDefault();
        _tokenizerWholeWords = new ArabicTokenizer(_tokenizer.Vocabulary, new ArabicTokenizerOptions { SegmentClitics = false });
        _tiktoken = TiktokenTokenizer.CreateForEncoding("o200k_base");
        _lucene = new ArabicAnalyzer(LuceneVersion.LUCENE_48);
    }

    [GlobalCleanup]
    public void Cleanup() => _lucene.Dispose();

    /// <summary>The limit: one vectorized pass that finds every white space.</summary>
    [Benchmark(Baseline = true, Description = "Limit: IndexOfAny white-space pass")]
    public int Limit_SinglePass()
    {
        ReadOnlySpan<char> span = _text;
        int count = 0;
        while (true)
        {
            int i = span.IndexOfAny(s_whiteSpace);
            if (i < 0)
                return count;
            count++;
            span = span[(i + 1)..];
        }
    }

    [Benchmark(Description = "Stance: normalize (span API)")]
    public int Stance_Normalize() => ArabicNormalizer.Default.Normalize(_text, _normalized, default);

    [Benchmark(Description = "Stance: segment sentences")]
    public int Stance_Segment() => SentenceSegmenter.Default.CountSentences(_text);

    [Benchmark(Description = "Stance: CountTokens, clitics on")]
    public int Stance_CountTokens() => _tokenizer.CountTokens(_text);

    [Benchmark(Description = "Stance: CountTokens, clitics off")]
    public int Stance_CountTokens_WholeWords() => _tokenizerWholeWords.CountTokens(_text);

    [Benchmark(Description = "Stance: EncodeToIds, clitics on")]
    public int Stance_EncodeToIds()
    {
        _ids.Clear();
        _tokenizer.EncodeToIds(_text, _ids);
        return _ids.Count;
    }

    [Benchmark(Description = "Stance: whole text path (segment + ids)")]
    public int Stance_TextPath()
    {
        _ids.Clear();
        ReadOnlySpan<char> text = _text;
        int position = 0, sentences = 0;
        while (SentenceSegmenter.Default.TryNext(text, ref position, isFinal: true, out var sentence))
        {
            _tokenizer.EncodeToIds(sentence.Slice(text), _ids);
            sentences++;
        }

        return _ids.Count + sentences;
    }

    [Benchmark(Description = "Peer: Tiktoken o200k_base CountTokens")]
    public int Tiktoken_CountTokens() => _tiktoken.CountTokens(_text);

    [Benchmark(Description = "Peer: Lucene.Net ArabicAnalyzer")]
    public int Lucene_ArabicAnalyzer()
    {
        using var stream = _lucene.GetTokenStream("text", new StringReader(_text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        int count = 0;
        while (stream.IncrementToken())
            count += term.Length > 0 ? 1 : 0;
        stream.End();
        return count;
    }

    [Benchmark(Description = "Peer: Regex \\w+ split")]
    public int Regex_WordSplit()
    {
        int count = 0;
        foreach (var _ in WordRegex().EnumerateMatches(_text))
            count++;
        return count;
    }

    [GeneratedRegex(@"\w+")]
    private static partial Regex WordRegex();

    private sealed class Config : BenchmarkDotNet.Configs.ManualConfig
    {
        public Config()
        {
            AddColumn(new ThroughputColumn());
            WithOrderer(new BenchmarkDotNet.Order.DefaultOrderer(BenchmarkDotNet.Order.SummaryOrderPolicy.Declared));
        }
    }
}
