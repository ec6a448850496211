using System.Text;

namespace Stance.Benchmarks;

/// <summary>The texts the benchmarks run on, built from the sample articles.</summary>
public static class BenchmarkInputs
{
    /// <summary>The input names accepted by the benchmarks' <c>Input</c> parameter.</summary>
    public const string Megabyte = "articles-1MB";

    /// <summary>A single short sentence.</summary>
    public const string Sentence = "sentence";

    private static readonly Lazy<string> s_articles = new(() => string.Join("\n\n", Directory.GetFiles(ArticlesFolder(), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText)));

    /// <summary>The named input.</summary>
    public static string Get(string name) => name switch
    {
        Megabyte => Repeat(s_articles.Value, 1_000_000),
        Sentence => "وقال البنتاغون إنه ليس لديه خطط لسحب قواته من العراق.",
        _ => throw new ArgumentException($"Unknown benchmark input '{name}'.", nameof(name)),
    };

    /// <summary>The sample articles' texts, in name order.</summary>
    public static IReadOnlyList<string> Articles() => [.. Directory.GetFiles(ArticlesFolder(), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText)];

    /// <summary>UTF-8 size of a text, for MB/s.</summary>
    public static int Utf8Bytes(string text) => Encoding.UTF8.GetByteCount(text);

    private static string Repeat(string text, int utf8Bytes)
    {
        var sb = new StringBuilder();
        while (Encoding.UTF8.GetByteCount(sb.ToString()) < utf8Bytes)
            sb.Append(text).Append("\n\n");
        return sb.ToString();
    }

    private static string ArticlesFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "samples", "articles")))
            dir = dir.Parent;
        return dir is null
            ? throw new DirectoryNotFoundException("samples/articles not found above " + AppContext.BaseDirectory)
            : Path.Combine(dir.FullName, "samples", "articles");
    }
}
