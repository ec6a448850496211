namespace Stance.Tests.Support;

/// <summary>The sample articles as (id, text) pairs, and a shared analyzer.</summary>
internal static class Samples
{
    private static readonly Lazy<StanceAnalyzer> s_analyzer = new(() => StanceAnalyzer.CreateDefault());

    public static StanceAnalyzer Analyzer => s_analyzer.Value;

    public static IReadOnlyList<(string Id, string Text)> Articles { get; } =
        [.. Directory.GetFiles(RepoPaths.Articles, "*.txt").Order(StringComparer.Ordinal).Select(f => (Path.GetFileName(f), File.ReadAllText(f)))];
}
