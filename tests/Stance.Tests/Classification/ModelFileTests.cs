using System.IO.Compression;
using System.Text;
using Stance.Classification;

namespace Stance.Tests.Classification;

/// <summary>Every kind of bad model file fails with <see cref="InvalidStanceModelException"/> before any
/// prediction, never with a crash.</summary>
public sealed class ModelFileTests
{
    private static byte[] DefaultBytes()
    {
        var ms = new MemoryStream();
        StanceModel.Default.Save(ms);
        return ms.ToArray();
    }

    public static TheoryData<string> Corruptions => new() { "empty", "truncated", "random", "text", "zip-without-entries", "flipped-byte" };

    [Theory]
    [MemberData(nameof(Corruptions))]
    public void DamagedModelFailsWithATypedException(string corruption)
    {
        var good = DefaultBytes();
        byte[] bytes = corruption switch
        {
            "empty" => [],
            "truncated" => good[..(good.Length / 2)],
            "random" => RandomBytes(good.Length),
            "text" => Encoding.UTF8.GetBytes("{\"formatVersion\": 1}"),
            "zip-without-entries" => EmptyZip(),
            _ => Flip(good),
        };
        var e = Assert.Throws<InvalidStanceModelException>(() => StanceAnalyzer.Load(new MemoryStream(bytes)));
        Assert.False(string.IsNullOrWhiteSpace(e.Message));
    }

    [Fact]
    public void ModelForAnotherLabelSetIsRejected() =>
        AssertRejected(m => m with { Labels = ["favor", "against"] }, "label");

    [Fact]
    public void ModelFromAnotherFeaturizerIsRejected() =>
        AssertRejected(m => m with { FeaturizerVersion = m.FeaturizerVersion + 1 }, "featurizer");

    [Fact]
    public void ModelWhoseHashDoesNotMatchItsContentIsRejected() =>
        AssertRejected(m => m with { ModelSha256 = new string('0', 64) }, "hash");

    [Fact]
    public void ModelWithAnAbsurdDecisionBiasIsRejected() =>
        AssertRejected(m => m with { DecisionBias = new Dictionary<string, double> { ["neutral"] = 1e300 } }, "bias");

    [Fact]
    public void SavedModelLoadsBackWithTheSameMetadataAndPredictions()
    {
        var loaded = StanceModel.Load(new MemoryStream(DefaultBytes()));
        Assert.Equal(StanceModel.Default.Metadata.CorpusSha256, loaded.Metadata.CorpusSha256);
        const string text = "وقال البنتاغون إنه ليس لديه خطط لسحب قواته من العراق.";
        Assert.Equal(StanceModel.Default.Predict(text).Scores, loaded.Predict(text).Scores);
    }

    [Theory]
    [InlineData("absent")]
    [InlineData("null")]
    public void ModelWrittenBeforeDecisionBiasExistedLoadsWithNoOffsets(string form)
    {
        var bytes = WithMetadataJson(json =>
        {
            var node = System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject();
            node.Remove("decisionBias");
            if (form == "null")
                node["decisionBias"] = null;
            return node.ToJsonString();
        });

        var loaded = StanceModel.Load(new MemoryStream(bytes));

        Assert.NotNull(loaded.Metadata.DecisionBias);
        Assert.Empty(loaded.Metadata.DecisionBias);
        const string text = "وطالب النواب بجدول زمني لخروج القوات الأجنبية من البلاد.";
        Assert.Equal(StanceModel.Default.Predict(text).Scores, loaded.Predict(text).Scores);
    }

    private static void AssertRejected(Func<StanceModelMetadata, StanceModelMetadata> change, string expectedWord)
    {
        var bytes = WithMetadataJson(json => System.Text.Json.JsonSerializer.Serialize(
            change(System.Text.Json.JsonSerializer.Deserialize(json, ModelJsonContext.Default.StanceModelMetadata)!),
            ModelJsonContext.Default.StanceModelMetadata));

        var e = Assert.Throws<InvalidStanceModelException>(() => StanceModel.Load(new MemoryStream(bytes)));
        Assert.Contains(expectedWord, e.Message, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The default model's bytes with its metadata entry rewritten by <paramref name="edit"/>.</summary>
    private static byte[] WithMetadataJson(Func<string, string> edit)
    {
        var ms = new MemoryStream();
        ms.Write(DefaultBytes());
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry("stance-model.json")!;
            string json;
            using (var r = new StreamReader(entry.Open()))
                json = r.ReadToEnd();
            entry.Delete();
            using var w = new StreamWriter(zip.CreateEntry("stance-model.json").Open());
            w.Write(edit(json));
        }

        return ms.ToArray();
    }

    private static byte[] RandomBytes(int n)
    {
        var b = new byte[n];
        new Random(7).NextBytes(b);
        return b;
    }

    private static byte[] EmptyZip()
    {
        var ms = new MemoryStream();
        using (new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
        }

        return ms.ToArray();
    }

    private static byte[] Flip(byte[] good)
    {
        var b = (byte[])good.Clone();
        b[b.Length / 3] ^= 0x5A;
        return b;
    }
}

/// <summary>A model releases its pooled ML.NET prediction engines when disposed; the shared default
/// model and models the caller owns are not released by someone else.</summary>
public sealed class ModelDisposalTests
{
    private static StanceModel LoadDefaultCopy()
    {
        using var stream = new MemoryStream();
        StanceModel.Default.Save(stream);
        stream.Position = 0;
        return StanceModel.Load(stream);
    }

    [Fact]
    public void ADisposedModelSaysSoWhenAskedToPredict()
    {
        var model = LoadDefaultCopy();
        Assert.Equal(StanceLabel.Anti, model.PredictWithEngine(StanceDocumentReader.FeaturizeAll([new LabeledSentence("قال البنتاغون إنه ليس لديه خطط لسحب قواته من العراق.", StanceLabel.Neutral)], model.Choices)[0]).Label);
        model.Dispose();
        Assert.Throws<ObjectDisposedException>(() => model.Predict("انسحاب القوات."));
        model.Dispose(); // twice is harmless
    }

    [Fact]
    public void AnAnalyzerDisposesTheModelItLoadedButNotTheDefaultOrOneItWasGiven()
    {
        using var file = new MemoryStream();
        StanceModel.Default.Save(file);
        file.Position = 0;
        var loaded = StanceAnalyzer.Load(file);
        loaded.Dispose();
        Assert.Throws<ObjectDisposedException>(() => loaded.Model.Predict("انسحاب القوات."));

        var given = LoadDefaultCopy();
        StanceAnalyzer.Create(given).Dispose();
        Assert.Equal(StanceLabel.Neutral, given.Predict("وتنشر واشنطن 2500 عسكري في العراق.").Label);
        given.Dispose();

        StanceAnalyzer.CreateDefault().Dispose();
        StanceModel.Default.Dispose();
        Assert.NotEmpty(StanceAnalyzer.CreateDefault().Analyze("انسحاب القوات.").Sentences);
    }
}
