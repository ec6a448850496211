using System.Text;
using System.Text.Json;
using Stance.IO;
using Stance.Tests.Support;

namespace Stance.Tests.Api;

/// <summary>What the tool needs from the library is public, so that any application can do the same.</summary>
public sealed class PublicHelpersTests
{
    [Fact]
    public void ReadingAFileThatIsNotUtf8NamesTheFileAndTheByteOffsetInsteadOfReplacingTheBytes()
    {
        string path = Path.Combine(Directory.CreateTempSubdirectory("stance-text-").FullName, "bad.txt");
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("نص. "), 0xC3, 0x28]);
        var e = Assert.Throws<StanceDataException>(() => DocumentText.ReadUtf8File(path));
        Assert.Contains("bad.txt", e.Message);
        Assert.Contains($"byte offset {3 + Encoding.UTF8.GetByteCount("نص. ")}", e.Message); // offsets in the file, BOM included

        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("نص سليم.")]);
        Assert.Equal("نص سليم.", DocumentText.ReadUtf8File(path));
    }

    [Fact]
    public void TheJsonWriterWritesOneDocumentPerAnalysisWithTheJsonLinesRecords()
    {
        var analyses = Samples.Analyzer.AnalyzeMany(Samples.Articles.Take(2)).ToList();
        using var output = new MemoryStream();
        StanceJsonWriter.WriteDocuments(output, analyses);
        using var json = JsonDocument.Parse(output.ToArray());
        Assert.Equal(2, json.RootElement.GetArrayLength());
        var first = json.RootElement[0];
        Assert.Equal(analyses[0].DocumentId, first.GetProperty("doc").GetString());
        Assert.Equal(analyses[0].Sentences.Count, first.GetProperty("sentences").GetArrayLength());
        using var line = JsonDocument.Parse(StanceJsonLinesWriter.ToJsonLine(analyses[0].Sentences[0]));
        Assert.True(JsonElement.DeepEquals(line.RootElement, first.GetProperty("sentences")[0]));
    }
}
