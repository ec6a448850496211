using BenchmarkDotNet.Attributes;
using Stance.Classification;

namespace Stance.Benchmarks;

/// <summary>The classifier's costs: loading the default model (size reported in the column), and
/// analysing the sample articles' sentences on one thread and on all cores. Ratios within one run
/// compare the paths; sentences per second = <see cref="SentenceCount"/> / mean time.</summary>
[MemoryDiagnoser]
public class ModelBenchmarks
{
    private byte[] _model = [];
    private StanceAnalyzer _analyzer = null!;
    private (string Id, string Text)[] _documents = [];
    private string[] _sentences = [];

    /// <summary>The number of sentences the analysis benchmarks process per operation.</summary>
    public static int SentenceCount { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var ms = new MemoryStream();
        StanceModel.Default.Save(ms);
        _model = ms.ToArray();
        Console.WriteLine($"// default model size: {_model.Length:N0} bytes");
        _analyzer = StanceAnalyzer.CreateDefault(new StanceAnalyzerOptions { ExplanationSize = 0 });
        // 40 documents: the five articles eight times, so that all cores have work.
        var articles = BenchmarkInputs.Articles();
        _documents = [.. Enumerable.Range(0, 40).Select(i => ($"d{i}", articles[i % articles.Count]))];
        _sentences = [.. _documents.SelectMany(d => _analyzer.Analyze(d.Text).Sentences.Select(s => s.Text))];
        SentenceCount = _sentences.Length;
        Console.WriteLine($"// sentences per operation: {SentenceCount}");
    }

    /// <summary>Reading and validating the model file (what <c>StanceAnalyzer.Load</c> costs).</summary>
    [Benchmark]
    public StanceModel LoadModel() => StanceModel.Load(new MemoryStream(_model));

    /// <summary>Analysing the documents one after the other on one thread.</summary>
    [Benchmark(Baseline = true)]
    public int AnalyzeOneThread()
    {
        int n = 0;
        foreach (var (id, text) in _documents)
            n += _analyzer.Analyze(text, id).Sentences.Count;
        return n;
    }

    /// <summary>Analysing the same documents with <c>AnalyzeMany</c> on all cores.</summary>
    [Benchmark]
    public int AnalyzeAllCores() => _analyzer.AnalyzeMany(_documents).Sum(d => d.Sentences.Count);

    /// <summary>Scoring the same sentences in one batch through an <c>IDataView</c> (no attribution).</summary>
    [Benchmark]
    public int PredictBatch() => StanceModel.Default.PredictBatch(_sentences).Count;
}
