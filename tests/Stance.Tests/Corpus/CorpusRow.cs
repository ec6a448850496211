using System.Text.Json;

namespace Stance.Tests.Corpus;

/// <summary>One row of <c>data/</c> as the checks see it: the raw JSON object plus where it came from.</summary>
internal sealed record CorpusRow(string File, int Line, JsonElement Json)
{
    public string? Str(string name) =>
        Json.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    public int? Int(string name) =>
        Json.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : null;

    public string Doc => Str("doc") ?? "";
    public string Text => Str("text") ?? "";
    public string Stance => Str("stance") ?? "";
    public string Kind => Str("speakerKind") ?? "";
    public string? Speaker => Str("speaker");
    public string? Cue => Str("cue");

    public IReadOnlyList<string> Tags =>
        Json.TryGetProperty("tags", out var v) && v.ValueKind == JsonValueKind.Array
            ? [.. v.EnumerateArray().Select(t => t.GetString() ?? "")]
            : [];

    public string Where => $"{Path.GetFileName(File)}:{Line}";

    public static IReadOnlyList<CorpusRow> ReadAll(string path)
    {
        var files = Directory.Exists(path) ? Directory.GetFiles(path, "*.jsonl").Order(StringComparer.Ordinal).ToArray() : [path];
        var rows = new List<CorpusRow>();
        foreach (var file in files)
        {
            int n = 0;
            foreach (var line in System.IO.File.ReadLines(file))
            {
                n++;
                using var doc = JsonDocument.Parse(line);
                rows.Add(new CorpusRow(file, n, doc.RootElement.Clone()));
            }
        }

        return rows;
    }
}
