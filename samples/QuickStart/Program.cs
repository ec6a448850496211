// Stance quick start: label every sentence of Arabic news text with its stance toward the
// withdrawal of US-led forces from Iraq, and say who says it.
using Stance;

var folder = args.Length > 0 ? args[0] : Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "articles");
var analyzer = StanceAnalyzer.CreateDefault(); // thread-safe: create once, share

foreach (var file in Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal))
{
    var analysis = analyzer.Analyze(File.ReadAllText(file), Path.GetFileName(file));
    Console.WriteLine($"== {analysis.DocumentId}: {analysis.Sentences.Count} sentences");
    foreach (var s in analysis.Sentences)
    {
        var who = s.Speaker is { } sp ? $"{sp.CanonicalName} ({sp.Kind})" : "narrator";
        Console.WriteLine($"{s.Index,3} {s.Stance,-7} {s.Confidence:0.00}  {who}  {s.Cue}");
    }
}
