using System.Text.Json;
using Stance.Classification;
using Stance.Corpus;
using Stance.Tests.Support;

namespace Stance.Tests.Api;

/// <summary>A model names its labels after its training data, and every output uses those names;
/// the default model keeps pro-withdrawal, anti-withdrawal and neutral.</summary>
public sealed class LabelNamesTests : IDisposable
{
    private static readonly StanceTrainerOptions s_quick = new()
    {
        Candidates = [StanceTrainerKind.LbfgsMaximumEntropy],
        Folds = 2,
        WithdrawalCues = false,
        TargetDescription = "a tax on imported used cars",
    };

    private static readonly Lazy<List<LabeledSentence>> s_cars = new(() =>
        [.. StanceCorpus.ReadLabeledSentences(Path.Combine(RepoPaths.Root, "samples", "notebooks", "own-target.jsonl"))]);

    private static readonly Lazy<StanceModel> s_generic = new(() => new StanceTrainer(s_quick).Train(s_cars.Value).Model);

    private readonly string _dir = Directory.CreateTempSubdirectory("stance-labels-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static List<LabeledSentence> Spelled(string pro, string anti, string neutral) =>
        [.. s_cars.Value.Select(e => e with { LabelName = e.Label switch { StanceLabel.Pro => pro, StanceLabel.Anti => anti, _ => neutral } })];

    [Fact]
    public void TheDefaultModelKeepsTheWithdrawalNamesInEveryRecord()
    {
        Assert.Equal(StanceLabelNames.Withdrawal, StanceModel.Default.LabelNames);
        var s = Samples.Analyzer.Analyze("قال النائب إن على القوات الأمريكية مغادرة العراق فوراً.").Sentences.Single();
        using var record = JsonDocument.Parse(StanceJsonLinesWriter.ToJsonLine(s));
        Assert.Equal(["pro-withdrawal", "anti-withdrawal", "neutral"], record.RootElement.GetProperty("scores").EnumerateObject().Select(p => p.Name));
        Assert.Equal(s.Stance.ToWireName(), record.RootElement.GetProperty("stance").GetString());
    }

    [Fact]
    public void AModelTrainedOnPlainSpellingsNamesItsLabelsProAntiNeutralInJsonLinesAndCsv()
    {
        var model = s_generic.Value;
        Assert.Equal(StanceLabelNames.Generic, model.LabelNames);
        var sentences = StanceAnalyzer.Create(model).Analyze("وطالب التجار بإلغاء الرسوم على السيارات المستعملة.\nوتُحتسب الرسوم بحسب سنة الصنع.", "cars").Sentences;

        foreach (var s in sentences)
        {
            using var record = JsonDocument.Parse(StanceJsonLinesWriter.ToJsonLine(s));
            Assert.Contains(record.RootElement.GetProperty("stance").GetString(), new[] { "pro", "anti", "neutral" });
            Assert.Equal(["pro", "anti", "neutral"], record.RootElement.GetProperty("scores").EnumerateObject().Select(p => p.Name));
        }

        var csv = new StringWriter();
        using (var writer = new StanceCsvWriter(csv, leaveOpen: true))
            foreach (var s in sentences)
                writer.Write(s);
        var lines = csv.ToString().Split("\r\n");
        Assert.Equal(string.Join(',', StanceCsvWriter.ColumnsFor(StanceLabelNames.Generic)), lines[0]);
        Assert.Contains(",confidence,pro,anti,neutral,", lines[0]);
        Assert.Equal(sentences[0].StanceName, lines[1].Split(',')[5]);
    }

    [Fact]
    public void DataSpelledFavorAgainstNoneGivesAModelWithThoseNamesThatSurviveSavingAndLoading()
    {
        var model = new StanceTrainer(s_quick).Train(Spelled("FAVOR", "against", "none")).Model;
        Assert.Equal(new StanceLabelNames("favor", "against", "none"), model.LabelNames);

        var path = Path.Combine(_dir, "m.zip");
        using (var file = File.Create(path))
            model.Save(file);
        Assert.Equal(new StanceLabelNames("favor", "against", "none"), StanceModel.Load(path).LabelNames);
    }

    [Fact]
    public void MixedSpellingsOfALabelFallBackToTheGenericNames()
    {
        var mixed = Spelled("pro", "anti", "neutral");
        mixed[0] = mixed[0] with { LabelName = "favor" };
        Assert.Equal(StanceLabelNames.Generic, new StanceTrainer(s_quick).Train(mixed).Model.LabelNames);
    }

    [Fact]
    public void NamesChosenInTheOptionsWinAndUnusableNamesAreRejected()
    {
        var names = new StanceLabelNames("for-the-tax", "against-the-tax", "no-position");
        Assert.Equal(names, new StanceTrainer(s_quick with { LabelNames = names }).Train(s_cars.Value).Model.LabelNames);

        Assert.Throws<ArgumentException>(() => new StanceLabelNames("a", "a", "b").Validate());
        Assert.Throws<ArgumentException>(() => new StanceLabelNames("a,b", "c", "d").Validate());
        Assert.Throws<ArgumentException>(() => new StanceTrainer(s_quick with { LabelNames = new("", "x", "y") }).Train(s_cars.Value));
    }

    [Fact]
    public void AModelTrainedOnSeveralTargetsNeedsOneOfThem()
    {
        var twoTargets = s_cars.Value.Select((e, i) => e with { Target = i % 2 == 0 ? "cars" : "fees" }).ToList();
        var model = new StanceTrainer(s_quick).Train(twoTargets).Model;
        Assert.Equal(["cars", "fees"], model.Metadata.Targets.Order(StringComparer.Ordinal));

        var missing = Assert.Throws<ArgumentException>(() => StanceAnalyzer.Create(model));
        Assert.Contains("no target was given", missing.Message);
        Assert.Contains("'cars', 'fees'", missing.Message);
        var wrong = Assert.Throws<ArgumentException>(() => StanceAnalyzer.Create(model, new StanceAnalyzerOptions { Target = "Cars" }));
        Assert.Contains("'Cars' is not one of them", wrong.Message);
        Assert.NotNull(StanceAnalyzer.Create(model, new StanceAnalyzerOptions { Target = "fees" }));
        Assert.NotNull(StanceAnalyzer.Create(s_generic.Value, new StanceAnalyzerOptions { Target = "ignored by single-target models" }));
    }

    [Trait(TestLanes.Name, TestLanes.Long)]
    [SharedDataFact]
    public void AModelTrainedOnArabicStanceXWritesItsOwnLabelNamesInTheToolsJsonLinesCsvAndTable()
    {
        var train = StanceCorpus.ReadLabeledSentences(Path.Combine(RepoPaths.Shared!, "external", "arabicstancex", "train.jsonl"));
        var aramco = train.Where(t => t.Target == "Aramco").Select(t => t with { Target = null }).ToList();
        var model = new StanceTrainer(s_quick with { TargetDescription = "Aramco" }).Train(aramco).Model;
        Assert.Equal(new StanceLabelNames("favor", "against", "none"), model.LabelNames);
        string modelPath = Path.Combine(_dir, "aramco.zip"), text = Path.Combine(_dir, "t.txt");
        using (var file = File.Create(modelPath))
            model.Save(file);
        File.WriteAllText(text, "أرى أن الاكتتاب في أسهم الشركة فرصة ممتازة للمستثمرين.\nلن أشتري هذا السهم أبداً فسعره مبالغ فيه.");

        var jsonl = CliRunner.Run("analyze", text, "--model", modelPath, "--format", "jsonl");
        Assert.Equal(0, jsonl.ExitCode);
        foreach (var line in jsonl.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            using var record = JsonDocument.Parse(line);
            Assert.Contains(record.RootElement.GetProperty("stance").GetString(), new[] { "favor", "against", "none" });
            Assert.Equal(["favor", "against", "none"], record.RootElement.GetProperty("scores").EnumerateObject().Select(p => p.Name));
        }

        var csv = CliRunner.Run("analyze", text, "--model", modelPath, "--format", "csv");
        Assert.Contains(",confidence,favor,against,none,", csv.StdOut.Split("\r\n")[0]);

        string table = Path.Combine(_dir, "table.txt");
        Assert.Equal(0, CliRunner.Run("analyze", text, "--model", modelPath, "--format", "table", "--output", table).ExitCode);
        var shown = File.ReadAllText(table);
        Assert.Matches("(favor|against|none)", shown);
        Assert.DoesNotContain("withdrawal", shown);
    }
}
