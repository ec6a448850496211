using System.Text;
using System.Text.Json;
using Stance.Tests.Support;

namespace Stance.Tests.Api;

public sealed class FormatTests
{
    [Fact]
    public void EveryJsonLineHasTheContractFieldsAndLocatesItsText()
    {
        var (id, text) = Samples.Articles[0];
        var records = Samples.Analyzer.Analyze(text, id).Sentences;
        using var buffer = new MemoryStream();
        using (var writer = new StanceJsonLinesWriter(buffer, leaveOpen: true))
            foreach (var s in records)
                writer.Write(s);
        var lines = Encoding.UTF8.GetString(buffer.ToArray()).Split('\n');
        Assert.Equal("", lines[^1]);
        Assert.Equal(records.Count, lines.Length - 1);
        for (int i = 0; i < records.Count; i++)
        {
            using var doc = JsonDocument.Parse(lines[i]);
            var o = doc.RootElement;
            Assert.Equal(id, o.GetProperty("doc").GetString());
            Assert.Equal(i, o.GetProperty("sentence").GetInt32());
            int start = o.GetProperty("start").GetInt32(), length = o.GetProperty("length").GetInt32();
            Assert.Equal(text.Substring(start, length), o.GetProperty("text").GetString());
            string stance = o.GetProperty("stance").GetString()!;
            Assert.Contains(stance, new[] { "pro-withdrawal", "anti-withdrawal", "neutral" });
            var scores = o.GetProperty("scores");
            double sum = scores.GetProperty("pro-withdrawal").GetDouble() + scores.GetProperty("anti-withdrawal").GetDouble() + scores.GetProperty("neutral").GetDouble();
            Assert.Equal(1.0, sum, 3);
            Assert.Equal(scores.GetProperty(stance).GetDouble(), o.GetProperty("confidence").GetDouble());
            var speaker = o.GetProperty("speaker");
            if (speaker.ValueKind != JsonValueKind.Null)
            {
                Assert.False(string.IsNullOrEmpty(speaker.GetProperty("name").GetString()));
                Assert.True(speaker.TryGetProperty("role", out _));
                Assert.Contains(speaker.GetProperty("kind").GetString(), new[] { "person", "organization", "anonymous", "media" });
            }

            Assert.True(o.TryGetProperty("cue", out var cue) && cue.ValueKind is JsonValueKind.Null or JsonValueKind.String);
            Assert.DoesNotContain("\\u06", lines[i]); // Arabic is written as text, not escaped
        }
    }

    [Fact]
    public void JsonLinesEscapeControlCharactersAndKeepLoneSurrogatesVisible()
    {
        var s = new SentenceStance("a\u0001b\"c\nd\uD800e", StanceLabel.Neutral, null);
        var line = StanceJsonLinesWriter.ToJsonLine(s);
        Assert.Single(line.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        using var doc = JsonDocument.Parse(line);
        var back = doc.RootElement.GetProperty("text").GetString()!;
        Assert.StartsWith("a\u0001b\"c\nd", back);
        Assert.Equal(s.Text.Length, back.Length); // the lone surrogate is replaced, not dropped
    }

    [Fact]
    public void CsvQuotesFieldsThatNeedItAndWritesTheHeaderOnce()
    {
        var sw = new StringWriter();
        using (var csv = new StanceCsvWriter(sw, leaveOpen: true))
        {
            csv.Write(new SentenceStance("قال، \"نعم\"", StanceLabel.Pro, new Speaker("س") { Kind = SpeakerKind.Person }) { DocumentId = "d", Confidence = 0.5 });
            csv.Write(new SentenceStance("سطر\nثان", StanceLabel.Neutral, null) { DocumentId = "d", Index = 1 });
        }

        var text = sw.ToString();
        Assert.StartsWith(string.Join(',', StanceCsvWriter.Columns) + "\r\n", text);
        Assert.Contains("\"قال، \"\"نعم\"\"\"", text);
        Assert.Contains("\"سطر\nثان\"", text);
        Assert.Single(text.Split("\r\n"), l => l.StartsWith("doc,", StringComparison.Ordinal));
    }

    [Fact]
    public void PublicJsonContextSerializesLabelsByWireName()
    {
        var analysis = new DocumentAnalysis("d", [new SentenceStance("ن", StanceLabel.Anti, new Speaker("س") { Kind = SpeakerKind.Organization })]);
        var json = JsonSerializer.Serialize(analysis, StanceJsonContext.Readable.DocumentAnalysis);
        Assert.Contains("\"stance\":\"anti-withdrawal\"", json);
        Assert.Contains("\"kind\":\"organization\"", json);
        var back = JsonSerializer.Deserialize(json, StanceJsonContext.Readable.DocumentAnalysis)!;
        Assert.Equal(StanceLabel.Anti, back.Sentences[0].Stance);
        Assert.Equal(SpeakerKind.Organization, back.Sentences[0].Speaker!.Kind);
    }
}
