using BenchmarkDotNet.Attributes;

namespace Stance.Benchmarks;

[MemoryDiagnoser]
public class AnalyzerBenchmarks
{
    private readonly StanceAnalyzer _analyzer = StanceAnalyzer.CreateDefault();
    private readonly string _text = string.Join('\n', Enumerable.Repeat("قال المتحدث إن القوات ستبقى في العراق.", 100));

    [Benchmark]
    public int Analyze() => _analyzer.Analyze(_text).Sentences.Count;
}
