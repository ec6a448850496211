using System.Text.Json;
using System.Text.RegularExpressions;
using Stance.Tests.Support;

namespace Stance.Tests.Docs;

/// <summary>The README's example outputs are what the package produces today: the JSON record shown
/// for a sentence of a sample article, and the channel example. Each fails when the output drifts.</summary>
public sealed partial class ReadmeExamplesTests
{
    private static string Readme => File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));

    [Fact]
    public void TheJsonRecordInTheReadmeIsTheOneTheToolWrites()
    {
        var section = Readme[Readme.IndexOf("## What you get for each sentence", StringComparison.Ordinal)..];
        var block = JsonBlock().Match(section);
        Assert.True(block.Success, "the README's JSON example is missing");
        using var shown = JsonDocument.Parse(block.Groups[1].Value);
        var example = shown.RootElement;

        var article = Samples.Articles.Single(a => a.Id == example.GetProperty("doc").GetString());
        // As the tool runs it: no explanations unless --explain.
        using var analyzer = StanceAnalyzer.CreateDefault(new StanceAnalyzerOptions { ExplanationSize = 0 });
        var sentence = analyzer.Analyze(article.Text, article.Id).Sentences[example.GetProperty("sentence").GetInt32()];
        using var written = JsonDocument.Parse(StanceJsonLinesWriter.ToJsonLine(sentence));
        var actual = written.RootElement;

        var names = example.EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(actual.EnumerateObject().Select(p => p.Name), names);
        foreach (var name in names.Where(n => n != "text"))
            Assert.True(JsonElement.DeepEquals(actual.GetProperty(name), example.GetProperty(name)), $"README field '{name}': {example.GetProperty(name)} but the tool writes {actual.GetProperty(name)}");

        // The README shortens the sentence with "…": every shown piece is in the sentence, in order.
        string text = actual.GetProperty("text").GetString()!;
        int at = 0;
        foreach (var piece in example.GetProperty("text").GetString()!.Split('…', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            int found = text.IndexOf(piece, at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"README text piece not in the sentence: {piece}");
            at = found + piece.Length;
        }
    }

    [Fact]
    public void TheChannelExampleInTheReadmeGivesTheChannel()
    {
        const string Example = "قال السوداني لرويترز";
        Assert.Contains($"(\"{Example}\")", Readme);
        var sentence = Assert.Single(Samples.Analyzer.Analyze(Example + " إن القوات ستغادر العراق.").Sentences);
        Assert.Equal("السوداني", sentence.Speaker!.CanonicalName);
        Assert.Equal("رويترز", sentence.Channel);
    }

    [GeneratedRegex("```json\\n(.*?)\\n```", RegexOptions.Singleline)]
    private static partial Regex JsonBlock();
}
