using Stance.Classification;
using Stance.Corpus;
using Stance.Tests.Support;

namespace Stance.Tests.Classification;

public sealed class TrainerTests
{
    private static string WriteJsonl(params string[] lines)
    {
        var path = Path.GetTempFileName();
        File.WriteAllLines(path, lines);
        return path;
    }

    [Fact]
    public void UsersLabelSpellingsAreAccepted()
    {
        var path = WriteJsonl(
            "{\"text\":\"أ\",\"stance\":\"favor\"}", "{\"text\":\"ب\",\"stance\":\"AGAINST\"}", "{\"text\":\"ج\",\"stance\":\"none\"}",
            "{\"text\":\"د\",\"stance\":\"pro\"}", "{\"text\":\"ه\",\"stance\":\"anti-withdrawal\"}");
        var rows = StanceCorpus.ReadLabeledSentences(path);
        Assert.Equal([StanceLabel.Pro, StanceLabel.Anti, StanceLabel.Neutral, StanceLabel.Pro, StanceLabel.Anti], rows.Select(r => r.Label));
    }

    [Fact]
    public void UnknownLabelNamesTheFileAndLine()
    {
        var path = WriteJsonl("{\"text\":\"أ\",\"stance\":\"favor\"}", "{\"text\":\"ب\",\"stance\":\"maybe\"}");
        var e = Assert.Throws<StanceDataException>(() => StanceCorpus.ReadLabeledSentences(path));
        Assert.Equal(2, e.LineNumber);
        Assert.Contains(":2:", e.Message);
    }

    [Fact]
    public void TheNotebooksOwnTargetDataTrainsAModelWellAboveChanceWithItsLabelsKept()
    {
        // The notebook's demo once printed macro-F1 0.08: six single-label documents, folded whole, held
        // whole classes out. Pins that its data now teaches something, and that a user's labels map
        // through training and prediction unchanged (a label-mapping bug would sink the figure).
        var examples = StanceCorpus.ReadLabeledSentences(Path.Combine(RepoPaths.Root, "samples", "notebooks", "own-target.jsonl"));
        Assert.Equal(240, examples.Count);
        var trained = new StanceTrainer(new StanceTrainerOptions { Folds = 3, WithdrawalCues = false, Candidates = [StanceTrainerKind.LbfgsMaximumEntropy] }).Train(examples);
        var cv = trained.Candidates.Single().CrossValidation;
        Assert.InRange(cv.MacroF1, 0.55, 1);
        Assert.All(cv.PerClass, c => Assert.InRange(c.Recall, 0.3, 1));
        var analyzer = StanceAnalyzer.Create(trained.Model);
        Assert.Equal(StanceLabel.Neutral, analyzer.Analyze("وتُحتسب الرسوم على أساس سنة الصنع وسعة المحرك بحسب جدول الهيئة العامة للكمارك.").Sentences.Single().Stance);
    }

    [Fact]
    public void TooFewExamplesIsAnArgumentError() =>
        Assert.Throws<ArgumentException>(() => new StanceTrainer().Train([new LabeledSentence("نص", StanceLabel.Pro)]));

    [Fact]
    public void TrainingIsDeterministicAndPicksTheBestCandidate()
    {
        var examples = new List<LabeledSentence>();
        string[] pro = ["نطالب بانسحاب القوات فورا", "يجب إخراج القوات الأجنبية", "حان وقت رحيل القوات", "ندعو إلى جدولة الانسحاب", "الوجود الأجنبي انتهاك للسيادة", "لا نريد بقاء القوات"];
        string[] anti = ["لا خطط لسحب القوات", "القوات باقية بدعوة من الحكومة", "الانسحاب سيترك فراغا أمنيا", "نرفض الانسحاب المتسرع", "بقاء المستشارين ضروري", "لن ننسحب قبل هزيمة داعش"];
        string[] neutral = ["ارتفعت أسعار النفط اليوم", "عقدت اللجنة اجتماعها الأول", "يبلغ عدد الجنود 2500", "فاز المنتخب في المباراة", "هطلت أمطار غزيرة على بغداد", "افتتح معرض الكتاب"];
        for (int i = 0; i < 6; i++)
        {
            examples.Add(new LabeledSentence(pro[i], StanceLabel.Pro) { DocumentId = $"d{i}" });
            examples.Add(new LabeledSentence(anti[i], StanceLabel.Anti) { DocumentId = $"d{i}" });
            examples.Add(new LabeledSentence(neutral[i], StanceLabel.Neutral) { DocumentId = $"d{i}" });
        }

        var options = new StanceTrainerOptions { Folds = 3 };
        var a = new StanceTrainer(options).Train(examples);
        var b = new StanceTrainer(options).Train(examples);
        foreach (var text in pro.Concat(anti))
            Assert.Equal(a.Model.Predict(text).Scores, b.Model.Predict(text).Scores);
        Assert.Equal(a.Candidates.Select(c => c.CrossValidation.MacroF1), b.Candidates.Select(c => c.CrossValidation.MacroF1));
        Assert.Equal(2, a.Candidates.Count);
        Assert.Equal(a.Candidates[0].Trainer.ToString(), a.Model.Metadata.Trainer);
        Assert.True(a.Candidates[0].CrossValidation.MacroF1 >= a.Candidates[1].CrossValidation.MacroF1);
        var scores = a.Model.Predict("نطالب بانسحاب القوات").Scores;
        Assert.Equal(1.0, scores.Pro + scores.Anti + scores.Neutral, 5);
    }

