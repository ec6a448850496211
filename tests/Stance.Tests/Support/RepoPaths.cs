namespace Stance.Tests.Support;

/// <summary>Locates the repository's files from the test's output folder.</summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> s_root = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Stance.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Stance.sln not found above " + AppContext.BaseDirectory);
    });

    public static string Root => s_root.Value;

    public static string Articles => Path.Combine(Root, "samples", "articles");

    public static string DevSet => Path.Combine(Root, "data", "dev", "seeds.jsonl");

    public static string TrainDir => Path.Combine(Root, "data", "train");

    /// <summary>The shared folder beside the repository (read-only inputs), or null if absent.</summary>
    public static string? Shared
    {
        get
        {
            var p = Path.GetFullPath(Path.Combine(Root, "..", "shared"));
            return Directory.Exists(p) ? p : null;
        }
    }

    public static string Article(string prefix) =>
        Directory.GetFiles(Articles, prefix + "*.txt").Single();

    public static string ReadArticle(string prefix) => File.ReadAllText(Article(prefix));
}