    [Fact]
    public void ModelTrainedWithoutWithdrawalCuesKeepsThatChoiceAcrossSaveAndLoad()
    {
        var examples = new List<LabeledSentence>();
        string[] favor = ["المشروع خطوة رائعة للبلد", "أؤيد القرار بقوة", "قرار ممتاز ونستحقه", "نعم للمشروع الجديد"];
        string[] against = ["المشروع هدر للمال العام", "أرفض القرار تماما", "قرار سيئ ولا نحتاجه", "لا للمشروع الجديد"];
        string[] none = ["الطقس حار في الرياض", "افتتح معرض الكتاب", "بدأ الدوام المدرسي", "فاز الفريق بالمباراة"];
        for (int i = 0; i < 4; i++)
        {
            examples.Add(new LabeledSentence(favor[i], StanceLabel.Pro) { DocumentId = $"d{i}" });
            examples.Add(new LabeledSentence(against[i], StanceLabel.Anti) { DocumentId = $"d{i}" });
            examples.Add(new LabeledSentence(none[i], StanceLabel.Neutral) { DocumentId = $"d{i}" });
        }

        var options = new StanceTrainerOptions { Folds = 2, Candidates = [StanceTrainerKind.LbfgsMaximumEntropy], WithdrawalCues = false, TargetDescription = "the project" };
        var model = new StanceTrainer(options).Train(examples).Model;
        var file = new MemoryStream();
        model.Save(file);
        file.Position = 0;
        var loaded = StanceModel.Load(file);

        Assert.False(loaded.Metadata.TrainerOptions!.WithdrawalCues);
        const string cued = "وقال النائب إنه يطالب بانسحاب القوات الأجنبية";
        var alone = new SentenceContext(-1, SpeakerKind.Person, true, false, 0, 0);
        Assert.Contains("cue:pro", StanceFeaturizer.Default.Featurize(cued, alone, new FeatureChoices(false, true)).Row.Cues);
        Assert.Equal(["cue:none"], StanceFeaturizer.Default.Featurize(cued, alone, new FeatureChoices(false, false, GenericCues: false)).Row.Cues);
        // The generic cues stay without the withdrawal lexicon: who speaks, no lexicon hit.
        var generic = StanceFeaturizer.Default.Featurize(cued, alone, new FeatureChoices(false, false)).Row.Cues;
        Assert.Contains("speaker:person", generic);
        Assert.Contains("has:cue", generic);
        Assert.DoesNotContain(generic, c => c.StartsWith("cue:", StringComparison.Ordinal) || c.StartsWith("comp:", StringComparison.Ordinal) || c.StartsWith("ctx:", StringComparison.Ordinal));
        Assert.DoesNotContain(loaded.Predict(cued).Explanation, f => f.Feature.StartsWith("cue:", StringComparison.Ordinal) && f.Feature != "cue:cue:none");
        foreach (var text in favor.Concat(against).Concat(none))
            Assert.Equal(model.Predict(text).Scores, loaded.Predict(text).Scores);
        Assert.True(new StanceTrainerOptions().WithdrawalCues, "the withdrawal model keeps its cues by default");
    }
}
